// The online PostgreSQL migration (Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2) end to end:
// the engine's REST API, two real PostgreSQL 15 servers, changes on the source while the task
// runs, the cutover command, cancel, and engine restarts while loading and while replicating.

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include "core/dmstypes.h"
#include "core/taskrules.h"
#include "core/validator.h"
#include "engine/drivers/pg/pgconnection.h"
#include "enginefixture.h"
#include "support/migrationtask.h"
#include "support/pgcluster.h"
#include "support/printers.h"

namespace {

using godwit::core::TaskRules;
using godwit::core::dms::PostgreSqlConnectionInfo;
using godwit::engine::pg::Connection;
using godwit::test::EngineFixture;
using godwit::test::HttpReply;
using godwit::test::PgCluster;

const QString kProject = EngineFixture::rg(QStringLiteral("services/svc/projects/proj"));
const QString kTaskType = QStringLiteral("Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2");
const QString kPassword = QStringLiteral("s3cret 'pass' \"wörd\"");

// A JSON object for a failure message.
std::string text(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

QJsonObject propertiesOf(const HttpReply &reply)
{
    return reply.json().value(QLatin1String("properties")).toObject();
}

QString taskState(const QJsonObject &properties)
{
    return properties.value(QLatin1String("state")).toString();
}

QJsonObject item(const QJsonObject &properties, const QString &resultType, const QString &id)
{
    for (const QJsonValue &v : properties.value(QLatin1String("output")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("resultType")).toString() == resultType
            && o.value(QLatin1String("id")).toString() == id)
            return o;
    }
    return {};
}

QList<QJsonObject> items(const QJsonObject &properties, const QString &resultType)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : properties.value(QLatin1String("output")).toArray()) {
        if (v.toObject().value(QLatin1String("resultType")).toString() == resultType)
            out.append(v.toObject());
    }
    return out;
}

QJsonObject database(const QJsonObject &properties, const QString &name)
{
    return item(properties, QStringLiteral("DatabaseLevelOutput"), QString(QStringLiteral("db|") + name));
}

QString databaseState(const QJsonObject &properties, const QString &name)
{
    return database(properties, name).value(QLatin1String("migrationState")).toString();
}

QJsonObject table(const QJsonObject &properties, const QString &db, const QString &schema, const QString &name)
{
    return item(properties, QStringLiteral("TableLevelOutput"),
                QString(QStringLiteral("or|") + db + QLatin1Char('|') + schema + QLatin1Char('|') + name));
}

QJsonObject databaseInput(const QString &name, const QString &target, const QStringList &tables = {})
{
    QJsonObject db = godwit::test::selectedDatabase(name, target);
    if (!tables.isEmpty()) {
        QJsonArray selected;
        for (const QString &t : tables)
            selected.append(QJsonObject{{QStringLiteral("name"), t}});
        db.insert(QStringLiteral("selectedTables"), selected);
    }
    return db;
}

// Runs statements on the source from its own thread while the migration runs, as an application would.
class SourceWriter final
{
public:
    using Step = std::function<QStringList(int iteration)>;

    SourceWriter(PostgreSqlConnectionInfo info, QString database, Step step)
        : m_info(std::move(info))
        , m_database(std::move(database))
        , m_step(std::move(step))
    {
    }
    ~SourceWriter() { stop(); }

    void start()
    {
        m_thread = std::thread([this] {
            QString error;
            auto conn = Connection::open(m_info, m_database, &error);
            if (!conn) {
                m_error = error;
                return;
            }
            for (int i = 0; !m_stop.load(); ++i) {
                for (const QString &sql : m_step(i)) {
                    if (!conn->exec(sql, {}, &error).ok) {
                        m_error = QString(sql + QStringLiteral(": ") + error);
                        return;
                    }
                }
                m_iterations.store(i + 1);
                std::this_thread::sleep_for(std::chrono::milliseconds(15));
            }
        });
    }
    void stop()
    {
        m_stop.store(true);
        if (m_thread.joinable())
            m_thread.join();
    }
    int iterations() const { return m_iterations.load(); }
    QString error() const { return m_error; }

private:
    PostgreSqlConnectionInfo m_info;
    QString m_database;
    Step m_step;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_iterations{0};
    QString m_error;
};

class PgMigration : public ::testing::Test
{
protected:
    void startServers(PgCluster::Options sourceOptions = {})
    {
        sourceOptions.superPassword = kPassword;
        m_source = std::make_unique<PgCluster>(sourceOptions);
        PgCluster::Options targetOptions;
        targetOptions.superPassword = kPassword;
        m_target = std::make_unique<PgCluster>(targetOptions);
        QString error;
        ASSERT_TRUE(m_source->start(&error)) << error.toStdString();
        ASSERT_TRUE(m_target->start(&error)) << error.toStdString();
    }

    PgCluster &source() { return *m_source; }
    PgCluster &target() { return *m_target; }
    PostgreSqlConnectionInfo sourceInfo() const { return m_source->connectionInfo(PgCluster::superUser(), kPassword); }
    PostgreSqlConnectionInfo targetInfo() const { return m_target->connectionInfo(PgCluster::superUser(), kPassword); }

    // One query's tuples-only output; a failure fails the test.
    static QString query(const PgCluster &cluster, const QString &db, const QString &sql)
    {
        QString out;
        EXPECT_TRUE(cluster.psql(db, sql, &out)) << sql.toStdString() << ": " << out.toStdString();
        return out;
    }

    QJsonObject taskBody(const QList<QJsonObject> &databases) const
    {
        QJsonArray dbs;
        for (const QJsonObject &db : databases)
            dbs.append(db);
        return godwit::test::taskBody(kTaskType,
                                      godwit::test::migrationInput(sourceInfo().toJson(), targetInfo().toJson(), dbs));
    }

    // Polls until database `db` is READY_TO_COMPLETE or the task has ended.
    static QJsonObject waitUntilReady(EngineFixture &f, const QString &task, const QString &db)
    {
        return f.waitForProperties(task, [&](const QJsonObject &p) {
            return databaseState(p, db) == QLatin1String("READY_TO_COMPLETE") || TaskRules::isTerminal(taskState(p));
        });
    }

    // The state of the table public.`name` of database `db`.
    static QString tableState(const QJsonObject &properties, const QString &db, const QString &name)
    {
        return table(properties, db, QStringLiteral("public"), name)[u"state"].toString();
    }

    // Polls until the table public.`name` of database `db` is being copied or the task has ended.
    static QJsonObject waitUntilCopying(EngineFixture &f, const QString &task, const QString &db, const QString &name)
    {
        return f.waitForProperties(task, [&](const QJsonObject &p) {
            return tableState(p, db, name) == QLatin1String("FULL_LOAD") || TaskRules::isTerminal(taskState(p));
        });
    }

    // The replica identity of a table on the source ("d" is the default one).
    QString replicaIdentity(const QString &db, const QString &tableName)
    {
        return query(source(), db,
                     QStringLiteral("SELECT relreplident FROM pg_class WHERE oid = '%1'::regclass").arg(tableName));
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

    void expectNoReplicationLeftovers(const QString &targetDb)
    {
        EXPECT_EQ(
            query(source(), QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_replication_slots")),
            QStringLiteral("0"));
        for (const QString &db :
             query(source(), QStringLiteral("postgres"),
                   QStringLiteral("SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate"))
                 .split(QLatin1Char('\n'))) {
            EXPECT_EQ(query(source(), db, QStringLiteral("SELECT count(*) FROM pg_publication")), QStringLiteral("0"))
                << db.toStdString();
        }
        EXPECT_EQ(query(target(), targetDb, QStringLiteral("SELECT count(*) FROM pg_subscription")),
                  QStringLiteral("0"));
    }

    std::unique_ptr<PgCluster> m_source;
    std::unique_ptr<PgCluster> m_target;
};

// ---- the data ----------------------------------------------------------------------------------

const QString kShopSchema = QStringLiteral(R"sql(
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE pair AS (a int, b text);
CREATE TABLE everything (
  id bigserial PRIMARY KEY,
  i int NOT NULL, big bigint, num numeric(20,6), txt text, vc varchar(40), raw bytea,
  doc jsonb, plain json, uid uuid, at timestamptz, day date, span interval,
  ints int[], words text[], addr inet, flag bool, feeling mood, duo pair, moods mood[], f8 float8, f4 real);
INSERT INTO everything (i, big, num, txt, vc, raw, doc, plain, uid, at, day, span, ints, words, addr, flag,
                        feeling, duo, moods, f8, f4)
SELECT g, g::bigint * 1000003, (g * 1.5)::numeric(20,6), 'text ' || g || ' ünï €', left(md5(g::text), 20),
       decode(md5(g::text), 'hex'), jsonb_build_object('g', g, 'tags', jsonb_build_array('a', g)),
       json_build_object('g', g), md5(g::text)::uuid, timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute',
       date '2024-01-01' + g, g * interval '1 second', ARRAY[g, g + 1], ARRAY['w' || g, NULL],
       ('10.0.' || (g % 250) || '.1')::inet, g % 2 = 0, (ARRAY['sad', 'ok', 'happy'])[g % 3 + 1]::mood,
       ROW(g, 'p' || g)::pair, ARRAY['ok', 'happy']::mood[], g / 7.0, g / 3.0
  FROM generate_series(1, 3000) g;
INSERT INTO everything (i) VALUES (0);
CREATE INDEX everything_txt ON everything (txt);
CREATE VIEW everything_view AS SELECT id, txt FROM everything;

CREATE TABLE nopk (a int, b text);
INSERT INTO nopk SELECT g % 50, 'row ' || g FROM generate_series(1, 400) g;

CREATE TABLE measurements (id int NOT NULL, k int NOT NULL, v text, PRIMARY KEY (id, k)) PARTITION BY RANGE (k);
CREATE TABLE measurements_low PARTITION OF measurements FOR VALUES FROM (0) TO (500);
CREATE TABLE measurements_high PARTITION OF measurements FOR VALUES FROM (500) TO (1000);
INSERT INTO measurements SELECT g, g % 1000, 'm' || g FROM generate_series(1, 2000) g;

CREATE TABLE gen (id int PRIMARY KEY, a int NOT NULL, doubled int GENERATED ALWAYS AS (a * 2) STORED);
INSERT INTO gen SELECT g, g FROM generate_series(1, 300) g;

CREATE SCHEMA "Ünïcode Schema";
CREATE TABLE "Ünïcode Schema"."Mixed ""Case"" Täble" (id int PRIMARY KEY, "Wert Ä" text);
INSERT INTO "Ünïcode Schema"."Mixed ""Case"" Täble" SELECT g, 'wert ' || g FROM generate_series(1, 100) g;

CREATE TABLE big_text (id int PRIMARY KEY, body text);
INSERT INTO big_text SELECT 1, string_agg(md5(g::text), '') FROM generate_series(1, 32768) g;

CREATE TABLE orders (id serial PRIMARY KEY, item bigint NOT NULL REFERENCES everything (id), note text);
INSERT INTO orders (item, note) SELECT g, 'order ' || g FROM generate_series(1, 200) g;

CREATE TABLE tickets (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, subject text);
INSERT INTO tickets (subject) SELECT 'ticket ' || g FROM generate_series(1, 50) g;
ANALYZE;
)sql");

const QStringList kShopTables{QStringLiteral("everything"),
                              QStringLiteral("nopk"),
                              QStringLiteral("measurements"),
                              QStringLiteral("gen"),
                              QStringLiteral("\"Ünïcode Schema\".\"Mixed \"\"Case\"\" Täble\""),
                              QStringLiteral("big_text"),
                              QStringLiteral("orders"),
                              QStringLiteral("tickets")};

// What an application does to the shop while it is migrated: every kind of change on every table.
QStringList shopChanges(int i)
{
    QStringList sql{
        QStringLiteral(
            "INSERT INTO everything (i, txt, feeling, duo, doc, ints) VALUES (%1, 'new %1', 'ok', ROW(%1, 'x'), "
            "'{\"new\": true}', ARRAY[%1])")
            .arg(-i - 1),
        QStringLiteral("UPDATE everything SET txt = txt || ' u', f8 = f8 + 1 WHERE id = %1").arg(300 + i % 2000),
        QStringLiteral("INSERT INTO nopk VALUES (%1, 'new %1')").arg(1000 + i),
        QStringLiteral("UPDATE nopk SET b = b || '!' WHERE b LIKE 'row %1%%'").arg(1 + i % 400),
        QStringLiteral("INSERT INTO measurements VALUES (%1, %2, 'new')").arg(10000 + i).arg(i % 1000),
        QStringLiteral("UPDATE measurements SET k = 999 - k WHERE id = %1").arg(1 + i % 2000),
        QStringLiteral("UPDATE gen SET a = a + 1 WHERE id = %1").arg(1 + i % 300),
        QStringLiteral("INSERT INTO \"Ünïcode Schema\".\"Mixed \"\"Case\"\" Täble\" VALUES (%1, 'neu %1')")
            .arg(1000 + i),
        QStringLiteral("INSERT INTO orders (item, note) VALUES (%1, 'new order')").arg(1 + i % 100),
        QStringLiteral("INSERT INTO tickets (subject) VALUES ('new ticket %1')").arg(i),
    };
    if (i < 400)
        sql.append(QStringLiteral("DELETE FROM everything WHERE id = %1").arg(2500 + i));
    if (i < 200)
        sql.append(QStringLiteral("DELETE FROM nopk WHERE b = 'row %1'").arg(400 - i));
    if (i % 40 == 0)
        sql.append(QStringLiteral("UPDATE big_text SET body = body || '%1' WHERE id = 1").arg(i));
    return sql;
}

// A table whose copy into the target takes seconds: each value passes a check that sleeps there
// (the source's own inserts skip the sleep).
const QString kSlowSchema = QStringLiteral(R"sql(
CREATE FUNCTION slow_ok(int) RETURNS bool LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('godwit.fast', true), '') <> 'on' THEN PERFORM pg_sleep(0.002); END IF;
  RETURN true;
END $$;
CREATE DOMAIN slow_int AS int CHECK (slow_ok(VALUE));
SET godwit.fast = 'on';
CREATE TABLE slow (id int PRIMARY KEY, v slow_int);
INSERT INTO slow SELECT g, g FROM generate_series(1, 1500) g;
CREATE TABLE items (id serial PRIMARY KEY, name text);
INSERT INTO items (name) SELECT 'item ' || g FROM generate_series(1, 1000) g;
CREATE TABLE tags (item int, tag text);
INSERT INTO tags SELECT g, 'tag ' || g FROM generate_series(1, 300) g;
ANALYZE;
)sql");

QStringList slowChanges(int i)
{
    QStringList sql{
        QStringLiteral("INSERT INTO items (name) VALUES ('new %1')").arg(i),
        QStringLiteral("UPDATE items SET name = name || '+' WHERE id = %1").arg(1 + i % 1000),
        QStringLiteral("INSERT INTO tags VALUES (%1, 'new')").arg(5000 + i),
        QStringLiteral("UPDATE tags SET tag = tag || '+' WHERE item = %1").arg(1 + i % 300),
    };
    if (i < 100)
        sql.append(QStringLiteral("DELETE FROM tags WHERE item = %1").arg(300 - i));
    return sql;
}

// ---- the tests ---------------------------------------------------------------------------------

TEST_F(PgMigration, OnlineMigrationCopiesEverythingReplicatesChangesAndCutsOver)
{
    startServers();
    ASSERT_TRUE(source().createDatabase(QStringLiteral("shop")));
    ASSERT_TRUE(source().psql(QStringLiteral("shop"), kShopSchema));

    EngineFixture f;
    f.createServiceAndProject();
    const QString task = kProject + QStringLiteral("/tasks/online");
    const HttpReply created
        = f.put(task, taskBody({databaseInput(QStringLiteral("shop"), QStringLiteral("shop_copy"))}));
    ASSERT_EQ(created.status, 201) << created.body.constData();
    // The password never comes back.
    EXPECT_FALSE(created.body.contains(kPassword.toUtf8()));

    SourceWriter writer(sourceInfo(), QStringLiteral("shop"), shopChanges);
    writer.start();

    // The load shows per-table progress and reaches READY_TO_COMPLETE with the writer still busy.
    QSet<QString> seenStates;
    const QJsonObject ready = f.waitForProperties(task, [&](const QJsonObject &p) {
        seenStates.insert(databaseState(p, QStringLiteral("shop")));
        return databaseState(p, QStringLiteral("shop")) == QLatin1String("READY_TO_COMPLETE")
               || TaskRules::isTerminal(taskState(p));
    });
    ASSERT_EQ(databaseState(ready, QStringLiteral("shop")), QStringLiteral("READY_TO_COMPLETE")) << text(ready);
    EXPECT_EQ(taskState(ready), QStringLiteral("Running"));
    EXPECT_TRUE(database(ready, QStringLiteral("shop")).value(QLatin1String("initializationCompleted")).toBool());

    // Changes made after the snapshot arrive through the subscription and are counted.
    const QJsonObject counted = f.waitForProperties(task, [](const QJsonObject &p) {
        const QJsonObject everything
            = table(p, QStringLiteral("shop"), QStringLiteral("public"), QStringLiteral("everything"));
        return everything.value(QLatin1String("cdcInsertCounter")).toInteger() > 0
               && everything.value(QLatin1String("cdcUpdateCounter")).toInteger() > 0
               && database(p, QStringLiteral("shop")).value(QLatin1String("appliedChanges")).toInteger() > 0;
    });
    const QJsonObject everything
        = table(counted, QStringLiteral("shop"), QStringLiteral("public"), QStringLiteral("everything"));
    EXPECT_GT(everything.value(QLatin1String("cdcInsertCounter")).toInteger(), 0) << text(everything);
    EXPECT_GT(everything.value(QLatin1String("cdcUpdateCounter")).toInteger(), 0) << text(everything);
    writer.stop();
    ASSERT_TRUE(writer.error().isEmpty()) << writer.error().toStdString();
    ASSERT_GT(writer.iterations(), 10);

    // The cutover: the engine waits for the last change, copies the sequences and cleans up.
    const HttpReply command = f.completeDatabase(task, QStringLiteral("shop"));
    ASSERT_EQ(command.status, 200) << command.body.constData();
    const QJsonObject done = f.waitUntilEnded(task);
    ASSERT_EQ(taskState(done), QStringLiteral("Succeeded")) << text(done);

    // Every row is the same on both sides.
    for (const QString &ident : kShopTables)
        EXPECT_EQ(fingerprint(target(), QStringLiteral("shop_copy"), ident),
                  fingerprint(source(), QStringLiteral("shop"), ident))
            << ident.toStdString();
    EXPECT_EQ(
        query(target(), QStringLiteral("shop_copy"), QStringLiteral("SELECT doubled = a * 2 FROM gen WHERE id = 1")),
        QStringLiteral("t"));
    // The schema came along: indexes, keys, views, types.
    EXPECT_EQ(query(target(), QStringLiteral("shop_copy"),
                    QStringLiteral(
                        "SELECT count(*) FROM pg_indexes WHERE indexname IN ('everything_txt', 'everything_pkey')")),
              QStringLiteral("2"));
    EXPECT_EQ(query(target(), QStringLiteral("shop_copy"),
                    QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conname = 'orders_item_fkey'")),
              QStringLiteral("1"));
    EXPECT_EQ(query(target(), QStringLiteral("shop_copy"), QStringLiteral("SELECT count(*) > 0 FROM everything_view")),
              QStringLiteral("t"));
    // The target's sequences continue after the source's.
    EXPECT_EQ(query(target(), QStringLiteral("shop_copy"),
                    QStringLiteral("SELECT nextval('everything_id_seq') > (SELECT max(id) FROM everything) AND "
                                   "nextval('orders_id_seq') > (SELECT max(id) FROM orders) AND "
                                   "nextval(pg_get_serial_sequence('tickets', 'id')) > (SELECT max(id) FROM tickets)")),
              QStringLiteral("t"));
    // Nothing of the replication remains, and the table without a key has its replica identity back.
    expectNoReplicationLeftovers(QStringLiteral("shop_copy"));
    EXPECT_EQ(replicaIdentity(QStringLiteral("shop"), QStringLiteral("nopk")), QStringLiteral("d"));

    // The output, as the API defines it.
    const QList<QJsonObject> migrations = items(done, QStringLiteral("MigrationLevelOutput"));
    ASSERT_EQ(migrations.size(), 1);
    const QJsonObject migration = migrations.first();
    EXPECT_EQ(migration.value(QLatin1String("state")).toString(), QStringLiteral("COMPLETE"));
    EXPECT_EQ(migration.value(QLatin1String("sourceServerType")).toString(), QStringLiteral("PostgreSQL"));
    EXPECT_EQ(migration.value(QLatin1String("targetServerType")).toString(), QStringLiteral("AzureDBForPostgresSQL"));
    EXPECT_TRUE(migration.value(QLatin1String("sourceServerVersion")).toString().startsWith(QLatin1String("15")));
    EXPECT_EQ(migration.value(QLatin1String("databaseCount")).toDouble(), 1.0);
    EXPECT_TRUE(migration.contains(QLatin1String("endedOn")));

    const QJsonObject shop = database(done, QStringLiteral("shop"));
    EXPECT_EQ(shop.value(QLatin1String("migrationState")).toString(), QStringLiteral("COMPLETE"));
    EXPECT_EQ(shop.value(QLatin1String("fullLoadCompletedTables")).toInteger(), 8);
    EXPECT_EQ(shop.value(QLatin1String("fullLoadErroredTables")).toInteger(), 0);
    EXPECT_TRUE(shop.contains(QLatin1String("endedOn")));
    EXPECT_GT(shop.value(QLatin1String("cdcDeleteCounter")).toInteger(), 0);
    EXPECT_TRUE(seenStates.contains(QStringLiteral("INITIALIAZING"))
                || seenStates.contains(QStringLiteral("CONFIGURING")));

    EXPECT_EQ(items(done, QStringLiteral("TableLevelOutput")).size(), 8);
    const QJsonObject measurements
        = table(done, QStringLiteral("shop"), QStringLiteral("public"), QStringLiteral("measurements"));
    EXPECT_EQ(measurements.value(QLatin1String("tableName")).toString(), QStringLiteral("public.measurements"));
    EXPECT_EQ(measurements.value(QLatin1String("state")).toString(), QStringLiteral("COMPLETED"));
    EXPECT_GE(measurements.value(QLatin1String("fullLoadTotalRows")).toInteger(), 2000);
    EXPECT_TRUE(measurements.contains(QLatin1String("fullLoadStartedOn")));
    EXPECT_TRUE(measurements.contains(QLatin1String("fullLoadEndedOn")));
    const QJsonObject mixed
        = table(done, QStringLiteral("shop"), QStringLiteral("Ünïcode Schema"), QStringLiteral("Mixed \"Case\" Täble"));
    EXPECT_EQ(mixed.value(QLatin1String("tableName")).toString(),
              QStringLiteral("Ünïcode Schema.Mixed \"Case\" Täble"));
    EXPECT_GE(mixed.value(QLatin1String("fullLoadTotalRows")).toInteger(), 100);

    // The table without a primary key is reported, with what was done and set back.
    const QJsonObject warning = item(done, QStringLiteral("ErrorOutput"), QStringLiteral("ri|shop|public.nopk"));
    ASSERT_FALSE(warning.isEmpty()) << text(done);
    EXPECT_TRUE(warning[u"error"][u"message"].toString().contains(QLatin1String("REPLICA IDENTITY")));
    EXPECT_FALSE(warning[u"error"][u"actionableMessage"].toString().isEmpty());
    EXPECT_EQ(warning[u"events"].toArray().size(), 2);

    // The command finished, and the whole task validates against the API.
    const QJsonArray commands = done.value(QLatin1String("commands")).toArray();
    ASSERT_EQ(commands.size(), 1);
    EXPECT_EQ(commands.at(0)[u"state"].toString(), QStringLiteral("Succeeded"));
    const HttpReply full = f.get(task, QStringLiteral("api-version=2025-06-30&$expand=output"));
    for (const auto &issue : godwit::core::Validator(godwit::core::Validator::Direction::Response)
                                 .validate(full.json(), QStringLiteral("ProjectTask"))) {
        EXPECT_FALSE(issue.isError()) << issue.toString().toStdString();
    }
    EXPECT_FALSE(full.body.contains(kPassword.toUtf8()));
}

TEST_F(PgMigration, CancelDuringTheCopyLeavesNoPublicationSlotOrSubscription)
{
    startServers();
    ASSERT_TRUE(source().createDatabase(QStringLiteral("slowdb")));
    ASSERT_TRUE(source().psql(QStringLiteral("slowdb"), kSlowSchema));

    EngineFixture f;
    f.createServiceAndProject();
    const QString task = kProject + QStringLiteral("/tasks/cancel-me");
    ASSERT_EQ(f.put(task, taskBody({databaseInput(QStringLiteral("slowdb"), QStringLiteral("slowdb"))})).status, 201);
    const QJsonObject loading = waitUntilCopying(f, task, QStringLiteral("slowdb"), QStringLiteral("slow"));
    ASSERT_EQ(tableState(loading, QStringLiteral("slowdb"), QStringLiteral("slow")), QStringLiteral("FULL_LOAD"))
        << text(loading);
    // The slot exists while the copy runs.
    EXPECT_EQ(query(source(), QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_replication_slots")),
              QStringLiteral("1"));

    QElapsedTimer timer;
    timer.start();
    const HttpReply cancelled = f.post(task + QStringLiteral("/cancel"));
    ASSERT_EQ(cancelled.status, 200) << cancelled.body.constData();
    const QJsonObject done = f.waitUntilEnded(task, 30000);
    EXPECT_EQ(taskState(done), QStringLiteral("Canceled")) << text(done);
    EXPECT_LT(timer.elapsed(), 10000) << "the copy was not interrupted";
    EXPECT_EQ(databaseState(done, QStringLiteral("slowdb")), QStringLiteral("CANCELLED"));
    EXPECT_EQ(tableState(done, QStringLiteral("slowdb"), QStringLiteral("slow")), QStringLiteral("CANCELED"));
    expectNoReplicationLeftovers(QStringLiteral("slowdb"));
    // The table without a key got its replica identity back.
    EXPECT_EQ(replicaIdentity(QStringLiteral("slowdb"), QStringLiteral("tags")), QStringLiteral("d"));
}

TEST_F(PgMigration, EngineRestartWhileReplicatingContinuesWithoutCopyingAgain)
{
    startServers();
    ASSERT_TRUE(source().createDatabase(QStringLiteral("app")));
    ASSERT_TRUE(
        source().psql(QStringLiteral("app"),
                      QStringLiteral("CREATE TABLE items (id serial PRIMARY KEY, name text);"
                                     "INSERT INTO items (name) SELECT 'item ' || g FROM generate_series(1, 1000) g;"
                                     "CREATE TABLE tags (item int, tag text);"
                                     "INSERT INTO tags SELECT g, 'tag ' || g FROM generate_series(1, 300) g;")));

    EngineFixture f;
    f.createServiceAndProject();
    const QString task = kProject + QStringLiteral("/tasks/restart-me");
    ASSERT_EQ(f.put(task, taskBody({databaseInput(QStringLiteral("app"), QStringLiteral("app_copy"))})).status, 201);
    const QJsonObject ready = waitUntilReady(f, task, QStringLiteral("app"));
    ASSERT_EQ(databaseState(ready, QStringLiteral("app")), QStringLiteral("READY_TO_COMPLETE")) << text(ready);
    const QString loadedAt
        = table(ready, QStringLiteral("app"), QStringLiteral("public"), QStringLiteral("items"))[u"fullLoadEndedOn"]
              .toString();

    for (int i = 0; i < 20; ++i)
        query(source(), QStringLiteral("app"), slowChanges(i).join(QLatin1Char(';')));
    f.restart();

    const QJsonObject resumed = propertiesOf(f.get(task, QStringLiteral("api-version=2025-06-30&$expand=output")));
    EXPECT_EQ(taskState(resumed), QStringLiteral("Running"));
    EXPECT_EQ(databaseState(resumed, QStringLiteral("app")), QStringLiteral("READY_TO_COMPLETE"));
    for (int i = 20; i < 40; ++i)
        query(source(), QStringLiteral("app"), slowChanges(i).join(QLatin1Char(';')));
    // The resumed run counts changes again (after the restart too).
    const QJsonObject counted = f.waitForProperties(task, [](const QJsonObject &p) {
        return table(p, QStringLiteral("app"), QStringLiteral("public"), QStringLiteral("items"))[u"cdcInsertCounter"]
                   .toInteger()
               >= 40;
    });
    EXPECT_GE(
        table(counted, QStringLiteral("app"), QStringLiteral("public"), QStringLiteral("items"))[u"cdcInsertCounter"]
            .toInteger(),
        40)
        << text(counted);

    const HttpReply command = f.completeDatabase(task, QStringLiteral("app"));
    ASSERT_EQ(command.status, 200) << command.body.constData();
    const QJsonObject done = f.waitUntilEnded(task);
    ASSERT_EQ(taskState(done), QStringLiteral("Succeeded")) << text(done);
    // Not loaded again: the load's end is the first run's.
    EXPECT_EQ(table(done, QStringLiteral("app"), QStringLiteral("public"), QStringLiteral("items"))[u"fullLoadEndedOn"]
                  .toString(),
              loadedAt);
    for (const QString &ident : {QStringLiteral("items"), QStringLiteral("tags")})
        EXPECT_EQ(fingerprint(target(), QStringLiteral("app_copy"), ident),
                  fingerprint(source(), QStringLiteral("app"), ident))
            << ident.toStdString();
    expectNoReplicationLeftovers(QStringLiteral("app_copy"));
    EXPECT_EQ(replicaIdentity(QStringLiteral("app"), QStringLiteral("tags")), QStringLiteral("d"));
}

TEST_F(PgMigration, EngineRestartDuringTheLoadStartsTheLoadAgainWithoutDuplicates)
{
    startServers();
    ASSERT_TRUE(source().createDatabase(QStringLiteral("slowdb")));
    ASSERT_TRUE(source().psql(QStringLiteral("slowdb"), kSlowSchema));

    EngineFixture f;
    f.createServiceAndProject();
    const QString task = kProject + QStringLiteral("/tasks/reload");
    ASSERT_EQ(f.put(task, taskBody({databaseInput(QStringLiteral("slowdb"), QStringLiteral("slowdb"))})).status, 201);
    SourceWriter writer(sourceInfo(), QStringLiteral("slowdb"), slowChanges);
    writer.start();
    const QJsonObject loading = waitUntilCopying(f, task, QStringLiteral("slowdb"), QStringLiteral("slow"));
    ASSERT_EQ(tableState(loading, QStringLiteral("slowdb"), QStringLiteral("slow")), QStringLiteral("FULL_LOAD"))
        << text(loading);

    f.restart();
    // The stopped load left its tables but not its slot; the new run starts over.
    const QJsonObject after = propertiesOf(f.get(task, QStringLiteral("api-version=2025-06-30&$expand=output")));
    EXPECT_EQ(taskState(after), QStringLiteral("Running"));
    EXPECT_EQ(databaseState(after, QStringLiteral("slowdb")), QStringLiteral("INITIALIAZING"));

    const QJsonObject ready = waitUntilReady(f, task, QStringLiteral("slowdb"));
    ASSERT_EQ(databaseState(ready, QStringLiteral("slowdb")), QStringLiteral("READY_TO_COMPLETE")) << text(ready);
    writer.stop();
    ASSERT_TRUE(writer.error().isEmpty()) << writer.error().toStdString();

    const HttpReply command = f.completeDatabase(task, QStringLiteral("slowdb"));
    ASSERT_EQ(command.status, 200) << command.body.constData();
    const QJsonObject done = f.waitUntilEnded(task);
    ASSERT_EQ(taskState(done), QStringLiteral("Succeeded")) << text(done);
    for (const QString &ident : {QStringLiteral("slow"), QStringLiteral("items"), QStringLiteral("tags")})
        EXPECT_EQ(fingerprint(target(), QStringLiteral("slowdb"), ident),
                  fingerprint(source(), QStringLiteral("slowdb"), ident))
            << ident.toStdString();
    expectNoReplicationLeftovers(QStringLiteral("slowdb"));
    EXPECT_EQ(replicaIdentity(QStringLiteral("slowdb"), QStringLiteral("tags")), QStringLiteral("d"));
}

TEST_F(PgMigration, SelectedTablesOnlyAndForeignKeysToOtherTablesAreReported)
{
    startServers();
    ASSERT_TRUE(source().createDatabase(QStringLiteral("crm")));
    ASSERT_TRUE(source().psql(
        QStringLiteral("crm"),
        QStringLiteral("CREATE TABLE customers (id int PRIMARY KEY, name text);"
                       "INSERT INTO customers SELECT g, 'c' || g FROM generate_series(1, 50) g;"
                       "CREATE TABLE invoices (id int PRIMARY KEY, customer int REFERENCES customers, total numeric);"
                       "INSERT INTO invoices SELECT g, 1 + g % 50, g * 10 FROM generate_series(1, 500) g;"
                       "CREATE SCHEMA \"Notes\";"
                       "CREATE TABLE \"Notes\".\"Memo\" (id int PRIMARY KEY, body text);"
                       "INSERT INTO \"Notes\".\"Memo\" SELECT g, 'memo' FROM generate_series(1, 20) g;")));
    EngineFixture f;
    f.createServiceAndProject();

    // A table the source does not have is an input error, with its path.
    const QString wrong = kProject + QStringLiteral("/tasks/wrong");
    ASSERT_EQ(
        f.put(wrong, taskBody({databaseInput(QStringLiteral("crm"), QStringLiteral("crm2"),
                                             {QStringLiteral("public.invoices"), QStringLiteral("public.nothing")})}))
            .status,
        201);
    const QJsonObject invalid = f.waitUntilEnded(wrong);
    EXPECT_EQ(taskState(invalid), QStringLiteral("FailedInputValidation"));
    EXPECT_TRUE(invalid[u"errors"][0][u"message"].toString().contains(
        QLatin1String("input.selectedDatabases[0].selectedTables[1].name")))
        << text(invalid);

    const QString task = kProject + QStringLiteral("/tasks/some");
    ASSERT_EQ(
        f.put(task,
              taskBody({databaseInput(QStringLiteral("crm"), QStringLiteral("crm2"),
                                      {QStringLiteral("public.invoices"), QStringLiteral("\"Notes\".\"Memo\"")})}))
            .status,
        201);
    const QJsonObject ready = waitUntilReady(f, task, QStringLiteral("crm"));
    ASSERT_EQ(databaseState(ready, QStringLiteral("crm")), QStringLiteral("READY_TO_COMPLETE")) << text(ready);
    EXPECT_EQ(items(ready, QStringLiteral("TableLevelOutput")).size(), 2);
    EXPECT_FALSE(table(ready, QStringLiteral("crm"), QStringLiteral("Notes"), QStringLiteral("Memo")).isEmpty())
        << text(ready);
    bool reported = false;
    for (const QJsonObject &w : items(ready, QStringLiteral("ErrorOutput")))
        reported = reported || w[u"error"][u"message"].toString().contains(QLatin1String("invoices_customer_fkey"));
    EXPECT_TRUE(reported) << text(ready);

    query(source(), QStringLiteral("crm"),
          QStringLiteral("INSERT INTO invoices VALUES (9999, 1, 1); DELETE FROM invoices WHERE id = 1"));
    const HttpReply command = f.completeDatabase(task, QStringLiteral("crm"));
    ASSERT_EQ(command.status, 200) << command.body.constData();
    const QJsonObject done = f.waitUntilEnded(task);
    ASSERT_EQ(taskState(done), QStringLiteral("Succeeded")) << text(done);
    EXPECT_EQ(fingerprint(target(), QStringLiteral("crm2"), QStringLiteral("invoices")),
              fingerprint(source(), QStringLiteral("crm"), QStringLiteral("invoices")));
    EXPECT_EQ(fingerprint(target(), QStringLiteral("crm2"), QStringLiteral("\"Notes\".\"Memo\"")),
              fingerprint(source(), QStringLiteral("crm"), QStringLiteral("\"Notes\".\"Memo\"")));
    // The schema is whole; the rows of tables not selected are not copied.
    EXPECT_EQ(query(target(), QStringLiteral("crm2"), QStringLiteral("SELECT count(*) FROM customers")),
              QStringLiteral("0"));
    expectNoReplicationLeftovers(QStringLiteral("crm2"));
}

TEST_F(PgMigration, TwoDatabasesLoadOneAfterTheOtherAndCompleteOneByOne)
{
    startServers();
    for (const QString &db : {QStringLiteral("north"), QStringLiteral("south")}) {
        ASSERT_TRUE(source().createDatabase(db));
        ASSERT_TRUE(
            source().psql(db, QStringLiteral("CREATE TABLE sales (id bigserial PRIMARY KEY, amount numeric);"
                                             "INSERT INTO sales (amount) SELECT g FROM generate_series(1, 700) g;")));
    }
    EngineFixture f;
    f.createServiceAndProject();
    const QString task = kProject + QStringLiteral("/tasks/two");
    ASSERT_EQ(f.put(task, taskBody({databaseInput(QStringLiteral("north"), QStringLiteral("north")),
                                    databaseInput(QStringLiteral("south"), QStringLiteral("south_copy"))}))
                  .status,
              201);
    const QJsonObject ready = f.waitForProperties(task, [](const QJsonObject &p) {
        return (databaseState(p, QStringLiteral("north")) == QLatin1String("READY_TO_COMPLETE")
                && databaseState(p, QStringLiteral("south")) == QLatin1String("READY_TO_COMPLETE"))
               || TaskRules::isTerminal(taskState(p));
    });
    ASSERT_EQ(databaseState(ready, QStringLiteral("south")), QStringLiteral("READY_TO_COMPLETE")) << text(ready);
    // Each database has its own replication objects.
    EXPECT_EQ(query(source(), QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_replication_slots")),
              QStringLiteral("2"));

    query(source(), QStringLiteral("north"), QStringLiteral("INSERT INTO sales (amount) VALUES (1), (2)"));
    ASSERT_EQ(f.completeDatabase(task, QStringLiteral("north")).status, 200);
    const QJsonObject one = f.waitForProperties(task, [](const QJsonObject &p) {
        return databaseState(p, QStringLiteral("north")) == QLatin1String("COMPLETE")
               || TaskRules::isTerminal(taskState(p));
    });
    EXPECT_EQ(databaseState(one, QStringLiteral("north")), QStringLiteral("COMPLETE")) << text(one);
    EXPECT_EQ(taskState(one), QStringLiteral("Running"));
    EXPECT_EQ(databaseState(one, QStringLiteral("south")), QStringLiteral("READY_TO_COMPLETE"));
    // A database is completed once.
    EXPECT_EQ(f.completeDatabase(task, QStringLiteral("north")).status, 409);

    query(source(), QStringLiteral("south"), QStringLiteral("UPDATE sales SET amount = amount * 2 WHERE id < 100"));
    ASSERT_EQ(f.completeDatabase(task, QStringLiteral("south")).status, 200);
    const QJsonObject done = f.waitUntilEnded(task);
    ASSERT_EQ(taskState(done), QStringLiteral("Succeeded")) << text(done);
    EXPECT_EQ(fingerprint(target(), QStringLiteral("north"), QStringLiteral("sales")),
              fingerprint(source(), QStringLiteral("north"), QStringLiteral("sales")));
    EXPECT_EQ(fingerprint(target(), QStringLiteral("south_copy"), QStringLiteral("sales")),
              fingerprint(source(), QStringLiteral("south"), QStringLiteral("sales")));
    EXPECT_EQ(query(target(), QStringLiteral("north"), QStringLiteral("SELECT nextval('sales_id_seq')")),
              QStringLiteral("703"));
    expectNoReplicationLeftovers(QStringLiteral("north"));
    expectNoReplicationLeftovers(QStringLiteral("south_copy"));
}

TEST_F(PgMigration, UnmetPrerequisitesFailTheTaskWithWhatToDo)
{
    PgCluster::Options replica;
    replica.walLevel = QStringLiteral("replica");
    startServers(replica);
    ASSERT_TRUE(source().createDatabase(QStringLiteral("app")));
    EngineFixture f;
    f.createServiceAndProject();
    const QString task = kProject + QStringLiteral("/tasks/prereq");
    ASSERT_EQ(f.put(task, taskBody({databaseInput(QStringLiteral("app"), QStringLiteral("app"))})).status, 201);
    const QJsonObject done = f.waitUntilEnded(task);
    EXPECT_EQ(taskState(done), QStringLiteral("Failed"));
    const QString message = done[u"errors"][0][u"message"].toString();
    EXPECT_TRUE(message.contains(QLatin1String("wal_level"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QLatin1String("ALTER SYSTEM SET wal_level = logical"))) << message.toStdString();
    EXPECT_EQ(query(source(), QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_replication_slots")),
              QStringLiteral("0"));
}

} // namespace
