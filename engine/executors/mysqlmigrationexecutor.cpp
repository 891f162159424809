#include "engine/executors/mysqlmigrationexecutor.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include "core/dmstypes.h"
#include "engine/drivers/mysql/mysqlconnection.h"
#include "engine/executors/mysqlcommon.h"
#include "engine/executors/mysqlcopy.h"

namespace godwit::engine {

namespace {

using core::dms::MySqlConnectionInfo;
using core::dms::ReportableException;
using executors::reportable;
using mysql::Connection;
using mysql::lcMySql;
using mysql::QueryResult;
using mysqlmigration::SourceTable;
using MigrationOutput = core::dms::MigrateMySqlAzureDbForMySqlOfflineTaskOutputMigrationLevel;
using DatabaseOutput = core::dms::MigrateMySqlAzureDbForMySqlOfflineTaskOutputDatabaseLevel;
using TableOutput = core::dms::MigrateMySqlAzureDbForMySqlOfflineTaskOutputTableLevel;
using ErrorOutput = core::dms::MigrateMySqlAzureDbForMySqlOfflineTaskOutputError;
using State = core::dms::MigrationState;

QString text(State state)
{
    return core::dms::toString(state);
}

// Tables copied at the same time: one source and one target connection each.
int copyWorkers()
{
    return std::clamp(QThread::idealThreadCount(), 2, 8);
}

// A source and a target connection that copy tables, the source inside the migration's snapshot.
struct CopyLane
{
    Connection *source = nullptr;
    Connection *target = nullptr;
};

struct TableRun
{
    SourceTable table;
    State state = State::None;
    QString statusMessage;
    qint64 items = 0;
    qint64 completed = 0;
    std::optional<QDateTime> startedOn, endedOn;
};

struct DatabaseRun
{
    QString name;
    QString targetName;
    QMap<QString, QString> tableMap; ///< source table → target table; empty: every table
    State state = State::None;
    core::dms::DatabaseMigrationStage stage = core::dms::DatabaseMigrationStage::None;
    QString statusMessage;
    QList<TableRun> tables;
    QList<ReportableException> warnings;
    qint64 errorCount = 0;
    std::optional<QDateTime> startedOn, endedOn;
    double sizeMb = 0;
};

class MigrateMySqlOfflineExecutor final : public Executor
{
public:
    ExecutionResult run(TaskContext &context) override
    {
        core::dms::MigrateMySqlAzureDbForMySqlOfflineTaskInput input;
        if (auto early = executors::readInput(context, &input))
            return *early;
        if (auto invalid = mysql::checkMigrationInput(input, &m_databases))
            return *invalid;
        m_sourceInfo = input.sourceConnectionInfo();
        m_targetInfo = input.targetConnectionInfo();
        context.markRunning();
        m_startedOn = QDateTime::currentDateTimeUtc();
        m_migrationId = executors::newId();

        QString error;
        unsigned code = 0;
        auto source = Connection::open(m_sourceInfo, QString(), &error, &code);
        if (!source)
            return connectFailed(context, QStringLiteral("source"), m_sourceInfo, code, error);
        auto target = Connection::open(m_targetInfo, QString(), &error, &code);
        if (!target)
            return connectFailed(context, QStringLiteral("target"), m_targetInfo, code, error);
        m_sourceVersion = source->serverVersion();
        m_targetVersion = target->serverVersion();
        if (!mysqlmigration::prepareSourceSession(*source, &error)
            || !mysqlmigration::prepareTargetSession(*target, &error))
            return fail(context, QStringLiteral("SessionSetupFailed"), error);

        if (input.makeSourceServerReadOnly().value_or(false)) {
            // A server that is read-only already stays so; one this migration made read-only takes
            // writes again when it ends, however it ends.
            const QueryResult before = source->exec(QStringLiteral("SELECT @@GLOBAL.read_only"));
            const bool wasReadOnly = before.ok && before.rowCount() == 1 && before.value(0, 0).toInt() != 0;
            if (!wasReadOnly) {
                const QueryResult r = source->exec(QStringLiteral("SET GLOBAL read_only = ON"));
                if (!r.ok)
                    return fail(context, QStringLiteral("SourceReadOnlyFailed"),
                                QStringLiteral("Could not make the source server read-only (makeSourceServerReadOnly): "
                                               "%1. Grant the user SUPER (MySQL) or READ_ONLY ADMIN (MariaDB), or set "
                                               "makeSourceServerReadOnly to false.")
                                    .arg(r.error));
                m_madeReadOnly = source.get();
            }
        }
        const auto result = migrate(context, *source, *target);
        // publish() ran with the final states; undoing read_only can only add a warning to them.
        if (m_madeReadOnly && !undoReadOnly())
            publish(context);
        return result;
    }

private:
    // SET GLOBAL read_only = OFF on the source made read-only by this run; false (with a warning in
    // the output) when the server refused.
    bool undoReadOnly()
    {
        Connection *source = std::exchange(m_madeReadOnly, nullptr);
        const QueryResult r = source->exec(QStringLiteral("SET GLOBAL read_only = OFF"));
        if (r.ok)
            return true;
        m_warnings.append(reportable(
            QStringLiteral("The source server was made read-only for the migration and could not be made "
                           "writable again: %1")
                .arg(r.error),
            QStringLiteral("Run SET GLOBAL read_only = OFF; on the source when it should take writes again.")));
        return false;
    }

    // Opens `count` lanes (fewer when the servers refuse more connections), the first one on the
    // given connections, and starts the snapshot every lane reads in: FLUSH TABLES WITH READ LOCK,
    // START TRANSACTION WITH CONSISTENT SNAPSHOT on each source connection, UNLOCK TABLES. The lock
    // makes the snapshots one: no transaction commits between the first and the last. When the lock
    // is refused (no RELOAD privilege) the copy runs on one lane.
    bool openLanes(Connection &source, Connection &target, int count, QString *error)
    {
        m_lanes.append(CopyLane{&source, &target});
        for (int i = 1; i < count; ++i) {
            QString why;
            auto s = Connection::open(m_sourceInfo, QString(), &why);
            auto t = s ? Connection::open(m_targetInfo, QString(), &why) : nullptr;
            if (!s || !t || !mysqlmigration::prepareSourceSession(*s, &why)
                || !mysqlmigration::prepareTargetSession(*t, &why)) {
                qCInfo(lcMySql) << "copying with" << i << "connections: another one failed:" << why;
                break;
            }
            m_lanes.append(CopyLane{s.get(), t.get()});
            m_ownedConnections.push_back(std::move(s));
            m_ownedConnections.push_back(std::move(t));
        }
        const QStringList begin{QStringLiteral("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ"),
                                QStringLiteral("START TRANSACTION WITH CONSISTENT SNAPSHOT")};
        if (m_lanes.size() > 1) {
            const QueryResult lock = source.execAll(
                {QStringLiteral("SET SESSION lock_wait_timeout = 10"), QStringLiteral("FLUSH TABLES WITH READ LOCK")});
            if (!lock.ok) {
                qCInfo(lcMySql) << "copying one table at a time: FLUSH TABLES WITH READ LOCK failed:" << lock.error;
                m_lanes.resize(1);
                m_ownedConnections.clear();
            }
        }
        bool ok = true;
        for (const CopyLane &lane : std::as_const(m_lanes)) {
            const QueryResult r = lane.source->execAll(begin);
            if (!r.ok) {
                *error = r.error;
                ok = false;
                break;
            }
        }
        if (m_lanes.size() > 1)
            source.exec(QStringLiteral("UNLOCK TABLES"));
        return ok;
    }

    ExecutionResult migrate(TaskContext &context, Connection &sourceConnection, Connection &targetConnection)
    {
        Connection *source = &sourceConnection;
        Connection *target = &targetConnection;
        QString error;
        // One snapshot for every table of every database: the copy is consistent as of this moment.
        if (!openLanes(*source, *target, copyWorkers(), &error))
            return fail(context, QStringLiteral("SnapshotFailed"),
                        QStringLiteral("Could not open a consistent snapshot of the source: %1").arg(error));

        // Every database's table list first, so the output shows the whole migration from the start.
        for (DatabaseRun &db : m_databases) {
            const auto tables = mysqlmigration::readTables(*source, db.name, db.tableMap.keys(), &error);
            if (!tables) {
                db.state = State::Failed;
                db.statusMessage = error;
                db.errorCount = 1;
                continue;
            }
            for (SourceTable t : *tables) {
                t.targetName = db.tableMap.value(t.name);
                TableRun run;
                run.table = t;
                db.tables.append(run);
            }
            const QueryResult size = source->exec(
                QStringLiteral("SELECT COALESCE(SUM(DATA_LENGTH + INDEX_LENGTH), 0) FROM information_schema.TABLES"
                               " WHERE TABLE_SCHEMA = %1")
                    .arg(source->literal(db.name)));
            db.sizeMb = size.ok ? size.value(0, 0).toDouble() / (1024.0 * 1024.0) : 0;
        }
        publish(context);

        for (DatabaseRun &db : m_databases) {
            if (db.state == State::Failed)
                continue;
            if (context.isCancelled())
                break;
            migrateDatabase(context, *source, *target, db);
            publish(context);
        }
        for (const CopyLane &lane : std::as_const(m_lanes))
            lane.source->exec(QStringLiteral("COMMIT"));
        m_lanes.clear();
        m_ownedConnections.clear();

        const bool cancelled = context.isCancelled();
        for (DatabaseRun &db : m_databases) {
            if (db.state == State::None || db.state == State::InProgress) {
                db.state = State::Stopped;
                db.endedOn = QDateTime::currentDateTimeUtc();
                for (TableRun &t : db.tables) {
                    if (t.state == State::None || t.state == State::InProgress) {
                        t.state = State::Stopped;
                        t.statusMessage = QStringLiteral("The migration was cancelled before this table was copied.");
                    }
                }
            }
        }
        m_endedOn = QDateTime::currentDateTimeUtc();
        if (m_madeReadOnly)
            undoReadOnly();
        publish(context);
        if (cancelled)
            return executors::stopped(context);

        QStringList failed;
        for (const DatabaseRun &db : m_databases) {
            if (db.state == State::Failed)
                failed.append(db.name);
        }
        if (!failed.isEmpty())
            return ExecutionResult::failed(
                QStringLiteral("MigrationFailed"),
                QStringLiteral("The migration of %1 failed; the output names the tables and the errors.")
                    .arg(failed.join(QStringLiteral(", "))));
        return ExecutionResult::succeeded();
    }

    void migrateDatabase(TaskContext &context, Connection &source, Connection &target, DatabaseRun &db)
    {
        db.state = State::InProgress;
        db.stage = core::dms::DatabaseMigrationStage::Initialize;
        db.startedOn = QDateTime::currentDateTimeUtc();
        publish(context);
        QString error;
        if (!mysqlmigration::createTargetDatabase(source, target, db.name, db.targetName, &error)) {
            db.state = State::Failed;
            db.statusMessage = QStringLiteral("Could not create the target database %1: %2").arg(db.targetName, error);
            db.errorCount = 1;
            db.endedOn = QDateTime::currentDateTimeUtc();
            return;
        }
        // The schema of every table first (foreign keys may point at any of them), then the rows.
        for (TableRun &t : db.tables) {
            bool created = false;
            if (!mysqlmigration::prepareTargetTable(target, db.targetName, t.table, &created, &error)) {
                t.state = State::Failed;
                t.statusMessage = QStringLiteral("Could not create the target table: %1").arg(error);
                ++db.errorCount;
            } else if (!created) {
                db.warnings.append(
                    reportable(QStringLiteral("The target table %1.%2 existed and was emptied before the copy.")
                                   .arg(db.targetName, t.table.target()),
                               QStringLiteral("Nothing to do, unless the target table should have kept its rows.")));
            }
            if (!created && t.state != State::Failed) {
                // An existing table keeps its definition; give it the source's AUTO_INCREMENT after the load.
                t.statusMessage = QStringLiteral("existing");
            }
        }
        db.stage = core::dms::DatabaseMigrationStage::FileCopy;
        copyTables(context, source, db);
        if (context.isCancelled())
            return;

        db.stage = core::dms::DatabaseMigrationStage::Restore;
        QStringList tableNames;
        for (const TableRun &t : db.tables) {
            if (t.state == State::Completed)
                tableNames.append(t.table.name);
        }
        QList<mysqlmigration::ObjectProblem> problems;
        mysqlmigration::copyProgrammableObjects(source, target, db.name, db.targetName, tableNames, &problems);
        for (const auto &p : problems)
            db.warnings.append(
                reportable(QStringLiteral("Could not create %1 on the target: %2").arg(p.object, p.error),
                           QStringLiteral("Create it on the target by hand, or fix what it refers to and run the "
                                          "migration again.")));
        db.stage = core::dms::DatabaseMigrationStage::Completed;
        db.endedOn = QDateTime::currentDateTimeUtc();
        if (db.errorCount > 0) {
            db.state = State::Failed;
            db.statusMessage = QStringLiteral("%1 of %2 tables failed.").arg(db.errorCount).arg(db.tables.size());
        } else {
            db.state = problems.isEmpty() ? State::Completed : State::Warning;
            db.statusMessage = QStringLiteral("%1 tables copied.").arg(db.tables.size());
        }
    }

    // Copies the rows of every table of `db` that is ready, on every lane at once, largest tables
    // first. Returns when all are copied, or soon after a cancel.
    void copyTables(TaskContext &context, Connection &source, DatabaseRun &db)
    {
        QHash<QString, qint64> sizes;
        const QueryResult size
            = source.exec(QStringLiteral("SELECT TABLE_NAME, DATA_LENGTH, TABLE_ROWS FROM information_schema.TABLES"
                                         " WHERE TABLE_SCHEMA = %1")
                              .arg(source.literal(db.name)));
        for (int row = 0; size.ok && row < size.rowCount(); ++row) {
            sizes.insert(size.value(row, 0), size.value(row, 1).toLongLong());
            m_estimatedRows.insert(size.value(row, 0), size.value(row, 2).toLongLong());
        }
        QList<qsizetype> jobs;
        for (qsizetype i = 0; i < db.tables.size(); ++i) {
            if (db.tables.at(i).state != State::Failed)
                jobs.append(i);
        }
        std::stable_sort(jobs.begin(), jobs.end(), [&](qsizetype a, qsizetype b) {
            return sizes.value(db.tables.at(a).table.name) > sizes.value(db.tables.at(b).table.name);
        });
        std::vector<TableRun *> runs;
        for (const qsizetype i : std::as_const(jobs))
            runs.push_back(&db.tables[i]);
        std::atomic<size_t> next{0};
        const auto work = [&](const CopyLane &lane) {
            for (size_t k = next++; k < runs.size() && !context.isCancelled(); k = next++)
                copyOne(context, *lane.source, *lane.target, db, *runs.at(k));
        };
        const qsizetype lanes = std::min<qsizetype>(m_lanes.size(), jobs.size());
        std::vector<std::thread> threads;
        for (qsizetype i = 1; i < lanes; ++i)
            threads.emplace_back(work, m_lanes.at(i));
        if (lanes > 0)
            work(m_lanes.first());
        for (std::thread &thread : threads)
            thread.join();
    }

    // Copies one table on one lane. Runs on several threads at once: every change to the runs and
    // every publish() holds m_mutex.
    void copyOne(TaskContext &context, Connection &source, Connection &target, DatabaseRun &db, TableRun &t)
    {
        QMutexLocker lock(&m_mutex);
        const bool existing = t.statusMessage == QLatin1String("existing");
        t.statusMessage.clear();
        // The server's estimate while copying (counting first would read the table twice), the rows
        // copied from the snapshot once done.
        t.items = m_estimatedRows.value(t.table.name);
        t.state = State::InProgress;
        t.startedOn = QDateTime::currentDateTimeUtc();
        publish(context);
        lock.unlock();
        const mysqlmigration::CopyResult copied = mysqlmigration::copyTable(
            source, target, db.name, db.targetName, t.table, [&context] { return context.isCancelled(); },
            [&](qint64 rows) {
                QMutexLocker progress(&m_mutex);
                t.completed = rows;
                publish(context);
            });
        QString error;
        const bool autoIncrementSet
            = !copied.ok || !existing || mysqlmigration::copyAutoIncrement(target, db.targetName, t.table, &error);
        lock.relock();
        t.endedOn = QDateTime::currentDateTimeUtc();
        if (copied.cancelled) {
            t.state = State::Stopped;
            t.completed = 0;
            t.statusMessage = QStringLiteral("Cancelled; the rows copied so far were rolled back.");
        } else if (!copied.ok) {
            t.state = State::Failed;
            t.completed = 0;
            t.statusMessage = QStringLiteral("Copying the rows failed: %1").arg(copied.error);
            ++db.errorCount;
        } else {
            t.completed = copied.rows;
            t.items = copied.rows;
            if (!autoIncrementSet)
                db.warnings.append(
                    reportable(QStringLiteral("Could not set AUTO_INCREMENT of %1.%2: %3")
                                   .arg(db.targetName, t.table.target(), error),
                               QStringLiteral("Set it on the target with ALTER TABLE ... AUTO_INCREMENT = %1;")
                                   .arg(t.table.autoIncrement)));
            t.state = State::Completed;
            t.statusMessage = QStringLiteral("%1 rows copied.").arg(copied.rows);
        }
        publish(context);
    }

    ExecutionResult connectFailed(TaskContext &context, const QString &role, const MySqlConnectionInfo &info,
                                  unsigned code, const QString &error)
    {
        const mysql::ConnectFailure failure = mysql::classifyConnectError(code, error, info);
        const QString message = QStringLiteral("Could not connect to the %1 server %2: %3")
                                    .arg(role, Connection::describeServer(info), failure.message);
        return fail(context,
                    role == QLatin1String("source") ? QStringLiteral("SourceConnectionFailed")
                                                    : QStringLiteral("TargetConnectionFailed"),
                    message, failure.remedy);
    }

    ExecutionResult fail(TaskContext &context, const QString &code, const QString &message, const QString &remedy = {})
    {
        m_fatal = reportable(message, remedy);
        m_endedOn = QDateTime::currentDateTimeUtc();
        publish(context);
        return ExecutionResult::failed(code, executors::withRemedy(message, remedy));
    }

    void publish(TaskContext &context)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QJsonArray out;
        MigrationOutput migration;
        migration.setId(m_migrationId);
        migration.setStartedOn(m_startedOn);
        if (m_endedOn) {
            migration.setEndedOn(*m_endedOn);
            migration.setDurationInSeconds(m_startedOn.secsTo(*m_endedOn));
        }
        migration.setSourceServerVersion(mysql::shortVersion(m_sourceVersion));
        migration.setSourceServerBrandVersion(m_sourceVersion);
        migration.setTargetServerVersion(mysql::shortVersion(m_targetVersion));
        migration.setTargetServerBrandVersion(m_targetVersion);
        migration.setLastStorageUpdate(now);

        QMap<QString, QString> databases;
        QMap<QString, core::dms::DatabaseSummaryResult> summary;
        bool anyFailed = false;
        bool anyWarning = !m_warnings.isEmpty();
        bool allDone = true;
        bool stopped = false;
        QList<QJsonObject> items;
        for (const DatabaseRun &db : m_databases) {
            databases.insert(db.name, text(db.state));
            anyFailed = anyFailed || db.state == State::Failed;
            anyWarning = anyWarning || db.state == State::Warning;
            stopped = stopped || db.state == State::Stopped;
            allDone = allDone && (db.state == State::Completed || db.state == State::Warning);
            qint64 done = 0;
            QMap<QString, core::dms::DataItemMigrationSummaryResult> objects;
            QList<QJsonObject> tableItems;
            for (const TableRun &t : db.tables) {
                if (t.state == State::Completed)
                    ++done;
                core::dms::DataItemMigrationSummaryResult o;
                o.setName(t.table.name);
                o.setState(text(t.state));
                o.setItemsCount(t.items);
                o.setItemsCompletedCount(t.completed);
                if (!t.statusMessage.isEmpty())
                    o.setStatusMessage(t.statusMessage);
                if (t.startedOn)
                    o.setStartedOn(*t.startedOn);
                if (t.endedOn)
                    o.setEndedOn(*t.endedOn);
                objects.insert(t.table.name, o);

                TableOutput to;
                to.setId(QStringLiteral("tb|%1|%2").arg(db.name, t.table.name));
                to.setObjectName(QString(db.name + QLatin1Char('.') + t.table.name));
                to.setState(text(t.state));
                to.setStatusMessage(t.statusMessage);
                to.setItemsCount(t.items);
                to.setItemsCompletedCount(t.completed);
                to.setErrorPrefix(QString());
                to.setResultPrefix(QString());
                if (t.startedOn)
                    to.setStartedOn(*t.startedOn);
                if (t.endedOn)
                    to.setEndedOn(*t.endedOn);
                to.setLastStorageUpdate(now);
                tableItems.append(to.toJson());
            }
            core::dms::DatabaseSummaryResult s;
            s.setName(db.name);
            s.setState(text(db.state));
            s.setItemsCount(db.tables.size());
            s.setItemsCompletedCount(done);
            s.setSizeMB(db.sizeMb);
            if (!db.statusMessage.isEmpty())
                s.setStatusMessage(db.statusMessage);
            if (db.startedOn)
                s.setStartedOn(*db.startedOn);
            if (db.endedOn)
                s.setEndedOn(*db.endedOn);
            summary.insert(db.name, s);

            DatabaseOutput d;
            d.setId(QString(QStringLiteral("db|") + db.name));
            d.setDatabaseName(db.name);
            d.setState(text(db.state));
            d.setStage(core::dms::toString(db.stage));
            d.setStatusMessage(db.statusMessage);
            d.setMessage(db.statusMessage);
            d.setNumberOfObjects(db.tables.size());
            d.setNumberOfObjectsCompleted(done);
            d.setErrorCount(db.errorCount);
            d.setErrorPrefix(QString());
            d.setResultPrefix(QString());
            d.setExceptionsAndWarnings(db.warnings);
            d.setObjectSummary(objects);
            if (db.startedOn)
                d.setStartedOn(*db.startedOn);
            if (db.endedOn)
                d.setEndedOn(*db.endedOn);
            d.setLastStorageUpdate(now);
            items.append(d.toJson());
            items.append(tableItems);
        }
        migration.setDatabases(databases);
        migration.setDatabaseSummary(summary);
        migration.setExceptionsAndWarnings(m_warnings);
        core::dms::MigrationStatus status = core::dms::MigrationStatus::Running;
        if (m_fatal || (m_endedOn && anyFailed))
            status = core::dms::MigrationStatus::Error;
        else if (m_endedOn && stopped)
            status = core::dms::MigrationStatus::Stopped;
        else if (m_endedOn && allDone)
            status = anyWarning ? core::dms::MigrationStatus::CompletedWithWarnings
                                : core::dms::MigrationStatus::Completed;
        migration.setStatus(status);
        migration.setStatusMessage(m_fatal ? m_fatal->message() : core::dms::toString(status));
        migration.setMessage(m_fatal ? m_fatal->message() : QString());
        out.append(migration.toJson());
        for (const QJsonObject &item : items)
            out.append(item);
        if (m_fatal) {
            ErrorOutput e;
            e.setId(QStringLiteral("error|1"));
            e.setError(*m_fatal);
            out.append(e.toJson());
        }
        context.publishOutput(out);
    }

    MySqlConnectionInfo m_sourceInfo, m_targetInfo;
    /// The source connection this run made read-only (SET GLOBAL read_only = ON), to undo it.
    Connection *m_madeReadOnly = nullptr;
    QList<CopyLane> m_lanes;
    std::vector<std::unique_ptr<Connection>> m_ownedConnections;
    /// Held by copy workers while they change runs or publish.
    QMutex m_mutex;
    /// information_schema.TABLES.TABLE_ROWS of the database being copied.
    QHash<QString, qint64> m_estimatedRows;
    QList<DatabaseRun> m_databases;
    QList<ReportableException> m_warnings;
    std::optional<ReportableException> m_fatal;
    QString m_migrationId;
    QString m_sourceVersion, m_targetVersion;
    QDateTime m_startedOn;
    std::optional<QDateTime> m_endedOn;
};

} // namespace

std::unique_ptr<Executor> makeMigrateMySqlOfflineExecutor()
{
    return std::make_unique<MigrateMySqlOfflineExecutor>();
}

} // namespace godwit::engine
