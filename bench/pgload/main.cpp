// godwit-bench-pgload: how long the initial load of an online PostgreSQL migration takes in the
// engine (task created → database READY_TO_COMPLETE, i.e. schema, parallel copy, indexes and a
// caught-up subscription), next to the usual ways of copying a database: pg_dump -Fc | pg_restore,
// pg_dump | psql, and pgcopydb clone. Two throwaway servers, the same data for every method,
// alternating runs, medians. Not a test: run it by hand and write the numbers into bench/README.md.

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include "common/loadbench.h"
#include "engine/drivers/pg/pgtools.h"
#include "support/migrationtask.h"
#include "support/pgcluster.h"

namespace {

using namespace godwit::bench;
using godwit::test::migrationInput;
using godwit::test::PgCluster;
using godwit::test::selectedDatabase;
using godwit::test::taskBody;

QString value(const PgCluster &cluster, const QString &db, const QString &statement)
{
    return mustRun(statement, [&](QString *out) { return cluster.psql(db, statement, out); });
}

void sql(const PgCluster &cluster, const QString &db, const QString &statement)
{
    value(cluster, db, statement);
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
    const QJsonObject body
        = taskBody(QStringLiteral("Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2"),
                   migrationInput(info(source), info(target), QJsonArray{selectedDatabase(kSourceDb, targetDb)}));
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const LoadOptions load
        = parseLoadOptions(app, QStringLiteral("Times the engine's initial load against pg_dump, pg_restore, psql "
                                               "and pgcopydb on two throwaway PostgreSQL servers."));
    const qint64 rows = load.rows;

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
    client.createProject(QStringLiteral("PostgreSql"), QStringLiteral("AzureDbForPostgreSql"));

    // The password reaches the client programs in their environment.
    const auto shell
        = [](const QString &command) { return runShell(command, QStringLiteral("PGPASSWORD"), kPassword); };
    const QString src = QStringLiteral("-h 127.0.0.1 -p %1 -U godwit").arg(source.port());
    const QString dst = QStringLiteral("-h 127.0.0.1 -p %1 -U godwit").arg(target.port());
    QList<Method> methods{
        {QStringLiteral("godwit engine (created -> READY_TO_COMPLETE)"),
         [&](const QString &db, int run) { return runEngine(client, source, target, db, run); }},
        {QStringLiteral("pg_dump -Fc | pg_restore"),
         [&](const QString &db, int) {
             sql(target, QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(db));
             return shell(QStringLiteral("%1 -Fc %2 -d %3 | %4 --no-owner %5 -d %6")
                              .arg(pgDump, src, kSourceDb, pgRestore, dst, db));
         }},
        {QStringLiteral("pg_dump | psql"),
         [&](const QString &db, int) {
             sql(target, QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(db));
             return shell(QStringLiteral("%1 %2 -d %3 | %4 -X -q -v ON_ERROR_STOP=1 %5 -d %6 > /dev/null")
                              .arg(pgDump, src, kSourceDb, psql, dst, db));
         }},
    };
    if (!pgcopydb.isEmpty()) {
        methods.append({QStringLiteral("pgcopydb clone"), [&](const QString &db, int run) {
                            sql(target, QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(db));
                            const QString dir = engineDir.filePath(QStringLiteral("pgcopydb-%1").arg(run));
                            return shell(
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

    runRounds(
        methods, load.rounds, 44,
        [&](const Method &method, const QString &db) {
            const qint64 copied = rowCount(target, db);
            if (copied != sourceRows)
                die(QStringLiteral("%1 copied %2 rows of %3").arg(method.name).arg(copied).arg(sourceRows));
        },
        [&](const QString &db) {
            sql(target, QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(db));
            sql(target, QStringLiteral("postgres"), QStringLiteral("CHECKPOINT"));
            sql(source, QStringLiteral("postgres"), QStringLiteral("CHECKPOINT"));
        });
    return 0;
}
