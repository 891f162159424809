#include "engine/executors/mysqlsyncexecutor.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include "core/dmstypes.h"
#include "engine/drivers/mysql/mysqlbinlog.h"
#include "engine/drivers/mysql/mysqlconnection.h"
#include "engine/executors/mysqlcommon.h"
#include "engine/executors/mysqlcopy.h"

namespace godwit::engine {

namespace {

using core::dms::MySqlConnectionInfo;
using core::dms::ReportableException;
using executors::reportable;
using mysql::BinlogEvent;
using mysql::BinlogPosition;
using mysql::BinlogReader;
using mysql::Connection;
using mysql::lcMySql;
using mysql::QueryResult;
using mysqlmigration::SourceTable;
using DbState = core::dms::SyncDatabaseMigrationReportingState;
using TableState = core::dms::SyncTableMigrationState;
using MigrationOutput = core::dms::MigrateMySqlAzureDbForMySqlSyncTaskOutputMigrationLevel;
using DatabaseOutput = core::dms::MigrateMySqlAzureDbForMySqlSyncTaskOutputDatabaseLevel;
using TableOutput = core::dms::MigrateMySqlAzureDbForMySqlSyncTaskOutputTableLevel;
using ErrorOutput = core::dms::MigrateMySqlAzureDbForMySqlSyncTaskOutputError;
using DatabaseErrorOutput = core::dms::MigrateMySqlAzureDbForMySqlSyncTaskOutputDatabaseError;

// How long a cutover may wait for the changes written before it.
constexpr int kCutoverTimeoutMs = 120000;

struct SyncTable
{
    SourceTable table;
    TableState state = TableState::BEFORE_LOAD;
    qint64 fullLoadRows = 0;
    std::optional<QDateTime> loadStarted, loadEnded, lastModified;
    qint64 inserts = 0, updates = 0, deletes = 0, applied = 0, errors = 0;
};

struct SyncDb
{
    QString name;
    QString targetName;
    QMap<QString, QString> tableMap;
    DbState state = DbState::CONFIGURING;
    QList<SyncTable> tables;
    QHash<QString, int> tableIndex; ///< source table name → index in tables
    std::optional<QDateTime> started, ended;
    qint64 incoming = 0, applied = 0, inserts = 0, updates = 0, deletes = 0;
    qint64 latencyMs = 0;
    bool initialized = false;
    QString error;
    QList<core::dms::SyncMigrationDatabaseErrorEvent> events;
    QString commandId;
    BinlogPosition cutover;
    QElapsedTimer cutoverTimer;

    bool replicating() const
    {
        return state == DbState::RUNNING || state == DbState::READY_TO_COMPLETE || state == DbState::COMPLETING;
    }
};

class MigrateMySqlSyncExecutor final : public Executor
{
public:
    ExecutionResult run(TaskContext &context) override
    {
        core::dms::MigrateMySqlAzureDbForMySqlSyncTaskInput input;
        if (auto early = executors::readInput(context, &input))
            return *early;
        if (auto invalid = mysql::checkMigrationInput(input, &m_dbs))
            return *invalid;
        m_sourceInfo = input.sourceConnectionInfo();
        m_targetInfo = input.targetConnectionInfo();
        context.markRunning();
        m_context = &context;
        m_started = QDateTime::currentDateTimeUtc();
        m_migrationId = executors::newId();

        QString error;
        unsigned code = 0;
        if (const auto checkpoint = resumePoint(context.previousOutput()))
            return resume(*checkpoint);
        auto source = Connection::open(m_sourceInfo, QString(), &error, &code);
        if (!source)
            return connectFailed(QStringLiteral("source"), m_sourceInfo, code, error);
        if (auto failed = openApplyConnections())
            return *failed;
        if (!mysqlmigration::prepareSourceSession(*source, &error) || !prepareApplySessions(&error))
            return fail(QStringLiteral("SessionSetupFailed"), error);

        if (auto refused = checkReplication())
            return *refused;

        const QueryResult format = source->exec(QStringLiteral("SELECT @@log_bin, @@binlog_format"));
        if (!format.ok || format.value(0, 0) != QLatin1String("1")
            || format.value(0, 1).compare(QLatin1String("ROW"), Qt::CaseInsensitive) != 0)
            return fail(QStringLiteral("BinlogNotReady"),
                        QStringLiteral("The source's binary log is off or not in ROW format."),
                        QStringLiteral("Start the source with log_bin and binlog_format=ROW (see the source "
                                       "connection test), then run the migration again."));

        BinlogPosition start;
        if (!openSnapshot(*source, &start, &error))
            return fail(QStringLiteral("SnapshotFailed"),
                        QStringLiteral("Could not open a consistent snapshot of the source with its binary log "
                                       "position: %1")
                            .arg(error),
                        QStringLiteral("Grant the user RELOAD and REPLICATION CLIENT (BINLOG MONITOR on MariaDB)."));
        qCInfo(lcMySql).noquote() << "online migration snapshot at" << start.toString();

        for (SyncDb &db : m_dbs)
            listTables(*source, db);
        publish(true);

        // The full load, every database under the same snapshot.
        for (SyncDb &db : m_dbs) {
            if (db.state == DbState::FAILED)
                continue;
            if (context.isCancelled())
                break;
            fullLoad(*source, db);
        }
        source->exec(QStringLiteral("COMMIT"));
        source.reset();
        if (context.isCancelled())
            return cancel();

        // Changes from the snapshot's position on.
        const quint32 serverId = 1000000u + QRandomGenerator::global()->bounded(1u << 30);
        m_reader = BinlogReader::open(m_lookup->settings(), start, serverId, &error);
        if (!m_reader)
            return fail(
                QStringLiteral("BinlogReadFailed"),
                QStringLiteral("Could not read the source's binary log from %1: %2").arg(start.toString(), error),
                QStringLiteral("Grant the user REPLICATION SLAVE, and keep binary logs long enough "
                               "(expire_logs_days / binlog_expire_logs_seconds) for the full load."));
        m_position = start;
        m_checkpoint = start;
        if (auto failed = startReplication(start))
            return *failed;
        publish(true);
        return replicate();
    }

    bool canResume() const override { return true; }

private:
    static constexpr QLatin1String kCheckpointText{"Changes are applied up to binary log position "};

    // Where an interrupted run can continue: every database still replicating has a checkpoint
    // (the full load finished); else the migration starts over.
    std::optional<BinlogPosition> resumePoint(const QJsonArray &previous)
    {
        if (previous.isEmpty())
            return std::nullopt;
        std::optional<BinlogPosition> earliest;
        for (SyncDb &db : m_dbs) {
            QString state;
            std::optional<BinlogPosition> checkpoint;
            for (const QJsonValue &v : previous) {
                const QString id = v[u"id"].toString();
                if (id == QString(QStringLiteral("db|") + db.name))
                    state = v[u"migrationState"].toString();
                if (id != QString(QStringLiteral("dberror|") + db.name))
                    continue;
                for (const QJsonValue &e : v[u"events"].toArray()) {
                    const QString text = e[u"eventText"].toString();
                    if (!text.startsWith(kCheckpointText))
                        continue;
                    const QString at = text.mid(kCheckpointText.size());
                    const qsizetype colon = at.lastIndexOf(QLatin1Char(':'));
                    if (colon > 0)
                        checkpoint = BinlogPosition{at.left(colon), at.mid(colon + 1).toULongLong()};
                }
            }
            if (state == QLatin1String("COMPLETE"))
                continue;
            const bool replicated = state == QLatin1String("RUNNING") || state == QLatin1String("READY_TO_COMPLETE")
                                    || state == QLatin1String("COMPLETING");
            if (!replicated || !checkpoint || !checkpoint->isValid())
                return std::nullopt;
            if (!earliest || *checkpoint < *earliest)
                earliest = checkpoint;
        }
        return earliest;
    }

    // Opens the target and a second source connection that looks rows up while changes are applied.
    std::optional<ExecutionResult> openApplyConnections()
    {
        QString error;
        unsigned code = 0;
        m_target = Connection::open(m_targetInfo, QString(), &error, &code);
        if (!m_target)
            return connectFailed(QStringLiteral("target"), m_targetInfo, code, error);
        m_lookup = Connection::open(m_sourceInfo, QString(), &error, &code);
        if (!m_lookup)
            return connectFailed(QStringLiteral("source"), m_sourceInfo, code, error);
        m_sourceVersion = m_lookup->serverVersion();
        m_targetVersion = m_target->serverVersion();
        return std::nullopt;
    }

    bool prepareApplySessions(QString *error)
    {
        return mysqlmigration::prepareTargetSession(*m_target, error)
               && m_lookup->exec(QStringLiteral("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED")).ok;
    }

    // Reads the tables of a database to replicate; false, with the database failed, when it cannot.
    bool listTables(Connection &conn, SyncDb &db)
    {
        QString error;
        const auto tables = mysqlmigration::readTables(conn, db.name, db.tableMap.keys(), &error);
        if (!tables) {
            failDatabase(db, QStringLiteral("Could not read the tables of %1: %2").arg(db.name, error));
            return false;
        }
        for (SourceTable t : *tables) {
            t.targetName = db.tableMap.value(t.name);
            SyncTable st;
            st.table = t;
            db.tableIndex.insert(t.name, int(db.tables.size()));
            db.tables.append(st);
        }
        return true;
    }

    // Continues an interrupted run from its checkpoint: applying a change again is harmless.
    ExecutionResult resume(const BinlogPosition &checkpoint)
    {
        const QJsonArray previous = m_context->previousOutput();
        if (auto failed = openApplyConnections())
            return *failed;
        QString error;
        if (!prepareApplySessions(&error))
            return fail(QStringLiteral("SessionSetupFailed"), error);
        const auto item = [&previous](const QString &id) {
            for (const QJsonValue &v : previous) {
                if (v[u"id"].toString() == id)
                    return v.toObject();
            }
            return QJsonObject();
        };
        for (const QJsonValue &v : previous) {
            if (v[u"resultType"].toString() == QLatin1String("MigrationLevelOutput")) {
                const MigrationOutput m(v.toObject());
                m_migrationId = m.id();
                m_started = m.startedOn().value_or(m_started);
            }
        }
        for (SyncDb &db : m_dbs) {
            const DatabaseOutput before(item(QString(QStringLiteral("db|") + db.name)));
            db.state = core::dms::fromString<DbState>(before.migrationState()).value_or(DbState::RUNNING);
            if (db.state == DbState::COMPLETING)
                db.state = DbState::READY_TO_COMPLETE; // the command was failed when the engine stopped
            db.started = before.startedOn();
            db.ended = before.endedOn();
            db.incoming = before.incomingChanges().value_or(0);
            db.applied = before.appliedChanges().value_or(0);
            db.inserts = before.cdcInsertCounter().value_or(0);
            db.updates = before.cdcUpdateCounter().value_or(0);
            db.deletes = before.cdcDeleteCounter().value_or(0);
            db.initialized = true;
            const DatabaseErrorOutput errors(item(QString(QStringLiteral("dberror|") + db.name)));
            db.error = errors.errorMessage();
            for (const auto &e : errors.events()) {
                if (!e.eventText().startsWith(kCheckpointText))
                    db.events.append(e);
            }
            if (!listTables(*m_lookup, db))
                continue;
            for (SyncTable &st : db.tables) {
                const TableOutput was(item(QStringLiteral("tb|%1|%2").arg(db.name, st.table.name)));
                st.state = core::dms::fromString<TableState>(was.state()).value_or(TableState::ERROR);
                st.fullLoadRows = was.fullLoadTotalRows().value_or(0);
                st.loadStarted = was.fullLoadStartedOn();
                st.loadEnded = was.fullLoadEndedOn();
                st.lastModified = was.lastModifiedTime();
                st.inserts = was.cdcInsertCounter().toLongLong();
                st.updates = was.cdcUpdateCounter().toLongLong();
                st.deletes = was.cdcDeleteCounter().toLongLong();
                st.applied = was.totalChangesApplied().value_or(0);
                st.errors = was.dataErrorsCounter().value_or(0);
            }
        }
        const quint32 serverId = 1000000u + QRandomGenerator::global()->bounded(1u << 30);
        m_reader = BinlogReader::open(m_lookup->settings(), checkpoint, serverId, &error);
        if (!m_reader)
            return fail(QStringLiteral("BinlogReadFailed"),
                        QStringLiteral("Could not continue reading the source's binary log at %1: %2")
                            .arg(checkpoint.toString(), error),
                        QStringLiteral("The binary log may have been purged since the engine stopped; run the "
                                       "migration again."));
        // The target's replication connection went on (or waited) while the engine was stopped.
        const QueryResult status = m_target->exec(QStringLiteral("SHOW SLAVE %1 STATUS").arg(channel()));
        if (!status.ok || status.rowCount() != 1)
            return fail(QStringLiteral("ReplicationMissing"),
                        QStringLiteral("The target's replication connection %1 of this migration is gone%2")
                            .arg(channelName(), status.ok ? QString() : QString(QStringLiteral(": ") + status.error)),
                        QStringLiteral("Run the migration again."));
        m_replicationSet = true;
        if (status.value(0, u"Slave_SQL_Running") != QLatin1String("Yes")
            || status.value(0, u"Slave_IO_Running") == QLatin1String("No")) {
            const QueryResult started = m_target->exec(QStringLiteral("START SLAVE %1").arg(channel()));
            if (!started.ok)
                return fail(QStringLiteral("ReplicationFailed"),
                            QStringLiteral("The target could not restart replicating: %1").arg(started.error));
        }
        qCInfo(lcMySql).noquote() << "online migration continues at" << checkpoint.toString() << "with"
                                  << channelName();
        m_position = checkpoint;
        m_checkpoint = checkpoint;
        publish(true);
        return replicate();
    }

    bool openSnapshot(Connection &source, BinlogPosition *position, QString *error)
    {
        const bool mariaDb = source.isMariaDb();
        QueryResult r = source.exec(QStringLiteral("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
        if (!mariaDb && r.ok)
            r = source.exec(QStringLiteral("FLUSH TABLES WITH READ LOCK"));
        if (r.ok)
            r = source.exec(QStringLiteral("START TRANSACTION WITH CONSISTENT SNAPSHOT"));
        if (!r.ok) {
            *error = r.error;
            return false;
        }
        if (mariaDb) {
            // The binary log position this very snapshot sees, without locking anything.
            r = source.exec(QStringLiteral("SHOW STATUS LIKE 'binlog_snapshot_%'"));
            for (qsizetype i = 0; r.ok && i < r.rowCount(); ++i) {
                if (r.value(i, 0).compare(QLatin1String("binlog_snapshot_file"), Qt::CaseInsensitive) == 0)
                    position->file = r.value(i, 1);
                else if (r.value(i, 0).compare(QLatin1String("binlog_snapshot_position"), Qt::CaseInsensitive) == 0)
                    position->offset = r.value(i, 1).toULongLong();
            }
        } else {
            r = source.exec(QStringLiteral("SHOW MASTER STATUS"));
            if (r.ok && r.rowCount() == 1)
                *position = {r.value(0, 0), r.value(0, 1).toULongLong()};
            source.exec(QStringLiteral("UNLOCK TABLES"));
        }
        if (!r.ok) {
            *error = r.error;
            return false;
        }
        if (!position->isValid()) {
            *error = QStringLiteral("the server reported no binary log position");
            return false;
        }
        return true;
    }

    void fullLoad(Connection &source, SyncDb &db)
    {
        db.state = DbState::INITIALIAZING;
        db.started = QDateTime::currentDateTimeUtc();
        publish(true);
        QString error;
        if (!mysqlmigration::createTargetDatabase(source, *m_target, db.name, db.targetName, &error)) {
            failDatabase(db, QStringLiteral("Could not create the target database %1: %2").arg(db.targetName, error));
            return;
        }
        for (SyncTable &t : db.tables) {
            bool created = false;
            if (!mysqlmigration::prepareTargetTable(*m_target, db.targetName, t.table, &created, &error)) {
                t.state = TableState::ERROR;
                ++t.errors;
                addEvent(db, QStringLiteral("Error"),
                         QStringLiteral("Could not create the target table %1: %2").arg(t.table.target(), error));
            }
        }
        for (SyncTable &t : db.tables) {
            if (t.state == TableState::ERROR)
                continue;
            if (m_context->isCancelled())
                return;
            t.state = TableState::FULL_LOAD;
            t.loadStarted = QDateTime::currentDateTimeUtc();
            publish(true);
            const mysqlmigration::CopyResult copied = mysqlmigration::copyTable(
                source, *m_target, db.name, db.targetName, t.table, [this] { return m_context->isCancelled(); },
                [&](qint64 rows) {
                    t.fullLoadRows = rows;
                    publish(false);
                });
            t.loadEnded = QDateTime::currentDateTimeUtc();
            if (copied.cancelled)
                return;
            if (!copied.ok) {
                t.state = TableState::ERROR;
                ++t.errors;
                addEvent(db, QStringLiteral("Error"),
                         QStringLiteral("Copying the rows of %1 failed: %2").arg(t.table.name, copied.error));
                continue;
            }
            t.fullLoadRows = copied.rows;
            t.state = TableState::COMPLETED;
            publish(true);
        }
        db.initialized = true;
        db.state = DbState::RUNNING;
        publish(true);
    }

    ExecutionResult replicate()
    {
        QElapsedTimer sincePublish;
        sincePublish.start();
        QString error;
        while (true) {
            if (m_context->isShuttingDown()) {
                // Left Running: the next start continues from the checkpoint.
                publish(true);
                ExecutionResult result = ExecutionResult::failed(
                    QStringLiteral("EngineShutdown"),
                    QStringLiteral("The engine shut down; the migration continues when it starts again."));
                result.interruptedByShutdown = true;
                return result;
            }
            if (m_context->isCancelled())
                return cancel();
            while (const auto command = m_context->takeCommand())
                handleCommand(*command);
            const auto event = m_reader->next(&error);
            if (!event)
                return fail(QStringLiteral("BinlogReadFailed"),
                            QStringLiteral("Reading the source's binary log at %1 failed: %2")
                                .arg(m_position.toString(), error),
                            QStringLiteral("Check that the source is running and keeps its binary logs, then run "
                                           "the migration again."));
            bool changed = false;
            switch (event->kind) {
            case BinlogEvent::Kind::Rows:
                count(*event);
                break;
            case BinlogEvent::Kind::Statement:
                noteStatement(*event);
                break;
            default:
                break;
            }
            if (event->kind == BinlogEvent::Kind::Heartbeat)
                m_readerLagMs = 0;
            else if (event->timestamp > 0)
                m_readerLagMs
                    = std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch() - qint64(event->timestamp) * 1000);
            if (event->next.isValid()) {
                m_position = event->next;
                // A run can continue only from a transaction's end (a row event needs its table map).
                if (event->kind == BinlogEvent::Kind::Commit || event->kind == BinlogEvent::Kind::Statement
                    || event->kind == BinlogEvent::Kind::Heartbeat)
                    m_checkpoint = m_position;
            }
            if (event->kind == BinlogEvent::Kind::Heartbeat || !m_sincePoll.isValid() || m_sincePoll.elapsed() >= 500) {
                m_sincePoll.start();
                const bool caughtUpReading = event->kind == BinlogEvent::Kind::Heartbeat;
                if (!pollReplication(caughtUpReading, &changed))
                    return m_failure;
            }
            if (changed || sincePublish.elapsed() >= 1000) {
                publish(true);
                sincePublish.restart();
            }
            bool open = false;
            bool failed = false;
            for (const SyncDb &db : m_dbs) {
                open = open || db.replicating();
                failed = failed || db.state == DbState::FAILED;
            }
            if (!open) {
                m_ended = QDateTime::currentDateTimeUtc();
                publish(true);
                if (failed)
                    return ExecutionResult::failed(QStringLiteral("MigrationFailed"),
                                                   QStringLiteral("The migration of at least one database failed; "
                                                                  "the output says why."));
                return ExecutionResult::succeeded();
            }
        }
    }

    // The target's replication connection of this migration (MariaDB multi-source: other
    // replication on the target is untouched).
    QString channelName() const
    {
        return QString(QStringLiteral("godwit_") + QString(m_migrationId).remove(QLatin1Char('-')));
    }

    QString channel() const { return m_target->literal(channelName()); }

    // Which tables the replication connection applies: those whose full load completed.
    bool setFilters(QString *error)
    {
        QStringList tables, rewrites;
        for (const SyncDb &db : m_dbs) {
            if (!db.replicating())
                continue;
            if (db.name != db.targetName)
                rewrites.append(QStringLiteral("%1->%2").arg(db.name, db.targetName));
            for (const SyncTable &t : db.tables) {
                if (t.state == TableState::COMPLETED)
                    tables.append(QStringLiteral("%1.%2").arg(db.targetName, t.table.target()));
            }
        }
        if (tables.isEmpty()) {
            *error = QStringLiteral("no table was copied, so there is nothing to replicate");
            return false;
        }
        QStringList statements{QStringLiteral("SET @@default_master_connection = %1").arg(channel())};
        if (!rewrites.isEmpty())
            statements.append(QStringLiteral("SET GLOBAL replicate_rewrite_db = %1")
                                  .arg(m_target->literal(rewrites.join(QLatin1Char(',')))));
        statements.append(
            QStringLiteral("SET GLOBAL replicate_do_table = %1").arg(m_target->literal(tables.join(QLatin1Char(',')))));
        const QueryResult r = m_target->execAll(statements);
        m_target->exec(QStringLiteral("SET @@default_master_connection = ''"));
        if (!r.ok)
            *error = r.error;
        return r.ok;
    }

    // Points the target's replication at the source's binary log where the snapshot was taken.
    // What the target's replication needs, checked before the full load so that a long copy does
    // not end in a migration that cannot go on.
    std::optional<ExecutionResult> checkReplication()
    {
        if (!m_target->isMariaDb())
            return fail(QStringLiteral("TargetNotSupported"),
                        QStringLiteral("The online migration replicates through MariaDB's multi-source replication; "
                                       "the target %1 is not MariaDB.")
                            .arg(m_targetVersion),
                        QStringLiteral("Migrate to a MariaDB target, or use the offline migration."));
        const QueryResult ids = m_lookup->exec(QStringLiteral("SELECT @@server_id"));
        const QueryResult targetIds = m_target->exec(QStringLiteral("SELECT @@server_id"));
        if (ids.ok && targetIds.ok && ids.value(0, 0) == targetIds.value(0, 0))
            return fail(QStringLiteral("ServerIdClash"),
                        QStringLiteral("The source and the target have the same server_id (%1), so the target "
                                       "cannot replicate from the source.")
                            .arg(ids.value(0, 0)),
                        QStringLiteral("Give the target another server_id (server_id in its configuration, or SET "
                                       "GLOBAL server_id), then run the migration again."));
        const QueryResult user = m_target->exec(QStringLiteral("SELECT CURRENT_USER()"));
        if (user.ok && user.rowCount() == 1) {
            const QString account = mysql::accountName(user.value(0, 0));
            const QueryResult granted = m_target->exec(
                QStringLiteral("SELECT COUNT(*) FROM information_schema.USER_PRIVILEGES WHERE GRANTEE = %1 AND "
                               "PRIVILEGE_TYPE IN ('SUPER', 'REPLICATION SLAVE ADMIN')")
                    .arg(m_target->literal(account)));
            if (granted.ok && granted.value(0, 0) == QLatin1String("0"))
                return fail(QStringLiteral("ReplicationNotPermitted"),
                            QStringLiteral("The target user %1 may not set up replication, which the online "
                                           "migration needs.")
                                .arg(account),
                            QStringLiteral("As the server admin, run: GRANT %1 ON *.* TO %2; then run the migration "
                                           "again.")
                                .arg(m_target->serverVersionNumber() >= 100500
                                         ? QStringLiteral("REPLICATION SLAVE ADMIN")
                                         : QStringLiteral("SUPER"),
                                     account));
        }
        std::optional<bool> rewrites;
        for (const SyncDb &db : m_dbs) {
            if (db.name.contains(QLatin1Char(',')) || db.targetName.contains(QLatin1Char(',')))
                return fail(QStringLiteral("NameNotReplicated"),
                            QStringLiteral("Replication filters cannot name the database %1 (it contains a comma).")
                                .arg(db.name),
                            QStringLiteral("Rename it or use the offline migration."));
            if (db.name != db.targetName && !rewrites) {
                const QueryResult has = m_target->exec(
                    QStringLiteral("SELECT COUNT(*) FROM information_schema.GLOBAL_VARIABLES WHERE VARIABLE_NAME = "
                                   "'REPLICATE_REWRITE_DB'"));
                rewrites = has.ok && has.value(0, 0) != QLatin1String("0");
                if (!*rewrites)
                    return fail(QStringLiteral("RenameNotReplicated"),
                                QStringLiteral("Database %1 is migrated to %2, but the target %3 cannot rename a "
                                               "database while replicating (replicate_rewrite_db cannot be set at "
                                               "run time).")
                                    .arg(db.name, db.targetName, m_targetVersion),
                                QStringLiteral("Keep the database name on the target, or use the offline migration."));
            }
            for (auto it = db.tableMap.begin(); it != db.tableMap.end(); ++it) {
                if (it.key() != it.value())
                    return fail(QStringLiteral("RenameNotReplicated"),
                                QStringLiteral("Table %1 is migrated to %2, but the target's replication applies "
                                               "changes to tables under their source names.")
                                    .arg(it.key(), it.value()),
                                QStringLiteral("Keep the table names in the table map, or use the offline migration."));
            }
        }
        if (!m_lookup->settings().socket.isEmpty())
            return fail(QStringLiteral("SourceNotReachable"),
                        QStringLiteral("The source is reached over the Unix socket %1; the target's replication "
                                       "needs its host name and port.")
                            .arg(m_lookup->settings().socket),
                        QStringLiteral("Give the source's host name and port in sourceConnectionInfo."));
        return std::nullopt;
    }

    // Points the target's replication at the source's binary log where the snapshot was taken.
    std::optional<ExecutionResult> startReplication(const BinlogPosition &start)
    {
        const QString privileges = QStringLiteral(
            "Grant the target user REPLICATION SLAVE ADMIN (SUPER before MariaDB 10.5), then run the migration "
            "again.");
        for (const SyncDb &db : m_dbs) {
            for (const SyncTable &t : db.tables) {
                if (t.table.name.contains(QLatin1Char(',')))
                    return fail(QStringLiteral("NameNotReplicated"),
                                QStringLiteral("Replication filters cannot name %1.%2 (it contains a comma).")
                                    .arg(db.name, t.table.name),
                                QStringLiteral("Rename it on the source or use the offline migration."));
            }
        }
        const mysql::ConnectSettings &source = m_lookup->settings();
        QString tls;
        const auto addTls = [&](const char *option, const QString &value) {
            if (!value.isEmpty())
                tls += QStringLiteral(", %1 = %2").arg(QLatin1String(option), m_target->literal(value));
        };
        if (source.tls) {
            addTls("MASTER_SSL_CA", source.sslCa);
            addTls("MASTER_SSL_CAPATH", source.sslCaPath);
            addTls("MASTER_SSL_CERT", source.sslCert);
            addTls("MASTER_SSL_KEY", source.sslKey);
            addTls("MASTER_SSL_CIPHER", source.sslCipher);
        }
        m_target->exec(QStringLiteral("STOP SLAVE %1").arg(channel()));
        m_target->exec(QStringLiteral("RESET SLAVE %1 ALL").arg(channel()));
        const QueryResult changed = m_target->exec(
            QStringLiteral("CHANGE MASTER %1 TO MASTER_HOST = %2, MASTER_PORT = %3, MASTER_USER = %4, "
                           "MASTER_PASSWORD = %5, MASTER_LOG_FILE = %6, MASTER_LOG_POS = %7, MASTER_USE_GTID = no, "
                           "MASTER_SSL = %8, MASTER_SSL_VERIFY_SERVER_CERT = %9, MASTER_CONNECT_RETRY = 5%10")
                // One pass, so that a value containing "%n" stays as it is.
                .arg(channel(), m_target->literal(source.host), QString::number(source.port),
                     m_target->literal(source.user), m_target->literal(source.password), m_target->literal(start.file),
                     QString::number(start.offset), QString::number(source.tls ? 1 : 0),
                     QString::number(source.verifyServerCert ? 1 : 0), tls));
        m_replicationSet = changed.ok;
        if (!changed.ok)
            return fail(
                QStringLiteral("ReplicationSetupFailed"),
                QStringLiteral("The target could not set up replication from the source: %1").arg(changed.error),
                changed.errorCode == mysql::errors::kSpecificAccessDenied
                        || changed.errorCode == mysql::errors::kAccessDenied
                    ? privileges
                    : QString());
        QString error;
        if (!setFilters(&error))
            return fail(QStringLiteral("ReplicationSetupFailed"),
                        QStringLiteral("The target could not filter the replicated tables: %1").arg(error), privileges);
        const QueryResult started = m_target->exec(QStringLiteral("START SLAVE %1").arg(channel()));
        if (!started.ok)
            return fail(QStringLiteral("ReplicationSetupFailed"),
                        QStringLiteral("The target could not start replicating: %1").arg(started.error), privileges);
        qCInfo(lcMySql).noquote() << "target replicates as" << channelName() << "from" << start.toString();
        return std::nullopt;
    }

    // Stops the replication connection and removes it from the target.
    void removeReplication()
    {
        if (!m_replicationSet || !m_target)
            return;
        m_target->exec(QStringLiteral("STOP SLAVE %1").arg(channel()));
        const QueryResult r = m_target->exec(QStringLiteral("RESET SLAVE %1 ALL").arg(channel()));
        if (r.ok)
            m_replicationSet = false;
        else
            qCWarning(lcMySql).noquote() << "could not remove the replication connection" << channelName() << r.error;
    }

    // Reads where the target's replication stands: counts what it applied, moves databases to
    // READY_TO_COMPLETE and COMPLETE. False (with m_failure) when the replication failed.
    bool pollReplication(bool caughtUpReading, bool *changed)
    {
        const QueryResult status = m_target->exec(QStringLiteral("SHOW SLAVE %1 STATUS").arg(channel()));
        if (!status.ok || status.rowCount() != 1) {
            m_failure = fail(QStringLiteral("ReplicationFailed"),
                             QStringLiteral("Could not read the status of the target's replication connection %1: %2")
                                 .arg(channelName(), status.ok ? QStringLiteral("it no longer exists") : status.error),
                             QStringLiteral("Check the target, then run the migration again."));
            return false;
        }
        const auto col = [&status](QStringView name) { return status.value(0, name); };
        const QString sqlError = col(u"Last_SQL_Error");
        const QString ioError = col(u"Last_IO_Error");
        if (!sqlError.isEmpty() || (col(u"Slave_IO_Running") == QLatin1String("No") && !ioError.isEmpty())) {
            m_failure = fail(QStringLiteral("ReplicationFailed"),
                             QStringLiteral("The target's replication from the source stopped: %1")
                                 .arg(sqlError.isEmpty() ? ioError : sqlError),
                             QStringLiteral("Correct the cause on the target (privileges, changed tables), then run "
                                            "the migration again."));
            return false;
        }
        const BinlogPosition executed{col(u"Relay_Master_Log_File"), col(u"Exec_Master_Log_Pos").toULongLong()};
        while (!m_pending.isEmpty() && !(executed < m_pending.first().next)) {
            const Pending p = m_pending.takeFirst();
            SyncDb &db = m_dbs[p.db];
            db.tables[p.table].applied += p.changes;
            db.applied += p.changes;
        }
        const int behindColumn = status.columnIndex(u"Seconds_Behind_Master");
        const bool known = !status.isNull(0, behindColumn);
        const qint64 behindMs = status.value(0, behindColumn).toLongLong() * 1000;
        for (SyncDb &db : m_dbs) {
            if (!db.replicating())
                continue;
            if (known)
                db.latencyMs = std::max(behindMs, m_readerLagMs);
            if (db.state == DbState::RUNNING && known && behindMs <= 1000
                && (caughtUpReading || m_readerLagMs <= 2000)) {
                db.state = DbState::READY_TO_COMPLETE;
                *changed = true;
                qCInfo(lcMySql).noquote() << "database" << db.name << "is ready to complete";
            }
        }
        bool completed = false;
        for (SyncDb &db : m_dbs) {
            if (db.state != DbState::COMPLETING)
                continue;
            if (!(m_position < db.cutover) && !(executed < db.cutover)) {
                db.latencyMs = 0;
                complete(db);
                completed = true;
                *changed = true;
            } else if (db.cutoverTimer.elapsed() > kCutoverTimeoutMs) {
                finishCommand(db, false,
                              QStringLiteral("The changes written before the cutover were not applied within %1 s; "
                                             "the database stays READY_TO_COMPLETE. Send the command again.")
                                  .arg(kCutoverTimeoutMs / 1000));
                db.state = DbState::READY_TO_COMPLETE;
                *changed = true;
            }
        }
        if (completed) {
            bool open = false;
            for (const SyncDb &db : m_dbs)
                open = open || db.replicating();
            QString error;
            if (!open) {
                removeReplication();
            } else {
                // The completed database's tables leave the filter; the others go on.
                m_target->exec(QStringLiteral("STOP SLAVE %1").arg(channel()));
                if (!setFilters(&error)) {
                    m_failure
                        = fail(QStringLiteral("ReplicationFailed"),
                               QStringLiteral("Could not change the target's replication filters: %1").arg(error));
                    return false;
                }
                m_target->exec(QStringLiteral("START SLAVE %1").arg(channel()));
            }
        }
        return true;
    }

    // Counts the changes of a row event; the target's replication applies them.
    void count(const BinlogEvent &event)
    {
        int dbIndex = -1;
        for (int i = 0; i < m_dbs.size(); ++i) {
            if (m_dbs.at(i).name == event.database && m_dbs.at(i).replicating())
                dbIndex = i;
        }
        if (dbIndex < 0)
            return;
        SyncDb &db = m_dbs[dbIndex];
        const int index = db.tableIndex.value(event.table, -1);
        if (index < 0)
            return;
        SyncTable &t = db.tables[index];
        if (t.state != TableState::COMPLETED)
            return;
        const qsizetype step = event.change == BinlogEvent::RowChange::Update ? 2 : 1;
        const qint64 changes = event.rows.size() / step;
        db.incoming += changes;
        switch (event.change) {
        case BinlogEvent::RowChange::Insert:
            t.inserts += changes;
            db.inserts += changes;
            break;
        case BinlogEvent::RowChange::Update:
            t.updates += changes;
            db.updates += changes;
            break;
        case BinlogEvent::RowChange::Delete:
            t.deletes += changes;
            db.deletes += changes;
            break;
        }
        t.lastModified = QDateTime::currentDateTimeUtc();
        m_pending.append({event.next, dbIndex, index, changes});
    }

    // Schema changes are not replicated: say so where the user looks.
    void noteStatement(const BinlogEvent &event)
    {
        static const QRegularExpression ddl(QStringLiteral("^\\s*(ALTER|CREATE|DROP|RENAME|TRUNCATE)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
        if (!ddl.match(event.statement).hasMatch())
            return;
        for (SyncDb &db : m_dbs) {
            if (db.replicating() && (event.database == db.name || event.statement.contains(db.name)))
                addEvent(db, QStringLiteral("Warning"),
                         QStringLiteral("A schema change on the source: the target replicates it only where it "
                                        "names migrated tables; check the target: %1")
                             .arg(event.statement.left(500)));
        }
    }

    void handleCommand(const PendingCommand &command)
    {
        SyncDb *db = executors::cutoverDatabase(*m_context, command, m_dbs);
        if (!db)
            return;
        if (db->state != DbState::READY_TO_COMPLETE) {
            executors::refuseCutover(*m_context, command.commandId, db->name, core::dms::toString(db->state));
            return;
        }
        // Everything the source has written up to now must reach the target before the cutover.
        const QueryResult status = m_lookup->exec(QStringLiteral("SHOW MASTER STATUS"));
        if (!status.ok || status.rowCount() != 1) {
            executors::failCommand(*m_context, command.commandId, QStringLiteral("SourceUnavailable"),
                                   QStringLiteral("Could not read the source's binary log position: %1; try again.")
                                       .arg(status.ok ? QStringLiteral("no binary log") : status.error));
            return;
        }
        db->cutover = {status.value(0, 0), status.value(0, 1).toULongLong()};
        db->commandId = command.commandId;
        db->state = DbState::COMPLETING;
        db->cutoverTimer.start();
        m_context->finishCommand(command.commandId, QStringLiteral("Running"), {});
        qCInfo(lcMySql).noquote() << "cutover of" << db->name << "waits for" << db->cutover.toString();
        publish(true);
    }

    void complete(SyncDb &db)
    {
        db.state = DbState::COMPLETE;
        db.ended = QDateTime::currentDateTimeUtc();
        finishCommand(db, true, QString());
        qCInfo(lcMySql).noquote() << "database" << db.name << "is complete";
    }

    void finishCommand(SyncDb &db, bool succeeded, const QString &message)
    {
        if (db.commandId.isEmpty())
            return;
        core::dms::MigrateSyncCompleteCommandOutput output;
        output.setId(QString(QStringLiteral("db|") + db.name));
        if (succeeded) {
            output.setErrors({});
            m_context->finishCommand(db.commandId, QStringLiteral("Succeeded"), {}, output.toJson());
        } else {
            output.setErrors({reportable(message, QString())});
            m_context->finishCommand(db.commandId, QStringLiteral("Failed"),
                                     {odataError(QStringLiteral("CutoverTimedOut"), message)}, output.toJson());
        }
        db.commandId.clear();
    }

    void addEvent(SyncDb &db, const QString &level, const QString &message)
    {
        if (db.events.size() >= 100)
            return;
        db.events.append(executors::migrationEvent(level, message));
        if (level == QLatin1String("Error") && db.error.isEmpty())
            db.error = message;
    }

    void failDatabase(SyncDb &db, const QString &message)
    {
        db.state = DbState::FAILED;
        db.ended = QDateTime::currentDateTimeUtc();
        addEvent(db, QStringLiteral("Error"), message);
        db.error = message;
    }

    ExecutionResult cancel()
    {
        removeReplication();
        for (SyncDb &db : m_dbs) {
            if (db.state == DbState::COMPLETE || db.state == DbState::FAILED)
                continue;
            db.state = DbState::CANCELLED;
            db.ended = QDateTime::currentDateTimeUtc();
            for (SyncTable &t : db.tables) {
                if (t.state == TableState::BEFORE_LOAD || t.state == TableState::FULL_LOAD)
                    t.state = TableState::CANCELED;
            }
            if (!db.commandId.isEmpty())
                finishCommand(db, false, QStringLiteral("The migration was cancelled during the cutover."));
        }
        while (const auto command = m_context->takeCommand())
            m_context->finishCommand(
                command->commandId, QStringLiteral("Failed"),
                {odataError(QStringLiteral("TaskCancelled"), QStringLiteral("The migration was cancelled."))});
        m_ended = QDateTime::currentDateTimeUtc();
        publish(true);
        return executors::stopped(*m_context);
    }

    ExecutionResult connectFailed(const QString &role, const MySqlConnectionInfo &info, unsigned code,
                                  const QString &error)
    {
        const mysql::ConnectFailure failure = mysql::classifyConnectError(code, error, info);
        return fail(role == QLatin1String("source") ? QStringLiteral("SourceConnectionFailed")
                                                    : QStringLiteral("TargetConnectionFailed"),
                    QStringLiteral("Could not connect to the %1 server %2: %3")
                        .arg(role, Connection::describeServer(info), failure.message),
                    failure.remedy);
    }

    ExecutionResult fail(const QString &code, const QString &message, const QString &remedy = {})
    {
        m_fatal = reportable(message, remedy);
        removeReplication();
        for (SyncDb &db : m_dbs) {
            if (db.state != DbState::COMPLETE && db.state != DbState::FAILED)
                failDatabase(db, message);
            if (!db.commandId.isEmpty())
                finishCommand(db, false, message);
        }
        m_ended = QDateTime::currentDateTimeUtc();
        publish(true);
        return ExecutionResult::failed(code, executors::withRemedy(message, remedy));
    }

    void publish(bool force)
    {
        if (!force && m_sincePublish.isValid() && m_sincePublish.elapsed() < 500)
            return;
        m_sincePublish.start();
        QJsonArray out;
        MigrationOutput migration;
        migration.setId(m_migrationId);
        migration.setStartedOn(m_started);
        if (m_ended)
            migration.setEndedOn(*m_ended);
        migration.setSourceServer(Connection::describeServer(m_sourceInfo));
        migration.setSourceServerVersion(m_sourceVersion);
        migration.setTargetServer(Connection::describeServer(m_targetInfo));
        migration.setTargetServerVersion(m_targetVersion);
        out.append(migration.toJson());
        for (const SyncDb &db : m_dbs) {
            DatabaseOutput d;
            d.setId(QString(QStringLiteral("db|") + db.name));
            d.setDatabaseName(db.name);
            d.setMigrationState(db.state);
            if (db.started)
                d.setStartedOn(*db.started);
            if (db.ended)
                d.setEndedOn(*db.ended);
            d.setIncomingChanges(db.incoming);
            d.setAppliedChanges(db.applied);
            d.setCdcInsertCounter(db.inserts);
            d.setCdcUpdateCounter(db.updates);
            d.setCdcDeleteCounter(db.deletes);
            executors::FullLoadTables tables;
            for (const SyncTable &t : db.tables)
                tables.count(t.state);
            tables.setOn(d);
            d.setInitializationCompleted(db.initialized);
            d.setLatency(db.latencyMs);
            out.append(d.toJson());
            for (const SyncTable &t : db.tables) {
                TableOutput o;
                o.setId(QStringLiteral("tb|%1|%2").arg(db.name, t.table.name));
                o.setDatabaseName(db.name);
                o.setTableName(t.table.name);
                o.setState(t.state);
                o.setCdcInsertCounter(QString::number(t.inserts));
                o.setCdcUpdateCounter(QString::number(t.updates));
                o.setCdcDeleteCounter(QString::number(t.deletes));
                o.setTotalChangesApplied(t.applied);
                o.setDataErrorsCounter(t.errors);
                o.setFullLoadTotalRows(t.fullLoadRows);
                if (t.loadStarted)
                    o.setFullLoadStartedOn(*t.loadStarted);
                if (t.loadEnded)
                    o.setFullLoadEndedOn(*t.loadEnded);
                if (t.lastModified)
                    o.setLastModifiedTime(*t.lastModified);
                out.append(o.toJson());
            }
            // The events, and where replication stands (a restarted engine continues there).
            QList<core::dms::SyncMigrationDatabaseErrorEvent> events = db.events;
            if (m_checkpoint.isValid() && db.initialized && db.state != DbState::FAILED) {
                core::dms::SyncMigrationDatabaseErrorEvent e;
                e.setTimestampString(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                e.setEventTypeString(QStringLiteral("Information"));
                e.setEventText(QString(kCheckpointText + m_checkpoint.toString()));
                events.prepend(e);
            }
            if (!events.isEmpty()) {
                DatabaseErrorOutput e;
                e.setId(QString(QStringLiteral("dberror|") + db.name));
                e.setErrorMessage(db.error);
                e.setEvents(events);
                out.append(e.toJson());
            }
        }
        if (m_fatal) {
            ErrorOutput e;
            e.setId(QStringLiteral("error|1"));
            e.setError(*m_fatal);
            out.append(e.toJson());
        }
        m_context->publishOutput(out);
    }

    TaskContext *m_context = nullptr;
    MySqlConnectionInfo m_sourceInfo, m_targetInfo;
    std::unique_ptr<Connection> m_target, m_lookup;
    std::unique_ptr<BinlogReader> m_reader;
    BinlogPosition m_position;
    BinlogPosition m_checkpoint; ///< the end of the last transaction applied
    QList<SyncDb> m_dbs;
    struct Pending
    {
        BinlogPosition next; ///< where the event ends in the source's log
        int db = 0, table = 0;
        qint64 changes = 0;
    };
    QList<Pending> m_pending; ///< changes read from the log that the target has not executed yet
    bool m_replicationSet = false;
    qint64 m_readerLagMs = 0;
    QElapsedTimer m_sincePoll;
    ExecutionResult m_failure;
    std::optional<ReportableException> m_fatal;
    QString m_migrationId, m_sourceVersion, m_targetVersion;
    QDateTime m_started;
    std::optional<QDateTime> m_ended;
    QElapsedTimer m_sincePublish;
};

} // namespace

std::unique_ptr<Executor> makeMigrateMySqlSyncExecutor()
{
    return std::make_unique<MigrateMySqlSyncExecutor>();
}

} // namespace godwit::engine
