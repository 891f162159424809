#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace godwit::models {

/// Follows one migration task over time: it is fed the task's properties (with output) at each
/// poll and derives what the output alone cannot say: rolling copy and apply rates, ETAs, the
/// pending changes, time series for charts, and whether each database is ready for its cutover.
/// Only numbers the output has are shown as such; what it lacks stays unknown (std::nullopt).
class MigrationProgress final : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int readinessWindowSeconds = 60;      ///< pending changes must stay at or under the threshold this long
        qint64 readinessPendingThreshold = 0; ///< pending changes still counted as caught up
        int rateWindowSeconds = 30;           ///< rates are measured over this much recent history
        int maxSamples = 900;                 ///< points kept for the charts
    };

    /// One pre-check of a cutover.
    struct Check
    {
        QString id; ///< fullLoad, replicating, caughtUp, engineReady, noErrors
        QString title;
        bool passed = false;
        QString text; ///< why it passes or not, for a person
    };

    struct Table
    {
        QString key; ///< the output item's id
        QString database;
        QString name;
        QString state;
        qint64 rowsCopied = 0;
        std::optional<qint64> rowsTotal;     ///< known once the copy is complete
        std::optional<double> rowsPerSecond; ///< rolling copy rate while loading
        std::optional<qint64> etaSeconds;    ///< remaining copy time
        qint64 inserts = 0;
        qint64 updates = 0;
        qint64 deletes = 0;
        qint64 applied = 0;
    };

    struct Database
    {
        QString name;
        QString state; ///< migrationState
        int tablesTotal = 0;
        int tablesCompleted = 0;
        int tablesLoading = 0;
        int tablesQueued = 0;
        int tablesErrored = 0;
        qint64 rowsCopied = 0;
        std::optional<qint64> rowsTotal;     ///< when every table's total is known
        std::optional<double> rowsPerSecond; ///< rolling copy rate
        std::optional<qint64> etaSeconds;    ///< copy: latest table ETA; replication: time to apply what is pending
        qint64 inserts = 0;
        qint64 updates = 0;
        qint64 deletes = 0;
        std::optional<qint64> applied;          ///< appliedChanges
        std::optional<qint64> pending;          ///< incomingChanges - appliedChanges
        std::optional<qint64> latencyMs;        ///< replication latency
        std::optional<double> changesPerSecond; ///< rolling apply rate
        QStringList errors;                     ///< database error items (not warnings)
        QList<Check> checks;
        bool ready = false;
        /// Time to apply what is pending at the observed apply rate, plus the latency.
        std::optional<qint64> projectedDowntimeMs;
        QList<Table> tables; ///< in the order they first appeared
    };

    /// One point of the charts, totals over the task's databases.
    struct Sample
    {
        QDateTime at;
        double rowsPerSecond = 0;
        double changesPerSecond = 0;
        qint64 pending = 0;
        qint64 latencyMs = 0;
    };

    explicit MigrationProgress(QObject *parent = nullptr);

    void setSettings(const Settings &settings);
    Settings settings() const { return m_settings; }

    /// Takes a snapshot of the task's properties (GET ?$expand=output) taken at `at`.
    void addSnapshot(const QJsonObject &properties, const QDateTime &at);
    /// The same, taken now (core::Clock).
    void addSnapshot(const QJsonObject &properties);
    /// Forgets everything (another task).
    void clear();

    QString taskState() const { return m_taskState; }
    QString taskType() const { return m_taskType; }
    QDateTime lastSnapshot() const { return m_last; }
    /// Databases in the order they first appeared; a database never disappears.
    const QList<Database> &databases() const { return m_databases; }
    int indexOfDatabase(const QString &name) const;
    const QList<Sample> &series() const { return m_series; }
    /// Databases whose every pre-check passes.
    QStringList readyDatabases() const;

    /// A duration in seconds as "1 h 02 min", "3 min 05 s", "42 s".
    static QString formatDuration(qint64 seconds);
    /// A migration-level state of the API (ReplicateMigrationState) in words for a person:
    /// PENDING, what the service reports while a migration is under way, is "migration in
    /// progress". Unknown values come back as they are.
    static QString migrationStateText(const QString &apiState);

Q_SIGNALS:
    /// A snapshot was taken in (databases or tables may have been appended).
    void updated();
    void cleared();

private:
    struct Point
    {
        qint64 ms;
        qint64 rows;
        qint64 applied;
    };
    struct History
    {
        QList<Point> points;
        std::optional<qint64> lowSinceMs; ///< since when pending has stayed at or under the threshold
    };
    void evaluate(Database &db, History &history, qint64 nowMs);
    void record(History &history, qint64 ms, qint64 rows, qint64 applied) const;
    static std::optional<double> rate(const History &history, bool applied);

    Settings m_settings;
    QString m_taskState;
    QString m_taskType;
    QDateTime m_last;
    QDateTime m_origin; ///< time of the first snapshot; history is kept in ms since it
    QList<Database> m_databases;
    QList<History> m_databaseHistory;
    QHash<QString, History> m_tableHistory;
    History m_total;
    QList<Sample> m_series;
};

} // namespace godwit::models
