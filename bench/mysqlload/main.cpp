// godwit-bench-mysqlload: how long the engine's offline MySQL migration (Migrate.MySql.AzureDbForMySql,
// task created → Succeeded: schema, rows, indexes) takes next to mariadb-dump | mariadb on the same
// two throwaway MariaDB servers, with the same data, alternating runs, medians. Not a test: run it by
// hand and write the numbers into bench/README.md.

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include "engine/engine.h"
#include "support/mariadbserver.h"

namespace {

using godwit::test::MariaDbServer;

const QString kPassword = QStringLiteral("bench-pass");
const QString kSourceDb = QStringLiteral("bench");
const QStringList kTables{QStringLiteral("customers"), QStringLiteral("orders"), QStringLiteral("order_lines")};

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "godwit-bench-mysqlload: %s\n", qPrintable(message));
    std::exit(1);
}

void sql(const MariaDbServer &server, const QString &db, const QString &statement)
{
    QString out;
    if (!server.sql(db, statement, &out))
        die(QStringLiteral("%1: %2").arg(statement.left(80), out));
}

QString value(const MariaDbServer &server, const QString &db, const QString &statement)
{
    QString out;
    if (!server.sql(db, statement, &out))
        die(QStringLiteral("%1: %2").arg(statement.left(80), out));
    return out.trimmed();
}

// The shop of bench/pgload: customers, their orders and the orders' lines, `rows` rows in all, with
// the keys, foreign keys and secondary indexes such a schema has.
void loadData(const MariaDbServer &source, qint64 rows)
{
    const qint64 customers = rows / 10;
    const qint64 orders = rows * 3 / 10;
    const qint64 lines = rows - customers - orders;
    sql(source, QString(), QStringLiteral("CREATE DATABASE %1").arg(kSourceDb));
    sql(source, kSourceDb,
        QStringLiteral(R"sql(
CREATE TABLE customers (
  id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL, email VARCHAR(200) NOT NULL,
  country CHAR(2) NOT NULL, created_at DATETIME(6) NOT NULL, profile JSON,
  UNIQUE KEY customers_email (email)) ENGINE=InnoDB;
INSERT INTO customers (name, email, country, created_at, profile)
SELECT CONCAT('Customer ', seq), CONCAT('c', seq, '@example.com'), ELT(1 + seq % 5, 'DE','FR','NL','US','JP'),
       TIMESTAMP '2020-01-01 00:00:00' + INTERVAL seq * 7 MINUTE,
       JSON_OBJECT('tier', seq % 4, 'newsletter', seq % 3 = 0)
  FROM seq_1_to_%1;
CREATE TABLE orders (
  id BIGINT AUTO_INCREMENT PRIMARY KEY, customer_id BIGINT NOT NULL, ordered_at DATETIME(6) NOT NULL,
  status VARCHAR(20) NOT NULL, total DECIMAL(12,2) NOT NULL, note TEXT,
  KEY orders_customer (customer_id), KEY orders_date (ordered_at),
  CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id)) ENGINE=InnoDB;
INSERT INTO orders (customer_id, ordered_at, status, total, note)
SELECT 1 + (seq * 7919) % %1, TIMESTAMP '2021-01-01 00:00:00' + INTERVAL seq MINUTE,
       ELT(1 + seq % 4, 'new','paid','shipped','returned'), ROUND(RAND(seq) * 500, 2),
       IF(seq % 5 = 0, CONCAT('note ', MD5(seq)), NULL)
  FROM seq_1_to_%2;
CREATE TABLE order_lines (
  id BIGINT AUTO_INCREMENT PRIMARY KEY, order_id BIGINT NOT NULL, product VARCHAR(40) NOT NULL,
  quantity INT NOT NULL, price DECIMAL(10,2) NOT NULL,
  KEY order_lines_order (order_id),
  CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id)) ENGINE=InnoDB;
INSERT INTO order_lines (order_id, product, quantity, price)
SELECT 1 + (seq * 104729) % %2, CONCAT('product-', seq % 5000), 1 + seq % 9, ROUND(RAND(seq) * 100, 2)
  FROM seq_1_to_%3;
ANALYZE TABLE customers, orders, order_lines;
)sql")
            .arg(customers)
            .arg(orders)
            .arg(lines));
}

qint64 rowCount(const MariaDbServer &server, const QString &db)
{
    QStringList counts;
    for (const QString &table : kTables)
        counts.append(QStringLiteral("(SELECT COUNT(*) FROM %1.%2)").arg(db, table));
    return value(server, QString(), QString(QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + "))))
        .toLongLong();
}

// CHECKSUM TABLE of every table, as one string: equal on both sides when every row arrived unchanged.
QString checksums(const MariaDbServer &server, const QString &db)
{
    QStringList sums;
    for (const QString &table : kTables)
        sums.append(value(server, db, QStringLiteral("CHECKSUM TABLE %1").arg(table)).section(QLatin1Char('\t'), 1));
    return sums.join(QLatin1Char(' '));
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

// Created → Succeeded, in seconds.
double runEngine(EngineClient &client, const MariaDbServer &source, const MariaDbServer &target,
                 const QString &targetDb, int run)
{
    const QString task = QStringLiteral("%1/tasks/load-%2").arg(kProject).arg(run);
    const QJsonObject body{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("taskType"), QStringLiteral("Migrate.MySql.AzureDbForMySql")},
                     {QStringLiteral("input"),
                      QJsonObject{{QStringLiteral("sourceConnectionInfo"), source.superConnectionInfo().toJson()},
                                  {QStringLiteral("targetConnectionInfo"), target.superConnectionInfo().toJson()},
                                  {QStringLiteral("selectedDatabases"),
                                   QJsonArray{QJsonObject{{QStringLiteral("name"), kSourceDb},
                                                          {QStringLiteral("targetDatabaseName"), targetDb}}}}}}}}};
    QElapsedTimer timer;
    timer.start();
    client.request("PUT", task, body);
    for (;;) {
        const QJsonObject now = client.request("GET", task);
        const QString state = now[u"properties"][u"state"].toString();
        if (state == QLatin1String("Succeeded"))
            break;
        if (state != QLatin1String("Queued") && state != QLatin1String("Running"))
            die(QStringLiteral("the migration task ended %1: %2")
                    .arg(state, QString::fromUtf8(QJsonDocument(now).toJson(QJsonDocument::Compact))));
        wait(50);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (qEnvironmentVariableIsSet("GODWIT_BENCH_TIMELINE")) {
        // Where the time went: when each table started and ended, relative to the migration's start.
        const QJsonObject done
            = client.request("GET", task, {}, QStringLiteral("api-version=2025-06-30&$expand=output"));
        QDateTime start;
        for (const QJsonValue &item : done[u"properties"][u"output"].toArray()) {
            const QDateTime startedOn = QDateTime::fromString(item[u"startedOn"].toString(), Qt::ISODateWithMs);
            const QDateTime endedOn = QDateTime::fromString(item[u"endedOn"].toString(), Qt::ISODateWithMs);
            if (item[u"resultType"].toString() == QLatin1String("MigrationLevelOutput"))
                start = startedOn;
            std::printf("    %-22s %-26s %7.2f s .. %7.2f s\n", qPrintable(item[u"resultType"].toString()),
                        qPrintable(item[u"objectName"].toString(item[u"databaseName"].toString())),
                        double(start.msecsTo(startedOn)) / 1000, double(start.msecsTo(endedOn)) / 1000);
        }
    }
    return seconds;
}

// Runs a shell pipeline with the password in its environment; its time in seconds.
double runShell(const QString &command)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MYSQL_PWD"), kPassword);
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
    parser.setApplicationDescription(QStringLiteral("Times the engine's offline MySQL migration against "
                                                    "mariadb-dump | mariadb on two throwaway MariaDB servers."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows in all tables (default 1000000)."),
                                        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Runs of each method (default 3)."),
                                          QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({rowsOption, roundsOption});
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    // The same settings on both servers, for every method alike: room for the data in memory, no
    // flush at every commit (the test servers' default), no binary log on the target.
    const QStringList settings{QStringLiteral("--innodb-buffer-pool-size=1G"),
                               QStringLiteral("--innodb-log-file-size=512M"), QStringLiteral("--max-connections=100"),
                               QStringLiteral("--max-allowed-packet=64M")};
    MariaDbServer source(MariaDbServer::Options{true, 1, kPassword, settings});
    MariaDbServer target(MariaDbServer::Options{false, 2, kPassword, settings});
    QString error;
    if (!source.start(&error) || !target.start(&error))
        die(error);
    std::printf("loading %lld rows into the source...\n", static_cast<long long>(rows));
    std::fflush(stdout);
    loadData(source, rows);
    const qint64 sourceRows = rowCount(source, kSourceDb);
    const QString sourceSums = checksums(source, kSourceDb);
    const QString size = value(source, QString(),
                               QStringLiteral("SELECT ROUND(SUM(DATA_LENGTH + INDEX_LENGTH) / 1048576) FROM "
                                              "information_schema.TABLES WHERE TABLE_SCHEMA = '%1'")
                                   .arg(kSourceDb));
    std::printf("source: %lld rows, %s MB, MariaDB %s, %d CPU cores\n", static_cast<long long>(sourceRows),
                qPrintable(size), qPrintable(value(source, QString(), QStringLiteral("SELECT VERSION()"))),
                QThread::idealThreadCount());

    QTemporaryDir engineDir;
    EngineClient client(engineDir.filePath(QStringLiteral("engine")));
    client.request(
        "PUT", kProject.section(QStringLiteral("/projects/"), 0, 0),
        QJsonObject{{QStringLiteral("location"), QStringLiteral("local")},
                    {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Premium_4vCores")}}},
                    {QStringLiteral("properties"), QJsonObject{}}});
    wait(200);
    client.request("PUT", kProject,
                   QJsonObject{{QStringLiteral("location"), QStringLiteral("local")},
                               {QStringLiteral("properties"),
                                QJsonObject{{QStringLiteral("sourcePlatform"), QStringLiteral("MySQL")},
                                            {QStringLiteral("targetPlatform"), QStringLiteral("AzureDbForMySql")}}}});

    const QString src = QStringLiteral("-h 127.0.0.1 -P %1 -u godwit").arg(source.port());
    const QString dst = QStringLiteral("-h 127.0.0.1 -P %1 -u godwit").arg(target.port());
    struct Method
    {
        QString name;
        std::function<double(const QString &targetDb, int run)> run;
    };
    const QList<Method> methods{
        {QStringLiteral("godwit engine (created -> Succeeded)"),
         [&](const QString &db, int run) { return runEngine(client, source, target, db, run); }},
        {QStringLiteral("mariadb-dump | mariadb"),
         [&](const QString &db, int) {
             sql(target, QString(), QStringLiteral("CREATE DATABASE %1").arg(db));
             return runShell(QStringLiteral("mariadb-dump --no-defaults %1 --single-transaction --routines --triggers "
                                            "%2 | mariadb --no-defaults %3 %4")
                                 .arg(src, kSourceDb, dst, db));
         }},
    };

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
            if (checksums(target, db) != sourceSums)
                die(QStringLiteral("%1: the target's table checksums differ from the source's").arg(method.name));
            times[method.name].append(seconds);
            std::printf("round %d  %-40s %7.2f s\n", round + 1, qPrintable(method.name), seconds);
            std::fflush(stdout);
            sql(target, QString(), QStringLiteral("DROP DATABASE %1").arg(db));
        }
    }

    double engine = 0;
    median(times[methods.first().name], &engine);
    std::printf("\n%-40s %10s %10s %12s\n", "method", "median s", "min s", "vs engine");
    for (const Method &method : methods) {
        double m = 0;
        const QString text = median(times[method.name], &m);
        const double fastest = *std::min_element(times[method.name].cbegin(), times[method.name].cend());
        std::printf("%-40s %10s %10.2f %11.2fx\n", qPrintable(method.name), qPrintable(text), fastest, m / engine);
    }
    std::printf(
        "\n(%d rounds; \"vs engine\" is the method's median over the engine's: above 1 means slower than the engine)\n",
        rounds);
    return 0;
}
