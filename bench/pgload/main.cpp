// godwit-bench-pgload: how long the initial load of an online PostgreSQL migration takes in the
// engine (task created → database READY_TO_COMPLETE, i.e. schema, parallel copy, indexes and a
// caught-up subscription), next to the usual ways of copying a database: pg_dump -Fc | pg_restore,
// pg_dump | psql, and pgcopydb clone. Two throwaway servers, the same data for every method,
// alternating runs, medians. Not a test: run it by hand and write the numbers into bench/README.md.

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include "engine/drivers/pg/pgtools.h"
#include "engine/engine.h"
#include "support/pgcluster.h"

namespace {

using godwit::test::PgCluster;

const QString kPassword = QStringLiteral("bench-pass");
const QString kSourceDb = QStringLiteral("bench");
const QStringList kTables{QStringLiteral("customers"), QStringLiteral("orders"), QStringLiteral("order_lines")};

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "godwit-bench-pgload: %s\n", qPrintable(message));
    std::exit(1);
}

void sql(const PgCluster &cluster, const QString &db, const QString &statement)
{
    QString out;
    if (!cluster.psql(db, statement, &out))
        die(QStringLiteral("%1: %2").arg(statement.left(80), out));
}

QString value(const PgCluster &cluster, const QString &db, const QString &statement)
{
    QString out;
    if (!cluster.psql(db, statement, &out))
        die(QStringLiteral("%1: %2").arg(statement.left(80), out));
    return out.trimmed();
}

// A realistic shop: customers, their orders and the orders' lines, `rows` rows in all, with the
// keys, foreign keys and secondary indexes such a schema has.
void loadData(const PgCluster &source, qint64 rows)
{
    const qint64 customers = rows / 10;
    const qint64 orders = rows * 3 / 10;
    const qint64 lines = rows - customers - orders;
    sql(source, QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(kSourceDb));
    sql(source, kSourceDb,
        QStringLiteral(R"sql(
SELECT setseed(0.42);
CREATE TABLE customers (
  id bigserial PRIMARY KEY, name text NOT NULL, email text NOT NULL, country char(2) NOT NULL,
  created_at timestamptz NOT NULL, profile jsonb);
INSERT INTO customers (name, email, country, created_at, profile)
SELECT 'Customer ' || g, 'c' || g || '@example.com', (ARRAY['DE','FR','NL','US','JP'])[1 + g % 5],
       timestamptz '2020-01-01' + g * interval '7 minutes',
       jsonb_build_object('tier', g % 4, 'newsletter', g % 3 = 0)
  FROM generate_series(1, %1) g;
CREATE UNIQUE INDEX customers_email ON customers (email);
CREATE TABLE orders (
  id bigserial PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id),
  ordered_at timestamptz NOT NULL, status text NOT NULL, total numeric(12,2) NOT NULL, note text);
INSERT INTO orders (customer_id, ordered_at, status, total, note)
SELECT 1 + (g::bigint * 7919) % %1, timestamptz '2021-01-01' + g * interval '1 minute',
       (ARRAY['new','paid','shipped','returned'])[1 + g % 4], round((random() * 500)::numeric, 2),
       CASE WHEN g % 5 = 0 THEN 'note ' || md5(g::text) END
  FROM generate_series(1, %2) g;
CREATE INDEX orders_customer ON orders (customer_id);
CREATE INDEX orders_date ON orders (ordered_at);
CREATE TABLE order_lines (
  id bigserial PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id), product text NOT NULL,
  quantity int NOT NULL, price numeric(10,2) NOT NULL);
INSERT INTO order_lines (order_id, product, quantity, price)
SELECT 1 + (g::bigint * 104729) % %2, 'product-' || (g % 5000), 1 + g % 9, round((random() * 100)::numeric, 2)
  FROM generate_series(1, %3) g;
CREATE INDEX order_lines_order ON order_lines (order_id);
VACUUM ANALYZE;
)sql")
            .arg(customers)
            .arg(orders)
            .arg(lines));
}

qint64 rowCount(const PgCluster &cluster, const QString &db)
{
    QStringList counts;
    for (const QString &table : kTables)
        counts.append(QStringLiteral("(SELECT count(*) FROM %1)").arg(table));
    return value(cluster, db, QString(QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + ")))).toLongLong();
}

// The engine over its REST API, as a client drives it.
class EngineClient
{
public:
    explicit EngineClient(const QString &dataDir)
    {
        godwit::engine::EngineOptions options;
        options.dataDir = dataDir;
        options.port = 0;
        options.token = godwit::engine::Engine::generateToken();
        options.lroDelayMs = 10;
        QString error;
        m_engine = godwit::engine::Engine::start(options, &error);
        if (!m_engine)
            die(QStringLiteral("the engine did not start: %1").arg(error));
        m_token = options.token;
    }

    QJsonObject request(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                        const QString &query = QStringLiteral("api-version=2025-06-30"))
    {
        QUrl url = m_engine->url();
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(
            req, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        reply->deleteLater();
        if (status >= 400 || status == 0)
            die(QStringLiteral("%1 %2 answered %3: %4")
                    .arg(QString::fromLatin1(method), path)
                    .arg(status)
                    .arg(QString::fromUtf8(data)));
        return QJsonDocument::fromJson(data).object();
    }

private:
    std::unique_ptr<godwit::engine::Engine> m_engine;
    QString m_token;
    QNetworkAccessManager m_network;
};

const QString kProject = QStringLiteral("/subscriptions/00000000-0000-0000-0000-00000000beef/resourceGroups/bench/"
                                        "providers/Microsoft.DataMigration/services/svc/projects/proj");

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QJsonObject databaseItem(const QJsonObject &task)
{
    for (const QJsonValue &v : task[u"properties"][u"output"].toArray()) {
        if (v[u"resultType"].toString() == QLatin1String("DatabaseLevelOutput"))
            return v.toObject();
    }
    return {};
}

// Created → READY_TO_COMPLETE, in seconds; then cancelled, which removes the replication objects.
double runEngine(EngineClient &client, const PgCluster &source, const PgCluster &target, const QString &targetDb,
                 int run)
{
    const QString task = QStringLiteral("%1/tasks/load-%2").arg(kProject).arg(run);
    const auto info = [](const PgCluster &c) { return c.connectionInfo(PgCluster::superUser(), kPassword).toJson(); };
    const QJsonObject body{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("taskType"), QStringLiteral("Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2")},
                     {QStringLiteral("input"),
                      QJsonObject{{QStringLiteral("sourceConnectionInfo"), info(source)},
                                  {QStringLiteral("targetConnectionInfo"), info(target)},
                                  {QStringLiteral("selectedDatabases"),
                                   QJsonArray{QJsonObject{{QStringLiteral("name"), kSourceDb},
                                                          {QStringLiteral("targetDatabaseName"), targetDb}}}}}}}}};
    QElapsedTimer timer;
    timer.start();
    client.request("PUT", task, body);
    for (;;) {
        const QJsonObject now
            = client.request("GET", task, {}, QStringLiteral("api-version=2025-06-30&$expand=output"));
        const QString state = now[u"properties"][u"state"].toString();
        if (databaseItem(now)[u"migrationState"].toString() == QLatin1String("READY_TO_COMPLETE"))
            break;
        if (state != QLatin1String("Queued") && state != QLatin1String("Running"))
            die(QStringLiteral("the migration task ended %1: %2")
                    .arg(state, QString::fromUtf8(QJsonDocument(now).toJson(QJsonDocument::Compact))));
        wait(100);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    client.request("POST", task + QStringLiteral("/cancel"));
    for (;;) {
        const QString state = client.request("GET", task)[u"properties"][u"state"].toString();
        if (state == QLatin1String("Canceled"))
            break;
        wait(100);
    }
    return seconds;
}

// Runs a shell pipeline with the password in its environment; its time in seconds.
double runShell(const QString &command)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), kPassword);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("/bin/bash"),
                  {QStringLiteral("-o"), QStringLiteral("pipefail"), QStringLiteral("-c"), command});
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        die(QStringLiteral("`%1` failed: %2").arg(command, QString::fromUtf8(process.readAll()).right(2000)));
    return double(timer.nsecsElapsed()) / 1e9;
}

QString median(QList<double> values, double *out)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    *out = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    return QString::number(*out, 'f', 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the engine's initial load against pg_dump, pg_restore, psql "
                                                    "and pgcopydb on two throwaway PostgreSQL servers."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows in all tables (default 1000000)."),
                                        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Runs of each method (default 3)."),
                                          QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({rowsOption, roundsOption});
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    const QString pgDump = godwit::engine::pg::clientProgram(QStringLiteral("pg_dump"));
    const QString pgRestore = godwit::engine::pg::clientProgram(QStringLiteral("pg_restore"));
    const QString psql = godwit::engine::pg::clientProgram(QStringLiteral("psql"));
    const QString pgcopydb = QStandardPaths::findExecutable(QStringLiteral("pgcopydb"));

    // The same settings on both servers; durability off for all methods alike.
    PgCluster::Options options;
    options.superPassword = kPassword;
    options.settings = {QStringLiteral("shared_buffers = 256MB"), QStringLiteral("max_wal_size = 8GB"),
                        QStringLiteral("checkpoint_timeout = 30min"), QStringLiteral("max_connections = 100")};
    PgCluster source(options);
    PgCluster target(options);
    QString error;
    if (!source.start(&error) || !target.start(&error))
        die(error);
    std::printf("loading %lld rows into the source...\n", static_cast<long long>(rows));
    std::fflush(stdout);
    loadData(source, rows);
    const qint64 sourceRows = rowCount(source, kSourceDb);
    const QString size
        = value(source, kSourceDb, QStringLiteral("SELECT pg_size_pretty(pg_database_size(current_database()))"));
    std::printf("source: %lld rows, %s, PostgreSQL %s, %d CPU cores\n", static_cast<long long>(sourceRows),
                qPrintable(size),
                qPrintable(value(source, QStringLiteral("postgres"), QStringLiteral("SHOW server_version"))),
                QThread::idealThreadCount());

    QTemporaryDir engineDir;
    EngineClient client(engineDir.filePath(QStringLiteral("engine")));
    client.request(
        "PUT", kProject.section(QStringLiteral("/projects/"), 0, 0),
        QJsonObject{{QStringLiteral("location"), QStringLiteral("local")},
                    {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Premium_4vCores")}}},
                    {QStringLiteral("properties"), QJsonObject{}}});
    wait(200);
    client.request(
        "PUT", kProject,
        QJsonObject{{QStringLiteral("location"), QStringLiteral("local")},
                    {QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("sourcePlatform"), QStringLiteral("PostgreSql")},
                                 {QStringLiteral("targetPlatform"), QStringLiteral("AzureDbForPostgreSql")}}}});

    const QString src = QStringLiteral("-h 127.0.0.1 -p %1 -U godwit").arg(source.port());
    const QString dst = QStringLiteral("-h 127.0.0.1 -p %1 -U godwit").arg(target.port());
    struct Method
    {
        QString name;
        std::function<double(const QString &targetDb, int run)> run;
    };
    QList<Method> methods{
        {QStringLiteral("godwit engine (created -> READY_TO_COMPLETE)"),
         [&](const QString &db, int run) { return runEngine(client, source, target, db, run); }},
        {QStringLiteral("pg_dump -Fc | pg_restore"),
         [&](const QString &db, int) {
             sql(target, QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(db));
             return runShell(QStringLiteral("%1 -Fc %2 -d %3 | %4 --no-owner %5 -d %6")
                                 .arg(pgDump, src, kSourceDb, pgRestore, dst, db));
         }},
        {QStringLiteral("pg_dump | psql"),
         [&](const QString &db, int) {
             sql(target, QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(db));
             return runShell(QStringLiteral("%1 %2 -d %3 | %4 -X -q -v ON_ERROR_STOP=1 %5 -d %6 > /dev/null")
                                 .arg(pgDump, src, kSourceDb, psql, dst, db));
         }},
    };
    if (!pgcopydb.isEmpty()) {
        methods.append({QStringLiteral("pgcopydb clone"), [&](const QString &db, int run) {
                            sql(target, QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(db));
                            const QString dir = engineDir.filePath(QStringLiteral("pgcopydb-%1").arg(run));
                            return runShell(
                                QStringLiteral("%1 clone --source postgres://godwit@127.0.0.1:%2/%3 --target "
                                               "postgres://godwit@127.0.0.1:%4/%5 --dir %6 --no-owner --no-acl "
                                               "> %6.log 2>&1")
                                    .arg(pgcopydb)
                                    .arg(source.port())
                                    .arg(kSourceDb)
                                    .arg(target.port())
                                    .arg(db, dir));
                        }});
    } else {
        std::printf("pgcopydb is not installed: it is left out (Debian: apt install pgcopydb)\n");
    }

    std::map<QString, QList<double>> times;
    for (int round = 0; round < rounds; ++round) {
        // Each round starts with another method, so no method always runs on a warm or cold cache.
        for (qsizetype k = 0; k < methods.size(); ++k) {
            const Method &method = methods.at((k + round) % methods.size());
            const QString db = QStringLiteral("copy_%1_%2").arg(round).arg((k + round) % methods.size());
            const double seconds = method.run(db, round);
            const qint64 copied = rowCount(target, db);
            if (copied != sourceRows)
                die(QStringLiteral("%1 copied %2 rows of %3").arg(method.name).arg(copied).arg(sourceRows));
            times[method.name].append(seconds);
            std::printf("round %d  %-44s %7.2f s\n", round + 1, qPrintable(method.name), seconds);
            std::fflush(stdout);
            sql(target, QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(db));
            sql(target, QStringLiteral("postgres"), QStringLiteral("CHECKPOINT"));
            sql(source, QStringLiteral("postgres"), QStringLiteral("CHECKPOINT"));
        }
    }

    double engine = 0;
    median(times[methods.first().name], &engine);
    std::printf("\n%-44s %10s %10s %12s\n", "method", "median s", "min s", "vs engine");
    for (const Method &method : std::as_const(methods)) {
        double m = 0;
        const QString text = median(times[method.name], &m);
        const double fastest = *std::min_element(times[method.name].cbegin(), times[method.name].cend());
        std::printf("%-44s %10s %10.2f %11.2fx\n", qPrintable(method.name), qPrintable(text), fastest, m / engine);
    }
    std::printf(
        "\n(%d rounds; \"vs engine\" is the method's median over the engine's: above 1 means slower than the engine)\n",
        rounds);
    return 0;
}
