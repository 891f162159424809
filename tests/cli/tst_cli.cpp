// godwit-cli against the real engine: the binary's output and exit codes, and the in-process
// password prompt.

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <gtest/gtest.h>

#include "cli/cliapp.h"
#include "core/secret.h"
#include "service/credentials/keychaintokenprovider.h"
#include "service/keychain.h"
#include "service/profiles.h"
#include "enginefixture.h"
#include "support/pgcluster.h"
#include "support/printers.h"

using namespace godwit;

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

class Cli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_tokenFile = m_dir.filePath(QStringLiteral("token"));
        QFile f(m_tokenFile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(m_engine.engine().token().toUtf8());
    }

    /// Runs the real binary; the engine lives in this process, so the event loop keeps turning.
    CliRun run(QStringList args, bool connect = true, const QByteArray &input = {})
    {
        if (connect)
            args = QStringList{QStringLiteral("--endpoint"), m_engine.engine().url().toString(),
                               QStringLiteral("--token-file"), m_tokenFile}
                   + args;
        QProcess p;
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        p.start(QStringLiteral(GODWIT_CLI_BINARY), args);
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }

    /// Creates the service "svc" and its PostgreSQL project "proj" with the CLI.
    void createServiceAndProject()
    {
        const CliRun service = run({QStringLiteral("service"), QStringLiteral("create"), QStringLiteral("--name"),
                                    QStringLiteral("svc"), QStringLiteral("--location"), QStringLiteral("local")});
        ASSERT_EQ(service.code, 0) << qPrintable(service.err);
        const CliRun project = run({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("--service"),
                                    QStringLiteral("svc"), QStringLiteral("--name"), QStringLiteral("proj"),
                                    QStringLiteral("--source-platform"), QStringLiteral("PostgreSql"),
                                    QStringLiteral("--target-platform"), QStringLiteral("AzureDbForPostgreSql")});
        ASSERT_EQ(project.code, 0) << qPrintable(project.err);
    }

    QStringList task(const QString &name) const
    {
        return {QStringLiteral("--service"), QStringLiteral("svc"),    QStringLiteral("--project"),
                QStringLiteral("proj"),      QStringLiteral("--name"), name};
    }

    test::EngineFixture m_engine;
    QTemporaryDir m_dir;
    QString m_tokenFile;
};

const QByteArray kProbe
    = R"({"properties":{"taskType":"ConnectToSource.PostgreSql.Sync","input":{"sourceConnectionInfo":
  {"type":"PostgreSqlConnectionInfo","serverName":"127.0.0.1","port":1,"userName":"u","password":"pw"}}}})";

} // namespace

TEST_F(Cli, CreatesListsShowsWaitsAndReportsWithExitCodes)
{
    CliRun r = run({QStringLiteral("service"), QStringLiteral("create"), QStringLiteral("--name"),
                    QStringLiteral("svc"), QStringLiteral("--location"), QStringLiteral("local")});
    ASSERT_EQ(r.code, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(QLatin1String("Succeeded"))) << qPrintable(r.out);
    r = run({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("--service"), QStringLiteral("svc"),
             QStringLiteral("--name"), QStringLiteral("proj"), QStringLiteral("--source-platform"),
             QStringLiteral("PostgreSql"), QStringLiteral("--target-platform"),
             QStringLiteral("AzureDbForPostgreSql")});
    ASSERT_EQ(r.code, 0) << qPrintable(r.err);

    const QString file = writeFile(QStringLiteral("probe.json"), kProbe);
    r = run(QStringList{QStringLiteral("task"), QStringLiteral("create")} + task(QStringLiteral("probe"))
            + QStringList{QStringLiteral("--file"), file});
    ASSERT_EQ(r.code, 0) << qPrintable(r.err);
    EXPECT_FALSE(r.out.contains(QLatin1String("pw"))) << "the password is never printed";

    // Nothing listens on port 1: the task fails, so waiting for Succeeded ends with status 7.
    r = run(QStringList{QStringLiteral("task"), QStringLiteral("wait")} + task(QStringLiteral("probe"))
            + QStringList{QStringLiteral("--until"), QStringLiteral("Succeeded"), QStringLiteral("--timeout"),
                          QStringLiteral("30"), QStringLiteral("--poll-interval"), QStringLiteral("0.1")});
    EXPECT_EQ(r.code, 7) << qPrintable(r.err);
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("Failed"));
    r = run(QStringList{QStringLiteral("task"), QStringLiteral("wait")} + task(QStringLiteral("probe"))
            + QStringList{QStringLiteral("--until"), QStringLiteral("Failed,Succeeded")});
    EXPECT_EQ(r.code, 0);

    r = run({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--service"), QStringLiteral("svc"),
             QStringLiteral("--project"), QStringLiteral("proj")});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.startsWith(QLatin1String("NAME"))) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(QLatin1String("probe")));

    r = run(
        QStringList{QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("task"), QStringLiteral("show")}
        + task(QStringLiteral("probe")) + QStringList{QStringLiteral("--expand"), QStringLiteral("output")});
    ASSERT_EQ(r.code, 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(shown[QLatin1String("properties")][QLatin1String("state")].toString(), QStringLiteral("Failed"));
    EXPECT_FALSE(shown[QLatin1String("properties")][QLatin1String("input")][QLatin1String("sourceConnectionInfo")]
                     .toObject()
                     .contains(QLatin1String("password")));

    // A command the task does not take: the server's code and message on stderr, status 1.
    r = run(QStringList{QStringLiteral("task"), QStringLiteral("command")} + task(QStringLiteral("probe"))
            + QStringList{QStringLiteral("--type"), QStringLiteral("Migrate.Sync.Complete.Database"),
                          QStringLiteral("--database"), QStringLiteral("inventory")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("InvalidCommand"))) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QLatin1String("request id:")));

    r = run(QStringList{QStringLiteral("task"), QStringLiteral("cancel")} + task(QStringLiteral("probe")));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("TaskNotCancellable")));

    r = run(QStringList{QStringLiteral("task"), QStringLiteral("show")} + task(QStringLiteral("missing")));
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QLatin1String("ResourceNotFound")));

    r = run(QStringList{QStringLiteral("task"), QStringLiteral("delete")} + task(QStringLiteral("probe")));
    EXPECT_EQ(r.code, 0);
}

TEST_F(Cli, AProjectIsCreatedInItsServicesRegion)
{
    const auto projectLocation = [this](const QString &name) {
        const CliRun shown = run({QStringLiteral("project"), QStringLiteral("show"), QStringLiteral("--service"),
                                  QStringLiteral("west"), QStringLiteral("--name"), name, QStringLiteral("--output"),
                                  QStringLiteral("json")});
        return QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QLatin1String("location")).toString();
    };
    CliRun r = run({QStringLiteral("service"), QStringLiteral("create"), QStringLiteral("--name"),
                    QStringLiteral("west"), QStringLiteral("--location"), QStringLiteral("westeurope")});
    ASSERT_EQ(r.code, 0) << qPrintable(r.err);
    const QStringList project{QStringLiteral("project"),
                              QStringLiteral("create"),
                              QStringLiteral("--service"),
                              QStringLiteral("west"),
                              QStringLiteral("--source-platform"),
                              QStringLiteral("MySQL"),
                              QStringLiteral("--target-platform"),
                              QStringLiteral("AzureDbForMySql"),
                              QStringLiteral("--name")};
    r = run(project + QStringList{QStringLiteral("shop")});
    ASSERT_EQ(r.code, 0) << qPrintable(r.err);
    EXPECT_EQ(projectLocation(QStringLiteral("shop")), QStringLiteral("westeurope"));
    // --location still says where.
    r = run(project + QStringList{QStringLiteral("other"), QStringLiteral("--location"), QStringLiteral("eastus")});
    EXPECT_EQ(r.code, 0) << qPrintable(r.err);
    EXPECT_EQ(projectLocation(QStringLiteral("other")), QStringLiteral("eastus"));
    // Without the service there is no region to take: the service is named as missing.
    r = run({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("--service"), QStringLiteral("gone"),
             QStringLiteral("--name"), QStringLiteral("p"), QStringLiteral("--source-platform"),
             QStringLiteral("MySQL"), QStringLiteral("--target-platform"), QStringLiteral("AzureDbForMySql")});
    EXPECT_EQ(r.code, 3) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QLatin1String("gone"))) << qPrintable(r.err);
}

TEST_F(Cli, WaitTimesOut)
{
    ASSERT_NO_FATAL_FAILURE(createServiceAndProject());
    ASSERT_EQ(
        run({QStringLiteral("service"), QStringLiteral("stop"), QStringLiteral("--service"), QStringLiteral("svc")})
            .code,
        0);
    ASSERT_EQ(run(QStringList{QStringLiteral("task"), QStringLiteral("create")} + task(QStringLiteral("queued"))
                  + QStringList{QStringLiteral("--file"), writeFile(QStringLiteral("p.json"), kProbe)})
                  .code,
              0);
    const CliRun r
        = run(QStringList{QStringLiteral("task"), QStringLiteral("wait")} + task(QStringLiteral("queued"))
              + QStringList{QStringLiteral("--until"), QStringLiteral("Succeeded"), QStringLiteral("--timeout"),
                            QStringLiteral("0.5"), QStringLiteral("--poll-interval"), QStringLiteral("0.1")});
    EXPECT_EQ(r.code, 6);
    EXPECT_TRUE(r.err.contains(QLatin1String("timed out"))) << qPrintable(r.err);
}

TEST_F(Cli, ValidatesOfflineWithPaths)
{
    CliRun r = run({QStringLiteral("task"), QStringLiteral("validate"), writeFile(QStringLiteral("ok.json"), kProbe)},
                   false);
    EXPECT_EQ(r.code, 0) << qPrintable(r.out);
    r = run(
        {QStringLiteral("task"), QStringLiteral("validate"),
         writeFile(
             QStringLiteral("bad.json"),
             R"({"properties":{"taskType":"GetUserTablesPostgreSql","input":{"connectionInfo":{"type":"PostgreSqlConnectionInfo","port":"x"}}}})")},
        false);
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(
        r.out.contains(QLatin1String("error: properties.input.connectionInfo.port: expected integer, got string")))
        << qPrintable(r.out);
    EXPECT_TRUE(
        r.out.contains(QLatin1String("error: properties.input.connectionInfo.serverName: required field missing")));
    EXPECT_TRUE(r.out.contains(QLatin1String("error: properties.input.selectedDatabases: required field missing")));
    r = run({QStringLiteral("task"), QStringLiteral("validate"), writeFile(QStringLiteral("nojson.json"), "{")}, false);
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.out.contains(QLatin1String("not valid JSON")));
}

TEST_F(Cli, UsageErrorsAndUnreachableEngine)
{
    EXPECT_EQ(
        run({QStringLiteral("--password"), QStringLiteral("x"), QStringLiteral("task"), QStringLiteral("list")}).code,
        2);
    EXPECT_EQ(run({QStringLiteral("task"), QStringLiteral("list")}).code, 2); // --service missing
    const CliRun help = run({QStringLiteral("--help")}, false);
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.out.contains(QLatin1String("Exit status:")));
    // Packaging checks and scripts ask an installed binary for its version, with nothing else.
    const CliRun version = run({QStringLiteral("--version")}, false);
    EXPECT_EQ(version.code, 0);
    EXPECT_EQ(version.out.trimmed(), QStringLiteral("godwit-cli %1").arg(QLatin1String(GODWIT_VERSION)));
    EXPECT_EQ(run({QStringLiteral("widgets"), QStringLiteral("list")}).code, 2);
    const CliRun down = run({QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("sku"),
                             QStringLiteral("list")},
                            false);
    EXPECT_EQ(down.code, 5);
    const CliRun badToken
        = run({QStringLiteral("--endpoint"), m_engine.engine().url().toString(), QStringLiteral("--token-file"),
               writeFile(QStringLiteral("wrong"), "nope"), QStringLiteral("sku"), QStringLiteral("list")},
              false);
    EXPECT_EQ(badToken.code, 4);
}

TEST_F(Cli, NullPasswordsAreAskedForNeverTakenFromArguments)
{
    ASSERT_NO_FATAL_FAILURE(createServiceAndProject());
    const QString file
        = writeFile(QStringLiteral("null.json"),
                    R"({"properties":{"taskType":"ConnectToSource.PostgreSql.Sync","input":{"sourceConnectionInfo":
      {"type":"PostgreSqlConnectionInfo","serverName":"db.internal","port":5432,"userName":"migrator","password":null}}}})");
    const auto runInProcess = [&](std::function<QString(const QString &)> ask, QString *prompted) {
        QString out, err;
        QTextStream o(&out), e(&err);
        cli::CliApp app({QStringLiteral("godwit-cli"), QStringLiteral("--endpoint"), m_engine.engine().url().toString(),
                         QStringLiteral("--token-file"), m_tokenFile, QStringLiteral("task"), QStringLiteral("create"),
                         QStringLiteral("--service"), QStringLiteral("svc"), QStringLiteral("--project"),
                         QStringLiteral("proj"), QStringLiteral("--name"), QStringLiteral("asked"),
                         QStringLiteral("--file"), file},
                        o, e);
        app.askPassword = [&](const QString &prompt) {
            *prompted = prompt;
            return ask(prompt);
        };
        int code = -1;
        QEventLoop loop;
        QObject::connect(&app, &cli::CliApp::finished, &loop, [&](int c) {
            code = c;
            loop.quit();
        });
        app.run();
        loop.exec();
        return code;
    };
    QString prompt;
    EXPECT_EQ(runInProcess([](const QString &) { return QString(); }, &prompt), 1);
    EXPECT_EQ(prompt,
              QStringLiteral("Password for migrator@db.internal (properties.input.sourceConnectionInfo.password): "));
    EXPECT_EQ(runInProcess([](const QString &) { return QStringLiteral("typed-secret"); }, &prompt), 0);
}

// A remote-engine profile saved by the console: the CLI finds it by name and takes the engine's
// token from the keychain (runs in the private keyring session of scripts/test).
TEST_F(Cli, UsesASavedRemoteEngineProfileWithItsTokenFromTheKeychain)
{
    service::ProfileStore store;
    service::Profile profile;
    profile.kind = service::Profile::Kind::RemoteEngine;
    profile.displayName = QStringLiteral("Lab engine");
    profile.engineUrl = m_engine.engine().url();
    profile.subscription = QStringLiteral("00000000-0000-0000-0000-000000000001");
    profile.resourceGroup = QStringLiteral("migrations");
    ASSERT_EQ(store.save(profile), QString());
    service::Keychain keychain;
    bool written = false;
    QEventLoop loop;
    keychain.write(profile.keychainScope(), service::KeychainTokenProvider::engineTokenName(),
                   core::Secret(m_engine.engine().token()), &loop, [&](const service::KeychainResult &result) {
                       written = result.status == service::KeychainResult::Status::Ok;
                       loop.quit();
                   });
    loop.exec();
    ASSERT_TRUE(written) << "the keychain is not available: run the tests with scripts/test";
    m_engine.createServiceAndProject();

    // Subscription and resource group come from the profile.
    const CliRun r = run({QStringLiteral("--profile"), QStringLiteral("lab engine"), QStringLiteral("project"),
                          QStringLiteral("list"), QStringLiteral("--service"), QStringLiteral("svc")},
                         false);
    EXPECT_EQ(r.code, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(QLatin1String("proj"))) << qPrintable(r.out);

    const CliRun unknown = run(
        {QStringLiteral("--profile"), QStringLiteral("nope"), QStringLiteral("sku"), QStringLiteral("list")}, false);
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.err.contains(QLatin1String("Lab engine"))) << qPrintable(unknown.err);
}

// Saved connections from the shell: saved with the password on standard input, listed without it,
// and used to fill the null password of a task file, which then really signs in to PostgreSQL.
TEST_F(Cli, SavedConnectionsFillNullPasswordsFromTheKeychain)
{
    test::PgCluster cluster(test::PgCluster::Options{{}, 10, 10, QStringLiteral("pg-secret-7d1"), {}});
    QString error;
    ASSERT_TRUE(cluster.start(&error)) << qPrintable(error);
    m_engine.createServiceAndProject();
    // The fixture's service and project live under its own subscription and resource group.
    const auto task = [this](const QString &taskName) {
        return this->task(taskName)
               + QStringList{QStringLiteral("--subscription"), QStringLiteral("00000000-0000-0000-0000-000000000001"),
                             QStringLiteral("--resource-group"), QStringLiteral("migrations")};
    };
    const QString name = QStringLiteral("cli source %1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QByteArray info = QStringLiteral(R"({"type":"PostgreSqlConnectionInfo","serverName":"127.0.0.1","port":%1,
        "databaseName":"postgres","userName":"godwit","encryptConnection":false,"trustServerCertificate":true})")
                                .arg(cluster.port())
                                .toUtf8();
    const QString infoFile = writeFile(QStringLiteral("info.json"), info);

    const CliRun saved = run({QStringLiteral("connection"), QStringLiteral("save"), QStringLiteral("--name"), name,
                              QStringLiteral("--file"), infoFile, QStringLiteral("--password-stdin")},
                             false, "pg-secret-7d1\n");
    ASSERT_EQ(saved.code, 0) << qPrintable(saved.err);
    EXPECT_TRUE(saved.out.contains(QLatin1String("password in the keychain"))) << qPrintable(saved.out);

    const CliRun listed = run({QStringLiteral("connection"), QStringLiteral("list")}, false);
    ASSERT_EQ(listed.code, 0) << qPrintable(listed.err);
    EXPECT_TRUE(listed.out.contains(name)) << qPrintable(listed.out);
    EXPECT_TRUE(listed.out.contains(QStringLiteral("godwit@127.0.0.1:%1").arg(cluster.port())))
        << qPrintable(listed.out);
    const CliRun shown
        = run({QStringLiteral("connection"), QStringLiteral("show"), QStringLiteral("--name"), name}, false);
    ASSERT_EQ(shown.code, 0);
    EXPECT_FALSE(shown.out.contains(QLatin1String("pg-secret-7d1")));
    EXPECT_FALSE(listed.out.contains(QLatin1String("pg-secret-7d1")));

    const QString taskFile = writeFile(
        QStringLiteral("task.json"),
        QStringLiteral(R"({"properties":{"taskType":"ConnectToSource.PostgreSql.Sync","input":{"sourceConnectionInfo":
          {"type":"PostgreSqlConnectionInfo","serverName":"127.0.0.1","port":%1,"databaseName":"postgres",
           "userName":"godwit","password":null,"encryptConnection":false,"trustServerCertificate":true}}}})")
            .arg(cluster.port())
            .toUtf8());
    const CliRun created
        = run(task(QStringLiteral("probe")) + QStringList{QStringLiteral("--source-connection"), name}
              + QStringList{QStringLiteral("task"), QStringLiteral("create"), QStringLiteral("--file"), taskFile});
    ASSERT_EQ(created.code, 0) << qPrintable(created.err);
    const CliRun waited
        = run(task(QStringLiteral("probe"))
              + QStringList{QStringLiteral("task"), QStringLiteral("wait"), QStringLiteral("--until"),
                            QStringLiteral("Succeeded"), QStringLiteral("--timeout"), QStringLiteral("60"),
                            QStringLiteral("--poll-interval"), QStringLiteral("0.2")});
    EXPECT_EQ(waited.code, 0) << qPrintable(waited.out + waited.err);
    const CliRun shownTask = run(task(QStringLiteral("probe"))
                                 + QStringList{QStringLiteral("task"), QStringLiteral("show"),
                                               QStringLiteral("--expand"), QStringLiteral("output")});
    EXPECT_TRUE(shownTask.out.contains(QLatin1String("sourceServerVersion=15"))) << qPrintable(shownTask.out);
    EXPECT_FALSE(shownTask.out.contains(QLatin1String("error:"))) << qPrintable(shownTask.out);

    // A saved password goes only to the server it was saved for.
    const QString elsewhere
        = writeFile(QStringLiteral("elsewhere.json"),
                    R"({"properties":{"taskType":"ConnectToSource.PostgreSql.Sync","input":{"sourceConnectionInfo":
          {"type":"PostgreSqlConnectionInfo","serverName":"attacker.example","port":5432,"userName":"godwit","password":null}}}})");
    const CliRun refused
        = run(task(QStringLiteral("leak")) + QStringList{QStringLiteral("--source-connection"), name}
              + QStringList{QStringLiteral("task"), QStringLiteral("create"), QStringLiteral("--file"), elsewhere});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QLatin1String("properties.input.sourceConnectionInfo.serverName")))
        << qPrintable(refused.err);
    EXPECT_EQ(run(task(QStringLiteral("leak")) + QStringList{QStringLiteral("task"), QStringLiteral("show")}).code, 3);

    // Unknown connection names and a connection with no null password to fill are errors.
    const CliRun unknown
        = run(task(QStringLiteral("x"))
              + QStringList{QStringLiteral("--source-connection"), QStringLiteral("no such connection")}
              + QStringList{QStringLiteral("task"), QStringLiteral("create"), QStringLiteral("--file"), taskFile});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_TRUE(unknown.err.contains(QLatin1String("no such connection"))) << qPrintable(unknown.err);
    const QString withPassword = writeFile(QStringLiteral("probe.json"), kProbe);
    const CliRun unused
        = run(task(QStringLiteral("y")) + QStringList{QStringLiteral("--target-connection"), name}
              + QStringList{QStringLiteral("task"), QStringLiteral("create"), QStringLiteral("--file"), withPassword});
    EXPECT_EQ(unused.code, 2);
    EXPECT_TRUE(unused.err.contains(QLatin1String("--target-connection"))) << qPrintable(unused.err);

    const CliRun deleted
        = run({QStringLiteral("connection"), QStringLiteral("delete"), QStringLiteral("--name"), name}, false);
    EXPECT_EQ(deleted.code, 0) << qPrintable(deleted.err);
    EXPECT_EQ(run({QStringLiteral("connection"), QStringLiteral("show"), QStringLiteral("--name"), name}, false).code,
              3);
}
