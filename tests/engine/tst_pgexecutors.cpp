#include <atomic>
#include <memory>
#include <thread>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <gtest/gtest.h>

#include "core/dmstypes.h"
#include "engine/drivers/pg/pgconnection.h"
#include "engine/executors/pgconnectexecutors.h"
#include "recordingcontext.h"
#include "support/pgcluster.h"
#include "support/printers.h"

namespace {

using godwit::core::Secret;
using godwit::core::dms::PostgreSqlConnectionInfo;
using godwit::engine::pg::Connection;
using godwit::test::messages;
using godwit::test::PgCluster;
using godwit::test::runTask;
using godwit::test::strings;
using godwit::test::TaskRun;

const QString kReplicatorPassword = QStringLiteral("rep'l \"pass\" wörd");
const QString kPlainPassword = QStringLiteral("plain-pass-4711");

TaskRun connectToSource(const PostgreSqlConnectionInfo &source)
{
    return runTask(godwit::engine::makeConnectToSourcePostgreSqlExecutor(),
                   QStringLiteral("ConnectToSource.PostgreSql.Sync"),
                   QJsonObject{{QStringLiteral("sourceConnectionInfo"), source.toJson()}});
}

TaskRun connectToTarget(const PostgreSqlConnectionInfo &source, const PostgreSqlConnectionInfo &target)
{
    return runTask(godwit::engine::makeConnectToTargetPostgreSqlExecutor(),
                   QStringLiteral("ConnectToTarget.AzureDbForPostgreSql.Sync"),
                   QJsonObject{{QStringLiteral("sourceConnectionInfo"), source.toJson()},
                               {QStringLiteral("targetConnectionInfo"), target.toJson()}});
}

TaskRun getUserTables(const PostgreSqlConnectionInfo &info, const QStringList &databases)
{
    return runTask(godwit::engine::makeGetUserTablesPostgreSqlExecutor(), QStringLiteral("GetUserTablesPostgreSql"),
                   QJsonObject{{QStringLiteral("connectionInfo"), info.toJson()},
                               {QStringLiteral("selectedDatabases"), QJsonArray::fromStringList(databases)}});
}

QJsonObject tableNamed(const QJsonObject &item, const QString &name)
{
    for (const QJsonValue &t : item[u"tables"].toArray()) {
        if (t[u"name"].toString() == name)
            return t.toObject();
    }
    return {};
}

// The server version as `SHOW server_version` gives it, without the distribution suffix.
QString versionOf(const PgCluster &cluster)
{
    QString out;
    cluster.psql(QStringLiteral("postgres"), QStringLiteral("SHOW server_version"), &out);
    return out.section(QLatin1Char(' '), 0, 0);
}

// Restores the default pg_hba.conf TCP rules when a test that changed them ends, pass or fail.
struct HostRulesGuard
{
    const PgCluster &cluster;
    ~HostRulesGuard() { cluster.setHostRules(PgCluster::defaultHostRules()); }
};

// A server with wal_level = logical, a replication user and a few databases with tables.
class PgLogicalServer : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_cluster = new PgCluster();
        if (!s_cluster->start(&s_error))
            return;
        const auto must = [](const QString &database, const QString &sql) {
            QString out;
            if (!s_cluster->psql(database, sql, &out) && s_error.isEmpty())
                s_error = QStringLiteral("setting up %1 failed: %2").arg(database, out);
        };
        must(QStringLiteral("postgres"),
             QStringLiteral("CREATE ROLE replicator LOGIN REPLICATION PASSWORD %1;"
                            "CREATE ROLE plain LOGIN PASSWORD '%2';"
                            "CREATE DATABASE inventory; CREATE DATABASE analytics; CREATE DATABASE restricted;"
                            "CREATE DATABASE \"Überblick\"; CREATE DATABASE azure_sys;"
                            "REVOKE CONNECT ON DATABASE restricted FROM PUBLIC;")
                 .arg(QString(QLatin1Char('\'')
                              + QString(kReplicatorPassword).replace(QLatin1Char('\''), QStringLiteral("''"))
                              + QLatin1Char('\'')),
                      kPlainPassword));
        must(QStringLiteral("inventory"), QStringLiteral(R"sql(
            CREATE SCHEMA sales;
            CREATE TABLE public.customers (id int PRIMARY KEY, name text);
            INSERT INTO public.customers SELECT g, 'customer ' || g FROM generate_series(1, 25) g;
            CREATE TABLE public.audit_log (at timestamptz NOT NULL DEFAULT now(), message text);
            INSERT INTO public.audit_log (message) VALUES ('created'), ('updated');
            CREATE TABLE public.empty_table (id int PRIMARY KEY);
            CREATE TABLE public.base_items (id int);
            CREATE TABLE public.child_items (extra text) INHERITS (public.base_items);
            INSERT INTO public.child_items VALUES (1, 'x'), (2, 'y'), (3, 'z');
            CREATE TABLE sales.orders (id int, ordered_on date NOT NULL, PRIMARY KEY (id, ordered_on))
                PARTITION BY RANGE (ordered_on);
            CREATE TABLE sales.orders_2024 PARTITION OF sales.orders
                FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE TABLE sales.orders_2025 PARTITION OF sales.orders
                FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY HASH (id);
            CREATE TABLE sales.orders_2025_h0 PARTITION OF sales.orders_2025 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
            CREATE TABLE sales.orders_2025_h1 PARTITION OF sales.orders_2025 FOR VALUES WITH (MODULUS 2, REMAINDER 1);
            INSERT INTO sales.orders SELECT g, date '2024-12-20' + g FROM generate_series(1, 40) g;
            CREATE TABLE sales."Order Items" (id int PRIMARY KEY, qty int);
            INSERT INTO sales."Order Items" VALUES (1, 2);
            CREATE TABLE sales."Kunden_Größe" (id int PRIMARY KEY);
            CREATE TABLE sales."MixedCase" (id int);
            CREATE VIEW sales.order_view AS SELECT * FROM sales.orders;
            CREATE MATERIALIZED VIEW sales.order_counts AS SELECT count(*) FROM sales.orders;
            CREATE SEQUENCE sales.order_numbers;
            CREATE EXTENSION citext;
            CREATE TABLE public.citext_settings (name citext);
            ALTER EXTENSION citext ADD TABLE public.citext_settings;
            GRANT USAGE ON SCHEMA sales TO plain;
            GRANT SELECT ON ALL TABLES IN SCHEMA public, sales TO plain;
            CREATE TABLE public.payroll (id int PRIMARY KEY, amount numeric);
            INSERT INTO public.payroll VALUES (1, 100), (2, 200);
        )sql"));
        // Analyzed while empty, filled afterwards: the estimate says 0 rows, the table has rows.
        must(QStringLiteral("analytics"), QStringLiteral(R"sql(
            CREATE TABLE public.events (id int PRIMARY KEY);
            CREATE TABLE public.archived (id int PRIMARY KEY);
            INSERT INTO public.archived SELECT generate_series(1, 500);
            VACUUM ANALYZE public.events, public.archived;
            INSERT INTO public.events VALUES (1), (2), (3);
        )sql"));
    }

    static void TearDownTestSuite()
    {
        delete s_cluster;
        s_cluster = nullptr;
    }

    void SetUp() override { ASSERT_TRUE(s_error.isEmpty()) << s_error.toStdString(); }

    static PgCluster &cluster() { return *s_cluster; }
    static PostgreSqlConnectionInfo superuser()
    {
        return s_cluster->connectionInfo(PgCluster::superUser(), s_cluster->superPassword());
    }

    static inline PgCluster *s_cluster = nullptr;
    static inline QString s_error;
};

// ---- the driver --------------------------------------------------------------------------------

TEST_F(PgLogicalServer, ConnectionRunsParameterisedStatementsInUtf8)
{
    QString error;
    const auto conn = Connection::open(superuser(), QStringLiteral("inventory"), &error);
    ASSERT_TRUE(conn) << error.toStdString();
    EXPECT_EQ(conn->database(), QStringLiteral("inventory"));
    EXPECT_EQ(conn->user(), QStringLiteral("godwit"));

    const auto r
        = conn->exec(QStringLiteral("SELECT $1::text AS word, $2::int + 1 AS next, $3::text IS NULL AS missing,"
                                    " $4::boolean AS flag"),
                     {QStringLiteral("Grüße, 'quoted' \"x\""), 41, QVariant(), true});
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.columns, (QStringList{QStringLiteral("word"), QStringLiteral("next"), QStringLiteral("missing"),
                                      QStringLiteral("flag")}));
    EXPECT_EQ(r.value(0, u"word"), QStringLiteral("Grüße, 'quoted' \"x\""));
    EXPECT_EQ(r.value(0, u"next"), QStringLiteral("42"));
    EXPECT_TRUE(r.boolValue(0, u"missing"));
    EXPECT_TRUE(r.boolValue(0, u"flag"));

    const auto nulls = conn->exec(QStringLiteral("SELECT NULL::text AS a, ''::text AS b"));
    ASSERT_TRUE(nulls.ok);
    EXPECT_TRUE(nulls.isNull(0, 0));
    EXPECT_FALSE(nulls.isNull(0, 1));
    EXPECT_EQ(nulls.value(0, 1), QString());
}

TEST_F(PgLogicalServer, ConnectionReportsServerErrorsWithSqlState)
{
    QString error;
    const auto conn = Connection::open(superuser(), QString(), &error);
    ASSERT_TRUE(conn) << error.toStdString();
    QString execError;
    const auto r = conn->exec(QStringLiteral("SELECT * FROM no_such_table"), {}, &execError);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.sqlState, QStringLiteral("42P01"));
    EXPECT_TRUE(r.error.contains(QLatin1String("no_such_table"))) << r.error.toStdString();
    EXPECT_EQ(execError, r.error);
    // The connection is still usable after an error.
    EXPECT_TRUE(conn->exec(QStringLiteral("SELECT 1")).ok);
}

TEST_F(PgLogicalServer, ConnectionReportsServerVersion)
{
    QString error;
    const auto conn = Connection::open(superuser(), QString(), &error);
    ASSERT_TRUE(conn) << error.toStdString();
    EXPECT_TRUE(conn->serverVersion().startsWith(versionOf(cluster())));
    EXPECT_EQ(conn->serverVersionNum() / 10000, versionOf(cluster()).section(QLatin1Char('.'), 0, 0).toInt());
}

TEST_F(PgLogicalServer, CancelStopsARunningStatementFromAnotherThread)
{
    QString error;
    const auto conn = Connection::open(superuser(), QString(), &error);
    ASSERT_TRUE(conn) << error.toStdString();
    std::atomic<bool> done{false};
    godwit::engine::pg::QueryResult result;
    QElapsedTimer timer;
    timer.start();
    std::thread worker([&] {
        result = conn->exec(QStringLiteral("SELECT pg_sleep(30)"));
        done = true;
    });
    // Cancel once the statement is really running on the server.
    QString active;
    for (int i = 0; i < 200 && active != QLatin1String("1"); ++i) {
        cluster().psql(QStringLiteral("postgres"),
                       QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(30)'"
                                      " AND state = 'active'"),
                       &active);
    }
    EXPECT_TRUE(conn->cancel());
    worker.join();
    EXPECT_TRUE(done);
    EXPECT_LT(timer.elapsed(), 10000);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.sqlState, QStringLiteral("57014")) << result.error.toStdString();
}

TEST_F(PgLogicalServer, ConnectionOverTheUnixSocketNeedsNoTls)
{
    PostgreSqlConnectionInfo info = superuser();
    info.setServerName(cluster().socketDirectory());
    info.setEncryptConnection(true); // would be verify-full over TCP; a socket cannot carry TLS
    EXPECT_EQ(Connection::sslModeFor(info), QStringLiteral("disable"));
    QString error;
    const auto conn = Connection::open(info, QString(), &error);
    ASSERT_TRUE(conn) << error.toStdString();
    const auto r = conn->exec(QStringLiteral("SELECT inet_server_addr() IS NULL"));
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.value(0, 0), QStringLiteral("t")); // no server address: a socket connection
}

TEST_F(PgLogicalServer, SslModeFollowsEncryptAndTrustSettings)
{
    PostgreSqlConnectionInfo info = superuser();
    info.setEncryptConnection(false);
    EXPECT_EQ(Connection::sslModeFor(info), QStringLiteral("prefer"));
    info.setEncryptConnection(true);
    info.setTrustServerCertificate(true);
    EXPECT_EQ(Connection::sslModeFor(info), QStringLiteral("require"));
    info.setTrustServerCertificate(false);
    EXPECT_EQ(Connection::sslModeFor(info), QStringLiteral("verify-full"));
    PostgreSqlConnectionInfo defaults;
    defaults.setServerName(QStringLiteral("db.example.com"));
    EXPECT_EQ(Connection::sslModeFor(defaults), QStringLiteral("verify-full"));
}

TEST_F(PgLogicalServer, AdditionalSettingsApplyButCannotRedirectTheConnection)
{
    PostgreSqlConnectionInfo info = superuser();
    info.setAdditionalSettings(QStringLiteral("application_name='console check' options='-c work_mem=5MB' "
                                              "dbname=analytics port=1 host=192.0.2.1"));
    QString error;
    const auto conn = Connection::open(info, QStringLiteral("inventory"), &error);
    ASSERT_TRUE(conn) << error.toStdString();
    const auto r = conn->exec(QStringLiteral("SELECT current_setting('application_name'), current_setting('work_mem'),"
                                             " current_database()"));
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.value(0, 0), QStringLiteral("console check"));
    EXPECT_EQ(r.value(0, 1), QStringLiteral("5MB"));
    EXPECT_EQ(r.value(0, 2), QStringLiteral("inventory"));

    const auto defaults = Connection::open(superuser(), QString(), &error);
    ASSERT_TRUE(defaults) << error.toStdString();
    EXPECT_EQ(defaults->exec(QStringLiteral("SELECT current_setting('application_name')")).value(0, 0),
              QStringLiteral("godwit-engine"));
}

TEST_F(PgLogicalServer, UnparsableAdditionalSettingsNeverEchoAPassword)
{
    PostgreSqlConnectionInfo info = superuser();
    info.setAdditionalSettings(QStringLiteral("password my-hidden-secret"));
    QString error;
    EXPECT_FALSE(Connection::open(info, QString(), &error));
    EXPECT_TRUE(error.contains(QLatin1String("additionalSettings"))) << error.toStdString();
    EXPECT_FALSE(error.contains(QLatin1String("my-hidden-secret"))) << error.toStdString();
}

// ---- ConnectToSource.PostgreSql.Sync -------------------------------------------------------------

TEST_F(PgLogicalServer, SourceConnectionListsVersionAndDatabases)
{
    const TaskRun run = connectToSource(superuser());
    ASSERT_EQ(run.result.state, QStringLiteral("Succeeded")) << run.errorMessage().toStdString();
    EXPECT_EQ(run.stateWhileRunning, QStringLiteral("Running"));
    ASSERT_EQ(run.output.size(), 1);
    const QJsonObject item = run.item();
    EXPECT_FALSE(QUuid::fromString(item[u"id"].toString()).isNull()) << item[u"id"].toString().toStdString();
    EXPECT_EQ(item[u"sourceServerVersion"].toString(), versionOf(cluster()));
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^\\d+\\.\\d+$")).match(item[u"sourceServerVersion"].toString()).hasMatch());
    const QString brand = item[u"sourceServerBrandVersion"].toString();
    EXPECT_TRUE(brand.startsWith(QString(QStringLiteral("PostgreSQL ") + versionOf(cluster())))) << brand.toStdString();
    EXPECT_FALSE(brand.contains(QLatin1String(" on "))) << brand.toStdString();
    // Templates and Azure's own databases are left out; a superuser may connect everywhere.
    EXPECT_EQ(strings(item[u"databases"]),
              (QStringList{QStringLiteral("analytics"), QStringLiteral("inventory"), QStringLiteral("postgres"),
                           QStringLiteral("restricted"), QStringLiteral("Überblick")}));
    EXPECT_EQ(item[u"validationErrors"].toArray().size(), 0) << run.everything().toStdString();
    EXPECT_FALSE(run.everything().contains(cluster().superPassword()));
}

TEST_F(PgLogicalServer, SourceConnectionAsReplicationUserMeetsEveryPrerequisite)
{
    const TaskRun run = connectToSource(cluster().connectionInfo(QStringLiteral("replicator"), kReplicatorPassword));
    ASSERT_EQ(run.result.state, QStringLiteral("Succeeded")) << run.errorMessage().toStdString();
    ASSERT_EQ(run.output.size(), 1);
    EXPECT_EQ(run.item()[u"validationErrors"].toArray().size(), 0) << run.everything().toStdString();
    // Only the databases this user may connect to.
    EXPECT_EQ(strings(run.item()[u"databases"]),
              (QStringList{QStringLiteral("analytics"), QStringLiteral("inventory"), QStringLiteral("postgres"),
                           QStringLiteral("Überblick")}));
}

TEST_F(PgLogicalServer, WrongPasswordFailsWithRemedyAndNeverShowsThePassword)
{
    const QString wrong = QStringLiteral("Wr0ng-Secret-Pass");
    const TaskRun run = connectToSource(cluster().connectionInfo(QStringLiteral("replicator"), wrong));
    EXPECT_EQ(run.result.state, QStringLiteral("Failed"));
    EXPECT_EQ(run.errorCode(), QStringLiteral("SourceConnectionFailed"));
    EXPECT_TRUE(run.errorMessage().contains(QLatin1String("password authentication failed")))
        << run.errorMessage().toStdString();
    ASSERT_EQ(run.output.size(), 1);
    const QJsonArray errors = run.item()[u"validationErrors"].toArray();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.at(0)[u"message"].toString().contains(QLatin1String("replicator")));
    EXPECT_TRUE(errors.at(0)[u"actionableMessage"].toString().contains(QLatin1String("password")))
        << errors.at(0)[u"actionableMessage"].toString().toStdString();
    EXPECT_FALSE(run.everything().contains(wrong)) << run.everything().toStdString();
    EXPECT_FALSE(run.everything().contains(kReplicatorPassword));
}

TEST_F(PgLogicalServer, RefusedConnectionFailsQuicklyWithRemedy)
{
    PostgreSqlConnectionInfo info = superuser();
    info.setPort(PgCluster::freePort());
    QElapsedTimer timer;
    timer.start();
    const TaskRun run = connectToSource(info);
    EXPECT_LT(timer.elapsed(), 5000);
    EXPECT_EQ(run.result.state, QStringLiteral("Failed"));
    EXPECT_TRUE(run.errorMessage().contains(QLatin1String("Connection refused"))) << run.errorMessage().toStdString();
    ASSERT_EQ(run.output.size(), 1);
    const QString remedy = run.item()[u"validationErrors"].toArray().at(0)[u"actionableMessage"].toString();
    EXPECT_TRUE(remedy.contains(QLatin1String("listen_addresses"))) << remedy.toStdString();
    EXPECT_TRUE(run.errorMessage().contains(remedy));
}

TEST_F(PgLogicalServer, HostMissingFromPgHbaFailsWithPgHbaRemedy)
{
    HostRulesGuard restore{cluster()};
    ASSERT_TRUE(cluster().setHostRules({QStringLiteral("host all godwit 127.0.0.1/32 scram-sha-256")}));
    const TaskRun run = connectToSource(cluster().connectionInfo(QStringLiteral("plain"), kPlainPassword));
    EXPECT_EQ(run.result.state, QStringLiteral("Failed"));
    EXPECT_TRUE(run.errorMessage().contains(QLatin1String("no pg_hba.conf entry"))) << run.errorMessage().toStdString();
    ASSERT_EQ(run.output.size(), 1);
    const QString remedy = run.item()[u"validationErrors"].toArray().at(0)[u"actionableMessage"].toString();
    EXPECT_TRUE(remedy.contains(QLatin1String("pg_hba.conf"))) << remedy.toStdString();
    EXPECT_TRUE(remedy.contains(QLatin1String("pg_reload_conf")));
}

TEST_F(PgLogicalServer, RequiredTlsAgainstAServerWithoutTlsFailsWithRemedy)
{
    PostgreSqlConnectionInfo info = superuser();
    info.setEncryptConnection(true);
    info.setTrustServerCertificate(true);
    const TaskRun run = connectToSource(info);
    EXPECT_EQ(run.result.state, QStringLiteral("Failed"));
    ASSERT_EQ(run.output.size(), 1);
    const QString remedy = run.item()[u"validationErrors"].toArray().at(0)[u"actionableMessage"].toString();
    EXPECT_TRUE(remedy.contains(QLatin1String("encryptConnection"))) << run.everything().toStdString();
}

TEST_F(PgLogicalServer, SourceInputWithoutServerNameFailsValidationWithPaths)
{
    QJsonObject info = superuser().toJson();
    info.remove(QStringLiteral("serverName"));
    info.remove(QStringLiteral("port"));
    const TaskRun run = runTask(godwit::engine::makeConnectToSourcePostgreSqlExecutor(),
                                QStringLiteral("ConnectToSource.PostgreSql.Sync"),
                                QJsonObject{{QStringLiteral("sourceConnectionInfo"), info}});
    EXPECT_EQ(run.result.state, QStringLiteral("FailedInputValidation"));
    EXPECT_EQ(run.errorCode(), QStringLiteral("InvalidInput"));
    EXPECT_EQ(run.errorMessage(), QStringLiteral("input.sourceConnectionInfo.port: required field missing; "
                                                 "input.sourceConnectionInfo.serverName: required field missing"));
    EXPECT_EQ(run.stateWhileRunning, QStringLiteral("Queued"));
    EXPECT_EQ(run.publishCount, 0);
    EXPECT_FALSE(run.everything().contains(cluster().superPassword()));
}

TEST_F(PgLogicalServer, ConnectionInfoOfAnotherDatabaseFailsValidation)
{
    QJsonObject info = superuser().toJson();
    info.insert(QStringLiteral("type"), QStringLiteral("MySqlConnectionInfo"));
    const TaskRun run = runTask(godwit::engine::makeConnectToSourcePostgreSqlExecutor(),
                                QStringLiteral("ConnectToSource.PostgreSql.Sync"),
                                QJsonObject{{QStringLiteral("sourceConnectionInfo"), info}});
    EXPECT_EQ(run.result.state, QStringLiteral("FailedInputValidation"));
    EXPECT_TRUE(run.errorMessage().startsWith(QLatin1String("input.sourceConnectionInfo.type: ")))
        << run.errorMessage().toStdString();
}

TEST_F(PgLogicalServer, EmptyServerNameFailsValidation)
{
    PostgreSqlConnectionInfo info = superuser();
    info.setServerName(QStringLiteral("  "));
    const TaskRun run = connectToSource(info);
    EXPECT_EQ(run.result.state, QStringLiteral("FailedInputValidation"));
    EXPECT_TRUE(run.errorMessage().contains(QLatin1String("input.sourceConnectionInfo.serverName")));
}

TEST_F(PgLogicalServer, TaskCancelledBeforeItStartsIsCanceled)
{
    const TaskRun run = runTask(godwit::engine::makeConnectToSourcePostgreSqlExecutor(),
                                QStringLiteral("ConnectToSource.PostgreSql.Sync"),
                                QJsonObject{{QStringLiteral("sourceConnectionInfo"), superuser().toJson()}}, true);
    EXPECT_EQ(run.result.state, QStringLiteral("Canceled"));
    EXPECT_EQ(run.stateWhileRunning, QStringLiteral("Queued"));
    EXPECT_EQ(run.publishCount, 0);

    const TaskRun tables
        = runTask(godwit::engine::makeGetUserTablesPostgreSqlExecutor(), QStringLiteral("GetUserTablesPostgreSql"),
                  QJsonObject{{QStringLiteral("connectionInfo"), superuser().toJson()},
                              {QStringLiteral("selectedDatabases"), QJsonArray{QStringLiteral("inventory")}}},
                  true);
    EXPECT_EQ(tables.result.state, QStringLiteral("Canceled"));
    EXPECT_EQ(tables.publishCount, 0);
}

// ---- ConnectToTarget.AzureDbForPostgreSql.Sync ---------------------------------------------------

TEST_F(PgLogicalServer, TargetConnectionListsVersionAndDatabases)
{
    const TaskRun run
        = connectToTarget(cluster().connectionInfo(QStringLiteral("replicator"), kReplicatorPassword), superuser());
    ASSERT_EQ(run.result.state, QStringLiteral("Succeeded")) << run.errorMessage().toStdString();
    ASSERT_EQ(run.output.size(), 1);
    const QJsonObject item = run.item();
    EXPECT_FALSE(item[u"id"].toString().isEmpty());
    EXPECT_EQ(item[u"targetServerVersion"].toString(), versionOf(cluster()));
    EXPECT_TRUE(item[u"targetServerBrandVersion"].toString().startsWith(QLatin1String("PostgreSQL ")));
    EXPECT_TRUE(strings(item[u"databases"]).contains(QStringLiteral("inventory")));
    EXPECT_FALSE(strings(item[u"databases"]).contains(QStringLiteral("azure_sys")));
    EXPECT_EQ(item[u"validationErrors"].toArray().size(), 0) << run.everything().toStdString();
}

TEST_F(PgLogicalServer, TargetUserWithoutCreateDbGetsARemedy)
{
    const TaskRun run = connectToTarget(superuser(), cluster().connectionInfo(QStringLiteral("plain"), kPlainPassword));
    ASSERT_EQ(run.result.state, QStringLiteral("Succeeded")) << run.errorMessage().toStdString();
    ASSERT_EQ(run.output.size(), 1);
    const QJsonValue errors = run.item()[u"validationErrors"];
    ASSERT_EQ(errors.toArray().size(), 1) << run.everything().toStdString();
    EXPECT_TRUE(messages(errors).at(0).contains(QLatin1String("plain")));
    EXPECT_EQ(messages(errors, QLatin1String("actionableMessage")).at(0),
              QStringLiteral("As the server admin, run: ALTER ROLE plain WITH CREATEDB;"));
}

TEST_F(PgLogicalServer, UnreachableSourceIsATargetValidationError)
{
    PostgreSqlConnectionInfo source = superuser();
    source.setPort(PgCluster::freePort());
    const TaskRun run = connectToTarget(source, superuser());
    ASSERT_EQ(run.result.state, QStringLiteral("Succeeded")) << run.errorMessage().toStdString();
    const QJsonValue errors = run.item()[u"validationErrors"];
    ASSERT_EQ(errors.toArray().size(), 1) << run.everything().toStdString();
    EXPECT_TRUE(messages(errors).at(0).contains(QLatin1String("source server"))) << run.everything().toStdString();
    EXPECT_FALSE(messages(errors, QLatin1String("actionableMessage")).at(0).isEmpty());
}

TEST_F(PgLogicalServer, UnreachableTargetFailsTheTask)
{
    PostgreSqlConnectionInfo target = superuser();
    target.setPort(PgCluster::freePort());
    const TaskRun run = connectToTarget(superuser(), target);
    EXPECT_EQ(run.result.state, QStringLiteral("Failed"));
    EXPECT_EQ(run.errorCode(), QStringLiteral("TargetConnectionFailed"));
    ASSERT_EQ(run.output.size(), 1);
    EXPECT_TRUE(
        run.item()[u"validationErrors"].toArray().at(0)[u"message"].toString().contains(QLatin1String("target")));
}

TEST_F(PgLogicalServer, TargetInputWithoutTargetFailsValidation)
{
    const TaskRun run = runTask(godwit::engine::makeConnectToTargetPostgreSqlExecutor(),
                                QStringLiteral("ConnectToTarget.AzureDbForPostgreSql.Sync"),
                                QJsonObject{{QStringLiteral("sourceConnectionInfo"), superuser().toJson()}});
    EXPECT_EQ(run.result.state, QStringLiteral("FailedInputValidation"));
    EXPECT_TRUE(run.errorMessage().contains(QLatin1String("input.targetConnectionInfo: required")))
        << run.errorMessage().toStdString();
}

// ---- GetUserTablesPostgreSql ---------------------------------------------------------------------

TEST_F(PgLogicalServer, UserTablesListsEachTableOnceWithItsExactName)
{
    const TaskRun run = getUserTables(superuser(), {QStringLiteral("inventory")});
    ASSERT_EQ(run.result.state, QStringLiteral("Succeeded")) << run.errorMessage().toStdString();
    EXPECT_EQ(run.stateWhileRunning, QStringLiteral("Running"));
    ASSERT_EQ(run.output.size(), 1);
    const QJsonObject item = run.item();
    EXPECT_EQ(item[u"databaseName"].toString(), QStringLiteral("inventory"));
    EXPECT_EQ(item[u"validationErrors"].toArray().size(), 0);
    QStringList names;
    for (const QJsonValue &t : item[u"tables"].toArray())
        names.append(t[u"name"].toString());
    // Partitions are listed through their parent; views, sequences, materialized views, the
    // extension's table and the system schemas are not user tables.
    EXPECT_EQ(names, (QStringList{QStringLiteral("public.audit_log"), QStringLiteral("public.base_items"),
                                  QStringLiteral("public.child_items"), QStringLiteral("public.customers"),
                                  QStringLiteral("public.empty_table"), QStringLiteral("public.payroll"),
                                  QStringLiteral("sales.Kunden_Größe"), QStringLiteral("sales.MixedCase"),
                                  QStringLiteral("sales.Order Items"), QStringLiteral("sales.orders")}));
}

TEST_F(PgLogicalServer, UserTablesReportRowsAndPrimaryKeys)
{
    const TaskRun run = getUserTables(superuser(), {QStringLiteral("inventory")});
    ASSERT_EQ(run.result.state, QStringLiteral("Succeeded")) << run.errorMessage().toStdString();
    const QJsonObject item = run.item();
    struct Expected
    {
        const char *name;
        bool hasRows;
        qint64 rows;
        bool primaryKey;
    };
    const Expected expected[] = {
        {"public.customers", true, 25, true},   {"public.audit_log", true, 2, false},
        {"public.empty_table", false, 0, true}, {"public.base_items", false, 0, false},
        {"public.child_items", true, 3, false}, {"sales.orders", true, 40, true},
        {"sales.Order Items", true, 1, true},   {"sales.Kunden_Größe", false, 0, true},
        {"sales.MixedCase", false, 0, false},   {"public.payroll", true, 2, true},
    };
    for (const Expected &e : expected) {
        const QJsonObject table = tableNamed(item, QString::fromUtf8(e.name));
        ASSERT_FALSE(table.isEmpty()) << e.name;
        EXPECT_EQ(table[u"hasRows"].toBool(!e.hasRows), e.hasRows) << e.name;
        EXPECT_EQ(table[u"estimatedRows"].toInteger(-2), e.rows) << e.name;
        EXPECT_EQ(table[u"hasPrimaryKey"].toBool(!e.primaryKey), e.primaryKey) << e.name;
    }
}

TEST_F(PgLogicalServer, UserTablesSeeRowsAddedAfterTheLastAnalyze)
{
    const TaskRun run = getUserTables(superuser(), {QStringLiteral("analytics")});
    ASSERT_EQ(run.result.state, QStringLiteral("Succeeded")) << run.errorMessage().toStdString();
    const QJsonObject events = tableNamed(run.item(), QStringLiteral("public.events"));
    ASSERT_FALSE(events.isEmpty()) << run.everything().toStdString();
    EXPECT_TRUE(events[u"hasRows"].toBool());
    EXPECT_EQ(events[u"estimatedRows"].toInteger(), 3); // a small table is counted when its figure is stale
    const QJsonObject archived = tableNamed(run.item(), QStringLiteral("public.archived"));
    EXPECT_TRUE(archived[u"hasRows"].toBool());
    EXPECT_EQ(archived[u"estimatedRows"].toInteger(), 500); // the planner's figure after ANALYZE
}

TEST_F(PgLogicalServer, UserTablesReportAMissingDatabaseInItsOwnItem)
{
    const TaskRun run = getUserTables(
        superuser(), {QStringLiteral("inventory"), QStringLiteral("missing_db"), QStringLiteral("Überblick")});
    ASSERT_EQ(run.result.state, QStringLiteral("Succeeded")) << run.errorMessage().toStdString();
    ASSERT_EQ(run.output.size(), 3);
    EXPECT_EQ(run.publishCount, 3); // the console sees each database as soon as it is read
    EXPECT_EQ(run.item(0)[u"databaseName"].toString(), QStringLiteral("inventory"));
    EXPECT_EQ(run.item(0)[u"tables"].toArray().size(), 10);

    const QJsonObject missing = run.item(1);
    EXPECT_EQ(missing[u"databaseName"].toString(), QStringLiteral("missing_db"));
    EXPECT_EQ(missing[u"tables"].toArray().size(), 0);
    const QJsonValue errors = missing[u"validationErrors"];
    ASSERT_EQ(errors.toArray().size(), 1);
    EXPECT_TRUE(messages(errors).at(0).contains(QLatin1String("\"missing_db\" does not exist")))
        << messages(errors).at(0).toStdString();
    EXPECT_TRUE(messages(errors, QLatin1String("actionableMessage")).at(0).contains(QLatin1String("database name")));

    EXPECT_EQ(run.item(2)[u"databaseName"].toString(), QStringLiteral("Überblick"));
    EXPECT_EQ(run.item(2)[u"validationErrors"].toArray().size(), 0);
    EXPECT_EQ(run.item(2)[u"tables"].toArray().size(), 0);
}

TEST_F(PgLogicalServer, UserTablesFailWhenNoDatabaseCanBeRead)
{
    const TaskRun run = getUserTables(superuser(), {QStringLiteral("missing_db"), QStringLiteral("gone_db")});
    EXPECT_EQ(run.result.state, QStringLiteral("Failed"));
    EXPECT_EQ(run.errorCode(), QStringLiteral("NoDatabaseRead"));
    EXPECT_EQ(run.output.size(), 2);
}

TEST_F(PgLogicalServer, UserTablesOfAnUnreachableServerFailOnceWithoutRetryingEachDatabase)
{
    PostgreSqlConnectionInfo info = superuser();
    info.setPort(PgCluster::freePort());
    const TaskRun run = getUserTables(info, {QStringLiteral("inventory"), QStringLiteral("analytics")});
    EXPECT_EQ(run.result.state, QStringLiteral("Failed"));
    EXPECT_TRUE(run.errorMessage().contains(QLatin1String("listen_addresses"))) << run.errorMessage().toStdString();
    ASSERT_EQ(run.output.size(), 2);
    EXPECT_TRUE(messages(run.item(1)[u"validationErrors"]).at(0).contains(QLatin1String("Connection refused")));
}

TEST_F(PgLogicalServer, UserTablesAsAnOrdinaryUser)
{
    // plain owns nothing and may only SELECT, and not even that on payroll: every table is listed,
    // and a table it cannot read and the planner has no figure for has an unknown row count.
    const TaskRun run = getUserTables(cluster().connectionInfo(QStringLiteral("plain"), kPlainPassword),
                                      {QStringLiteral("inventory")});
    ASSERT_EQ(run.result.state, QStringLiteral("Succeeded")) << run.errorMessage().toStdString();
    EXPECT_EQ(run.item()[u"tables"].toArray().size(), 10);
    EXPECT_EQ(tableNamed(run.item(), QStringLiteral("sales.orders"))[u"estimatedRows"].toInteger(), 40);
    const QJsonObject payroll = tableNamed(run.item(), QStringLiteral("public.payroll"));
    EXPECT_EQ(payroll[u"estimatedRows"].toInteger(), -1);
    EXPECT_TRUE(payroll[u"hasRows"].toBool());
}

TEST_F(PgLogicalServer, UserTablesInputNeedsDatabases)
{
    const TaskRun run = getUserTables(superuser(), {});
    EXPECT_EQ(run.result.state, QStringLiteral("FailedInputValidation"));
    EXPECT_TRUE(run.errorMessage().contains(QLatin1String("input.selectedDatabases")))
        << run.errorMessage().toStdString();

    const TaskRun missing
        = runTask(godwit::engine::makeGetUserTablesPostgreSqlExecutor(), QStringLiteral("GetUserTablesPostgreSql"),
                  QJsonObject{{QStringLiteral("connectionInfo"), superuser().toJson()}});
    EXPECT_EQ(missing.result.state, QStringLiteral("FailedInputValidation"));
    EXPECT_TRUE(missing.errorMessage().contains(QLatin1String("input.selectedDatabases: required")))
        << missing.errorMessage().toStdString();
}

// A server that is not ready for an online migration: wal_level = replica.
class PgReplicaServer : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        PgCluster::Options options;
        options.walLevel = QStringLiteral("replica");
        s_cluster = new PgCluster(options);
        if (!s_cluster->start(&s_error))
            return;
        QString out;
        if (!s_cluster->psql(QStringLiteral("postgres"),
                             QStringLiteral("CREATE ROLE \"Plain User\" LOGIN PASSWORD '%1'").arg(kPlainPassword),
                             &out))
            s_error = out;
    }

    static void TearDownTestSuite()
    {
        delete s_cluster;
        s_cluster = nullptr;
    }

    void SetUp() override { ASSERT_TRUE(s_error.isEmpty()) << s_error.toStdString(); }

    static inline PgCluster *s_cluster = nullptr;
    static inline QString s_error;
};

TEST_F(PgReplicaServer, SourceWithoutLogicalWalAndReplicationGetsTwoRemedies)
{
    const TaskRun run = connectToSource(s_cluster->connectionInfo(QStringLiteral("Plain User"), kPlainPassword));
    ASSERT_EQ(run.result.state, QStringLiteral("Succeeded")) << run.errorMessage().toStdString();
    ASSERT_EQ(run.output.size(), 1);
    EXPECT_EQ(run.item()[u"sourceServerVersion"].toString(), versionOf(*s_cluster));
    const QJsonValue errors = run.item()[u"validationErrors"];
    ASSERT_EQ(errors.toArray().size(), 2) << run.everything().toStdString();
    EXPECT_EQ(messages(errors).at(0), QStringLiteral("wal_level is 'replica'; an online migration needs 'logical'."));
    EXPECT_TRUE(
        messages(errors, QLatin1String("actionableMessage")).at(0).contains(QLatin1String("wal_level = logical")));
    EXPECT_TRUE(messages(errors).at(1).contains(QLatin1String("Plain User")));
    EXPECT_TRUE(messages(errors, QLatin1String("actionableMessage"))
                    .at(1)
                    .endsWith(QLatin1String("ALTER ROLE \"Plain User\" WITH REPLICATION;")))
        << messages(errors, QLatin1String("actionableMessage")).at(1).toStdString();
}

TEST_F(PgReplicaServer, SuperuserOnlyLacksLogicalWal)
{
    const TaskRun run = connectToSource(s_cluster->connectionInfo(PgCluster::superUser(), s_cluster->superPassword()));
    ASSERT_EQ(run.result.state, QStringLiteral("Succeeded")) << run.errorMessage().toStdString();
    EXPECT_EQ(messages(run.item()[u"validationErrors"]),
              QStringList{QStringLiteral("wal_level is 'replica'; an online migration needs 'logical'.")});
}

// A logical server whose only replication slot is taken and which allows no WAL sender.
TEST(PgBusyServer, SourceWithoutFreeSlotOrWalSenderGetsBothRemedies)
{
    PgCluster::Options options;
    options.maxReplicationSlots = 1;
    options.maxWalSenders = 0;
    PgCluster cluster(options);
    QString error;
    ASSERT_TRUE(cluster.start(&error)) << error.toStdString();
    QString out;
    ASSERT_TRUE(cluster.psql(QStringLiteral("postgres"),
                             QStringLiteral("SELECT pg_create_physical_replication_slot('held_by_someone')"), &out))
        << out.toStdString();

    const TaskRun run = connectToSource(cluster.connectionInfo(PgCluster::superUser(), cluster.superPassword()));
    ASSERT_EQ(run.result.state, QStringLiteral("Succeeded")) << run.errorMessage().toStdString();
    const QJsonValue errors = run.item()[u"validationErrors"];
    EXPECT_EQ(messages(errors),
              (QStringList{QStringLiteral("No replication slot is free: max_replication_slots is 1 and 1 are in use."),
                           QStringLiteral("No WAL sender is free: max_wal_senders is 0 and 0 are in use.")}));
    const QStringList remedies = messages(errors, QLatin1String("actionableMessage"));
    ASSERT_EQ(remedies.size(), 2);
    EXPECT_TRUE(remedies.at(0).contains(QLatin1String("pg_drop_replication_slot")));
    EXPECT_TRUE(remedies.at(1).contains(QLatin1String("max_wal_senders")));
}

TEST(PgClusterFixture, StopsItsServerAndRemovesItsFiles)
{
    QString dataDir;
    int port = 0;
    {
        PgCluster cluster;
        QString error;
        ASSERT_TRUE(cluster.start(&error)) << error.toStdString();
        dataDir = cluster.dataDirectory();
        port = cluster.port();
        ASSERT_TRUE(QFileInfo::exists(dataDir + QStringLiteral("/postmaster.pid")));
    }
    EXPECT_FALSE(QFileInfo::exists(dataDir));
    PostgreSqlConnectionInfo info;
    info.setServerName(QStringLiteral("127.0.0.1"));
    info.setPort(port);
    info.setEncryptConnection(false);
    QString error;
    EXPECT_FALSE(Connection::open(info, QString(), &error, 2));
}

} // namespace
