#include <memory>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include "core/dmstypes.h"
#include "engine/drivers/mysql/mysqlconnection.h"
#include "engine/executors/mysqlconnectexecutors.h"
#include "recordingcontext.h"
#include "support/mariadbserver.h"
#include "support/printers.h"

namespace {

using godwit::core::Secret;
using godwit::core::dms::MySqlConnectionInfo;
using godwit::engine::mysql::Connection;
using godwit::test::MariaDbServer;
using godwit::test::messages;
using godwit::test::runTask;
using godwit::test::strings;
using godwit::test::TaskRun;

const QString kReaderPassword = QStringLiteral("read'er \"pass\" wörd\\");

TaskRun connectToSource(const MySqlConnectionInfo &source, bool offline = false)
{
    return runTask(godwit::engine::makeConnectToSourceMySqlExecutor(), QStringLiteral("ConnectToSource.MySql"),
                   QJsonObject{{QStringLiteral("sourceConnectionInfo"), source.toJson()},
                               {QStringLiteral("targetPlatform"), QStringLiteral("AzureDbForMySQL")},
                               {QStringLiteral("isOfflineMigration"), offline}});
}

TaskRun connectToTarget(const MySqlConnectionInfo &source, const MySqlConnectionInfo &target, bool offline = false)
{
    return runTask(godwit::engine::makeConnectToTargetMySqlExecutor(),
                   QStringLiteral("ConnectToTarget.AzureDbForMySql"),
                   QJsonObject{{QStringLiteral("sourceConnectionInfo"), source.toJson()},
                               {QStringLiteral("targetConnectionInfo"), target.toJson()},
                               {QStringLiteral("isOfflineMigration"), offline}});
}

TaskRun getUserTables(const MySqlConnectionInfo &info, const QStringList &databases)
{
    return runTask(godwit::engine::makeGetUserTablesMySqlExecutor(), QStringLiteral("GetUserTablesMySql"),
                   QJsonObject{{QStringLiteral("connectionInfo"), info.toJson()},
                               {QStringLiteral("selectedDatabases"), QJsonArray::fromStringList(databases)}});
}

QJsonObject tableNamed(const QJsonArray &tables, const QString &name)
{
    for (const QJsonValue &t : tables) {
        if (t[u"name"].toString() == name)
            return t.toObject();
    }
    return {};
}

// A MariaDB server with the binary log on, a few databases and users.
class MariaDbSource : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_server = new MariaDbServer();
        if (!s_server->start(&s_error))
            return;
        QString out;
        if (!s_server->sql(QString(),
                           QStringLiteral(R"sql(
                CREATE DATABASE shop; CREATE DATABASE crm; CREATE DATABASE `Überblick`; CREATE DATABASE secret;
                CREATE TABLE shop.customers (id INT PRIMARY KEY, name VARCHAR(50));
                INSERT INTO shop.customers VALUES (1, 'Ada'), (2, 'Brendan'), (3, 'Chen');
                CREATE TABLE shop.audit_log (at DATETIME(6) NOT NULL, message TEXT);
                INSERT INTO shop.audit_log VALUES (NOW(6), 'created');
                CREATE TABLE shop.empty_table (id INT PRIMARY KEY);
                CREATE TABLE shop.`Order Items` (id INT PRIMARY KEY, qty INT);
                CREATE VIEW shop.customer_names AS SELECT name FROM shop.customers;
                CREATE USER 'reader'@'%' IDENTIFIED BY %1;
                GRANT SELECT ON shop.* TO 'reader'@'%';
                GRANT SELECT ON crm.* TO 'reader'@'%';
                CREATE USER 'replicator'@'%' IDENTIFIED BY 'rep-pass';
                GRANT SELECT, RELOAD, REPLICATION SLAVE, BINLOG MONITOR ON *.* TO 'replicator'@'%';
            )sql")
                               .arg(MariaDbServer::literal(kReaderPassword)),
                           &out))
            s_error = QStringLiteral("setting up the source failed: %1").arg(out);
    }

    static void TearDownTestSuite()
    {
        delete s_server;
        s_server = nullptr;
    }

    void SetUp() override
    {
        if (!s_error.isEmpty())
            FAIL() << "MariaDB could not start: " << s_error.toStdString();
    }

    static MariaDbServer *s_server;
    static QString s_error;
};

MariaDbServer *MariaDbSource::s_server = nullptr;
QString MariaDbSource::s_error;

TEST_F(MariaDbSource, ReportsVersionBrandAndUserDatabasesWithoutUnmetPrerequisites)
{
    const TaskRun run
        = connectToSource(s_server->connectionInfo(QStringLiteral("replicator"), QStringLiteral("rep-pass")));
    ASSERT_EQ(run.result.state, QStringLiteral("Succeeded")) << run.everything().toStdString();
    EXPECT_EQ(run.stateWhileRunning, QStringLiteral("Running"));
    ASSERT_EQ(run.output.size(), 1);
    const QJsonObject item = run.item();
    EXPECT_FALSE(item[u"id"].toString().isEmpty());
    const QString version = s_server->value(QString(), QStringLiteral("SELECT VERSION()"));
    const QJsonObject server = item[u"serverProperties"].toObject();
    EXPECT_TRUE(version.startsWith(server[u"serverVersion"].toString())) << version.toStdString();
    EXPECT_EQ(server[u"serverVersion"].toString().count(QLatin1Char('.')), 2);
    EXPECT_TRUE(item[u"sourceServerBrandVersion"].toString().startsWith(QStringLiteral("MariaDB ")))
        << item[u"sourceServerBrandVersion"].toString().toStdString();
    EXPECT_EQ(server[u"serverName"].toString(), QStringLiteral("127.0.0.1:%1").arg(s_server->port()));
    EXPECT_EQ(strings(item[u"databases"]), (QStringList{QStringLiteral("crm"), QStringLiteral("secret"),
                                                        QStringLiteral("shop"), QStringLiteral("Überblick")}));
    EXPECT_EQ(server[u"serverDatabaseCount"].toInt(), 4);
    EXPECT_TRUE(item[u"validationErrors"].toArray().isEmpty()) << run.everything().toStdString();
}

TEST_F(MariaDbSource, ListsOnlyTheDatabasesTheUserMaySee)
{
    const TaskRun run = connectToSource(s_server->connectionInfo(QStringLiteral("reader"), kReaderPassword),
                                        /*offline=*/true);
    ASSERT_EQ(run.result.state, QStringLiteral("Succeeded")) << run.everything().toStdString();
    EXPECT_EQ(strings(run.item()[u"databases"]), (QStringList{QStringLiteral("crm"), QStringLiteral("shop")}));
}

TEST_F(MariaDbSource, MissingReplicationPrivilegesAreValidationErrorsWithGrants)
{
    const TaskRun online = connectToSource(s_server->connectionInfo(QStringLiteral("reader"), kReaderPassword));
    ASSERT_EQ(online.result.state, QStringLiteral("Succeeded")) << online.everything().toStdString();
    const QJsonArray errors = online.item()[u"validationErrors"].toArray();
    const QString remedies = messages(errors, QLatin1String("actionableMessage")).join(QLatin1Char('\n'));
    EXPECT_TRUE(remedies.contains(QStringLiteral("GRANT REPLICATION SLAVE ON *.* TO 'reader'@'%';")))
        << remedies.toStdString();
    EXPECT_TRUE(remedies.contains(QStringLiteral("GRANT BINLOG MONITOR ON *.* TO 'reader'@'%';")))
        << remedies.toStdString();
    EXPECT_TRUE(remedies.contains(QStringLiteral("GRANT SELECT"))) << remedies.toStdString();
    EXPECT_FALSE(online.everything().contains(kReaderPassword));

    // An offline migration reads no binary log: only the missing global SELECT remains.
    const TaskRun offline = connectToSource(s_server->connectionInfo(QStringLiteral("reader"), kReaderPassword),
                                            /*offline=*/true);
    const QStringList offlineErrors = messages(offline.item()[u"validationErrors"]);
    ASSERT_EQ(offlineErrors.size(), 1) << offline.everything().toStdString();
    EXPECT_TRUE(offlineErrors.at(0).contains(QStringLiteral("SELECT")));
}

TEST_F(MariaDbSource, WrongPasswordFailsWithARemedyAndNoSecret)
{
    const TaskRun run
        = connectToSource(s_server->connectionInfo(QStringLiteral("reader"), QStringLiteral("not-the-password")));
    EXPECT_EQ(run.result.state, QStringLiteral("Failed"));
    EXPECT_EQ(run.errorCode(), QStringLiteral("SourceConnectionFailed"));
    ASSERT_EQ(run.output.size(), 1);
    const QJsonArray errors = run.item()[u"validationErrors"].toArray();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.at(0)[u"message"].toString().contains(QStringLiteral("Access denied")))
        << run.everything().toStdString();
    EXPECT_TRUE(errors.at(0)[u"actionableMessage"].toString().contains(QStringLiteral("user name and the password")));
    EXPECT_FALSE(run.everything().contains(QStringLiteral("not-the-password")));
}

TEST_F(MariaDbSource, UnreachableServerFailsWithARemedy)
{
    MySqlConnectionInfo info = s_server->superConnectionInfo();
    MariaDbServer unused;
    info.setPort(1); // nothing listens on port 1
    const TaskRun run = connectToSource(info);
    EXPECT_EQ(run.result.state, QStringLiteral("Failed"));
    EXPECT_EQ(run.errorCode(), QStringLiteral("SourceConnectionFailed"));
    EXPECT_TRUE(run.errorMessage().contains(QStringLiteral("127.0.0.1:1"))) << run.errorMessage().toStdString();
    EXPECT_TRUE(run.errorMessage().contains(QStringLiteral("server name and port")))
        << run.errorMessage().toStdString();
}

TEST_F(MariaDbSource, RequiredTlsAgainstAPlainServerFailsWithARemedy)
{
    MySqlConnectionInfo info = s_server->superConnectionInfo();
    info.setEncryptConnection(true);
    const TaskRun run = connectToSource(info);
    EXPECT_EQ(run.result.state, QStringLiteral("Failed"));
    EXPECT_TRUE(run.errorMessage().contains(QStringLiteral("encryptConnection"))) << run.errorMessage().toStdString();
}

TEST_F(MariaDbSource, InvalidInputIsRejectedBeforeConnecting)
{
    MySqlConnectionInfo info = s_server->superConnectionInfo();
    info.setServerName(QStringLiteral(" "));
    info.setAdditionalSettings(QStringLiteral("no-such-setting=1"));
    const TaskRun run = connectToSource(info);
    EXPECT_EQ(run.result.state, QStringLiteral("FailedInputValidation"));
    EXPECT_EQ(run.stateWhileRunning, QStringLiteral("Queued"));
    EXPECT_TRUE(run.errorMessage().contains(QStringLiteral("input.sourceConnectionInfo.serverName")));
    EXPECT_TRUE(run.errorMessage().contains(QStringLiteral("no-such-setting"))) << run.errorMessage().toStdString();
}

TEST_F(MariaDbSource, SourceWithoutBinaryLogIsNotReadyForAnOnlineMigration)
{
    MariaDbServer plain(MariaDbServer::Options{false, 2, {}, {QStringLiteral("--binlog-format=STATEMENT")}});
    QString error;
    ASSERT_TRUE(plain.start(&error)) << error.toStdString();
    const TaskRun run = connectToSource(plain.superConnectionInfo());
    ASSERT_EQ(run.result.state, QStringLiteral("Succeeded")) << run.everything().toStdString();
    const QStringList errors = messages(run.item()[u"validationErrors"]);
    ASSERT_EQ(errors.size(), 1) << run.everything().toStdString();
    EXPECT_TRUE(errors.at(0).contains(QStringLiteral("Binary logging is off")));
    const TaskRun offline = connectToSource(plain.superConnectionInfo(), /*offline=*/true);
    EXPECT_TRUE(offline.item()[u"validationErrors"].toArray().isEmpty()) << offline.everything().toStdString();
}

TEST_F(MariaDbSource, TargetReportsVersionDatabasesAndMissingPrivileges)
{
    MariaDbServer target(MariaDbServer::Options{false, 3, {}, {}});
    QString error;
    ASSERT_TRUE(target.start(&error)) << error.toStdString();
    ASSERT_TRUE(target.sql(QString(), QStringLiteral("CREATE DATABASE landing; CREATE USER 'loader'@'%' IDENTIFIED BY "
                                                     "'load'; GRANT SELECT, INSERT ON *.* TO 'loader'@'%';")));

    const TaskRun run = connectToTarget(s_server->superConnectionInfo(), target.superConnectionInfo());
    ASSERT_EQ(run.result.state, QStringLiteral("Succeeded")) << run.everything().toStdString();
    const QJsonObject item = run.item();
    EXPECT_FALSE(item[u"id"].toString().isEmpty());
    EXPECT_TRUE(
        target.value(QString(), QStringLiteral("SELECT VERSION()")).startsWith(item[u"serverVersion"].toString()));
    EXPECT_TRUE(item[u"targetServerBrandVersion"].toString().startsWith(QStringLiteral("MariaDB ")));
    EXPECT_EQ(strings(item[u"databases"]), QStringList{QStringLiteral("landing")});
    EXPECT_TRUE(item[u"validationErrors"].toArray().isEmpty()) << run.everything().toStdString();

    const TaskRun limited = connectToTarget(
        s_server->superConnectionInfo(), target.connectionInfo(QStringLiteral("loader"), QStringLiteral("load")), true);
    ASSERT_EQ(limited.result.state, QStringLiteral("Succeeded")) << limited.everything().toStdString();
    const QJsonArray errors = limited.item()[u"validationErrors"].toArray();
    ASSERT_EQ(errors.size(), 1) << limited.everything().toStdString();
    EXPECT_TRUE(errors.at(0)[u"message"].toString().contains(QStringLiteral("CREATE, ")));
    EXPECT_TRUE(errors.at(0)[u"actionableMessage"].toString().startsWith(
        QStringLiteral("As the server admin, run: GRANT CREATE")));

    // Online, the target also sets up replication.
    const TaskRun limitedOnline = connectToTarget(
        s_server->superConnectionInfo(), target.connectionInfo(QStringLiteral("loader"), QStringLiteral("load")));
    const QJsonArray onlineErrors = limitedOnline.item()[u"validationErrors"].toArray();
    ASSERT_EQ(onlineErrors.size(), 2) << limitedOnline.everything().toStdString();
    EXPECT_TRUE(onlineErrors.at(1)[u"message"].toString().contains(QStringLiteral("may not set up replication")));
    EXPECT_EQ(onlineErrors.at(1)[u"actionableMessage"].toString(),
              QStringLiteral("As the server admin, run: GRANT REPLICATION SLAVE ADMIN ON *.* TO 'loader'@'%';"));

    const TaskRun unreachable = connectToTarget(
        s_server->superConnectionInfo(), target.connectionInfo(QStringLiteral("godwit"), QStringLiteral("nope")));
    EXPECT_EQ(unreachable.result.state, QStringLiteral("Failed"));
    EXPECT_EQ(unreachable.errorCode(), QStringLiteral("TargetConnectionFailed"));
}

TEST_F(MariaDbSource, TargetWithTheSourcesServerIdCannotReplicate)
{
    MariaDbServer target(MariaDbServer::Options{false, 1, {}, {}}); // the source's server_id
    QString error;
    ASSERT_TRUE(target.start(&error)) << error.toStdString();

    const TaskRun online = connectToTarget(s_server->superConnectionInfo(), target.superConnectionInfo());
    ASSERT_EQ(online.result.state, QStringLiteral("Succeeded")) << online.everything().toStdString();
    const QJsonArray errors = online.item()[u"validationErrors"].toArray();
    ASSERT_EQ(errors.size(), 1) << online.everything().toStdString();
    EXPECT_TRUE(errors.at(0)[u"message"].toString().contains(QStringLiteral("same server_id (1)")));
    EXPECT_TRUE(errors.at(0)[u"actionableMessage"].toString().contains(QStringLiteral("another server_id")));

    const TaskRun offline = connectToTarget(s_server->superConnectionInfo(), target.superConnectionInfo(), true);
    EXPECT_TRUE(offline.item()[u"validationErrors"].toArray().isEmpty()) << offline.everything().toStdString();
}

TEST_F(MariaDbSource, ListsTablesWithRowsAndPrimaryKeys)
{
    const TaskRun run = getUserTables(s_server->connectionInfo(QStringLiteral("reader"), kReaderPassword),
                                      {QStringLiteral("shop"), QStringLiteral("crm"), QStringLiteral("secret")});
    ASSERT_EQ(run.result.state, QStringLiteral("Succeeded")) << run.everything().toStdString();
    ASSERT_EQ(run.output.size(), 1);
    const QJsonObject map = run.item()[u"databasesToTables"].toObject();
    EXPECT_EQ(map.keys(), (QStringList{QStringLiteral("crm"), QStringLiteral("secret"), QStringLiteral("shop")}));
    const QJsonArray shop = map[u"shop"].toArray();
    ASSERT_EQ(shop.size(), 4) << run.everything().toStdString(); // the view is not a table
    const QJsonObject customers = tableNamed(shop, QStringLiteral("shop.customers"));
    EXPECT_TRUE(customers[u"hasRows"].toBool());
    EXPECT_EQ(customers[u"estimatedRows"].toInt(), 3);
    EXPECT_TRUE(customers[u"hasPrimaryKey"].toBool());
    const QJsonObject audit = tableNamed(shop, QStringLiteral("shop.audit_log"));
    EXPECT_TRUE(audit[u"hasRows"].toBool());
    EXPECT_FALSE(audit[u"hasPrimaryKey"].toBool());
    EXPECT_FALSE(tableNamed(shop, QStringLiteral("shop.empty_table"))[u"hasRows"].toBool());
    EXPECT_FALSE(tableNamed(shop, QStringLiteral("shop.Order Items")).isEmpty());
    EXPECT_TRUE(map[u"crm"].toArray().isEmpty());

    // "secret" is not visible to the reader: a validation error names it, the others still list.
    const QJsonArray errors = run.item()[u"validationErrors"].toArray();
    ASSERT_EQ(errors.size(), 1) << run.everything().toStdString();
    EXPECT_TRUE(errors.at(0)[u"message"].toString().contains(QStringLiteral("secret")));
    EXPECT_TRUE(errors.at(0)[u"actionableMessage"].toString().contains(QStringLiteral("GRANT SELECT ON `secret`.*")));
}

TEST_F(MariaDbSource, ListingFailsWhenNoDatabaseCanBeRead)
{
    const TaskRun run = getUserTables(s_server->connectionInfo(QStringLiteral("reader"), kReaderPassword),
                                      {QStringLiteral("secret"), QStringLiteral("no_such_db")});
    EXPECT_EQ(run.result.state, QStringLiteral("Failed"));
    EXPECT_EQ(run.errorCode(), QStringLiteral("NoDatabaseRead"));
    EXPECT_EQ(run.item()[u"validationErrors"].toArray().size(), 2);
}

TEST(MySqlConnection, QuotesIdentifiersAndLiteralsSafely)
{
    MariaDbServer server(MariaDbServer::Options{false, 4, {}, {}});
    QString error;
    ASSERT_TRUE(server.start(&error)) << error.toStdString();
    unsigned code = 0;
    const auto conn = Connection::open(server.superConnectionInfo(), QString(), &error, &code);
    ASSERT_TRUE(conn) << error.toStdString();
    const QString name = QStringLiteral("we`ird ' \" \\ name; DROP DATABASE mysql; -- ü");
    const QString db = QStringLiteral("db`x");
    ASSERT_TRUE(conn->exec(QStringLiteral("CREATE DATABASE %1").arg(Connection::quoteIdent(db))).ok);
    const auto r = conn->exec(
        QStringLiteral("CREATE TABLE %1.%2 (v TEXT)").arg(Connection::quoteIdent(db), Connection::quoteIdent(name)));
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    ASSERT_TRUE(conn->exec(QStringLiteral("INSERT INTO %1.%2 VALUES (%3)")
                               .arg(Connection::quoteIdent(db), Connection::quoteIdent(name), conn->literal(name)))
                    .ok);
    const auto back = conn->exec(
        QStringLiteral("SELECT v FROM %1.%2").arg(Connection::quoteIdent(db), Connection::quoteIdent(name)));
    ASSERT_TRUE(back.ok);
    EXPECT_EQ(back.value(0, 0), name);
    EXPECT_EQ(server.value(QString(), QStringLiteral("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE "
                                                     "SCHEMA_NAME = 'mysql'")),
              QStringLiteral("1"));

    // A server error carries its MySQL error number.
    const auto missing = conn->exec(QStringLiteral("SELECT * FROM no_such_db.t"));
    EXPECT_FALSE(missing.ok);
    EXPECT_EQ(missing.errorCode, godwit::engine::mysql::errors::kNoSuchTable);

    // A bad password is reported as access denied, with the password masked.
    const auto denied = Connection::open(
        server.connectionInfo(QStringLiteral("godwit"), QStringLiteral("wrong-secret")), QString(), &error, &code);
    EXPECT_FALSE(denied);
    EXPECT_EQ(code, godwit::engine::mysql::errors::kAccessDenied);
    EXPECT_FALSE(error.contains(QStringLiteral("wrong-secret")));
}

// A certificate authority and a server certificate for 127.0.0.1, made with openssl.
struct TestCertificates
{
    QTemporaryDir dir{QStringLiteral("/dev/shm/godwit-tls-XXXXXX")};

    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }

    bool make(QString *error)
    {
        const auto openssl = [&](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(dir.path());
            p.start(QStringLiteral("openssl"), args);
            if (!p.waitForFinished(60000) || p.exitCode() != 0) {
                *error = QString::fromUtf8(p.readAllStandardError());
                return false;
            }
            return true;
        };
        QFile ext(path("san.ext"));
        if (!dir.isValid() || !ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("subjectAltName = IP:127.0.0.1\n");
        ext.close();
        const bool ok
            = openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Godwit Test CA"),
                       QStringLiteral("-keyout"), path("ca-key.pem"), QStringLiteral("-out"), path("ca.pem")})
              && openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                          QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                          QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Other CA"),
                          QStringLiteral("-keyout"), path("other-key.pem"), QStringLiteral("-out"), path("other.pem")})
              && openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                          QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                          QStringLiteral("-keyout"), path("server-key.pem"), QStringLiteral("-out"),
                          path("server.csr")})
              && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("server.csr"),
                          QStringLiteral("-CA"), path("ca.pem"), QStringLiteral("-CAkey"), path("ca-key.pem"),
                          QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                          QStringLiteral("-extfile"), path("san.ext"), QStringLiteral("-out"), path("server.pem")});
        // The server runs as another OS user when the tests run as root.
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                              | QFileDevice::ExeGroup);
        for (const char *file : {"server-key.pem", "server.pem", "ca.pem"})
            QFile::setPermissions(path(file), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther
                                                  | QFileDevice::ReadGroup);
        return ok;
    }
};

TEST(MySqlConnection, EncryptsAndVerifiesTheServerCertificateWhenAsked)
{
    TestCertificates certs;
    QString error;
    ASSERT_TRUE(certs.make(&error)) << error.toStdString();
    MariaDbServer server(MariaDbServer::Options{false,
                                                5,
                                                {},
                                                {QString(QStringLiteral("--ssl-cert=") + certs.path("server.pem")),
                                                 QString(QStringLiteral("--ssl-key=") + certs.path("server-key.pem")),
                                                 QString(QStringLiteral("--ssl-ca=") + certs.path("ca.pem"))}});
    ASSERT_TRUE(server.start(&error)) << error.toStdString();

    // encryptConnection (the default) without a CA: encrypted, not verified.
    MySqlConnectionInfo info = server.superConnectionInfo();
    info.setEncryptConnection(true);
    unsigned code = 0;
    auto conn = Connection::open(info, QString(), &error, &code);
    ASSERT_TRUE(conn) << error.toStdString();
    const auto cipher = conn->exec(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'"));
    ASSERT_TRUE(cipher.ok);
    EXPECT_FALSE(cipher.value(0, 1).isEmpty());

    // With the right CA the certificate is verified; with another one the connection is refused.
    info.setAdditionalSettings(QString(QStringLiteral("ssl-ca=") + certs.path("ca.pem")));
    conn = Connection::open(info, QString(), &error, &code);
    EXPECT_TRUE(conn) << error.toStdString();
    info.setAdditionalSettings(QString(QStringLiteral("ssl-ca=") + certs.path("other.pem")));
    const TaskRun refused = connectToSource(info);
    EXPECT_EQ(refused.result.state, QStringLiteral("Failed"));
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("ssl-ca"))) << refused.errorMessage().toStdString();
}

} // namespace
