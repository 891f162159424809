#include "engine/executors/pgconnectexecutors.h"

#include <cmath>
#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include "core/dmstypes.h"
#include "engine/drivers/pg/pgconnection.h"
#include "engine/executors/executorcommon.h"

namespace godwit::engine {

namespace {

using core::dms::DatabaseTable;
using core::dms::PostgreSqlConnectionInfo;
using core::dms::ReportableException;
using executors::reportable;
using executors::stopped;
using pg::lcPg;

// Tables whose relation is at most this big are counted exactly when the planner has no estimate.
constexpr qint64 kExactCountLimitBytes = 64 * 1024 * 1024;
// Databases Azure Database for PostgreSQL keeps for itself; Azure's own lists leave them out.
const QStringList kHiddenDatabases{QStringLiteral("azure_maintenance"), QStringLiteral("azure_sys")};

// An identifier as PostgreSQL needs it written in a statement the user is asked to run.
QString quoteIdent(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_$]*$"));
    if (plain.match(name).hasMatch())
        return name;
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QString(QLatin1Char('"') + quoted + QLatin1Char('"'));
}

// What went wrong when a connection could not be opened, and what the user can do about it.
struct ConnectFailure
{
    QString message;
    QString remedy;
    /// The whole server is out of reach for these settings (not one database), so trying other
    /// databases on it would only repeat the error.
    bool serverWide = false;
};

ConnectFailure classifyConnectError(const QString &error, const PostgreSqlConnectionInfo &info)
{
    const auto has = [&error](const char *text) { return error.contains(QLatin1String(text), Qt::CaseInsensitive); };
    const QString user = quoteIdent(info.userName());
    if (has("additionalSettings"))
        return {error,
                QStringLiteral("Fix additionalSettings: it takes libpq key=value settings separated by spaces, "
                               "e.g. \"sslrootcert=/etc/ssl/ca.pem target_session_attrs=read-write\"."),
                true};
    if (has("no pg_hba.conf entry"))
        return {error,
                QStringLiteral("Allow this engine's host in the server's pg_hba.conf (a \"host\" or \"hostssl\" line "
                               "for this user and database, with scram-sha-256 authentication), then reload the "
                               "configuration with SELECT pg_reload_conf(). On Azure, add a firewall rule for this "
                               "engine's address."),
                false};
    if (has("pg_hba.conf rejects"))
        return {
            error,
            QStringLiteral("A pg_hba.conf line rejects this engine's host, user or database: change it to allow the "
                           "connection, then reload the configuration with SELECT pg_reload_conf()."),
            false};
    if (has("Peer authentication failed") || has("Ident authentication failed"))
        return {error,
                QStringLiteral("pg_hba.conf asks for peer or ident authentication, which only works for local OS "
                               "users: use scram-sha-256 for this engine's host and reload the configuration with "
                               "SELECT pg_reload_conf()."),
                true};
    if (has("password authentication failed") || has("authentication failed"))
        return {error,
                QStringLiteral("Check the user name and the password: the server rejected them for user %1.").arg(user),
                true};
    if (has("no password supplied"))
        return {error, QStringLiteral("The server requires a password for user %1: enter it.").arg(user), true};
    if (has("server does not support SSL"))
        return {error,
                QStringLiteral("The server does not accept TLS connections: turn ssl on in postgresql.conf, or set "
                               "encryptConnection to false to connect without TLS."),
                true};
    if (has("root certificate") || has("certificate verify failed") || has("does not match host name")
        || has("certificate"))
        return {error,
                QStringLiteral("The server's TLS certificate could not be verified: add sslrootcert=/path/to/ca.pem to "
                               "additionalSettings, or set trustServerCertificate to true to encrypt without verifying "
                               "the certificate."),
                true};
    if (has("Connection refused"))
        return {error,
                QStringLiteral("Check the server name and port, that PostgreSQL is running, and that listen_addresses "
                               "in postgresql.conf includes an address this engine can reach."),
                true};
    if (has("could not translate host name") || has("Name or service not known"))
        return {error, QStringLiteral("Check the server name: it could not be resolved to an address."), true};
    if (has("timeout expired") || has("timed out") || has("No route to host") || has("Network is unreachable"))
        return {error,
                QStringLiteral("The server did not answer: check the server name and port, and any firewall or "
                               "network security group between this engine and the server."),
                true};
    if (has("database") && has("does not exist"))
        return {error,
                QStringLiteral("Check the database name; the databases that exist are listed by the source connection "
                               "test."),
                false};
    if (has("role") && has("does not exist"))
        return {error, QStringLiteral("Check the user name: the server has no role %1.").arg(user), true};
    if (has("permission denied for database") || has("CONNECT privilege"))
        return {error,
                QStringLiteral("Grant the user access to the database: GRANT CONNECT ON DATABASE <database> TO %1;")
                    .arg(user),
                false};
    if (has("not permitted to log in"))
        return {error, QStringLiteral("Allow the role to log in: ALTER ROLE %1 WITH LOGIN;").arg(user), true};
    if (has("too many connections") || has("connection slots are reserved"))
        return {error,
                QStringLiteral("The server has no free connection slot: close idle sessions or raise max_connections."),
                true};
    if (has("starting up") || has("shutting down") || has("in recovery mode"))
        return {error, QStringLiteral("The server is starting or stopping: try again in a moment."), true};
    return {error,
            QStringLiteral("Check the server name, port, user name and password, and that the server accepts "
                           "connections from this engine's host."),
            false};
}

// How a major version is ordered: 9.6 → 906, 15 → 1500.
int majorOrdinal(int versionNum)
{
    return versionNum >= 100000 ? versionNum / 10000 * 100 : versionNum / 100;
}

QString majorText(int versionNum)
{
    return versionNum >= 100000 ? QString::number(versionNum / 10000)
                                : QString(QString::number(versionNum / 10000) + QLatin1Char('.')
                                          + QString::number(versionNum / 100 % 100));
}

// What the connection tests report about a server and the connected user.
struct ServerFacts
{
    QString version;      ///< "15.18"
    QString brandVersion; ///< "PostgreSQL 15.18 (Debian 15.18-0+deb12u1)"
    int versionNum = 0;
    QStringList databases;
    QString user;
    bool superuser = false;
    bool replication = false;
    bool createDb = false;
    QString walLevel;
    qint64 maxSlots = 0;
    qint64 usedSlots = 0;
    qint64 maxSenders = 0;
    qint64 usedSenders = 0;
};

std::optional<ServerFacts> readServerFacts(pg::Connection &conn, QString *error)
{
    const pg::QueryResult r
        = conn.exec(QStringLiteral("SELECT pg_catalog.current_setting('server_version') AS server_version,"
                                   "       pg_catalog.version() AS version_text,"
                                   "       pg_catalog.current_setting('wal_level') AS wal_level,"
                                   "       pg_catalog.current_setting('max_replication_slots')::int AS max_slots,"
                                   "       (SELECT count(*) FROM pg_catalog.pg_replication_slots) AS used_slots,"
                                   "       pg_catalog.current_setting('max_wal_senders')::int AS max_senders,"
                                   "       (SELECT count(*) FROM pg_catalog.pg_stat_replication) AS used_senders,"
                                   "       r.rolsuper, r.rolreplication, r.rolcreatedb, current_user AS user_name"
                                   "  FROM pg_catalog.pg_roles r"
                                   " WHERE r.rolname = current_user"));
    if (!r.ok || r.rowCount() != 1) {
        *error = r.ok ? QStringLiteral("the server did not describe the current role") : r.error;
        return std::nullopt;
    }
    ServerFacts facts;
    const QString serverVersion = r.value(0, u"server_version");
    facts.version = serverVersion.section(QLatin1Char(' '), 0, 0);
    // version() is "PostgreSQL 15.18 (Debian 15.18-0+deb12u1) on x86_64-pc-linux-gnu, compiled by ...".
    const QString versionText = r.value(0, u"version_text");
    const qsizetype on = versionText.indexOf(QLatin1String(" on "));
    facts.brandVersion = on > 0 ? versionText.left(on) : versionText;
    facts.versionNum = conn.serverVersionNum();
    facts.walLevel = r.value(0, u"wal_level");
    facts.maxSlots = r.value(0, u"max_slots").toLongLong();
    facts.usedSlots = r.value(0, u"used_slots").toLongLong();
    facts.maxSenders = r.value(0, u"max_senders").toLongLong();
    facts.usedSenders = r.value(0, u"used_senders").toLongLong();
    facts.superuser = r.boolValue(0, u"rolsuper");
    facts.replication = r.boolValue(0, u"rolreplication");
    facts.createDb = r.boolValue(0, u"rolcreatedb");
    facts.user = r.value(0, u"user_name");

    const pg::QueryResult dbs = conn.exec(
        QStringLiteral("SELECT datname FROM pg_catalog.pg_database"
                       " WHERE NOT datistemplate AND datallowconn AND pg_catalog.has_database_privilege(oid, 'CONNECT')"
                       " ORDER BY datname COLLATE \"C\""));
    if (!dbs.ok) {
        *error = dbs.error;
        return std::nullopt;
    }
    for (const QStringList &row : dbs.rows) {
        if (!kHiddenDatabases.contains(row.at(0)))
            facts.databases.append(row.at(0));
    }
    return facts;
}

// The prerequisites of reading changes from a source through logical replication.
QList<ReportableException> sourceChecks(const ServerFacts &facts)
{
    QList<ReportableException> errors;
    if (facts.walLevel != QLatin1String("logical"))
        errors.append(reportable(
            QStringLiteral("wal_level is '%1'; an online migration needs 'logical'.").arg(facts.walLevel),
            QStringLiteral("Set wal_level = logical in postgresql.conf (or run ALTER SYSTEM SET wal_level = logical;) "
                           "and restart the server. On Azure Database for PostgreSQL, set the server parameter "
                           "wal_level to logical and restart.")));
    if (!facts.replication && !facts.superuser)
        errors.append(reportable(
            QStringLiteral("The user %1 has neither the REPLICATION attribute nor superuser, so it cannot read "
                           "changes through a replication slot.")
                .arg(facts.user),
            QStringLiteral("As a superuser (the server admin on Azure), run: ALTER ROLE %1 WITH REPLICATION;")
                .arg(quoteIdent(facts.user))));
    if (facts.maxSlots - facts.usedSlots <= 0)
        errors.append(reportable(
            QStringLiteral("No replication slot is free: max_replication_slots is %1 and %2 are in use.")
                .arg(facts.maxSlots)
                .arg(facts.usedSlots),
            QStringLiteral("Drop slots that are no longer used (SELECT pg_drop_replication_slot(slot_name) FROM "
                           "pg_replication_slots WHERE NOT active;) or raise max_replication_slots in "
                           "postgresql.conf and restart the server.")));
    if (facts.maxSenders - facts.usedSenders <= 0)
        errors.append(reportable(
            QStringLiteral("No WAL sender is free: max_wal_senders is %1 and %2 are in use.")
                .arg(facts.maxSenders)
                .arg(facts.usedSenders),
            QStringLiteral("Raise max_wal_senders in postgresql.conf and restart the server, or stop replication "
                           "connections that are no longer needed.")));
    return errors;
}

// Publishes the one output item of a failed connection test and fails the task.
ExecutionResult connectionFailed(TaskContext &context, core::dms::Record item, const QString &role,
                                 const PostgreSqlConnectionInfo &info, const QString &error)
{
    const ConnectFailure failure = classifyConnectError(error, info);
    return executors::connectionTestFailed(context, std::move(item), role, pg::Connection::describeServer(info),
                                           failure.message, failure.remedy);
}

// Connects to the server a connection test is about and reads its facts; else the result the
// test ends with.
std::optional<ExecutionResult> testServer(TaskContext &context, const core::dms::Record &item, const QString &role,
                                          const PostgreSqlConnectionInfo &info, std::optional<ServerFacts> *facts)
{
    QString error;
    const auto conn = pg::Connection::open(info, QString(), &error);
    if (!conn)
        return connectionFailed(context, item, role, info, error);
    if (context.isCancelled())
        return stopped(context);
    *facts = readServerFacts(*conn, &error);
    if (!*facts)
        return executors::settingsUnreadable(role, error);
    return std::nullopt;
}

class ConnectToSourcePostgreSqlExecutor final : public Executor
{
public:
    ExecutionResult run(TaskContext &context) override
    {
        core::dms::ConnectToSourcePostgreSqlSyncTaskInput input;
        if (auto early = executors::readInput(context, &input))
            return *early;
        const PostgreSqlConnectionInfo info = input.sourceConnectionInfo();
        QStringList errors;
        executors::checkServerAddress(info, QStringLiteral("sourceConnectionInfo"), &errors);
        if (auto invalid = executors::invalidIfAny(errors))
            return *invalid;
        context.markRunning();

        core::dms::ConnectToSourcePostgreSqlSyncTaskOutput output;
        output.setId(executors::newId());
        std::optional<ServerFacts> facts;
        if (auto ended = testServer(context, output, QStringLiteral("source"), info, &facts))
            return *ended;
        output.setSourceServerVersion(facts->version);
        output.setSourceServerBrandVersion(facts->brandVersion);
        output.setDatabases(facts->databases);
        const QList<ReportableException> checks = sourceChecks(*facts);
        output.setValidationErrors(checks);
        context.publishOutput(QJsonArray{output.toJson()});
        qCInfo(lcPg).noquote() << "source" << pg::Connection::describeServer(info) << "runs" << facts->version << "with"
                               << facts->databases.size() << "databases and" << checks.size() << "unmet prerequisites";
        return ExecutionResult::succeeded();
    }
};

class ConnectToTargetPostgreSqlExecutor final : public Executor
{
public:
    ExecutionResult run(TaskContext &context) override
    {
        core::dms::ConnectToTargetAzureDbForPostgreSqlSyncTaskInput input;
        if (auto early = executors::readInput(context, &input))
            return *early;
        const PostgreSqlConnectionInfo source = input.sourceConnectionInfo();
        const PostgreSqlConnectionInfo target = input.targetConnectionInfo();
        QStringList errors;
        executors::checkServerAddress(source, QStringLiteral("sourceConnectionInfo"), &errors);
        executors::checkServerAddress(target, QStringLiteral("targetConnectionInfo"), &errors);
        if (auto invalid = executors::invalidIfAny(errors))
            return *invalid;
        context.markRunning();

        core::dms::ConnectToTargetAzureDbForPostgreSqlSyncTaskOutput output;
        output.setId(executors::newId());
        std::optional<ServerFacts> facts;
        if (auto ended = testServer(context, output, QStringLiteral("target"), target, &facts))
            return *ended;
        output.setTargetServerVersion(facts->version);
        output.setTargetServerBrandVersion(facts->brandVersion);
        output.setDatabases(facts->databases);

        QList<ReportableException> checks;
        if (!facts->createDb && !facts->superuser)
            checks.append(reportable(
                QStringLiteral("The user %1 cannot create databases, so the migration cannot create the target "
                               "databases.")
                    .arg(facts->user),
                QStringLiteral("As the server admin, run: ALTER ROLE %1 WITH CREATEDB;").arg(quoteIdent(facts->user))));

        if (context.isCancelled())
            return stopped(context);
        QString error;
        const auto sourceConn = pg::Connection::open(source, QString(), &error);
        if (!sourceConn) {
            const ConnectFailure failure = classifyConnectError(error, source);
            checks.append(reportable(QStringLiteral("Could not connect to the source server %1 to compare versions: %2")
                                         .arg(pg::Connection::describeServer(source), failure.message),
                                     failure.remedy));
        } else if (majorOrdinal(facts->versionNum) < majorOrdinal(sourceConn->serverVersionNum())) {
            const QString sourceMajor = majorText(sourceConn->serverVersionNum());
            checks.append(reportable(
                QStringLiteral("The target server runs PostgreSQL %1, older than the source's %2; a migration needs "
                               "a target of the same or a newer major version.")
                    .arg(majorText(facts->versionNum), sourceMajor),
                QStringLiteral("Use a target server running PostgreSQL %1 or newer.").arg(sourceMajor)));
        }
        output.setValidationErrors(checks);
        context.publishOutput(QJsonArray{output.toJson()});
        qCInfo(lcPg).noquote() << "target" << pg::Connection::describeServer(target) << "runs" << facts->version
                               << "with" << checks.size() << "unmet prerequisites";
        return ExecutionResult::succeeded();
    }
};

// One leaf of a listed table: the table itself, or a partition of a partitioned table.
struct Leaf
{
    QString ident; ///< schema-qualified and quoted, for statements
    bool ordinary = true;
    double tuples = -1;
    qint64 bytes = 0;
    bool readable = false;
};

struct ListedTable
{
    QString name; ///< "schema.table", unquoted, as Azure shows it
    bool hasPrimaryKey = false;
    QList<Leaf> leaves;
};

class GetUserTablesPostgreSqlExecutor final : public Executor
{
public:
    ExecutionResult run(TaskContext &context) override
    {
        core::dms::GetUserTablesPostgreSqlTaskInput input;
        if (auto early = executors::readInput(context, &input))
            return *early;
        const PostgreSqlConnectionInfo info = input.connectionInfo();
        const QStringList selected = input.selectedDatabases();
        QStringList errors;
        executors::checkServerAddress(info, QStringLiteral("connectionInfo"), &errors);
        executors::checkDatabaseNames(selected, &errors);
        if (auto invalid = executors::invalidIfAny(errors))
            return *invalid;
        context.markRunning();

        QJsonArray output;
        QSet<QString> seen;
        int readable = 0;
        std::optional<ConnectFailure> serverFailure;
        QString firstError;
        for (const QString &database : selected) {
            if (seen.contains(database))
                continue;
            seen.insert(database);
            if (context.isCancelled())
                return stopped(context);

            core::dms::GetUserTablesPostgreSqlTaskOutput item;
            item.setDatabaseName(database);
            item.setTables({});
            std::optional<ConnectFailure> failure = serverFailure;
            std::unique_ptr<pg::Connection> conn;
            if (!failure) {
                QString error;
                conn = pg::Connection::open(info, database, &error);
                if (!conn) {
                    failure = classifyConnectError(error, info);
                    if (failure->serverWide)
                        serverFailure = failure;
                }
            }
            if (conn) {
                QString error;
                const auto tables = listTables(*conn, context, &error);
                if (context.isCancelled())
                    return stopped(context);
                if (tables) {
                    item.setTables(*tables);
                    ++readable;
                } else {
                    failure = ConnectFailure{error,
                                             QStringLiteral("Reading the catalog of this database failed: check the "
                                                            "server log, or connect as the database owner."),
                                             false};
                }
            }
            if (failure) {
                const QString message
                    = QStringLiteral("Could not read database %1: %2").arg(database, failure->message);
                if (firstError.isEmpty())
                    firstError = executors::withRemedy(message, failure->remedy);
                item.setValidationErrors({reportable(message, failure->remedy)});
            } else {
                item.setValidationErrors({});
            }
            output.append(item.toJson());
            context.publishOutput(output);
        }
        if (readable == 0)
            return ExecutionResult::failed(
                QStringLiteral("NoDatabaseRead"),
                QStringLiteral("None of the selected databases could be read. %1").arg(firstError));
        return ExecutionResult::succeeded();
    }

private:
    static std::optional<QList<DatabaseTable>> listTables(pg::Connection &conn, TaskContext &context, QString *error)
    {
        // A count must not wait behind a long lock (an ALTER TABLE elsewhere): it then reads "unknown".
        conn.exec(QStringLiteral("SET lock_timeout = '5s'"));
        conn.exec(QStringLiteral("SET statement_timeout = '60s'"));
        const auto tables = readCatalog(conn, error);
        if (!tables)
            return std::nullopt;
        QList<DatabaseTable> out;
        out.reserve(tables->size());
        for (const ListedTable &table : *tables) {
            if (context.isCancelled())
                return out;
            qint64 estimated = 0;
            bool known = true;
            bool hasRows = false;
            QList<const Leaf *> uncertain; // leaves that may hold rows their figure does not show
            for (const Leaf &leaf : table.leaves) {
                const LeafRows rows = leafRows(conn, leaf);
                if (rows.rows < 0)
                    known = false;
                else
                    estimated += rows.rows;
                if (!rows.certain)
                    uncertain.append(&leaf);
                else if (rows.rows > 0)
                    hasRows = true;
            }
            for (const Leaf *leaf : uncertain) {
                if (hasRows)
                    break;
                hasRows = leafHasRows(conn, *leaf);
            }
            DatabaseTable t;
            t.setName(table.name);
            t.setHasRows(hasRows);
            t.setValue(QStringLiteral("estimatedRows"), known ? estimated : qint64(-1));
            t.setValue(QStringLiteral("hasPrimaryKey"), table.hasPrimaryKey);
            out.append(t);
        }
        return out;
    }

    struct LeafRows
    {
        qint64 rows = -1;     ///< -1: unknown
        bool certain = false; ///< whether rows > 0 can be taken to mean "has rows" and 0 to mean "empty"
    };

    // The planner's estimate, else an exact count of a small table, else what is known.
    static LeafRows leafRows(pg::Connection &conn, const Leaf &leaf)
    {
        // reltuples is -1 before the first VACUUM or ANALYZE; 0 with pages on disk may be stale.
        if (leaf.tuples > 0 || (leaf.tuples == 0 && leaf.bytes == 0))
            return {qint64(std::llround(leaf.tuples)), true};
        if (leaf.ordinary && leaf.readable && leaf.bytes <= kExactCountLimitBytes) {
            const pg::QueryResult r = conn.exec(QString(QStringLiteral("SELECT count(*) FROM ONLY ") + leaf.ident));
            if (r.ok && r.rowCount() == 1)
                return {r.value(0, 0).toLongLong(), true};
        }
        return {leaf.tuples >= 0 ? qint64(std::llround(leaf.tuples)) : qint64(-1), false};
    }

    static bool leafHasRows(pg::Connection &conn, const Leaf &leaf)
    {
        if (!leaf.ordinary || !leaf.readable)
            return leaf.bytes > 0;
        const pg::QueryResult r
            = conn.exec(QString(QStringLiteral("SELECT EXISTS (SELECT 1 FROM ONLY ") + leaf.ident + QLatin1Char(')')));
        if (!r.ok || r.rowCount() != 1)
            return leaf.bytes > 0;
        return r.value(0, 0) == QLatin1String("t");
    }

    static std::optional<QList<ListedTable>> readCatalog(pg::Connection &conn, QString *error)
    {
        // Ordinary and partitioned tables outside the system schemas and not owned by an extension;
        // a partition is listed through its partitioned parent, whose leaves carry the rows.
        const bool partitions = conn.serverVersionNum() >= 100000;
        const QString sql
            = QStringLiteral("WITH RECURSIVE roots AS ("
                             "  SELECT c.oid, n.nspname, c.relname"
                             "    FROM pg_catalog.pg_class c"
                             "    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                             "   WHERE c.relkind IN ('r', 'p')")
              + (partitions ? QStringLiteral(" AND NOT c.relispartition") : QString())
              + QStringLiteral("     AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
                               "     AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'"
                               "     AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d"
                               "                      WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass"
                               "                        AND d.objid = c.oid AND d.deptype = 'e')"
                               "), tree (root, relid) AS ("
                               "  SELECT oid, oid FROM roots")
              + (partitions
                     ? QStringLiteral("  UNION ALL"
                                      "  SELECT t.root, i.inhrelid FROM tree t"
                                      "    JOIN pg_catalog.pg_inherits i ON i.inhparent = t.relid"
                                      "    JOIN pg_catalog.pg_class p ON p.oid = i.inhrelid AND p.relispartition")
                     : QString())
              + QStringLiteral("), leaves AS ("
                               "  SELECT t.root, l.oid, l.relkind, l.reltuples, ln.nspname, l.relname"
                               "    FROM tree t"
                               "    JOIN pg_catalog.pg_class l ON l.oid = t.relid AND l.relkind IN ('r', 'f')"
                               "    JOIN pg_catalog.pg_namespace ln ON ln.oid = l.relnamespace"
                               ")"
                               "SELECT r.oid AS root_oid, r.nspname AS schema_name, r.relname AS table_name,"
                               "       EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k"
                               "                WHERE k.conrelid = r.oid AND k.contype = 'p') AS has_pk,"
                               "       l.oid IS NOT NULL AS has_leaf,"
                               "       l.relkind = 'r' AS leaf_ordinary,"
                               "       l.reltuples::float8 AS leaf_tuples,"
                               "       CASE WHEN l.relkind = 'r' THEN pg_catalog.pg_relation_size(l.oid) ELSE 0 END"
                               "         AS leaf_bytes,"
                               "       pg_catalog.has_table_privilege(l.oid, 'SELECT') AS leaf_readable,"
                               "       pg_catalog.format('%I.%I', l.nspname, l.relname) AS leaf_ident"
                               "  FROM roots r"
                               "  LEFT JOIN leaves l ON l.root = r.oid"
                               " ORDER BY r.nspname COLLATE \"C\", r.relname COLLATE \"C\", r.oid, l.oid");
        const pg::QueryResult r = conn.exec(sql);
        if (!r.ok) {
            *error = r.error;
            return std::nullopt;
        }
        QList<ListedTable> tables;
        QString lastOid;
        for (qsizetype row = 0; row < r.rowCount(); ++row) {
            const QString oid = r.value(row, u"root_oid");
            if (tables.isEmpty() || oid != lastOid) {
                lastOid = oid;
                tables.append(
                    ListedTable{QString(r.value(row, u"schema_name") + QLatin1Char('.') + r.value(row, u"table_name")),
                                r.boolValue(row, u"has_pk"),
                                {}});
            }
            if (!r.boolValue(row, u"has_leaf"))
                continue;
            Leaf leaf;
            leaf.ident = r.value(row, u"leaf_ident");
            leaf.ordinary = r.boolValue(row, u"leaf_ordinary");
            leaf.tuples = r.value(row, u"leaf_tuples").toDouble();
            leaf.bytes = r.value(row, u"leaf_bytes").toLongLong();
            leaf.readable = r.boolValue(row, u"leaf_readable");
            tables.last().leaves.append(leaf);
        }
        return tables;
    }
};

} // namespace

std::unique_ptr<Executor> makeConnectToSourcePostgreSqlExecutor()
{
    return std::make_unique<ConnectToSourcePostgreSqlExecutor>();
}

std::unique_ptr<Executor> makeConnectToTargetPostgreSqlExecutor()
{
    return std::make_unique<ConnectToTargetPostgreSqlExecutor>();
}

std::unique_ptr<Executor> makeGetUserTablesPostgreSqlExecutor()
{
    return std::make_unique<GetUserTablesPostgreSqlExecutor>();
}

} // namespace godwit::engine
