#include "engine/executors/mysqlconnectexecutors.h"

#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include "core/dmstypes.h"
#include "engine/drivers/mysql/mysqlconnection.h"
#include "engine/executors/mysqlcommon.h"

namespace godwit::engine {

namespace {

using core::dms::DatabaseTable;
using core::dms::MySqlConnectionInfo;
using core::dms::ReportableException;
using executors::reportable;
using executors::stopped;
using mysql::ConnectFailure;
using mysql::Connection;
using mysql::lcMySql;
using mysql::QueryResult;

// Tables whose data is at most this big are counted exactly (InnoDB's TABLE_ROWS is an estimate).
constexpr qint64 kExactCountLimitBytes = 64 * 1024 * 1024;

// What the connection tests report about a server and the connected user.
struct ServerFacts
{
    QString version;      ///< VERSION(): "10.11.19-MariaDB-0+deb12u1-log"
    QString shortVersion; ///< "10.11.19"
    QString brandVersion; ///< "MariaDB 10.11.19 (Debian 12)"
    QString comment;      ///< @@version_comment
    QString os;           ///< @@version_compile_os
    QString machine;      ///< @@version_compile_machine
    bool mariaDb = false;
    unsigned long versionNumber = 0;
    QString logBin, binlogFormat, binlogRowImage;
    qint64 serverId = 0;
    QString account; ///< 'user'@'host'
    QSet<QString> privileges;
    QStringList databases;

    bool has(const char *privilege) const { return privileges.contains(QLatin1String(privilege)); }
    QString family() const { return mariaDb ? QStringLiteral("MariaDB") : QStringLiteral("MySQL"); }
};

std::optional<ServerFacts> readServerFacts(Connection &conn, QString *error)
{
    ServerFacts facts;
    const QueryResult vars
        = conn.exec(QStringLiteral("SHOW GLOBAL VARIABLES WHERE Variable_name IN ('version', 'version_comment', "
                                   "'version_compile_os', 'version_compile_machine', 'log_bin', 'binlog_format', "
                                   "'binlog_row_image', 'server_id')"));
    if (!vars.ok) {
        *error = vars.error;
        return std::nullopt;
    }
    for (qsizetype i = 0; i < vars.rowCount(); ++i) {
        const QString name = vars.value(i, 0).toLower();
        const QString value = vars.value(i, 1);
        if (name == QLatin1String("version"))
            facts.version = value;
        else if (name == QLatin1String("version_comment"))
            facts.comment = value;
        else if (name == QLatin1String("version_compile_os"))
            facts.os = value;
        else if (name == QLatin1String("version_compile_machine"))
            facts.machine = value;
        else if (name == QLatin1String("log_bin"))
            facts.logBin = value.toUpper();
        else if (name == QLatin1String("binlog_format"))
            facts.binlogFormat = value.toUpper();
        else if (name == QLatin1String("binlog_row_image"))
            facts.binlogRowImage = value.toUpper();
        else if (name == QLatin1String("server_id"))
            facts.serverId = value.toLongLong();
    }
    if (facts.version.isEmpty())
        facts.version = conn.serverVersion();
    facts.mariaDb = facts.version.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive);
    facts.shortVersion = mysql::shortVersion(facts.version);
    facts.versionNumber = conn.serverVersionNumber();
    facts.brandVersion = facts.comment.isEmpty()
                             ? QStringLiteral("%1 %2").arg(facts.family(), facts.shortVersion)
                             : QStringLiteral("%1 %2 (%3)").arg(facts.family(), facts.shortVersion, facts.comment);

    const QueryResult user = conn.exec(QStringLiteral("SELECT CURRENT_USER()"));
    if (!user.ok || user.rowCount() != 1) {
        *error = user.ok ? QStringLiteral("the server did not name the current user") : user.error;
        return std::nullopt;
    }
    facts.account = mysql::accountName(user.value(0, 0));
    const QueryResult privileges
        = conn.exec(QStringLiteral("SELECT PRIVILEGE_TYPE FROM information_schema.USER_PRIVILEGES WHERE GRANTEE = %1")
                        .arg(conn.literal(facts.account)));
    if (!privileges.ok) {
        *error = privileges.error;
        return std::nullopt;
    }
    for (const QStringList &row : privileges.rows)
        facts.privileges.insert(row.at(0).toUpper());

    const QueryResult dbs = conn.exec(QStringLiteral("SHOW DATABASES"));
    if (!dbs.ok) {
        *error = dbs.error;
        return std::nullopt;
    }
    for (const QStringList &row : dbs.rows) {
        if (!mysql::isSystemDatabase(row.at(0)))
            facts.databases.append(row.at(0));
    }
    std::sort(facts.databases.begin(), facts.databases.end());
    return facts;
}

// The prerequisites of reading a source: its data always, its binary log for an online migration.
QList<ReportableException> sourceChecks(const ServerFacts &facts, bool offline)
{
    QList<ReportableException> errors;
    const QString grantee = facts.account;
    if (!facts.has("SELECT"))
        errors.append(reportable(
            QStringLiteral("The user %1 has no global SELECT privilege, so it may not read every table to migrate.")
                .arg(grantee),
            QStringLiteral("As an administrator, run: GRANT SELECT, SHOW VIEW, TRIGGER, EVENT ON *.* TO %1; (or grant "
                           "them on each database to migrate).")
                .arg(grantee)));
    if (!facts.mariaDb && !facts.has("RELOAD"))
        errors.append(reportable(
            QStringLiteral("The user %1 lacks the RELOAD privilege, which a consistent snapshot of the source "
                           "(FLUSH TABLES WITH READ LOCK) needs.")
                .arg(grantee),
            QStringLiteral("As an administrator, run: GRANT RELOAD ON *.* TO %1;").arg(grantee)));
    if (offline)
        return errors;

    if (facts.logBin != QLatin1String("ON"))
        errors.append(reportable(
            QStringLiteral("Binary logging is off; an online migration reads changes from the binary log."),
            QStringLiteral("Start the server with log_bin (e.g. log-bin=mysql-bin in the [mysqld] section of my.cnf), "
                           "binlog_format=ROW and a non-zero server_id, then restart it. On Azure Database for MySQL, "
                           "enable automated backups so binary logging is on.")));
    if (facts.logBin == QLatin1String("ON") && facts.binlogFormat != QLatin1String("ROW"))
        errors.append(reportable(
            QStringLiteral("binlog_format is '%1'; an online migration needs 'ROW'.").arg(facts.binlogFormat),
            QStringLiteral("Run SET GLOBAL binlog_format = 'ROW'; and set binlog_format=ROW in my.cnf so it stays "
                           "after a restart. On Azure, set the server parameter binlog_format to ROW.")));
    if (facts.logBin == QLatin1String("ON") && !facts.binlogRowImage.isEmpty()
        && facts.binlogRowImage != QLatin1String("FULL"))
        errors.append(reportable(
            QStringLiteral("binlog_row_image is '%1'; an online migration needs 'FULL' to find changed rows.")
                .arg(facts.binlogRowImage),
            QStringLiteral("Run SET GLOBAL binlog_row_image = 'FULL'; and set binlog_row_image=FULL in my.cnf.")));
    if (!facts.has("REPLICATION SLAVE"))
        errors.append(reportable(
            QStringLiteral("The user %1 lacks the REPLICATION SLAVE privilege, so it cannot read the binary log.")
                .arg(grantee),
            QStringLiteral("As an administrator, run: GRANT REPLICATION SLAVE ON *.* TO %1;").arg(grantee)));
    if (!facts.has("REPLICATION CLIENT") && !facts.has("BINLOG MONITOR"))
        errors.append(reportable(
            QStringLiteral("The user %1 may not read the binary log position (%2).")
                .arg(grantee, facts.mariaDb ? QStringLiteral("BINLOG MONITOR") : QStringLiteral("REPLICATION CLIENT")),
            QStringLiteral("As an administrator, run: GRANT %1 ON *.* TO %2;")
                .arg(facts.mariaDb ? QStringLiteral("BINLOG MONITOR") : QStringLiteral("REPLICATION CLIENT"),
                     grantee)));
    return errors;
}

// Publishes the one output item of a failed connection test and fails the task.
ExecutionResult connectionFailed(TaskContext &context, core::dms::Record item, const QString &role,
                                 const MySqlConnectionInfo &info, unsigned code, const QString &error)
{
    const ConnectFailure failure = mysql::classifyConnectError(code, error, info);
    return executors::connectionTestFailed(context, std::move(item), role, Connection::describeServer(info),
                                           failure.message, failure.remedy);
}

// Connects to the server a connection test is about and reads its facts; else the result the
// test ends with.
std::optional<ExecutionResult> testServer(TaskContext &context, const core::dms::Record &item, const QString &role,
                                          const MySqlConnectionInfo &info, std::optional<ServerFacts> *facts)
{
    QString error;
    unsigned code = 0;
    const auto conn = Connection::open(info, QString(), &error, &code);
    if (!conn)
        return connectionFailed(context, item, role, info, code, error);
    if (context.isCancelled())
        return stopped(context);
    *facts = readServerFacts(*conn, &error);
    if (!*facts)
        return executors::settingsUnreadable(role, error);
    return std::nullopt;
}

class ConnectToSourceMySqlExecutor final : public Executor
{
public:
    ExecutionResult run(TaskContext &context) override
    {
        core::dms::ConnectToSourceMySqlTaskInput input;
        if (auto early = executors::readInput(context, &input))
            return *early;
        const MySqlConnectionInfo info = input.sourceConnectionInfo();
        QStringList errors;
        mysql::checkConnectionInfo(info, QStringLiteral("sourceConnectionInfo"), &errors);
        if (auto invalid = executors::invalidIfAny(errors))
            return *invalid;
        context.markRunning();

        core::dms::ConnectToSourceNonSqlTaskOutput output;
        output.setId(executors::newId());
        std::optional<ServerFacts> facts;
        if (auto ended = testServer(context, output, QStringLiteral("source"), info, &facts))
            return *ended;

        core::dms::ServerProperties server;
        server.setServerName(Connection::describeServer(info));
        server.setServerVersion(facts->shortVersion);
        server.setServerEdition(facts->comment);
        server.setServerPlatform(facts->machine);
        server.setServerOperatingSystemVersion(facts->os);
        server.setServerDatabaseCount(facts->databases.size());
        output.setServerProperties(server);
        output.setSourceServerBrandVersion(facts->brandVersion);
        output.setDatabases(facts->databases);
        const QList<ReportableException> checks = sourceChecks(*facts, input.isOfflineMigration().value_or(false));
        output.setValidationErrors(checks);
        context.publishOutput(QJsonArray{output.toJson()});
        qCInfo(lcMySql).noquote() << "source" << Connection::describeServer(info) << "runs" << facts->brandVersion
                                  << "with" << facts->databases.size() << "databases and" << checks.size()
                                  << "unmet prerequisites";
        return ExecutionResult::succeeded();
    }
};

// "10.11" ordered: 10.11 → 1011.
unsigned long majorMinor(unsigned long versionNumber)
{
    return versionNumber / 100;
}

QString majorMinorText(unsigned long versionNumber)
{
    return QStringLiteral("%1.%2").arg(versionNumber / 10000).arg(versionNumber / 100 % 100);
}

class ConnectToTargetMySqlExecutor final : public Executor
{
public:
    ExecutionResult run(TaskContext &context) override
    {
        core::dms::ConnectToTargetAzureDbForMySqlTaskInput input;
        if (auto early = executors::readInput(context, &input))
            return *early;
        const MySqlConnectionInfo source = input.sourceConnectionInfo();
        const MySqlConnectionInfo target = input.targetConnectionInfo();
        QStringList errors;
        mysql::checkConnectionInfo(source, QStringLiteral("sourceConnectionInfo"), &errors);
        mysql::checkConnectionInfo(target, QStringLiteral("targetConnectionInfo"), &errors);
        if (auto invalid = executors::invalidIfAny(errors))
            return *invalid;
        context.markRunning();

        core::dms::ConnectToTargetAzureDbForMySqlTaskOutput output;
        output.setId(executors::newId());
        std::optional<ServerFacts> facts;
        if (auto ended = testServer(context, output, QStringLiteral("target"), target, &facts))
            return *ended;
        output.setServerVersion(facts->shortVersion);
        output.setTargetServerBrandVersion(facts->brandVersion);
        output.setDatabases(facts->databases);

        QList<ReportableException> checks;
        QStringList missing;
        for (const char *privilege : {"CREATE", "INSERT", "ALTER", "INDEX", "REFERENCES", "CREATE VIEW",
                                      "CREATE ROUTINE", "ALTER ROUTINE", "TRIGGER", "UPDATE", "DELETE", "DROP"}) {
            if (!facts->has(privilege))
                missing.append(QString::fromLatin1(privilege));
        }
        if (!missing.isEmpty())
            checks.append(reportable(
                QStringLiteral("The user %1 lacks privileges the migration needs to create and load the target "
                               "databases: %2.")
                    .arg(facts->account, missing.join(QStringLiteral(", "))),
                QStringLiteral("As the server admin, run: GRANT %1 ON *.* TO %2;")
                    .arg(missing.join(QStringLiteral(", ")), facts->account)));
        // An online migration replicates through the target's own replication (a named MariaDB
        // replication connection): it needs the privilege to set that up.
        const bool online = !input.isOfflineMigration().value_or(false);
        if (online && !facts->mariaDb)
            checks.append(reportable(
                QStringLiteral("The target runs MySQL; the online migration replicates through MariaDB's named "
                               "replication connections and needs a MariaDB target."),
                QStringLiteral("Use a MariaDB target, or migrate offline.")));
        else if (online && !facts->has("SUPER") && !facts->has("REPLICATION SLAVE ADMIN"))
            checks.append(reportable(
                QStringLiteral("The user %1 may not set up replication on the target, which the online migration "
                               "needs.")
                    .arg(facts->account),
                QStringLiteral("As the server admin, run: GRANT %1 ON *.* TO %2;")
                    .arg(facts->versionNumber >= 100500 ? QStringLiteral("REPLICATION SLAVE ADMIN")
                                                        : QStringLiteral("SUPER"),
                         facts->account)));

        if (context.isCancelled())
            return stopped(context);
        QString error;
        unsigned sourceCode = 0;
        const auto sourceConn = Connection::open(source, QString(), &error, &sourceCode);
        if (!sourceConn) {
            const ConnectFailure failure = mysql::classifyConnectError(sourceCode, error, source);
            checks.append(reportable(QStringLiteral("Could not connect to the source server %1 to compare versions: %2")
                                         .arg(Connection::describeServer(source), failure.message),
                                     failure.remedy));
        } else {
            const QueryResult sourceId = sourceConn->exec(QStringLiteral("SELECT @@server_id"));
            if (online && sourceId.ok && sourceId.rowCount() == 1
                && sourceId.value(0, 0).toLongLong() == facts->serverId)
                checks.append(reportable(
                    QStringLiteral("The source and the target have the same server_id (%1); the target cannot "
                                   "replicate from the source, which the online migration needs.")
                        .arg(facts->serverId),
                    QStringLiteral("Give the target another server_id (server_id in its configuration, or SET GLOBAL "
                                   "server_id), or migrate offline.")));
            const bool sourceMariaDb = sourceConn->isMariaDb();
            const unsigned long sourceVersion = sourceConn->serverVersionNumber();
            if (sourceMariaDb == facts->mariaDb && majorMinor(facts->versionNumber) < majorMinor(sourceVersion)) {
                checks.append(reportable(
                    QStringLiteral("The target server runs %1 %2, older than the source's %3; a migration needs a "
                                   "target of the same or a newer version.")
                        .arg(facts->family(), majorMinorText(facts->versionNumber), majorMinorText(sourceVersion)),
                    QStringLiteral("Use a target server running %1 %2 or newer.")
                        .arg(facts->family(), majorMinorText(sourceVersion))));
            } else if (sourceMariaDb && !facts->mariaDb) {
                checks.append(reportable(
                    QStringLiteral("The source runs MariaDB and the target MySQL; MariaDB-only features (sequences, "
                                   "system-versioned tables, some JSON and storage-engine options) do not migrate."),
                    QStringLiteral("Check the source for MariaDB-only features, or use a MariaDB target.")));
            }
        }
        output.setValidationErrors(checks);
        context.publishOutput(QJsonArray{output.toJson()});
        qCInfo(lcMySql).noquote() << "target" << Connection::describeServer(target) << "runs" << facts->brandVersion
                                  << "with" << checks.size() << "unmet prerequisites";
        return ExecutionResult::succeeded();
    }
};

class GetUserTablesMySqlExecutor final : public Executor
{
public:
    ExecutionResult run(TaskContext &context) override
    {
        core::dms::GetUserTablesMySqlTaskInput input;
        if (auto early = executors::readInput(context, &input))
            return *early;
        const MySqlConnectionInfo info = input.connectionInfo();
        const QStringList selected = input.selectedDatabases();
        QStringList errors;
        mysql::checkConnectionInfo(info, QStringLiteral("connectionInfo"), &errors);
        executors::checkDatabaseNames(selected, &errors);
        if (auto invalid = executors::invalidIfAny(errors))
            return *invalid;
        context.markRunning();

        core::dms::GetUserTablesMySqlTaskOutput output;
        output.setId(executors::newId());
        QString error;
        unsigned code = 0;
        const auto conn = Connection::open(info, QString(), &error, &code);
        if (!conn)
            return connectionFailed(context, output, QStringLiteral("source"), info, code, error);

        QMap<QString, QList<DatabaseTable>> tables;
        QList<ReportableException> problems;
        int readable = 0;
        QString firstError;
        for (const QString &database : selected) {
            if (tables.contains(database))
                continue;
            if (context.isCancelled())
                return stopped(context);
            QString why;
            const auto list = listTables(*conn, database, context, &why);
            if (context.isCancelled())
                return stopped(context);
            if (list) {
                tables.insert(database, *list);
                ++readable;
                continue;
            }
            tables.insert(database, {});
            const QString message = QStringLiteral("Could not read database %1: %2").arg(database, why);
            const QString remedy = QStringLiteral("Check that the database exists and grant the user access to it: "
                                                  "GRANT SELECT ON %1.* TO '%2';")
                                       .arg(Connection::quoteIdent(database), info.userName());
            if (firstError.isEmpty())
                firstError = executors::withRemedy(message, remedy);
            problems.append(reportable(message, remedy));
        }
        output.setDatabasesToTables(tables);
        output.setValidationErrors(problems);
        context.publishOutput(QJsonArray{output.toJson()});
        if (readable == 0)
            return ExecutionResult::failed(
                QStringLiteral("NoDatabaseRead"),
                QStringLiteral("None of the selected databases could be read. %1").arg(firstError));
        return ExecutionResult::succeeded();
    }

private:
    static std::optional<QList<DatabaseTable>> listTables(Connection &conn, const QString &database,
                                                          TaskContext &context, QString *error)
    {
        const QueryResult exists
            = conn.exec(QStringLiteral("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = %1")
                            .arg(conn.literal(database)));
        if (!exists.ok) {
            *error = exists.error;
            return std::nullopt;
        }
        if (exists.value(0, 0).toInt() == 0) {
            *error = QStringLiteral("the database does not exist or the user may not see it");
            return std::nullopt;
        }
        const QueryResult r = conn.exec(
            QStringLiteral("SELECT t.TABLE_NAME, t.TABLE_ROWS, t.DATA_LENGTH,"
                           "       EXISTS (SELECT 1 FROM information_schema.STATISTICS s"
                           "                WHERE s.TABLE_SCHEMA = t.TABLE_SCHEMA AND s.TABLE_NAME = t.TABLE_NAME"
                           "                  AND s.INDEX_NAME = 'PRIMARY') AS has_pk"
                           "  FROM information_schema.TABLES t"
                           " WHERE t.TABLE_SCHEMA = %1 AND t.TABLE_TYPE = 'BASE TABLE'"
                           " ORDER BY t.TABLE_NAME")
                .arg(conn.literal(database)));
        if (!r.ok) {
            *error = r.error;
            return std::nullopt;
        }
        QList<DatabaseTable> out;
        for (qsizetype row = 0; row < r.rowCount(); ++row) {
            if (context.isCancelled())
                return out;
            const QString name = r.value(row, 0);
            const QString ident
                = QString(Connection::quoteIdent(database) + QLatin1Char('.') + Connection::quoteIdent(name));
            qint64 estimated = r.isNull(row, 1) ? -1 : r.value(row, 1).toLongLong();
            bool hasRows = estimated > 0;
            if (r.value(row, 2).toLongLong() <= kExactCountLimitBytes) {
                const QueryResult count = conn.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(ident));
                if (count.ok && count.rowCount() == 1) {
                    estimated = count.value(0, 0).toLongLong();
                    hasRows = estimated > 0;
                }
            } else {
                const QueryResult any = conn.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(ident));
                if (any.ok && any.rowCount() == 1)
                    hasRows = any.value(0, 0) == QLatin1String("1");
            }
            DatabaseTable t;
            t.setName(QString(database + QLatin1Char('.') + name));
            t.setHasRows(hasRows);
            t.setValue(QStringLiteral("estimatedRows"), estimated);
            t.setValue(QStringLiteral("hasPrimaryKey"), r.value(row, 3) == QLatin1String("1"));
            out.append(t);
        }
        return out;
    }
};

} // namespace

std::unique_ptr<Executor> makeConnectToSourceMySqlExecutor()
{
    return std::make_unique<ConnectToSourceMySqlExecutor>();
}

std::unique_ptr<Executor> makeConnectToTargetMySqlExecutor()
{
    return std::make_unique<ConnectToTargetMySqlExecutor>();
}

std::unique_ptr<Executor> makeGetUserTablesMySqlExecutor()
{
    return std::make_unique<GetUserTablesMySqlExecutor>();
}

} // namespace godwit::engine
