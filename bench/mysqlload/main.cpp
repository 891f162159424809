// godwit-bench-mysqlload: how long the engine's offline MySQL migration (Migrate.MySql.AzureDbForMySql,
// task created → Succeeded: schema, rows, indexes) takes next to mariadb-dump | mariadb on the same
// two throwaway MariaDB servers, with the same data, alternating runs, medians. Not a test: run it by
// hand and write the numbers into bench/README.md.

#include <cstdio>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include "common/loadbench.h"
#include "support/mariadbserver.h"
#include "support/migrationtask.h"

namespace {

using namespace godwit::bench;
using godwit::test::MariaDbServer;
using godwit::test::migrationInput;
using godwit::test::selectedDatabase;
using godwit::test::taskBody;

QString value(const MariaDbServer &server, const QString &db, const QString &statement)
{
    return mustRun(statement, [&](QString *out) { return server.sql(db, statement, out); });
}

void sql(const MariaDbServer &server, const QString &db, const QString &statement)
{
    value(server, db, statement);
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

// Created → Succeeded, in seconds.
double runEngine(EngineClient &client, const MariaDbServer &source, const MariaDbServer &target,
                 const QString &targetDb, int run)
{
    const QString task = QStringLiteral("%1/tasks/load-%2").arg(kProject).arg(run);
    const QJsonObject body
        = taskBody(QStringLiteral("Migrate.MySql.AzureDbForMySql"),
                   migrationInput(source.superConnectionInfo().toJson(), target.superConnectionInfo().toJson(),
                                  QJsonArray{selectedDatabase(kSourceDb, targetDb)}));
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const LoadOptions load
        = parseLoadOptions(app, QStringLiteral("Times the engine's offline MySQL migration against "
                                               "mariadb-dump | mariadb on two throwaway MariaDB servers."));
    const qint64 rows = load.rows;

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
    client.createProject(QStringLiteral("MySQL"), QStringLiteral("AzureDbForMySql"));

    // The password reaches the client programs in their environment.
    const auto shell = [](const QString &command) { return runShell(command, QStringLiteral("MYSQL_PWD"), kPassword); };
    const QString src = QStringLiteral("-h 127.0.0.1 -P %1 -u godwit").arg(source.port());
    const QString dst = QStringLiteral("-h 127.0.0.1 -P %1 -u godwit").arg(target.port());
    const QList<Method> methods{
        {QStringLiteral("godwit engine (created -> Succeeded)"),
         [&](const QString &db, int run) { return runEngine(client, source, target, db, run); }},
        {QStringLiteral("mariadb-dump | mariadb"),
         [&](const QString &db, int) {
             sql(target, QString(), QStringLiteral("CREATE DATABASE %1").arg(db));
             return shell(QStringLiteral("mariadb-dump --no-defaults %1 --single-transaction --routines --triggers "
                                         "%2 | mariadb --no-defaults %3 %4")
                              .arg(src, kSourceDb, dst, db));
         }},
    };

    runRounds(
        methods, load.rounds, 40,
        [&](const Method &method, const QString &db) {
            const qint64 copied = rowCount(target, db);
            if (copied != sourceRows)
                die(QStringLiteral("%1 copied %2 rows of %3").arg(method.name).arg(copied).arg(sourceRows));
            if (checksums(target, db) != sourceSums)
                die(QStringLiteral("%1: the target's table checksums differ from the source's").arg(method.name));
        },
        [&](const QString &db) { sql(target, QString(), QStringLiteral("DROP DATABASE %1").arg(db)); });
    return 0;
}
