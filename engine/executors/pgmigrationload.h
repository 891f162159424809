#pragma once

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <atomic>
#include <thread>

#include "core/dmstypes.h"
#include "engine/executors/pgmigrationsql.h"

namespace godwit::engine::pg {
class Connection;
class ReplicationConnection;
} // namespace godwit::engine::pg

namespace godwit::engine::pgmigration {

/// A table whose replica identity the migration changed on the source, to be set back.
struct ReplicaIdentityChange
{
    QString table;    ///< the migrated table, "schema.table"
    QString relation; ///< the relation changed (the table or one of its partitions), quoted
    QString original; ///< DEFAULT or NOTHING
    bool restored = false;
    QDateTime changedAt;
    QDateTime restoredAt;
};

/// The full load of one table, as far as it got.
struct TableLoad
{
    enum class State { Queued, Loading, Done, Failed, Stopped };
    State state = State::Queued;
    qint64 rows = 0;
    QDateTime started;
    QDateTime ended;
    int leavesDone = 0;
};

/// What a LoadJob has done so far.
struct LoadStatus
{
    enum class Phase { Preparing, Copying, Indexing, Subscribing, Done, Failed };
    Phase phase = Phase::Preparing;
    bool finished = false;
    bool stopped = false;
    /// The pre-data schema is on the target: a new attempt must remove it first.
    bool schemaApplied = false;
    /// The tables migrated, once the source was read; loads[i] is the load of tables[i].
    QList<Table> tables;
    QList<TableLoad> loads;
    /// Every user table of the source database (the schema creates them all on the target).
    QStringList allTables;
    QList<ReplicaIdentityChange> identityChanges;
    /// Things the user should know that do not stop the migration.
    QList<core::dms::ReportableException> warnings;
    /// Row changes the source's statistics counted on the migrated tables when the snapshot was taken.
    qint64 sourceChangesAtSnapshot = -1;
    QString error;
    QString remedy;
};

/// What a LoadJob loads.
struct LoadRequest
{
    core::dms::PostgreSqlConnectionInfo source;
    core::dms::PostgreSqlConnectionInfo target;
    QString sourceDatabase;
    QString targetDatabase;
    QStringList selection; ///< empty: every table
    QString objectName;    ///< of the publication, slot and subscription
    /// An earlier attempt applied the schema: drop it from the target before applying it again.
    bool cleanFirst = false;
    int maxWorkers = 4;
};

/// The initial load of one database on its own thread: publication, logical slot with an exported
/// snapshot, pre-data schema, parallel COPY of every table under that snapshot (largest first),
/// post-data schema, and the subscription on the slot, so change capture starts exactly where the
/// copy's snapshot ends. It leaves what it created in place when it fails or is stopped: the caller
/// removes the replication objects (and sets replica identities back) from the status.
class LoadJob final
{
public:
    explicit LoadJob(LoadRequest request);
    /// Stops the job and waits for it.
    ~LoadJob();
    LoadJob(const LoadJob &) = delete;
    LoadJob &operator=(const LoadJob &) = delete;

    void start();
    /// Asks the job to stop and interrupts what it waits for; returns at once.
    void stop();
    /// Waits until the job's thread has ended.
    void wait();
    LoadStatus status() const;

private:
    void run();
    bool prepareSource(pg::Connection &source, pg::Connection &targetAdmin);
    bool dumpSchema(pg::Connection &source, const QString &snapshot, const QString &directory);
    bool copyTables(const QString &snapshot);
    bool applySchema(const QString &directory, bool preData);
    bool createSubscription(pg::Connection &source, pg::Connection &target);
    void fail(const QString &error, const QString &remedy = QString());
    bool stopRequested() const { return m_stop.load(); }

    void registerConnection(pg::Connection *conn);
    void unregisterConnection(pg::Connection *conn);

    const LoadRequest m_request;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    /// Set by stop() and by the first failed copy: every copy ends early.
    std::atomic<bool> m_abortCopies{false};
    mutable QMutex m_mutex; // guards m_status
    LoadStatus m_status;
    QMutex m_connectionsMutex; // guards the two below
    QList<pg::Connection *> m_connections;
    pg::ReplicationConnection *m_replication = nullptr;
};

} // namespace godwit::engine::pgmigration
