#include "models/migrationprogress.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>

#include "core/clock.h"

namespace godwit::models {

namespace {

// The MySQL sync output sends its counters as strings; a missing or unreadable member is nullopt.
std::optional<qint64> number(const QJsonObject &o, const char *member)
{
    const QJsonValue v = o.value(QLatin1String(member));
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    }
    if (v.isDouble())
        return v.toInteger(qint64(v.toDouble()));
    return std::nullopt;
}

qint64 count(const QJsonObject &o, const char *member)
{
    return number(o, member).value_or(0);
}

QString text(const QJsonObject &o, const char *member)
{
    return o.value(QLatin1String(member)).toString();
}

bool isLoading(const QString &tableState)
{
    return tableState == QLatin1String("FULL_LOAD") || tableState == QLatin1String("LOADING");
}

bool isLoaded(const QString &tableState)
{
    return tableState == QLatin1String("COMPLETED") || tableState == QLatin1String("COMPLETE");
}

} // namespace

MigrationProgress::MigrationProgress(QObject *parent)
    : QObject(parent)
{
}

void MigrationProgress::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_settings.rateWindowSeconds = std::max(1, m_settings.rateWindowSeconds);
    m_settings.maxSamples = std::max(2, m_settings.maxSamples);
    m_settings.readinessWindowSeconds = std::max(0, m_settings.readinessWindowSeconds);
}

void MigrationProgress::clear()
{
    m_taskState.clear();
    m_taskType.clear();
    m_last = QDateTime();
    m_origin = QDateTime();
    m_databases.clear();
    m_databaseHistory.clear();
    m_tableHistory.clear();
    m_total = History();
    m_series.clear();
    Q_EMIT cleared();
}

int MigrationProgress::indexOfDatabase(const QString &name) const
{
    for (int i = 0; i < m_databases.size(); ++i) {
        if (m_databases.at(i).name == name)
            return i;
    }
    return -1;
}

QStringList MigrationProgress::readyDatabases() const
{
    QStringList out;
    for (const Database &db : m_databases) {
        if (db.ready)
            out.append(db.name);
    }
    return out;
}

void MigrationProgress::addSnapshot(const QJsonObject &properties)
{
    addSnapshot(properties, core::Clock::current().now());
}

void MigrationProgress::addSnapshot(const QJsonObject &properties, const QDateTime &at)
{
    if (!m_origin.isValid())
        m_origin = at;
    // Snapshots that arrive out of order (or twice) would make rates negative: keep the newest.
    if (m_last.isValid() && at < m_last)
        return;
    m_last = at;
    const qint64 nowMs = m_origin.msecsTo(at);
    m_taskState = text(properties, "state");
    m_taskType = text(properties, "taskType");

    const auto databaseIndex = [this](const QString &name) {
        int i = indexOfDatabase(name);
        if (i < 0) {
            Database db;
            db.name = name;
            m_databases.append(db);
            m_databaseHistory.append(History());
            i = int(m_databases.size() - 1);
        }
        return i;
    };

    QHash<QString, QJsonObject> databaseItems;
    QHash<QString, QStringList> errors;
    for (const QJsonValue &v : properties.value(QLatin1String("output")).toArray()) {
        const QJsonObject item = v.toObject();
        const QString type = text(item, "resultType");
        if (type == QLatin1String("DatabaseLevelOutput")) {
            const QString name = item.value(QLatin1String("databaseName")).toString(text(item, "sourceDatabaseName"));
            databaseIndex(name);
            databaseItems.insert(name, item);
        } else if (type == QLatin1String("TableLevelOutput")) {
            const QString dbName = text(item, "databaseName");
            Database &db = m_databases[databaseIndex(dbName)];
            const QString key = item.value(QLatin1String("id")).toString(text(item, "tableName"));
            auto it = std::find_if(db.tables.begin(), db.tables.end(), [&](const Table &t) { return t.key == key; });
            if (it == db.tables.end()) {
                Table t;
                t.key = key;
                t.database = dbName;
                db.tables.append(t);
                it = db.tables.end() - 1;
            }
            Table &t = *it;
            t.name = text(item, "tableName");
            t.state = text(item, "state");
            t.rowsCopied = count(item, "fullLoadTotalRows");
            t.rowsTotal = isLoaded(t.state) ? std::optional<qint64>(t.rowsCopied) : std::nullopt;
            t.inserts = count(item, "cdcInsertCounter");
            t.updates = count(item, "cdcUpdateCounter");
            t.deletes = count(item, "cdcDeleteCounter");
            t.applied = count(item, "totalChangesApplied");
            History &h = m_tableHistory[QString(dbName + QLatin1Char('\n') + key)];
            record(h, nowMs, t.rowsCopied, t.applied);
            t.rowsPerSecond = isLoading(t.state) ? rate(h, false) : std::nullopt;
            t.etaSeconds.reset();
            if (isLoaded(t.state)) {
                t.etaSeconds = 0;
            } else if (t.rowsTotal && t.rowsPerSecond && *t.rowsPerSecond > 0) {
                t.etaSeconds = qint64(std::ceil(double(*t.rowsTotal - t.rowsCopied) / *t.rowsPerSecond));
            } else if (isLoading(t.state)) {
                // The server's own estimate, where it gives one.
                const QDateTime finish = QDateTime::fromString(text(item, "fullLoadEstFinishTime"), Qt::ISODateWithMs);
                if (finish.isValid())
                    t.etaSeconds = std::max<qint64>(0, at.secsTo(finish));
            }
        } else if (type == QLatin1String("DatabaseLevelErrorOutput")) {
            QString name = text(item, "databaseName");
            const QString id = text(item, "id");
            if (name.isEmpty() && id.startsWith(QLatin1String("dberror|")))
                name = id.mid(8);
            QString message = text(item, "errorMessage");
            if (message.isEmpty()) {
                QStringList events;
                for (const QJsonValue &e : item.value(QLatin1String("events")).toArray())
                    events.append(e.toObject().value(QLatin1String("eventText")).toString());
                message = events.join(QLatin1Char('\n'));
            }
            errors[name].append(message);
        }
    }

    qint64 totalRows = 0;
    qint64 totalApplied = 0;
    qint64 totalPending = 0;
    qint64 maxLatency = 0;
    for (int i = 0; i < m_databases.size(); ++i) {
        Database &db = m_databases[i];
        const QJsonObject item = databaseItems.value(db.name);
        db.errors = errors.value(db.name);
        if (!item.isEmpty())
            db.state = text(item, "migrationState");
        db.rowsCopied = 0;
        bool totalsKnown = !db.tables.isEmpty();
        qint64 rowsTotal = 0;
        int loaded = 0, loading = 0, queued = 0, errored = 0;
        qint64 tableInserts = 0, tableUpdates = 0, tableDeletes = 0;
        for (const Table &t : std::as_const(db.tables)) {
            db.rowsCopied += t.rowsCopied;
            totalsKnown = totalsKnown && t.rowsTotal.has_value();
            rowsTotal += t.rowsTotal.value_or(0);
            loaded += isLoaded(t.state) ? 1 : 0;
            loading += isLoading(t.state) ? 1 : 0;
            queued += t.state == QLatin1String("BEFORE_LOAD") ? 1 : 0;
            errored += t.state == QLatin1String("ERROR") ? 1 : 0;
            tableInserts += t.inserts;
            tableUpdates += t.updates;
            tableDeletes += t.deletes;
        }
        // The database item's counters are the server's word; the tables are the fallback.
        const auto counter = [&](const char *member, qint64 fallback) {
            return item.isEmpty() ? fallback : number(item, member).value_or(fallback);
        };
        db.tablesCompleted = int(counter("fullLoadCompletedTables", loaded));
        db.tablesLoading = int(counter("fullLoadLoadingTables", loading));
        db.tablesQueued = int(counter("fullLoadQueuedTables", queued));
        db.tablesErrored = int(counter("fullLoadErroredTables", errored));
        db.tablesTotal = std::max<int>(int(db.tables.size()),
                                       db.tablesCompleted + db.tablesLoading + db.tablesQueued + db.tablesErrored);
        db.rowsTotal
            = totalsKnown && db.tablesTotal == db.tables.size() ? std::optional<qint64>(rowsTotal) : std::nullopt;
        db.inserts = counter("cdcInsertCounter", tableInserts);
        db.updates = counter("cdcUpdateCounter", tableUpdates);
        db.deletes = counter("cdcDeleteCounter", tableDeletes);
        db.applied = number(item, "appliedChanges");
        const std::optional<qint64> incoming = number(item, "incomingChanges");
        db.pending = db.applied && incoming ? std::optional<qint64>(std::max<qint64>(0, *incoming - *db.applied))
                                            : std::nullopt;
        db.latencyMs = number(item, "latency");

        History &h = m_databaseHistory[i];
        record(h, nowMs, db.rowsCopied, db.applied.value_or(0));
        db.rowsPerSecond = db.tablesLoading > 0 ? rate(h, false) : std::nullopt;
        db.changesPerSecond = db.applied ? rate(h, true) : std::nullopt;
        evaluate(db, h, nowMs);

        totalRows += db.rowsCopied;
        totalApplied += db.applied.value_or(0);
        totalPending += db.pending.value_or(0);
        maxLatency = std::max(maxLatency, db.latencyMs.value_or(0));
    }

    record(m_total, nowMs, totalRows, totalApplied);
    Sample sample;
    sample.at = at;
    sample.rowsPerSecond = rate(m_total, false).value_or(0);
    sample.changesPerSecond = rate(m_total, true).value_or(0);
    sample.pending = totalPending;
    sample.latencyMs = maxLatency;
    m_series.append(sample);
    while (m_series.size() > m_settings.maxSamples)
        m_series.removeFirst();
    Q_EMIT updated();
}

void MigrationProgress::record(History &history, qint64 ms, qint64 rows, qint64 applied) const
{
    history.points.append(Point{ms, rows, applied});
    const qint64 from = ms - qint64(m_settings.rateWindowSeconds) * 1000;
    // Keep one point at or before the window's start, so the window is always spanned.
    while (history.points.size() > 2 && history.points.at(1).ms <= from)
        history.points.removeFirst();
}

std::optional<double> MigrationProgress::rate(const History &history, bool applied)
{
    if (history.points.size() < 2)
        return std::nullopt;
    const Point &first = history.points.first();
    const Point &last = history.points.last();
    if (last.ms <= first.ms)
        return std::nullopt;
    const qint64 delta = applied ? last.applied - first.applied : last.rows - first.rows;
    return double(std::max<qint64>(0, delta)) * 1000.0 / double(last.ms - first.ms);
}

void MigrationProgress::evaluate(Database &db, History &history, qint64 nowMs)
{
    const bool loading = db.tablesLoading > 0 || db.tablesQueued > 0;
    db.etaSeconds.reset();
    if (loading) {
        // Done when the last loading table is; unknown while tables wait or lack an estimate.
        qint64 latest = 0;
        bool known = db.tablesQueued == 0;
        for (const Table &t : std::as_const(db.tables)) {
            if (isLoading(t.state)) {
                known = known && t.etaSeconds.has_value();
                latest = std::max(latest, t.etaSeconds.value_or(0));
            }
        }
        if (known)
            db.etaSeconds = latest;
    } else if (db.pending) {
        if (*db.pending == 0)
            db.etaSeconds = 0;
        else if (db.changesPerSecond && *db.changesPerSecond > 0)
            db.etaSeconds = qint64(std::ceil(double(*db.pending) / *db.changesPerSecond));
    }

    // Projected downtime: what is pending at the observed apply rate, plus the latency.
    db.projectedDowntimeMs.reset();
    if (db.pending) {
        std::optional<qint64> applyMs;
        if (*db.pending == 0)
            applyMs = 0;
        else if (db.changesPerSecond && *db.changesPerSecond > 0)
            applyMs = qint64(std::ceil(double(*db.pending) * 1000.0 / *db.changesPerSecond));
        if (applyMs)
            db.projectedDowntimeMs = *applyMs + db.latencyMs.value_or(0);
    }

    // Caught up: pending changes at or under the threshold, continuously since lowSinceMs.
    if (db.pending && *db.pending <= m_settings.readinessPendingThreshold) {
        if (!history.lowSinceMs)
            history.lowSinceMs = nowMs;
    } else {
        history.lowSinceMs.reset();
    }

    const QString state = db.state;
    QList<Check> checks;
    {
        Check c{QStringLiteral("fullLoad"), tr("Full load complete"), false, QString()};
        c.passed = db.tablesTotal > 0 && db.tablesCompleted == db.tablesTotal && db.tablesErrored == 0;
        c.text = db.tablesErrored > 0 ? tr("%1 of %2 tables loaded, %3 failed")
                                            .arg(db.tablesCompleted)
                                            .arg(db.tablesTotal)
                                            .arg(db.tablesErrored)
                                      : tr("%1 of %2 tables loaded").arg(db.tablesCompleted).arg(db.tablesTotal);
        checks.append(c);
    }
    {
        Check c{QStringLiteral("replicating"), tr("Changes replicating"), false, QString()};
        c.passed = state == QLatin1String("RUNNING") || state == QLatin1String("READY_TO_COMPLETE");
        c.text = c.passed
                     ? tr("Replication is running (%1)").arg(state)
                     : tr("Replication is not running yet (%1)").arg(state.isEmpty() ? tr("no state reported") : state);
        checks.append(c);
    }
    {
        Check c{QStringLiteral("caughtUp"), tr("Target caught up"), false, QString()};
        const qint64 threshold = m_settings.readinessPendingThreshold;
        const QString window = formatDuration(m_settings.readinessWindowSeconds);
        if (!db.pending) {
            c.text = tr("No pending-change count reported yet");
        } else if (!history.lowSinceMs) {
            c.text = tr("%1 changes pending; at most %2 for %3 needed").arg(*db.pending).arg(threshold).arg(window);
        } else {
            const qint64 heldSeconds = (nowMs - *history.lowSinceMs) / 1000;
            c.passed = heldSeconds >= m_settings.readinessWindowSeconds;
            c.text = c.passed ? tr("%1 changes pending; at most %2 for %3")
                                    .arg(*db.pending)
                                    .arg(threshold)
                                    .arg(formatDuration(heldSeconds))
                              : tr("%1 changes pending; at most %2 for %3 of %4")
                                    .arg(*db.pending)
                                    .arg(threshold)
                                    .arg(formatDuration(heldSeconds), window);
        }
        checks.append(c);
    }
    {
        Check c{QStringLiteral("engineReady"), tr("Engine ready to complete"), false, QString()};
        c.passed = state == QLatin1String("READY_TO_COMPLETE") && m_taskState == QLatin1String("Running");
        c.text = c.passed ? tr("The engine accepts the cutover of %1").arg(db.name)
                          : tr("The database is %1; the cutover is accepted when it is READY_TO_COMPLETE")
                                .arg(state.isEmpty() ? tr("without a state") : state);
        checks.append(c);
    }
    {
        Check c{QStringLiteral("noErrors"), tr("No errors"), false, QString()};
        c.passed = db.errors.isEmpty() && db.tablesErrored == 0;
        c.text = c.passed ? tr("No errors reported") : db.errors.value(0, tr("%1 tables failed").arg(db.tablesErrored));
        checks.append(c);
    }
    db.ready = std::all_of(checks.cbegin(), checks.cend(), [](const Check &c) { return c.passed; });
    db.checks = checks;
}

QString MigrationProgress::migrationStateText(const QString &apiState)
{
    if (apiState == QLatin1String("PENDING"))
        return tr("migration in progress");
    if (apiState == QLatin1String("VALIDATING"))
        return tr("validating the migration");
    if (apiState == QLatin1String("ACTION_REQUIRED"))
        return tr("the migration needs action");
    if (apiState == QLatin1String("COMPLETE"))
        return tr("migration complete");
    if (apiState == QLatin1String("FAILED"))
        return tr("migration failed");
    return apiState;
}

QString MigrationProgress::formatDuration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace godwit::models
