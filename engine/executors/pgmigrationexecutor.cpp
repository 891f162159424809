#include "engine/executors/pgmigrationexecutor.h"

#include <array>
#include <optional>
#include <vector>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include "core/dmstypes.h"
#include "engine/executors/executorcommon.h"
#include "engine/drivers/pg/pgconnection.h"
#include "engine/drivers/pg/pgtools.h"
#include "engine/executors/pgmigrationload.h"
#include "engine/executors/pgmigrationsql.h"

namespace godwit::engine {

Q_LOGGING_CATEGORY(lcMigration, "godwit.engine.pg.migration", QtInfoMsg)

namespace {

using namespace pgmigration;
using core::dms::PostgreSqlConnectionInfo;
using core::dms::ReportableException;
using core::dms::SyncMigrationDatabaseErrorEvent;
using executors::migrationEvent;
using executors::reportable;
using executors::withRemedy;
using DbState = core::dms::SyncDatabaseMigrationReportingState;
using TableState = core::dms::SyncTableMigrationState;
using MigrationOutput = core::dms::MigratePostgreSqlAzureDbForPostgreSqlSyncTaskOutputMigrationLevel;
using DatabaseOutput = core::dms::MigratePostgreSqlAzureDbForPostgreSqlSyncTaskOutputDatabaseLevel;
using TableOutput = core::dms::MigratePostgreSqlAzureDbForPostgreSqlSyncTaskOutputTableLevel;
using ErrorOutput = core::dms::MigratePostgreSqlAzureDbForPostgreSqlSyncTaskOutputError;
using DatabaseErrorOutput = core::dms::MigratePostgreSqlAzureDbForPostgreSqlSyncTaskOutputDatabaseError;

constexpr int kTickMs = 200;
constexpr int kBusyTickMs = 50;
constexpr int kPublishEveryMs = 1000;
constexpr int kPollEveryMs = 1000;
// A database is ready for its cutover once the slot's unconfirmed WAL is below this.
constexpr qint64 kReadyLagBytes = 16 * 1024 * 1024;
// How long a cutover waits for the subscription to catch up before it gives up.
constexpr int kCutoverTimeoutMs = 5 * 60 * 1000;
constexpr int kMaxCopyWorkers = 4;

// The events of a replica identity warning say what was changed, so a restarted engine can set it
// back: "ALTER TABLE <relation> REPLICA IDENTITY FULL; -- was <original>, for <table>".
const QString kIdentityChanged = QStringLiteral("ReplicaIdentityChanged");
const QString kIdentityRestored = QStringLiteral("ReplicaIdentityRestored");
const QLatin1String kIdentityFull(" REPLICA IDENTITY FULL; -- was ");
const QLatin1String kIdentityFor(", for ");

QString str(DbState s)
{
    return core::dms::toString(s);
}

QString str(TableState s)
{
    return core::dms::toString(s);
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

QString oidArray(const QStringList &oids)
{
    return QString(QLatin1Char('{') + oids.join(QLatin1Char(',')) + QLatin1Char('}'));
}

/// One table of the output.
struct TableOut
{
    QString id;   ///< "or|database|schema|table"
    QString name; ///< "schema.table"
    QString state = str(TableState::BEFORE_LOAD);
    std::optional<QDateTime> started;
    std::optional<QDateTime> ended;
    std::optional<QDateTime> estimatedFinish;
    qint64 rows = 0;
    double estimatedRows = -1;
    qint64 inserts = 0;
    qint64 updates = 0;
    qint64 deletes = 0;
    QDateTime lastModified = now();
    QStringList targetLeafOids;
};

/// One selected database: its place in the walk, its output, and what replicates it.
struct Db
{
    enum class Phase { Waiting, Loading, Replicating, Completing, Complete, Failed, Cancelled };

    int index = 0;
    QString name;
    QString target;
    QStringList selection;
    QString object; ///< publication, slot and subscription name
    Phase phase = Phase::Waiting;
    QString state = str(DbState::CONFIGURING);
    QDateTime started = now();
    std::optional<QDateTime> ended;
    bool initializationCompleted = false;
    bool cleanFirst = false;
    bool adoptedJobTables = false;
    QList<TableOut> tables;
    QList<ReplicaIdentityChange> identity;
    /// Changes of an earlier attempt that could not be set back yet; tried again with the new ones.
    QList<ReplicaIdentityChange> leftoverIdentity;
    QList<ReportableException> warnings;
    QList<QJsonObject> keptWarnings; ///< warning items of an earlier run, as they were
    QString error;
    QList<SyncMigrationDatabaseErrorEvent> events;

    qint64 incoming = 0;
    qint64 latency = 0;
    qint64 applyErrors = 0;
    qint64 sourceBaseline = -1;
    std::optional<qint64> resumedIncoming;
    QStringList sourceLeafOids;

    std::unique_ptr<LoadJob> job;
    std::unique_ptr<pg::Connection> sourceMonitor;
    std::unique_ptr<pg::Connection> targetMonitor;
    QElapsedTimer sincePoll;
    bool monitorFailing = false;

    QString commandId;
    QString cutoverLsn;
    QDeadlineTimer cutoverDeadline;
    bool syncSequencesAtCutover = true;

    bool isTerminal() const { return phase == Phase::Complete || phase == Phase::Failed || phase == Phase::Cancelled; }
    TableOut *table(const QString &tableName)
    {
        for (TableOut &t : tables) {
            if (t.name == tableName)
                return &t;
        }
        return nullptr;
    }
};

/// What an earlier run of this task published about one database.
struct PreviousDatabase
{
    QJsonObject database;
    QList<QJsonObject> tables;
    QList<QJsonObject> identityItems;
    QList<QJsonObject> warnings;
    QJsonObject error;
};

class Migration
{
public:
    explicit Migration(TaskContext &context)
        : m_context(context)
    {
    }

    ExecutionResult run()
    {
        if (m_context.isShuttingDown())
            return interrupted();
        if (m_context.isCancelled())
            return ExecutionResult::canceled();
        if (auto invalid = readInput())
            return *invalid;
        if (auto failed = prepare())
            return *failed;
        m_context.markRunning();
        qCInfo(lcMigration).noquote() << "migrating" << m_dbs.size() << "database(s) from"
                                      << pg::Connection::describeServer(m_source) << "to"
                                      << pg::Connection::describeServer(m_target);
        publish(true);
        return loop();
    }

private:
    // ---- input and prerequisites -------------------------------------------------------------

    std::optional<ExecutionResult> readInput()
    {
        const QJsonObject properties = m_context.properties();
        const QJsonValue inputJson = properties.value(QLatin1String("input"));
        if (auto invalid = executors::validateSchema(
                inputJson, core::dms::MigratePostgreSqlAzureDbForPostgreSqlSyncTaskInput::kDefinition))
            return invalid;

        const core::dms::MigratePostgreSqlAzureDbForPostgreSqlSyncTaskInput input(inputJson.toObject());
        m_source = input.sourceConnectionInfo();
        m_target = input.targetConnectionInfo();
        QStringList errors;
        executors::checkServerAddress(m_source, QStringLiteral("sourceConnectionInfo"), &errors);
        executors::checkServerAddress(m_target, QStringLiteral("targetConnectionInfo"), &errors);
        const auto databases = input.selectedDatabases();
        if (databases.isEmpty())
            errors.append(QStringLiteral("input.selectedDatabases: select at least one database"));
        QSet<QString> sources;
        QSet<QString> targets;
        // The task's own key names its replication objects, so a restarted engine finds them again.
        m_taskKey = properties.value(QLatin1String("taskId")).toString();
        if (m_taskKey.isEmpty())
            m_taskKey = properties.value(QLatin1String("createdOn")).toString() + QLatin1Char('|')
                        + m_source.serverName() + QLatin1Char('|') + m_target.serverName();
        for (qsizetype i = 0; i < databases.size(); ++i) {
            const auto &db = databases.at(i);
            const QString path = QStringLiteral("input.selectedDatabases[%1]").arg(i);
            if (db.name().isEmpty()) {
                errors.append(QString(path + QStringLiteral(".name: must not be empty")));
                continue;
            }
            const QString target = db.targetDatabaseName().isEmpty() ? db.name() : db.targetDatabaseName();
            if (sources.contains(db.name()))
                errors.append(QString(path + QStringLiteral(".name: database '%1' is selected twice").arg(db.name())));
            if (targets.contains(target))
                errors.append(QString(
                    path + QStringLiteral(".targetDatabaseName: two databases would migrate into '%1'").arg(target)));
            sources.insert(db.name());
            targets.insert(target);
            Db d;
            d.index = int(i);
            d.name = db.name();
            d.target = target;
            d.object = objectName(m_taskKey, db.name());
            const auto tables = db.selectedTables();
            for (qsizetype t = 0; t < tables.size(); ++t) {
                if (tables.at(t).name().trimmed().isEmpty())
                    errors.append(QString(path + QStringLiteral(".selectedTables[%1].name: must not be empty").arg(t)));
                else if (!d.selection.contains(tables.at(t).name()))
                    d.selection.append(tables.at(t).name());
            }
            m_dbs.push_back(std::move(d));
        }
        return executors::invalidIfAny(errors);
    }

    static ExecutionResult failedWith(const QString &code, const QStringList &problems)
    {
        return ExecutionResult::failed(code, problems.join(QLatin1Char(' ')));
    }

    std::optional<ExecutionResult> prepare()
    {
        readPreviousOutput();
        QStringList problems;

        const QString pgDump = pg::clientProgram(QStringLiteral("pg_dump"));
        if (pgDump.isEmpty() || pg::clientProgram(QStringLiteral("pg_restore")).isEmpty())
            return ExecutionResult::failed(
                QStringLiteral("ClientProgramsMissing"),
                QStringLiteral("pg_dump and pg_restore were not found. Install the PostgreSQL client programs "
                               "(Debian: postgresql-client-15), or set GODWIT_PG_BINDIR to their directory."));

        // The source server.
        QString error;
        auto source = pg::Connection::open(m_source, m_dbs.front().name, &error);
        if (!source)
            return ExecutionResult::failed(
                QStringLiteral("SourceConnectionFailed"),
                withRemedy(QStringLiteral("Could not connect to the source server %1 (database %2): %3")
                               .arg(pg::Connection::describeServer(m_source), m_dbs.front().name, error),
                           QStringLiteral("Check the server name, port, user name and password, and that the server "
                                          "accepts connections from this engine's host.")));
        QStringList ours;
        for (const Db &db : m_dbs)
            ours.append(db.object);
        const pg::QueryResult facts = source->exec(
            QStringLiteral(
                "SELECT pg_catalog.current_setting('wal_level') AS wal_level,"
                "       pg_catalog.current_setting('max_replication_slots')::int AS max_slots,"
                "       (SELECT count(*) FROM pg_catalog.pg_replication_slots) AS used_slots,"
                "       (SELECT count(*) FROM pg_catalog.pg_replication_slots WHERE slot_name = ANY($1::text[]))"
                "         AS our_slots,"
                "       pg_catalog.current_setting('max_wal_senders')::int AS max_senders,"
                "       (SELECT count(*) FROM pg_catalog.pg_stat_replication) AS used_senders,"
                "       r.rolsuper, r.rolreplication, current_user AS user_name,"
                "       pg_catalog.current_setting('server_version') AS version"
                "  FROM pg_catalog.pg_roles r WHERE r.rolname = current_user"),
            {QVariant(textArray(ours))}, &error);
        if (!facts.ok || facts.rowCount() != 1)
            return executors::settingsUnreadable(QStringLiteral("source"), error);
        m_sourceVersion = facts.value(0, u"version").section(QLatin1Char(' '), 0, 0);
        const int sourceNum = source->serverVersionNum();
        const QString user = quoteIdent(facts.value(0, u"user_name"));
        if (sourceNum < 100000)
            problems.append(QStringLiteral("The source runs PostgreSQL %1; online migration needs logical replication, "
                                           "which PostgreSQL 10 introduced. Upgrade the source to 10 or newer.")
                                .arg(m_sourceVersion));
        if (facts.value(0, u"wal_level") != QLatin1String("logical"))
            problems.append(QStringLiteral("The source's wal_level is '%1'; an online migration needs 'logical'. Run "
                                           "ALTER SYSTEM SET wal_level = logical; and restart the source server (on "
                                           "Azure, set the server parameter wal_level to logical and restart).")
                                .arg(facts.value(0, u"wal_level")));
        if (!facts.boolValue(0, u"rolsuper") && !facts.boolValue(0, u"rolreplication"))
            problems.append(QStringLiteral("The user %1 cannot read changes through logical replication. As the server "
                                           "admin, run: ALTER ROLE %1 WITH REPLICATION;")
                                .arg(user));
        const int clientMajor = pg::clientProgramMajorVersion(pgDump);
        if (clientMajor > 0 && sourceNum / 10000 > clientMajor)
            problems.append(
                QStringLiteral("The source runs PostgreSQL %1, newer than this engine's pg_dump (%2). Install "
                               "the client programs of PostgreSQL %3 or newer and point GODWIT_PG_BINDIR to them.")
                    .arg(m_sourceVersion)
                    .arg(clientMajor)
                    .arg(sourceNum / 10000));

        // The target server.
        auto target = pg::Connection::open(m_target, QString(), &error);
        if (!target)
            return ExecutionResult::failed(
                QStringLiteral("TargetConnectionFailed"),
                withRemedy(QStringLiteral("Could not connect to the target server %1: %2")
                               .arg(pg::Connection::describeServer(m_target), error),
                           QStringLiteral("Check the server name, port, user name and password, and that the server "
                                          "accepts connections from this engine's host.")));
        const pg::QueryResult targetFacts = target->exec(
            QStringLiteral(
                "SELECT r.rolsuper, r.rolcreatedb, current_user AS user_name,"
                "       pg_catalog.current_setting('server_version') AS version,"
                "       pg_catalog.current_setting('max_logical_replication_workers')::int AS max_workers,"
                "       (SELECT count(*) FROM pg_catalog.pg_subscription WHERE subenabled) AS subscriptions,")
                + (target->serverVersionNum() >= 160000 ? QStringLiteral(
                       "pg_catalog.pg_has_role(current_user, 'pg_create_subscription', 'USAGE') AS can_subscribe")
                                                        : QStringLiteral("r.rolsuper AS can_subscribe"))
                + QStringLiteral("  FROM pg_catalog.pg_roles r WHERE r.rolname = current_user"),
            {}, &error);
        if (!targetFacts.ok || targetFacts.rowCount() != 1)
            return executors::settingsUnreadable(QStringLiteral("target"), error);
        m_targetVersion = targetFacts.value(0, u"version").section(QLatin1Char(' '), 0, 0);
        m_targetVersionNum = target->serverVersionNum();
        const QString targetUser = quoteIdent(targetFacts.value(0, u"user_name"));
        const bool targetSuper = targetFacts.boolValue(0, u"rolsuper");
        if (!targetFacts.boolValue(0, u"can_subscribe"))
            problems.append(QStringLiteral("The target user %1 cannot create subscriptions, which stream the source's "
                                           "changes. Use a superuser (on Azure, the server admin), or from PostgreSQL "
                                           "16 run: GRANT pg_create_subscription TO %1;")
                                .arg(targetUser));
        if (m_targetVersionNum / 10000 < sourceNum / 10000)
            problems.append(
                QStringLiteral("The target runs PostgreSQL %1, older than the source's %2; a migration needs "
                               "a target of the same or a newer major version.")
                    .arg(m_targetVersion, m_sourceVersion));

        // Each database: what is there, and where an earlier run of this task left it.
        int loads = 0;
        int slotsOfLoads = 0;
        for (Db &db : m_dbs) {
            const PreviousDatabase previous = m_previous.value(db.name);
            const QString previousState = previous.database.value(QLatin1String("migrationState")).toString();
            restoreFromPrevious(db, previous);
            if (previousState == str(DbState::COMPLETE)) {
                db.phase = Db::Phase::Complete;
                continue;
            }
            if (previousState == str(DbState::FAILED)) {
                db.phase = Db::Phase::Failed;
                continue;
            }
            auto sourceDb = pg::Connection::open(m_source, db.name, &error);
            if (!sourceDb)
                return ExecutionResult::failed(
                    QStringLiteral("SourceDatabaseUnavailable"),
                    QStringLiteral("Could not connect to the source database %1: %2").arg(db.name, error));
            const auto tables = listTables(*sourceDb, &error);
            if (!tables)
                return ExecutionResult::failed(
                    QStringLiteral("SourceQueryFailed"),
                    QStringLiteral("Could not read the tables of the source database %1: %2").arg(db.name, error));
            QStringList missing;
            const QList<Table> selected = selectTables(*sourceDb, *tables, db.selection, &missing);
            if (!missing.isEmpty()) {
                QStringList paths;
                const auto input = core::dms::MigratePostgreSqlAzureDbForPostgreSqlSyncTaskInput(
                    m_context.properties().value(QLatin1String("input")).toObject());
                const auto tableInputs = input.selectedDatabases().at(db.index).selectedTables();
                for (qsizetype t = 0; t < tableInputs.size(); ++t) {
                    if (missing.contains(tableInputs.at(t).name()))
                        paths.append(QStringLiteral("input.selectedDatabases[%1].selectedTables[%2].name: the source "
                                                    "database %3 has no table '%4'")
                                         .arg(db.index)
                                         .arg(t)
                                         .arg(db.name, tableInputs.at(t).name()));
                }
                return ExecutionResult::invalidInput(QStringLiteral("InvalidInput"), paths.join(QStringLiteral("; ")));
            }

            const pg::QueryResult exists
                = target->exec(QStringLiteral("SELECT 1 FROM pg_catalog.pg_database WHERE datname = $1"),
                               {QVariant(db.target)}, &error);
            // An earlier run applied the schema (its tables are the migration's own) unless it was
            // still configuring.
            const bool schemaApplied = previousState == str(DbState::INITIALIAZING)
                                       || previousState == str(DbState::RUNNING)
                                       || previousState == str(DbState::READY_TO_COMPLETE);
            bool hasSubscription = false;
            if (exists.ok && exists.rowCount() == 1) {
                auto targetDb = pg::Connection::open(m_target, db.target, &error);
                if (!targetDb)
                    return ExecutionResult::failed(
                        QStringLiteral("TargetDatabaseUnavailable"),
                        QStringLiteral("Could not connect to the target database %1: %2").arg(db.target, error));
                bool enabled = false;
                hasSubscription = subscriptionExists(*targetDb, db.object, &enabled, &error).value_or(false);
                if (hasSubscription && !enabled) {
                    // Only a cutover disables it: one that died halfway is finished below; otherwise the
                    // subscription runs again.
                    if (previousState == str(DbState::COMPLETING))
                        hasSubscription = false;
                    else
                        targetDb->exec(QString(QStringLiteral("ALTER SUBSCRIPTION ") + quoteIdent(db.object)
                                               + QStringLiteral(" ENABLE")));
                }
                if (!hasSubscription && !schemaApplied && previousState != str(DbState::COMPLETING)) {
                    QStringList idents;
                    for (const Table &table : *tables)
                        idents.append(table.ident);
                    const pg::QueryResult present = targetDb->exec(
                        QStringLiteral(
                            "SELECT x FROM unnest($1::text[]) AS x WHERE pg_catalog.to_regclass(x) IS NOT NULL"),
                        {QVariant(textArray(idents))});
                    if (present.ok && present.rowCount() > 0) {
                        QStringList names;
                        for (const QStringList &row : present.rows)
                            names.append(row.at(0));
                        problems.append(QStringLiteral("The target database %1 already has the table(s) %2, which the "
                                                       "migration creates: drop them from the target database, or "
                                                       "migrate into another (new) database.")
                                            .arg(db.target, names.mid(0, 10).join(QStringLiteral(", "))));
                    }
                }
            } else if (!targetFacts.boolValue(0, u"rolcreatedb") && !targetSuper) {
                problems.append(QStringLiteral("The target database %1 does not exist and the user %2 cannot create "
                                               "databases. Create it, or run: ALTER ROLE %2 WITH CREATEDB;")
                                    .arg(db.target, targetUser));
            }

            if (hasSubscription) {
                // The load was done: replication continues where it stopped.
                db.phase = Db::Phase::Replicating;
                db.initializationCompleted = true;
                db.state = previousState == str(DbState::READY_TO_COMPLETE) || previousState == str(DbState::COMPLETING)
                               ? str(DbState::READY_TO_COMPLETE)
                               : str(DbState::RUNNING);
                db.resumedIncoming = previous.database.value(QLatin1String("incomingChanges")).toInteger();
                QStringList names;
                for (const TableOut &t : std::as_const(db.tables))
                    names.append(t.name);
                QStringList gone;
                const QList<Table> replicated
                    = selectTables(*sourceDb, *tables, names.isEmpty() ? db.selection : names, &gone);
                setTables(db, replicated);
                for (TableOut &t : db.tables)
                    t.state = str(TableState::COMPLETED);
                qCInfo(lcMigration).noquote()
                    << "database" << db.name << "resumes replicating with subscription" << db.object;
            } else if (previousState == str(DbState::COMPLETING)) {
                // The cutover had removed the subscription: only the rest of it remains to be done.
                db.phase = Db::Phase::Completing;
                db.state = str(DbState::COMPLETING);
                db.initializationCompleted = true;
                db.syncSequencesAtCutover = false;
            } else {
                // Loaded partly, or not at all: the load starts again from scratch.
                db.cleanFirst = schemaApplied;
                db.state = db.cleanFirst ? str(DbState::INITIALIAZING) : str(DbState::CONFIGURING);
                setTables(db, selected);
                ++loads;
                if (slotExists(*sourceDb, db.object, &error))
                    ++slotsOfLoads;
                if (!previousState.isEmpty())
                    qCInfo(lcMigration).noquote() << "database" << db.name << "was" << previousState
                                                  << "when the engine stopped; its load starts again";
            }
        }

        if (loads > 0) {
            const qint64 freeSlots
                = facts.value(0, u"max_slots").toLongLong() - facts.value(0, u"used_slots").toLongLong() + slotsOfLoads;
            if (freeSlots < loads)
                problems.append(QStringLiteral("The source has %1 free replication slot(s) and the migration needs %2. "
                                               "Raise max_replication_slots (and restart), or drop slots no longer "
                                               "used (see pg_replication_slots).")
                                    .arg(std::max<qint64>(0, freeSlots))
                                    .arg(loads));
            const qint64 freeSenders
                = facts.value(0, u"max_senders").toLongLong() - facts.value(0, u"used_senders").toLongLong();
            if (freeSenders < loads + 1)
                problems.append(QStringLiteral("The source has %1 free WAL sender(s) and the migration needs %2. Raise "
                                               "max_wal_senders and restart the source.")
                                    .arg(std::max<qint64>(0, freeSenders))
                                    .arg(loads + 1));
            const qint64 workers = targetFacts.value(0, u"max_workers").toLongLong()
                                   - targetFacts.value(0, u"subscriptions").toLongLong();
            if (workers < loads)
                problems.append(QStringLiteral("The target can run %1 more subscription worker(s) and the migration "
                                               "needs %2. Raise max_logical_replication_workers (and "
                                               "max_worker_processes) on the target and restart it.")
                                    .arg(std::max<qint64>(0, workers))
                                    .arg(loads));
        }
        if (!problems.isEmpty())
            return failedWith(QStringLiteral("PrerequisitesNotMet"), problems);
        return std::nullopt;
    }

    void setTables(Db &db, const QList<Table> &tables)
    {
        QList<TableOut> out;
        db.sourceLeafOids.clear();
        for (const Table &table : tables) {
            TableOut t;
            if (const TableOut *before = db.table(table.displayName))
                t = *before;
            t.id = QString(QStringLiteral("or|") + db.name + QLatin1Char('|') + table.schema + QLatin1Char('|')
                           + table.name);
            t.name = table.displayName;
            t.estimatedRows = table.estimatedRows();
            out.append(t);
            for (const Leaf &leaf : table.leaves)
                db.sourceLeafOids.append(leaf.oid);
        }
        db.tables = out;
        m_leafIdents[db.name].clear();
        for (const Table &table : tables) {
            QStringList idents;
            for (const Leaf &leaf : table.leaves)
                idents.append(leaf.ident);
            m_leafIdents[db.name].insert(table.displayName, idents);
        }
    }

    // ---- resuming ------------------------------------------------------------------------------

    void readPreviousOutput()
    {
        const QJsonArray previous = m_context.previousOutput();
        for (const QJsonValue &value : previous) {
            const QJsonObject item = value.toObject();
            const QString type = item.value(QLatin1String("resultType")).toString();
            const QString id = item.value(QLatin1String("id")).toString();
            if (type == MigrationOutput::kDiscriminatorValue) {
                m_migrationId = id;
                if (const auto started = MigrationOutput(item).startedOn())
                    m_started = *started;
            } else if (type == DatabaseOutput::kDiscriminatorValue) {
                m_previous[item.value(QLatin1String("databaseName")).toString()].database = item;
            } else if (type == TableOutput::kDiscriminatorValue) {
                m_previous[item.value(QLatin1String("databaseName")).toString()].tables.append(item);
            } else if (type == ErrorOutput::kDiscriminatorValue || type == DatabaseErrorOutput::kDiscriminatorValue) {
                for (const Db &db : m_dbs) {
                    if (id.startsWith(QString(QStringLiteral("ri|") + db.name + QLatin1Char('|'))))
                        m_previous[db.name].identityItems.append(item);
                    else if (id.startsWith(QString(QStringLiteral("warning|") + db.name + QLatin1Char('|'))))
                        m_previous[db.name].warnings.append(item);
                    else if (id == QString(QStringLiteral("dberror|") + db.name))
                        m_previous[db.name].error = item;
                }
            }
        }
    }

    void restoreFromPrevious(Db &db, const PreviousDatabase &previous)
    {
        if (previous.database.isEmpty())
            return;
        const DatabaseOutput d(previous.database);
        if (const auto started = d.startedOn())
            db.started = *started;
        db.state = d.migrationState().isEmpty() ? db.state : d.migrationState();
        db.ended = d.endedOn();
        db.initializationCompleted = d.initializationCompleted().value_or(false);
        db.latency = d.latency().value_or(0);
        db.incoming = d.incomingChanges().value_or(0);
        for (const QJsonObject &item : previous.tables) {
            const TableOutput t(item);
            TableOut out;
            out.id = t.id();
            out.name = t.tableName();
            out.state = t.state().isEmpty() ? out.state : t.state();
            out.started = t.fullLoadStartedOn();
            out.ended = t.fullLoadEndedOn();
            out.rows = t.fullLoadTotalRows().value_or(0);
            out.inserts = t.cdcInsertCounter().value_or(0);
            out.updates = t.cdcUpdateCounter().value_or(0);
            out.deletes = t.cdcDeleteCounter().value_or(0);
            out.lastModified = t.lastModifiedTime().value_or(now());
            db.tables.append(out);
        }
        for (const QJsonObject &item : previous.identityItems) {
            ReplicaIdentityChange change;
            for (const SyncMigrationDatabaseErrorEvent &e : ErrorOutput(item).events()) {
                if (e.eventTypeString() == kIdentityChanged) {
                    const QString text = e.eventText();
                    const qsizetype full = text.lastIndexOf(kIdentityFull);
                    const qsizetype forAt = text.indexOf(kIdentityFor, full + 1);
                    if (!text.startsWith(QLatin1String("ALTER TABLE ")) || full < 0 || forAt < 0)
                        continue;
                    change.relation = text.mid(12, full - 12);
                    change.original = text.mid(full + kIdentityFull.size(), forAt - full - kIdentityFull.size());
                    change.table = text.mid(forAt + kIdentityFor.size());
                    change.changedAt = core::dms::parseDateTime(e.timestampString());
                } else if (e.eventTypeString() == kIdentityRestored) {
                    change.restored = true;
                    change.restoredAt = core::dms::parseDateTime(e.timestampString());
                }
            }
            if (!change.relation.isEmpty()
                && (change.original == QLatin1String("DEFAULT") || change.original == QLatin1String("NOTHING")))
                db.identity.append(change);
        }
        db.keptWarnings = previous.warnings;
        if (!previous.error.isEmpty()) {
            const DatabaseErrorOutput e(previous.error);
            db.error = e.errorMessage();
            db.events = e.events();
        }
    }

    // ---- the walk ------------------------------------------------------------------------------

    ExecutionResult loop()
    {
        for (;;) {
            if (m_context.isShuttingDown())
                return shutDown();
            if (m_context.isCancelled())
                return cancel();
            while (const auto command = m_context.takeCommand())
                handleCommand(*command);
            bool loading = false;
            for (const Db &db : m_dbs)
                loading = loading || db.phase == Db::Phase::Loading;
            for (Db &db : m_dbs) {
                switch (db.phase) {
                case Db::Phase::Waiting:
                    if (!loading) {
                        startLoad(db);
                        loading = true;
                    }
                    break;
                case Db::Phase::Loading:
                    followLoad(db);
                    break;
                case Db::Phase::Replicating:
                    if (!db.sincePoll.isValid() || db.sincePoll.elapsed() >= kPollEveryMs)
                        poll(db);
                    break;
                case Db::Phase::Completing:
                    followCutover(db);
                    break;
                case Db::Phase::Complete:
                case Db::Phase::Failed:
                case Db::Phase::Cancelled:
                    break;
                }
            }
            bool done = true;
            for (const Db &db : m_dbs)
                done = done && db.isTerminal();
            if (done)
                return finish();
            publish(false);
            // A load's end is noticed within a moment; replication is watched at a calmer pace.
            bool busy = false;
            for (const Db &db : m_dbs)
                busy = busy || db.phase == Db::Phase::Loading || db.phase == Db::Phase::Completing;
            m_context.sleep(busy ? kBusyTickMs : kTickMs);
        }
    }

    void startLoad(Db &db)
    {
        // What an earlier attempt changed and did not set back is set back before it is changed again.
        for (const QString &problem : restoreIdentity(db))
            db.events.append(migrationEvent(QStringLiteral("Warning"), problem));
        db.identity.removeIf([](const ReplicaIdentityChange &c) { return c.restored; });
        db.leftoverIdentity = db.identity;
        db.warnings.clear();
        db.keptWarnings.clear();
        LoadRequest request;
        request.source = m_source;
        request.target = m_target;
        request.sourceDatabase = db.name;
        request.targetDatabase = db.target;
        request.selection = db.selection;
        request.objectName = db.object;
        request.cleanFirst = db.cleanFirst;
        request.maxWorkers = kMaxCopyWorkers;
        db.adoptedJobTables = false;
        db.job = std::make_unique<LoadJob>(request);
        db.job->start();
        db.phase = Db::Phase::Loading;
        db.started = now();
        for (TableOut &t : db.tables) {
            TableOut fresh;
            fresh.id = t.id;
            fresh.name = t.name;
            fresh.estimatedRows = t.estimatedRows;
            t = fresh;
        }
        qCInfo(lcMigration).noquote() << "loading database" << db.name << "into" << db.target
                                      << (db.cleanFirst ? "(again, from scratch)" : "");
        publish(true);
    }

    // Copies what the load job did into the output.
    void takeLoadStatus(Db &db, const LoadStatus &status)
    {
        if (!status.tables.isEmpty() && !db.adoptedJobTables) {
            // The job read the source again when it started: its list is the one migrated.
            setTables(db, status.tables);
            db.adoptedJobTables = true;
        }
        for (qsizetype i = 0; i < status.tables.size() && i < status.loads.size(); ++i) {
            TableOut *t = db.table(status.tables.at(i).displayName);
            if (!t)
                continue;
            const TableLoad &load = status.loads.at(i);
            QString state = t->state;
            switch (load.state) {
            case TableLoad::State::Queued:
                state = str(TableState::BEFORE_LOAD);
                break;
            case TableLoad::State::Loading:
                state = str(TableState::FULL_LOAD);
                break;
            case TableLoad::State::Done:
                state = str(TableState::COMPLETED);
                break;
            case TableLoad::State::Failed:
                state = str(TableState::ERROR);
                break;
            case TableLoad::State::Stopped:
                state = str(TableState::CANCELED);
                break;
            }
            std::optional<QDateTime> finishEstimate;
            if (load.state == TableLoad::State::Loading && load.rows > 0 && t->estimatedRows > load.rows
                && load.started.isValid()) {
                const qint64 elapsed = load.started.msecsTo(now());
                finishEstimate = load.started.addMSecs(qint64(double(elapsed) * t->estimatedRows / double(load.rows)));
            }
            const bool changed = state != t->state || load.rows != t->rows
                                 || (load.started.isValid() && t->started != load.started)
                                 || (load.ended.isValid() && t->ended != load.ended);
            if (!changed)
                continue;
            t->state = state;
            t->rows = load.rows;
            if (load.started.isValid())
                t->started = load.started;
            if (load.ended.isValid())
                t->ended = load.ended;
            t->estimatedFinish = finishEstimate;
            t->lastModified = now();
        }
        db.identity = db.leftoverIdentity + status.identityChanges;
        db.warnings = status.warnings;
        const QString state
            = status.schemaApplied || db.cleanFirst ? str(DbState::INITIALIAZING) : str(DbState::CONFIGURING);
        if (state != db.state) {
            db.state = state;
            publish(true);
        }
    }

    void followLoad(Db &db)
    {
        const LoadStatus status = db.job->status();
        takeLoadStatus(db, status);
        if (!status.finished)
            return;
        db.job->wait();
        db.job.reset();
        if (status.phase == LoadStatus::Phase::Done) {
            enterReplication(db, status);
            return;
        }
        failDatabase(db, withRemedy(status.error, status.remedy));
    }

    void enterReplication(Db &db, const LoadStatus &status)
    {
        db.phase = Db::Phase::Replicating;
        db.state = str(DbState::RUNNING);
        db.initializationCompleted = true;
        db.sourceBaseline = status.sourceChangesAtSnapshot;
        for (TableOut &t : db.tables) {
            if (t.state != str(TableState::COMPLETED)) {
                t.state = str(TableState::COMPLETED);
                t.lastModified = now();
            }
            if (!t.ended)
                t.ended = now();
            t.estimatedFinish.reset();
        }
        qCInfo(lcMigration).noquote() << "database" << db.name << "is loaded and replicating";
        poll(db);
        publish(true);
    }

    bool openMonitors(Db &db)
    {
        QString error;
        if (!db.sourceMonitor)
            db.sourceMonitor = pg::Connection::open(m_source, db.name, &error);
        if (db.sourceMonitor && !db.targetMonitor)
            db.targetMonitor = pg::Connection::open(m_target, db.target, &error);
        if (!db.sourceMonitor || !db.targetMonitor) {
            // Said once per outage: the watch is tried again every second.
            if (!db.monitorFailing)
                qCWarning(lcMigration).noquote() << "cannot watch the replication of" << db.name << ":" << error;
            db.monitorFailing = true;
            db.sourceMonitor.reset();
            db.targetMonitor.reset();
            return false;
        }
        db.monitorFailing = false;
        // Where each table's rows are on the target, to read its statistics.
        QStringList idents;
        QList<TableOut *> owners;
        for (TableOut &t : db.tables) {
            for (const QString &ident : m_leafIdents.value(db.name).value(t.name)) {
                idents.append(ident);
                owners.append(&t);
            }
            t.targetLeafOids.clear();
        }
        const pg::QueryResult oids = db.targetMonitor->exec(
            QStringLiteral(
                "SELECT pg_catalog.to_regclass(x)::oid FROM unnest($1::text[]) WITH ORDINALITY AS u(x, n) ORDER BY n"),
            {QVariant(textArray(idents))});
        for (qsizetype i = 0; oids.ok && i < oids.rowCount() && i < owners.size(); ++i) {
            if (!oids.isNull(i, 0))
                owners.at(i)->targetLeafOids.append(oids.value(i, 0));
        }
        return true;
    }

    // Reads the replication's progress: lag on the source, applied changes on the target.
    bool poll(Db &db)
    {
        db.sincePoll.start();
        if ((!db.sourceMonitor || !db.targetMonitor) && !openMonitors(db))
            return false;
        const pg::QueryResult slot = db.sourceMonitor->exec(
            QStringLiteral("SELECT pg_catalog.pg_wal_lsn_diff(pg_catalog.pg_current_wal_insert_lsn(), "
                           "s.confirmed_flush_lsn)::bigint"
                           "         AS pending,"
                           "       (SELECT (extract(epoch FROM r.replay_lag) * 1000)::bigint"
                           "          FROM pg_catalog.pg_stat_replication r WHERE r.pid = s.active_pid) AS lag_ms,"
                           "       (SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::bigint"
                           "          FROM pg_catalog.pg_stat_user_tables WHERE relid = ANY($2::oid[])) AS changes"
                           "  FROM pg_catalog.pg_replication_slots s WHERE s.slot_name = $1"),
            {QVariant(db.object), QVariant(oidArray(db.sourceLeafOids))});
        if (!slot.ok) {
            db.sourceMonitor.reset();
            return false;
        }
        if (slot.rowCount() == 0) {
            failDatabase(db,
                         QStringLiteral("The replication slot %1 is gone from the source, so changes can no longer be "
                                        "replicated. Cancel the task and run the migration again.")
                             .arg(db.object));
            return false;
        }
        QStringList allOids;
        for (const TableOut &t : std::as_const(db.tables))
            allOids += t.targetLeafOids;
        const pg::QueryResult stats = db.targetMonitor->exec(
            QStringLiteral("SELECT relid, n_tup_ins, n_tup_upd, n_tup_del FROM pg_catalog.pg_stat_user_tables"
                           " WHERE relid = ANY($1::oid[])"),
            {QVariant(oidArray(allOids))});
        const pg::QueryResult subscription = db.targetMonitor->exec(
            QString(
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_subscription"
                               "               WHERE subname = $1 AND relid IS NULL AND pid IS NOT NULL) AS running, ")
                + (m_targetVersionNum >= 150000
                       ? QStringLiteral("(SELECT apply_error_count FROM pg_catalog.pg_stat_subscription_stats"
                                        "  WHERE subname = $1) AS errors")
                       : QStringLiteral("0 AS errors"))),
            {QVariant(db.object)});
        if (!stats.ok || !subscription.ok) {
            db.targetMonitor.reset();
            return false;
        }

        QHash<QString, std::array<qint64, 3>> byOid;
        for (qsizetype row = 0; row < stats.rowCount(); ++row)
            byOid.insert(stats.value(row, 0), {stats.value(row, 1).toLongLong(), stats.value(row, 2).toLongLong(),
                                               stats.value(row, 3).toLongLong()});
        for (TableOut &t : db.tables) {
            qint64 inserts = 0;
            qint64 updates = 0;
            qint64 deletes = 0;
            for (const QString &oid : std::as_const(t.targetLeafOids)) {
                const auto counts = byOid.value(oid, {0, 0, 0});
                inserts += counts[0];
                updates += counts[1];
                deletes += counts[2];
            }
            // The copy's rows count as inserts in the statistics; the rest came from replication.
            inserts = std::max<qint64>(t.inserts, inserts - t.rows);
            updates = std::max(t.updates, updates);
            deletes = std::max(t.deletes, deletes);
            if (inserts != t.inserts || updates != t.updates || deletes != t.deletes) {
                t.inserts = inserts;
                t.updates = updates;
                t.deletes = deletes;
                t.lastModified = now();
            }
        }

        const qint64 changes = slot.value(0, u"changes").toLongLong();
        if (db.sourceBaseline < 0)
            db.sourceBaseline = changes - db.resumedIncoming.value_or(0);
        db.incoming = std::max(db.incoming, changes - db.sourceBaseline);
        const qint64 pending = slot.value(0, u"pending").toLongLong();
        db.latency = slot.isNull(0, u"lag_ms") ? 0 : slot.value(0, u"lag_ms").toLongLong();
        const qint64 errors = subscription.value(0, u"errors").toLongLong();
        if (errors > db.applyErrors) {
            db.applyErrors = errors;
            db.events.append(
                migrationEvent(QStringLiteral("Error"),
                               QStringLiteral("The subscription %1 failed to apply changes %2 time(s); see the "
                                              "target server's log for the reason.")
                                   .arg(db.object)
                                   .arg(errors)));
            db.error = db.events.last().eventText();
            publish(true);
        }
        const bool running = subscription.boolValue(0, u"running");
        if (db.phase == Db::Phase::Replicating && db.state == str(DbState::RUNNING) && running
            && pending <= kReadyLagBytes) {
            db.state = str(DbState::READY_TO_COMPLETE);
            qCInfo(lcMigration).noquote() << "database" << db.name << "is ready to complete";
            publish(true);
        }
        return true;
    }

    // ---- cutover -------------------------------------------------------------------------------

    void handleCommand(const PendingCommand &command)
    {
        Db *db = executors::cutoverDatabase(m_context, command, m_dbs);
        if (!db)
            return;
        if (db->phase != Db::Phase::Replicating || db->state != str(DbState::READY_TO_COMPLETE)) {
            executors::refuseCutover(m_context, command.commandId, db->name, db->state);
            return;
        }
        QString error;
        if (!db->sourceMonitor && !openMonitors(*db)) {
            executors::failCommand(m_context, command.commandId, QStringLiteral("SourceUnavailable"),
                                   QStringLiteral("Could not connect to the source to start the cutover; try again."));
            return;
        }
        // Everything written on the source up to now must reach the target before the cutover.
        // The insert position, not the write position: with asynchronous commit the last commits
        // may not be written yet.
        const pg::QueryResult lsn = db->sourceMonitor->exec(
            QStringLiteral("SELECT pg_catalog.pg_current_wal_insert_lsn()::text"), {}, &error);
        if (!lsn.ok) {
            db->sourceMonitor.reset();
            executors::failCommand(m_context, command.commandId, QStringLiteral("SourceUnavailable"),
                                   QStringLiteral("Could not read the source's WAL position: %1").arg(error));
            return;
        }
        db->phase = Db::Phase::Completing;
        db->state = str(DbState::COMPLETING);
        db->commandId = command.commandId;
        db->cutoverLsn = lsn.value(0, 0);
        db->cutoverDeadline = QDeadlineTimer(kCutoverTimeoutMs);
        m_context.finishCommand(command.commandId, QStringLiteral("Running"), {});
        qCInfo(lcMigration).noquote() << "cutover of" << db->name << "waits for" << db->cutoverLsn;
        publish(true);
    }

    void followCutover(Db &db)
    {
        if (db.commandId.isEmpty()) {
            // A cutover the engine's restart interrupted after the subscription was removed.
            completeCutover(db);
            return;
        }
        poll(db);
        if (db.phase != Db::Phase::Completing)
            return; // the replication broke down while we waited
        const pg::QueryResult caughtUp
            = db.sourceMonitor ? db.sourceMonitor->exec(
                  QStringLiteral("SELECT confirmed_flush_lsn >= $2::pg_lsn"
                                 "  FROM pg_catalog.pg_replication_slots WHERE slot_name = $1"),
                  {QVariant(db.object), QVariant(db.cutoverLsn)})
                               : pg::QueryResult{};
        if (caughtUp.ok && caughtUp.rowCount() == 1 && caughtUp.value(0, 0) == QLatin1String("t")) {
            completeCutover(db);
            return;
        }
        if (db.cutoverDeadline.hasExpired()) {
            const QString message
                = QStringLiteral("The subscription did not catch up with the source within %1 s (latency %2 ms%3); "
                                 "the database stays READY_TO_COMPLETE. Stop writes on the source, check the target "
                                 "server's log, and send the command again.")
                      .arg(kCutoverTimeoutMs / 1000)
                      .arg(db.latency)
                      .arg(db.applyErrors > 0 ? QStringLiteral(", %1 apply errors").arg(db.applyErrors) : QString());
            failCommand(db, QStringLiteral("CutoverTimedOut"), message);
            db.phase = Db::Phase::Replicating;
            db.state = str(DbState::READY_TO_COMPLETE);
            publish(true);
        }
    }

    void failCommand(Db &db, const QString &code, const QString &message)
    {
        if (db.commandId.isEmpty())
            return;
        core::dms::MigrateSyncCompleteCommandOutput output;
        output.setId(QString(QStringLiteral("db|") + db.name));
        output.setErrors({reportable(message)});
        m_context.finishCommand(db.commandId, QStringLiteral("Failed"), {odataError(code, message)}, output.toJson());
        db.commandId.clear();
        db.cutoverLsn.clear();
    }

    void completeCutover(Db &db)
    {
        QString error;
        if (db.syncSequencesAtCutover) {
            // The target takes over where the source's sequences are.
            int count = 0;
            if (!db.sourceMonitor || !db.targetMonitor
                || !syncSequences(*db.sourceMonitor, *db.targetMonitor, &count, &error)) {
                failCommand(db, QStringLiteral("SequenceSyncFailed"),
                            QStringLiteral("Could not copy the sequence values to the target: %1. The database stays "
                                           "READY_TO_COMPLETE; send the command again.")
                                .arg(error.isEmpty() ? QStringLiteral("no connection") : error));
                db.sourceMonitor.reset();
                db.targetMonitor.reset();
                db.phase = Db::Phase::Replicating;
                db.state = str(DbState::READY_TO_COMPLETE);
                publish(true);
                return;
            }
            qCInfo(lcMigration).noquote() << "cutover of" << db.name << "set" << count << "sequence(s)";
        }
        const QStringList problems = teardown(db);
        db.phase = Db::Phase::Complete;
        db.state = str(DbState::COMPLETE);
        db.ended = now();
        for (const QString &problem : problems)
            db.events.append(migrationEvent(QStringLiteral("Warning"), problem));
        if (!problems.isEmpty())
            db.error = problems.join(QLatin1Char(' '));
        if (!db.commandId.isEmpty()) {
            core::dms::MigrateSyncCompleteCommandOutput output;
            output.setId(QString(QStringLiteral("db|") + db.name));
            QList<ReportableException> errors;
            for (const QString &problem : problems)
                errors.append(reportable(problem));
            output.setErrors(errors);
            m_context.finishCommand(db.commandId, QStringLiteral("Succeeded"), {}, output.toJson());
            db.commandId.clear();
        }
        qCInfo(lcMigration).noquote() << "database" << db.name << "is complete";
        publish(true);
    }

    // Removes the subscription, publication and slot and sets replica identities back. Returns what
    // could not be done, each with what the user should do.
    QStringList teardown(Db &db)
    {
        QStringList problems;
        db.sourceMonitor.reset();
        db.targetMonitor.reset();
        QString error;
        {
            auto target = pg::Connection::open(m_target, db.target, &error);
            bool done = target && dropSubscription(*target, db.object, &error);
            if (!target) {
                // A target database that does not exist (yet) has no subscription either.
                auto admin = pg::Connection::open(m_target, QString(), nullptr);
                const pg::QueryResult exists
                    = admin ? admin->exec(QStringLiteral("SELECT 1 FROM pg_catalog.pg_database WHERE datname = $1"),
                                          {QVariant(db.target)})
                            : pg::QueryResult{};
                done = exists.ok && exists.rowCount() == 0;
            }
            const QString name = quoteIdent(db.object);
            if (!done) {
                problems.append(QStringLiteral("Could not drop the subscription %1 in the target database %2: %3. "
                                               "Drop it there with: ALTER SUBSCRIPTION %4 DISABLE; ALTER "
                                               "SUBSCRIPTION %4 SET (slot_name = NONE); DROP SUBSCRIPTION %4;")
                                    .arg(db.object, db.target, error, name));
            }
        }
        auto source = pg::Connection::open(m_source, db.name, &error);
        if (!source) {
            problems.append(
                QStringLiteral("Could not connect to the source database %1 to drop the publication and the "
                               "replication slot %2: %3. Drop them there with: DROP PUBLICATION %2; SELECT "
                               "pg_drop_replication_slot('%2'); a slot left behind keeps WAL on the source "
                               "until it is dropped.")
                    .arg(db.name, db.object, error));
            return problems;
        }
        if (!dropPublication(*source, db.object, &error))
            problems.append(QStringLiteral("Could not drop the publication %1 on the source: %2. Drop it with: DROP "
                                           "PUBLICATION %1;")
                                .arg(db.object, error));
        if (!dropSlot(*source, db.object, &error))
            problems.append(
                QStringLiteral("Could not drop the replication slot %1 on the source: %2. Drop it with: "
                               "SELECT pg_drop_replication_slot('%1'); until then it keeps WAL on the source.")
                    .arg(db.object, error));
        problems += restoreIdentity(db, source.get());
        return problems;
    }

    QStringList restoreIdentity(Db &db, pg::Connection *source = nullptr)
    {
        QStringList problems;
        std::unique_ptr<pg::Connection> own;
        for (ReplicaIdentityChange &change : db.identity) {
            if (change.restored)
                continue;
            QString error;
            if (!source) {
                own = pg::Connection::open(m_source, db.name, &error);
                source = own.get();
                if (!source) {
                    problems.append(QStringLiteral("Could not connect to the source database %1 to set the replica "
                                                   "identity of %2 back to %3: %4")
                                        .arg(db.name, change.relation, change.original, error));
                    return problems;
                }
                source->exec(QStringLiteral("SET lock_timeout = '30s'"));
            }
            const pg::QueryResult r = source->exec(QString(QStringLiteral("ALTER TABLE ") + change.relation
                                                           + QStringLiteral(" REPLICA IDENTITY ") + change.original));
            // 42P01: the table is gone, and its setting with it.
            if (r.ok || r.sqlState == QLatin1String("42P01")) {
                change.restored = true;
                change.restoredAt = now();
            } else
                problems.append(QStringLiteral("Could not set the replica identity of %1 back to %2: %3. Run: ALTER "
                                               "TABLE %1 REPLICA IDENTITY %2;")
                                    .arg(change.relation, change.original, r.error));
        }
        return problems;
    }

    void failDatabase(Db &db, const QString &message)
    {
        if (db.job) {
            db.job->stop();
            db.job->wait();
            takeLoadStatus(db, db.job->status());
            db.job.reset();
        }
        failCommand(db, QStringLiteral("MigrationFailed"), message);
        const QStringList problems = teardown(db);
        db.phase = Db::Phase::Failed;
        db.state = str(DbState::FAILED);
        db.ended = now();
        db.error = problems.isEmpty() ? message : QString(message + QLatin1Char(' ') + problems.join(QLatin1Char(' ')));
        db.events.append(migrationEvent(QStringLiteral("Error"), message));
        for (const QString &problem : problems)
            db.events.append(migrationEvent(QStringLiteral("Warning"), problem));
        for (TableOut &t : db.tables) {
            if (t.state == str(TableState::BEFORE_LOAD) || t.state == str(TableState::FULL_LOAD)) {
                t.state = str(TableState::CANCELED);
                t.lastModified = now();
            }
        }
        qCWarning(lcMigration).noquote() << "database" << db.name << "failed:" << message;
        publish(true);
    }

    // ---- the end -------------------------------------------------------------------------------

    ExecutionResult finish()
    {
        m_ended = now();
        QStringList failures;
        for (const Db &db : m_dbs) {
            if (db.phase == Db::Phase::Failed)
                failures.append(QStringLiteral("%1: %2").arg(db.name, db.error));
        }
        m_state = failures.isEmpty() ? core::dms::ReplicateMigrationState::COMPLETE
                                     : core::dms::ReplicateMigrationState::FAILED;
        publish(true);
        if (!failures.isEmpty())
            return ExecutionResult::failed(QStringLiteral("MigrationFailed"), failures.join(QStringLiteral(" ")));
        return ExecutionResult::succeeded();
    }

    // Commands that arrive while the run ends are answered, not left Accepted.
    void refuseCommands(const QString &message)
    {
        while (const auto command = m_context.takeCommand())
            executors::failCommand(m_context, command->commandId, QStringLiteral("CommandNotAccepted"), message);
    }

    ExecutionResult cancel()
    {
        refuseCommands(QStringLiteral("The task was cancelled."));
        for (Db &db : m_dbs) {
            if (db.isTerminal())
                continue;
            if (db.job) {
                db.job->stop();
                db.job->wait();
                takeLoadStatus(db, db.job->status());
                db.job.reset();
            }
            failCommand(db, QStringLiteral("TaskCanceled"),
                        QStringLiteral("The task was cancelled during the cutover."));
            const QStringList problems = teardown(db);
            for (const QString &problem : problems)
                db.events.append(migrationEvent(QStringLiteral("Warning"), problem));
            if (!problems.isEmpty())
                db.error = problems.join(QLatin1Char(' '));
            db.phase = Db::Phase::Cancelled;
            db.state = str(DbState::CANCELLED);
            db.ended = now();
            for (TableOut &t : db.tables) {
                if (t.state != str(TableState::COMPLETED) && t.state != str(TableState::ERROR)) {
                    t.state = str(TableState::CANCELED);
                    t.lastModified = now();
                }
            }
            qCInfo(lcMigration).noquote() << "database" << db.name << "cancelled";
        }
        m_ended = now();
        m_state = core::dms::ReplicateMigrationState::UNDEFINED;
        publish(true);
        return ExecutionResult::canceled();
    }

    ExecutionResult shutDown()
    {
        refuseCommands(QStringLiteral("The engine is shutting down; send the command again once it runs again."));
        for (Db &db : m_dbs) {
            if (db.job) {
                db.job->stop();
                db.job->wait();
                const LoadStatus status = db.job->status();
                takeLoadStatus(db, status);
                db.job.reset();
                if (status.phase == LoadStatus::Phase::Done) {
                    // The subscription exists: the next start continues replicating.
                    db.phase = Db::Phase::Replicating;
                    db.state = str(DbState::RUNNING);
                    db.initializationCompleted = true;
                    for (TableOut &t : db.tables)
                        t.state = str(TableState::COMPLETED);
                } else {
                    // A load cannot continue: its slot would only hold WAL until the next start,
                    // which loads again from scratch.
                    const QStringList problems = teardown(db);
                    for (const QString &problem : problems)
                        db.events.append(migrationEvent(QStringLiteral("Warning"), problem));
                    db.phase = Db::Phase::Waiting;
                }
            }
            if (db.phase == Db::Phase::Completing && !db.commandId.isEmpty()) {
                failCommand(db, QStringLiteral("EngineShutdown"),
                            QStringLiteral("The engine shut down during the cutover; once it runs again and the "
                                           "database is READY_TO_COMPLETE, send the command again."));
                db.phase = Db::Phase::Replicating;
                db.state = str(DbState::READY_TO_COMPLETE);
            }
            db.sourceMonitor.reset();
            db.targetMonitor.reset();
        }
        publish(true);
        qCInfo(lcMigration) << "engine shutdown: the migration continues at the next start";
        return interrupted();
    }

    static ExecutionResult interrupted()
    {
        ExecutionResult result = ExecutionResult::failed(
            QStringLiteral("EngineShutdown"),
            QStringLiteral("The engine shut down; the migration continues when it starts again."));
        result.interruptedByShutdown = true;
        return result;
    }

    // ---- output --------------------------------------------------------------------------------

    QJsonArray buildOutput() const
    {
        QJsonArray out;
        MigrationOutput migration;
        migration.setId(m_migrationId);
        migration.setStartedOn(m_started);
        if (m_ended)
            migration.setEndedOn(*m_ended);
        migration.setSourceServer(pg::Connection::describeServer(m_source));
        migration.setSourceServerVersion(m_sourceVersion);
        migration.setSourceServerType(core::dms::ScenarioSource::PostgreSQL);
        migration.setTargetServer(pg::Connection::describeServer(m_target));
        migration.setTargetServerVersion(m_targetVersion);
        migration.setTargetServerType(core::dms::ScenarioTarget::AzureDBForPostgresSQL);
        migration.setState(m_state);
        migration.setDatabaseCount(double(m_dbs.size()));
        out.append(migration.toJson());

        for (const Db &db : m_dbs) {
            DatabaseOutput d;
            d.setId(QString(QStringLiteral("db|") + db.name));
            d.setDatabaseName(db.name);
            d.setStartedOn(db.started);
            if (db.ended)
                d.setEndedOn(*db.ended);
            d.setMigrationState(db.state);
            executors::FullLoadTables tables;
            qint64 inserts = 0;
            qint64 updates = 0;
            qint64 deletes = 0;
            for (const TableOut &t : db.tables) {
                tables.count(t.state);
                inserts += t.inserts;
                updates += t.updates;
                deletes += t.deletes;
            }
            tables.setOn(d);
            d.setCdcInsertCounter(inserts);
            d.setCdcUpdateCounter(updates);
            d.setCdcDeleteCounter(deletes);
            d.setAppliedChanges(inserts + updates + deletes);
            d.setIncomingChanges(std::max(db.incoming, inserts + updates + deletes));
            d.setLatency(db.latency);
            d.setInitializationCompleted(db.initializationCompleted);
            out.append(d.toJson());

            for (const TableOut &t : db.tables) {
                TableOutput o;
                o.setId(t.id);
                o.setTableName(t.name);
                o.setDatabaseName(db.name);
                o.setState(t.state);
                if (t.started)
                    o.setFullLoadStartedOn(*t.started);
                if (t.ended)
                    o.setFullLoadEndedOn(*t.ended);
                if (t.estimatedFinish)
                    o.setFullLoadEstFinishTime(*t.estimatedFinish);
                o.setFullLoadTotalRows(t.rows);
                o.setCdcInsertCounter(t.inserts);
                o.setCdcUpdateCounter(t.updates);
                o.setCdcDeleteCounter(t.deletes);
                o.setTotalChangesApplied(t.inserts + t.updates + t.deletes);
                o.setDataErrorsCounter(0);
                o.setLastModifiedTime(t.lastModified);
                out.append(o.toJson());
            }

            for (const ReplicaIdentityChange &change : db.identity) {
                ErrorOutput w;
                w.setId(QString(QStringLiteral("ri|") + db.name + QLatin1Char('|') + change.relation));
                w.setError(reportable(
                    (change.restored
                         ? QStringLiteral("Warning: %1 has no primary key, so its REPLICA IDENTITY was set to "
                                          "FULL on the source for the migration; it was set back to %2.")
                         : QStringLiteral("Warning: %1 has no primary key, so its REPLICA IDENTITY was set to "
                                          "FULL on the source (was %2) for the migration; it is set back when "
                                          "the migration completes or is cancelled."))
                        .arg(change.relation, change.original),
                    QStringLiteral("Add a primary key to %1: without one, the target looks up every replicated update "
                                   "and delete by the whole row.")
                        .arg(change.table)));
                // The events record the change for a restarted engine: which relation, what to set back.
                QList<SyncMigrationDatabaseErrorEvent> events{
                    migrationEvent(kIdentityChanged,
                                   QString(QStringLiteral("ALTER TABLE ") + change.relation + kIdentityFull
                                           + change.original + kIdentityFor + change.table),
                                   change.changedAt)};
                if (change.restored)
                    events.append(migrationEvent(kIdentityRestored,
                                                 QString(QStringLiteral("ALTER TABLE ") + change.relation
                                                         + QStringLiteral(" REPLICA IDENTITY ") + change.original),
                                                 change.restoredAt));
                w.setEvents(events);
                out.append(w.toJson());
            }
            qsizetype n = 0;
            for (const QJsonObject &kept : db.keptWarnings) {
                out.append(kept);
                ++n;
            }
            for (const ReportableException &warning : db.warnings) {
                ErrorOutput w;
                w.setId(QStringLiteral("warning|%1|%2").arg(db.name).arg(++n));
                ReportableException e = warning;
                if (!e.message().startsWith(QLatin1String("Warning:")))
                    e.setMessage(QString(QStringLiteral("Warning: ") + e.message()));
                w.setError(e);
                out.append(w.toJson());
            }
            if (!db.error.isEmpty()) {
                DatabaseErrorOutput e;
                e.setId(QString(QStringLiteral("dberror|") + db.name));
                e.setErrorMessage(db.error);
                e.setEvents(db.events);
                out.append(e.toJson());
            }
        }
        return out;
    }

    void publish(bool now)
    {
        const QJsonArray output = buildOutput();
        if (output == m_published)
            return;
        if (!now && m_sincePublish.isValid() && m_sincePublish.elapsed() < kPublishEveryMs)
            return;
        m_context.publishOutput(output);
        m_published = output;
        m_sincePublish.start();
    }

    TaskContext &m_context;
    PostgreSqlConnectionInfo m_source;
    PostgreSqlConnectionInfo m_target;
    QString m_taskKey;
    std::vector<Db> m_dbs;
    QHash<QString, PreviousDatabase> m_previous;
    /// Per database, per table: the quoted names of its leaves.
    QHash<QString, QHash<QString, QStringList>> m_leafIdents;

    QString m_migrationId = executors::newId();
    QDateTime m_started = now();
    std::optional<QDateTime> m_ended;
    QString m_sourceVersion;
    QString m_targetVersion;
    int m_targetVersionNum = 0;
    core::dms::ReplicateMigrationState m_state = core::dms::ReplicateMigrationState::PENDING;

    QJsonArray m_published;
    QElapsedTimer m_sincePublish;
};

class MigratePostgreSqlSyncExecutor final : public Executor
{
public:
    ExecutionResult run(TaskContext &context) override { return Migration(context).run(); }
    bool canResume() const override { return true; }
};

} // namespace

std::unique_ptr<Executor> makeMigratePostgreSqlSyncExecutor()
{
    return std::make_unique<MigratePostgreSqlSyncExecutor>();
}

} // namespace godwit::engine
