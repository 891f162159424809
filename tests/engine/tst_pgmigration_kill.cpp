// The online PostgreSQL migration survives the godwit-engine program being killed (SIGKILL, no orderly
// shutdown) while the database replicates: the program started again on the same data directory still
// has the task, takes the cutover command and finishes it, and nothing of the replication remains.

#include <functional>
#include <memory>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>
#include <sys/types.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

#include "support/migrationtask.h"
#include "support/pgcluster.h"
#include "support/printers.h"

namespace {

using godwit::test::PgCluster;

const QString kPassword = QStringLiteral("s3cret 'pass' \"wörd\"");
const QString kRg = QStringLiteral("/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/migrations/"
                                   "providers/Microsoft.DataMigration/");
const QString kService = QString(kRg + QStringLiteral("services/svc"));
const QString kProject = QString(kService + QStringLiteral("/projects/proj"));
const QString kTask = QString(kProject + QStringLiteral("/tasks/killed"));
const QString kApi = QStringLiteral("api-version=2025-06-30");
const QString kApiOutput = QStringLiteral("api-version=2025-06-30&$expand=output");
constexpr int kWaitMs = 60000;

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Spins the event loop until `done` says so or `timeoutMs` pass; returns whether it did.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() >= timeoutMs)
            return false;
        spin(20);
    }
    return true;
}

std::string text(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QString networkError;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject properties() const { return json().value(QLatin1String("properties")).toObject(); }
    std::string describe() const
    {
        return QString(QString::number(status) + QLatin1Char(' ') + networkError + QLatin1Char(' ')
                       + QString::fromUtf8(body))
            .toStdString();
    }
};

/// The godwit-engine program on a loopback port; killed (SIGKILL) when the guard goes, whatever the path.
class EngineProcess final
{
public:
    EngineProcess(QString dataDir, QString tokenFile, QString stderrFile)
        : m_dataDir(std::move(dataDir))
        , m_tokenFile(std::move(tokenFile))
        , m_stderrFile(std::move(stderrFile))
    {
    }
    ~EngineProcess() { killHard(); }
    EngineProcess(const EngineProcess &) = delete;
    EngineProcess &operator=(const EngineProcess &) = delete;

    /// Starts the program and reads where it listens and its token; on failure *error says why.
    bool start(QString *error)
    {
        m_process.setStandardErrorFile(m_stderrFile, QIODevice::Append);
#ifdef Q_OS_LINUX
        // Should this test process die first, the engine dies with it.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        m_process.start(QStringLiteral(GODWIT_ENGINE_BINARY),
                        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
                         m_dataDir, QStringLiteral("--token-file"), m_tokenFile, QStringLiteral("--operation-delay-ms"),
                         QStringLiteral("50")});
        if (!spinUntil([this] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; }, 15000)
            || !m_process.canReadLine()) {
            *error = QString(QStringLiteral("godwit-engine printed no ready line: ") + m_process.errorString()
                             + QStringLiteral("\n") + stderrText());
            return false;
        }
        const QJsonObject ready = QJsonDocument::fromJson(m_process.readLine()).object();
        m_url = QUrl(ready.value(QLatin1String("url")).toString());
        QFile token(m_tokenFile);
        if (!m_url.isValid() || m_url.port() <= 0 || !token.open(QIODevice::ReadOnly)) {
            *error = QString(QStringLiteral("bad ready line or no token file: ") + stderrText());
            return false;
        }
        m_token = token.readAll().trimmed();
        return true;
    }

    qint64 pid() const
    {
        return m_process.processId();
    }
    bool isRunning() const
    {
        return m_process.state() != QProcess::NotRunning;
    }
    QProcess::ExitStatus exitStatus() const
    {
        return m_process.exitStatus();
    }

    /// SIGKILL, then waits (spinning the event loop) until the process is gone.
    bool killHard(int timeoutMs = 15000)
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        if (m_process.processId() > 0)
            ::kill(pid_t(m_process.processId()), SIGKILL);
        if (spinUntil([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs))
            return true;
        return m_process.waitForFinished(1000);
    }

    QString stderrText() const
    {
        QFile f(m_stderrFile);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    Reply request(const QByteArray &method, const QString &path, const QString &query, const QJsonObject &body = {})
    {
        QUrl url = m_url;
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest req(url);
        req.setTransferTimeout(20000);
        req.setRawHeader("Authorization", "Bearer " + m_token);
        QByteArray data;
        if (!body.isEmpty()) {
            data = QJsonDocument(body).toJson(QJsonDocument::Compact);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        }
        QNetworkReply *reply = m_network.sendCustomRequest(req, method, data);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && out.status == 0)
            out.networkError = reply->errorString();
        reply->deleteLater();
        return out;
    }

private:
    QString m_dataDir;
    QString m_tokenFile;
    QString m_stderrFile;
    QProcess m_process;
    QNetworkAccessManager m_network;
    QUrl m_url;
    QByteArray m_token;
};

QString taskState(const QJsonObject &properties)
{
    return properties.value(QLatin1String("state")).toString();
}

bool isTerminal(const QString &state)
{
    return state == QLatin1String("Succeeded") || state == QLatin1String("Failed")
           || state == QLatin1String("FailedInputValidation") || state == QLatin1String("Faulted")
           || state == QLatin1String("Canceled");
}

QString databaseState(const QJsonObject &properties, const QString &name)
{
    for (const QJsonValue &v : properties.value(QLatin1String("output")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("resultType")).toString() == QLatin1String("DatabaseLevelOutput")
            && o.value(QLatin1String("id")).toString() == QString(QStringLiteral("db|") + name))
            return o.value(QLatin1String("migrationState")).toString();
    }
    return {};
}

// Polls the task with its output until `done` says so or kWaitMs pass; returns the last properties.
QJsonObject waitFor(EngineProcess &engine, const std::function<bool(const QJsonObject &)> &done)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject last;
    while (timer.elapsed() < kWaitMs) {
        last = engine.request("GET", kTask, kApiOutput).properties();
        if (done(last))
            return last;
        spin(100);
    }
    return last;
}

bool readyOrOver(const QJsonObject &p)
{
    return databaseState(p, QStringLiteral("app")) == QLatin1String("READY_TO_COMPLETE") || isTerminal(taskState(p));
}

const QString kSchema = QStringLiteral(R"sql(
CREATE TABLE items (id serial PRIMARY KEY, name text, price numeric(10,2));
INSERT INTO items (name, price) SELECT 'item ' || g, g * 1.25 FROM generate_series(1, 2000) g;
CREATE TABLE tags (item int, tag text);
INSERT INTO tags SELECT g % 500, 'tag ' || g FROM generate_series(1, 600) g;
CREATE TABLE accounts (code text PRIMARY KEY, balance bigint NOT NULL, doc jsonb);
INSERT INTO accounts SELECT 'acc-' || g, g * 100, jsonb_build_object('g', g) FROM generate_series(1, 300) g;
CREATE SEQUENCE ticket_no START 1000;
SELECT nextval('ticket_no') FROM generate_series(1, 25);
ANALYZE;
)sql");

const QStringList kTables{QStringLiteral("items"), QStringLiteral("tags"), QStringLiteral("accounts")};

// Inserts, updates and deletes on every table, and the sequence moving on; `round` keeps them apart.
QString changes(int round)
{
    const int base = 10000 * round;
    return QStringLiteral(
               "INSERT INTO items (name, price) SELECT 'new %1 ' || g, g FROM generate_series(1, 50) g;"
               "UPDATE items SET name = name || ' u%1', price = price + 1 WHERE id % 7 = %1;"
               "DELETE FROM items WHERE id IN (SELECT id FROM items WHERE id % 11 = %1 ORDER BY id LIMIT 20);"
               "INSERT INTO tags SELECT %2 + g, 'new %1' FROM generate_series(1, 30) g;"
               "UPDATE tags SET tag = tag || ' u%1' WHERE item % 13 = %1;"
               "DELETE FROM tags WHERE item % 17 = %1;"
               "INSERT INTO accounts SELECT 'new-%1-' || g, g, '{\"new\": %1}' FROM generate_series(1, 20) g;"
               "UPDATE accounts SET balance = balance - 1, doc = doc || '{\"u\": %1}' WHERE balance % 9 = %1;"
               "DELETE FROM accounts WHERE code LIKE 'acc-%1_';"
               "SELECT nextval('ticket_no') FROM generate_series(1, 5);")
        .arg(round)
        .arg(base);
}

class PgMigrationKill : public ::testing::Test
{
protected:
    static QString query(const PgCluster &cluster, const QString &db, const QString &sql)
    {
        QString out;
        EXPECT_TRUE(cluster.psql(db, sql, &out)) << sql.toStdString() << ": " << out.toStdString();
        return out;
    }

    // The table's row count and a checksum of its rows in a fixed order.
    static QString fingerprint(const PgCluster &cluster, const QString &db, const QString &ident)
    {
        return query(
            cluster, db,
            QStringLiteral("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-')"
                           "  FROM %1 t")
                .arg(ident));
    }

    QJsonObject taskBody() const
    {
        return godwit::test::taskBody(
            QStringLiteral("Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2"),
            godwit::test::migrationInput(
                m_source->connectionInfo(PgCluster::superUser(), kPassword).toJson(),
                m_target->connectionInfo(PgCluster::superUser(), kPassword).toJson(),
                QJsonArray{godwit::test::selectedDatabase(QStringLiteral("app"), QStringLiteral("app_copy"))}));
    }

    std::unique_ptr<PgCluster> m_source;
    std::unique_ptr<PgCluster> m_target;
};

TEST_F(PgMigrationKill, EngineKilledWhileReplicatingKeepsTheTaskAndFinishesItAfterARestart)
{
    PgCluster::Options options;
    options.walLevel = QStringLiteral("logical");
    options.superPassword = kPassword;
    m_source = std::make_unique<PgCluster>(options);
    m_target = std::make_unique<PgCluster>(options);
    QString error;
    ASSERT_TRUE(m_source->start(&error)) << error.toStdString();
    ASSERT_TRUE(m_target->start(&error)) << error.toStdString();
    ASSERT_TRUE(m_source->createDatabase(QStringLiteral("app")));
    ASSERT_TRUE(m_source->psql(QStringLiteral("app"), kSchema, &error)) << error.toStdString();

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const QString tokenFile = dir.filePath(QStringLiteral("token"));
    const QString stderrFile = dir.filePath(QStringLiteral("engine.stderr"));

    QElapsedTimer phase;
    phase.start();
    auto first = std::make_unique<EngineProcess>(dataDir, tokenFile, stderrFile);
    ASSERT_TRUE(first->start(&error)) << error.toStdString();

    // A service (provisioned asynchronously), a project and the task.
    const Reply service = first->request(
        "PUT", kService, kApi,
        QJsonObject{{QStringLiteral("location"), QStringLiteral("local")},
                    {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Premium_4vCores")}}},
                    {QStringLiteral("properties"), QJsonObject{}}});
    ASSERT_EQ(service.status, 201) << service.describe();
    QString provisioning;
    ASSERT_TRUE(spinUntil(
        [&] {
            provisioning = first->request("GET", kService, kApi)
                               .properties()
                               .value(QLatin1String("provisioningState"))
                               .toString();
            return provisioning == QLatin1String("Succeeded");
        },
        kWaitMs))
        << "service not provisioned: " << provisioning.toStdString();
    const Reply project = first->request(
        "PUT", kProject, kApi,
        QJsonObject{{QStringLiteral("location"), QStringLiteral("local")},
                    {QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("sourcePlatform"), QStringLiteral("PostgreSql")},
                                 {QStringLiteral("targetPlatform"), QStringLiteral("AzureDbForPostgreSql")}}}});
    ASSERT_EQ(project.status, 201) << project.describe();
    const Reply created = first->request("PUT", kTask, kApi, taskBody());
    ASSERT_EQ(created.status, 201) << created.describe();

    const QJsonObject ready = waitFor(*first, readyOrOver);
    ASSERT_EQ(databaseState(ready, QStringLiteral("app")), QStringLiteral("READY_TO_COMPLETE"))
        << "not ready within " << kWaitMs << " ms: " << text(ready) << "\nengine stderr:\n"
        << first->stderrText().toStdString();
    ASSERT_EQ(taskState(ready), QStringLiteral("Running")) << text(ready);
    const qint64 readyMs = phase.elapsed();

    // Changes while it replicates, then the engine dies without any chance to clean up.
    for (int round = 1; round <= 3; ++round)
        query(*m_source, QStringLiteral("app"), changes(round));
    const qint64 pid = first->pid();
    ASSERT_GT(pid, 0);
    ASSERT_EQ(::kill(pid_t(pid), SIGKILL), 0);
    ASSERT_TRUE(spinUntil([&] { return !first->isRunning(); }, 15000)) << "the killed engine did not exit";
    EXPECT_EQ(first->exitStatus(), QProcess::CrashExit);
    first.reset();

    // More changes while no engine runs (the target's subscription keeps applying them on its own).
    for (int round = 4; round <= 6; ++round)
        query(*m_source, QStringLiteral("app"), changes(round));

    phase.restart();
    EngineProcess second(dataDir, tokenFile, stderrFile);
    ASSERT_TRUE(second.start(&error)) << error.toStdString();
    const Reply after = second.request("GET", kTask, kApiOutput);
    ASSERT_EQ(after.status, 200) << after.describe() << "\nengine stderr:\n" << second.stderrText().toStdString();
    EXPECT_EQ(taskState(after.properties()), QStringLiteral("Running")) << text(after.properties());

    const QJsonObject readyAgain = waitFor(second, readyOrOver);
    ASSERT_EQ(databaseState(readyAgain, QStringLiteral("app")), QStringLiteral("READY_TO_COMPLETE"))
        << "not ready again within " << kWaitMs << " ms after the restart: " << text(readyAgain) << "\nengine stderr:\n"
        << second.stderrText().toStdString();
    query(*m_source, QStringLiteral("app"), changes(7));

    // The cutover; 409 while the resumed run does not take commands yet (bounded).
    const QJsonObject complete{
        {QStringLiteral("commandType"), QStringLiteral("Migrate.Sync.Complete.Database")},
        {QStringLiteral("input"), QJsonObject{{QStringLiteral("databaseName"), QStringLiteral("app")}}}};
    Reply command;
    int conflicts = 0;
    ASSERT_TRUE(spinUntil(
        [&] {
            command = second.request("POST", QString(kTask + QStringLiteral("/command")), kApi, complete);
            if (command.status == 409) {
                ++conflicts;
                spin(200);
                return false;
            }
            return true;
        },
        kWaitMs))
        << "the command was refused for " << kWaitMs << " ms: " << command.describe();
    ASSERT_EQ(command.status, 200) << command.describe() << "\nengine stderr:\n" << second.stderrText().toStdString();

    const QJsonObject done = waitFor(second, [](const QJsonObject &p) { return isTerminal(taskState(p)); });
    ASSERT_EQ(taskState(done), QStringLiteral("Succeeded")) << text(done) << "\nengine stderr:\n"
                                                            << second.stderrText().toStdString();
    EXPECT_EQ(databaseState(done, QStringLiteral("app")), QStringLiteral("COMPLETE")) << text(done);
    const qint64 resumedMs = phase.elapsed();

    // Every row arrived, in every table; the sequence continues after the source's.
    for (const QString &ident : kTables)
        EXPECT_EQ(fingerprint(*m_target, QStringLiteral("app_copy"), ident),
                  fingerprint(*m_source, QStringLiteral("app"), ident))
            << ident.toStdString();
    EXPECT_EQ(query(*m_target, QStringLiteral("app_copy"), QStringLiteral("SELECT last_value FROM ticket_no")),
              query(*m_source, QStringLiteral("app"), QStringLiteral("SELECT last_value FROM ticket_no")));
    EXPECT_EQ(query(*m_target, QStringLiteral("app_copy"), QStringLiteral("SELECT last_value FROM items_id_seq")),
              query(*m_source, QStringLiteral("app"), QStringLiteral("SELECT last_value FROM items_id_seq")));

    // Nothing of the replication remains; the table without a key has its replica identity back.
    EXPECT_EQ(query(*m_source, QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_replication_slots")),
              QStringLiteral("0"));
    for (const QString &db : {QStringLiteral("postgres"), QStringLiteral("app")})
        EXPECT_EQ(query(*m_source, db, QStringLiteral("SELECT count(*) FROM pg_publication")), QStringLiteral("0"))
            << db.toStdString();
    EXPECT_EQ(query(*m_target, QStringLiteral("app_copy"), QStringLiteral("SELECT count(*) FROM pg_subscription")),
              QStringLiteral("0"));
    EXPECT_EQ(query(*m_source, QStringLiteral("app"),
                    QStringLiteral("SELECT relreplident FROM pg_class WHERE oid = 'tags'::regclass")),
              QStringLiteral("d"));

    std::printf("[ timings  ] first run to READY_TO_COMPLETE %lld ms; restart to Succeeded %lld ms; %d x 409\n",
                static_cast<long long>(readyMs), static_cast<long long>(resumedMs), conflicts);
    EXPECT_TRUE(second.killHard());
}

} // namespace
