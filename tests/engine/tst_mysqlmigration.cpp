#include <atomic>
#include <memory>
#include <thread>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <gtest/gtest.h>

#include "core/dmstypes.h"
#include "engine/executors/mysqlmigrationexecutor.h"
#include "recordingcontext.h"
#include "support/mariadbserver.h"
#include "support/printers.h"

namespace {

using godwit::engine::ExecutionResult;
using godwit::test::MariaDbServer;
using godwit::test::RecordingContext;

QJsonObject offlineInput(const MariaDbServer &source, const MariaDbServer &target, const QJsonArray &databases)
{
    return QJsonObject{{QStringLiteral("sourceConnectionInfo"), source.superConnectionInfo().toJson()},
                       {QStringLiteral("targetConnectionInfo"), target.superConnectionInfo().toJson()},
                       {QStringLiteral("selectedDatabases"), databases}};
}

QJsonObject database(const QString &name, const QString &targetName, const QJsonObject &tableMap = {})
{
    QJsonObject db{{QStringLiteral("name"), name}, {QStringLiteral("targetDatabaseName"), targetName}};
    if (!tableMap.isEmpty())
        db.insert(QStringLiteral("tableMap"), tableMap);
    return db;
}

QJsonObject itemOfType(const QJsonArray &output, const QString &resultType, const QString &id = {})
{
    for (const QJsonValue &v : output) {
        if (v[u"resultType"].toString() == resultType && (id.isEmpty() || v[u"id"].toString() == id))
            return v.toObject();
    }
    return {};
}

QString checksum(const MariaDbServer &server, const QString &db, const QString &table)
{
    const QString out = server.value(
        QString(),
        QStringLiteral("CHECKSUM TABLE %1.%2").arg(MariaDbServer::quoteIdent(db), MariaDbServer::quoteIdent(table)));
    return out.section(QLatin1Char('\t'), 1);
}

QString dump(const QJsonArray &output, const ExecutionResult &result)
{
    return QString::fromUtf8(QJsonDocument(output).toJson() + QJsonDocument(result.errors).toJson());
}

class MySqlOffline : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_source.start(&error)) << error.toStdString();
        ASSERT_TRUE(m_target.start(&error)) << error.toStdString();
    }

    void mustRun(const MariaDbServer &server, const QString &sql)
    {
        QString out;
        ASSERT_TRUE(server.sql(QString(), sql, &out)) << out.toStdString();
    }

    MariaDbServer m_source{MariaDbServer::Options{true, 11, {}, {}}};
    MariaDbServer m_target{MariaDbServer::Options{false, 12, {}, {}}};
};

TEST_F(MySqlOffline, CopiesSchemaRowsAndObjectsWithEqualChecksums)
{
    mustRun(m_source, QStringLiteral(R"sql(
        CREATE DATABASE app CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        USE app;
        CREATE TABLE customers (
            id INT AUTO_INCREMENT PRIMARY KEY,
            name VARCHAR(100) NOT NULL,
            email VARCHAR(200) UNIQUE,
            balance DECIMAL(30,10),
            created DATETIME(6),
            seen TIMESTAMP(3) NULL,
            doc JSON,
            photo BLOB,
            flags BIT(5),
            ratio DOUBLE,
            score FLOAT,
            born DATE,
            wake TIME(6),
            cohort YEAR,
            tier ENUM('free', 'pro', 'team'),
            tags SET('a', 'b', 'c'),
            big BIGINT UNSIGNED,
            raw VARBINARY(16),
            note TEXT,
            label VARCHAR(320) AS (CONCAT(name, ' <', IFNULL(email, '-'), '>')) VIRTUAL,
            name_length INT AS (CHAR_LENGTH(name)) PERSISTENT
        );
        INSERT INTO customers (name, email, balance, created, seen, doc, photo, flags, ratio, score, born, wake, cohort,
                               tier, tags, big, raw, note) VALUES
          ('Ada 😀 Lovelace', 'ada@example.com', 12345678901234567890.0123456789, '2024-02-29 23:59:59.123456',
           '2024-01-01 00:00:00.5', '{"a": [1, 2, {"b": null}], "ü": "😀"}', X'00FF10205C27', b'10101',
           0.1, 3.25, '1815-12-10', '838:59:59.000001', 2024, 'pro', 'a,c', 18446744073709551615,
           X'000102', 'quote '' backslash \\ newline
        tab	end'),
          ('Brendan', NULL, -0.0000000001, NULL, NULL, NULL, NULL, b'0', -1.7976931348623157e308, NULL, NULL, NULL,
           NULL, 'free', '', 0, '', ''),
          ('Chen', 'chen@example.com', 0, '1000-01-01 00:00:00', NULL, '[]', '', NULL, 2.2250738585072014e-308, 1e-10,
           '9999-12-31', '-12:00:00', 1901, NULL, NULL, NULL, NULL, NULL),
          ('Deleted later', 'gone@example.com', 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
           NULL, NULL, NULL);
        DELETE FROM customers WHERE name = 'Deleted later';
        CREATE TABLE orders (
            id BIGINT AUTO_INCREMENT PRIMARY KEY,
            customer_id INT NOT NULL,
            total DECIMAL(10,2) NOT NULL,
            KEY (customer_id),
            CONSTRAINT fk_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
        ) AUTO_INCREMENT = 1000;
        INSERT INTO orders (customer_id, total) SELECT 1 + seq % 3, seq * 1.5 FROM seq_1_to_2000;
        CREATE TABLE events (at DATETIME(6) NOT NULL, payload LONGTEXT) ENGINE = InnoDB;
        INSERT INTO events SELECT '2025-01-01' + INTERVAL seq SECOND, REPEAT(CHAR(65 + seq % 26), seq % 300)
          FROM seq_1_to_5000;
        INSERT INTO events SELECT at, payload FROM events LIMIT 10;
        CREATE TABLE legacy (id INT PRIMARY KEY, v VARCHAR(10)) ENGINE = MyISAM;
        INSERT INTO legacy VALUES (1, 'x'), (2, 'y');
        CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 100;
        CREATE VIEW big_order_count AS SELECT COUNT(*) AS n FROM big_orders;
        CREATE FUNCTION order_total(c INT) RETURNS DECIMAL(20,2) READS SQL DATA
          RETURN (SELECT SUM(total) FROM orders WHERE customer_id = c);
        CREATE TRIGGER orders_positive BEFORE INSERT ON orders FOR EACH ROW
          SET NEW.total = GREATEST(NEW.total, 0);
    )sql"));

    RecordingContext context(QJsonObject{
        {QStringLiteral("taskType"), QStringLiteral("Migrate.MySql.AzureDbForMySql")},
        {QStringLiteral("input"),
         offlineInput(m_source, m_target, QJsonArray{database(QStringLiteral("app"), QStringLiteral("app_copy"))})}});
    const ExecutionResult result = godwit::engine::makeMigrateMySqlOfflineExecutor()->run(context);
    const QJsonArray output = context.output();
    ASSERT_EQ(result.state, QStringLiteral("Succeeded")) << dump(output, result).toStdString();

    for (const QString &table :
         {QStringLiteral("customers"), QStringLiteral("orders"), QStringLiteral("events"), QStringLiteral("legacy")}) {
        const QString expected = checksum(m_source, QStringLiteral("app"), table);
        EXPECT_FALSE(expected.isEmpty());
        EXPECT_EQ(checksum(m_target, QStringLiteral("app_copy"), table), expected) << table.toStdString();
    }
    // Values that round-trip through text exactly, generated columns computed again on the target.
    const QString row = QStringLiteral("SELECT name, HEX(photo), balance, created, doc, BIN(flags), ratio, label, "
                                       "name_length, HEX(raw), note, seen FROM %1.customers ORDER BY id");
    EXPECT_EQ(m_target.value(QString(), row.arg(QStringLiteral("app_copy"))),
              m_source.value(QString(), row.arg(QStringLiteral("app"))));
    // AUTO_INCREMENT counters continue where the source's do, not at MAX(id) + 1.
    const QString counter = QStringLiteral("SELECT AUTO_INCREMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                                           "'%1' AND TABLE_NAME = 'customers'");
    EXPECT_EQ(m_target.value(QString(), counter.arg(QStringLiteral("app_copy"))), QStringLiteral("5"));
    EXPECT_EQ(
        m_target.value(QString(), QStringLiteral("SELECT COUNT(*) FROM information_schema.REFERENTIAL_CONSTRAINTS "
                                                 "WHERE CONSTRAINT_SCHEMA = 'app_copy' AND CONSTRAINT_NAME = "
                                                 "'fk_customer'")),
        QStringLiteral("1"));
    EXPECT_EQ(m_target.value(QStringLiteral("app_copy"), QStringLiteral("SELECT n FROM big_order_count")),
              m_source.value(QStringLiteral("app"), QStringLiteral("SELECT n FROM big_order_count")));
    EXPECT_EQ(m_target.value(QStringLiteral("app_copy"), QStringLiteral("SELECT order_total(2)")),
              m_source.value(QStringLiteral("app"), QStringLiteral("SELECT order_total(2)")));
    EXPECT_EQ(m_target.value(QString(), QStringLiteral("SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE "
                                                       "TRIGGER_SCHEMA = 'app_copy'")),
              QStringLiteral("1"));
    EXPECT_EQ(m_target.value(QString(), QStringLiteral("SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA "
                                                       "WHERE SCHEMA_NAME = 'app_copy'")),
              QStringLiteral("utf8mb4_unicode_ci"));

    const QJsonObject migration = itemOfType(output, QStringLiteral("MigrationLevelOutput"));
    EXPECT_EQ(migration[u"status"].toString(), QStringLiteral("Completed")) << dump(output, result).toStdString();
    EXPECT_EQ(migration[u"databases"][u"app"].toString(), QStringLiteral("Completed"));
    EXPECT_TRUE(migration[u"sourceServerVersion"].toString().startsWith(QStringLiteral("10.")));
    EXPECT_FALSE(migration[u"endedOn"].toString().isEmpty());
    const QJsonObject db = itemOfType(output, QStringLiteral("DatabaseLevelOutput"), QStringLiteral("db|app"));
    EXPECT_EQ(db[u"state"].toString(), QStringLiteral("Completed"));
    EXPECT_EQ(db[u"numberOfObjects"].toInt(), 4);
    EXPECT_EQ(db[u"numberOfObjectsCompleted"].toInt(), 4);
    EXPECT_EQ(db[u"objectSummary"][u"events"][u"itemsCompletedCount"].toInt(), 5010);
    const QJsonObject events = itemOfType(output, QStringLiteral("TableLevelOutput"), QStringLiteral("tb|app|events"));
    EXPECT_EQ(events[u"objectName"].toString(), QStringLiteral("app.events"));
    EXPECT_EQ(events[u"state"].toString(), QStringLiteral("Completed"));
    EXPECT_EQ(events[u"itemsCount"].toInt(), 5010);
    EXPECT_EQ(events[u"itemsCompletedCount"].toInt(), 5010);
    EXPECT_FALSE(dump(output, result).contains(m_source.superPassword() + QStringLiteral("\"")));
}

// Every MariaDB column type, utf8mb4 text and a table without a primary key: the offline copy
// leaves each table identical (checksums and ordered rows as text).
TEST_F(MySqlOffline, CopiesEveryColumnTypeAndATableWithoutAKeyIdentically)
{
    mustRun(m_source, QStringLiteral(R"sql(
        CREATE DATABASE kinds CHARACTER SET utf8mb4;
        USE kinds;
        CREATE TABLE journal (at DATETIME(6), who VARCHAR(40), note TEXT) CHARACTER SET utf8mb4;
        INSERT INTO journal VALUES ('2024-01-01 00:00:00.000001', 'Zoë', 'première 😀'),
                                   ('2024-01-01 00:00:00.000001', 'Zoë', 'première 😀'),
                                   (NULL, NULL, NULL), ('2025-06-30 12:00:00', '山田', REPEAT('ß', 300));
    )sql") + MariaDbServer::everyColumnTypeTable());

    RecordingContext context(QJsonObject{
        {QStringLiteral("taskType"), QStringLiteral("Migrate.MySql.AzureDbForMySql")},
        {QStringLiteral("input"),
         offlineInput(m_source, m_target, QJsonArray{database(QStringLiteral("kinds"), QStringLiteral("kinds"))})}});
    const ExecutionResult result = godwit::engine::makeMigrateMySqlOfflineExecutor()->run(context);
    ASSERT_EQ(result.state, QStringLiteral("Succeeded")) << dump(context.output(), result).toStdString();
    for (const QString &table : {QStringLiteral("kinds"), QStringLiteral("journal")}) {
        const QString expected = checksum(m_source, QStringLiteral("kinds"), table);
        EXPECT_FALSE(expected.isEmpty());
        EXPECT_EQ(checksum(m_target, QStringLiteral("kinds"), table), expected) << table.toStdString();
    }
    const QString rows = QStringLiteral(
        "SELECT id, ti, si, mi, b, de, f, d, BIN(bt), y, da, tm, dt, ts, HEX(c), HEX(v), HEX(bi), HEX(vb), HEX(tb), "
        "HEX(bl), MD5(mb), MD5(lb), tt, t, mt, MD5(lt), e, s, j, u, i4, i6, ST_AsText(g), ST_AsText(pt), gen, pers "
        "FROM kinds.kinds ORDER BY id");
    const QString sourceRows = m_source.value(QString(), rows);
    EXPECT_EQ(sourceRows.split(QLatin1Char('\n')).size(), 3) << sourceRows.toStdString();
    EXPECT_EQ(m_target.value(QString(), rows), sourceRows);
    const QString journal
        = QStringLiteral("SELECT at, who, HEX(note) FROM kinds.journal ORDER BY at, who, note, HEX(note)");
    const QString sourceJournal = m_source.value(QString(), journal);
    EXPECT_EQ(sourceJournal.split(QLatin1Char('\n')).size(), 4) << sourceJournal.toStdString();
    EXPECT_EQ(m_target.value(QString(), journal), sourceJournal);
    EXPECT_EQ(m_target.value(QString(), QStringLiteral("SELECT COUNT(*) FROM kinds.journal")), QStringLiteral("4"));
}

TEST_F(MySqlOffline, TableMapSelectsAndRenamesTablesAndEmptiesExistingOnes)
{
    mustRun(m_source, QStringLiteral(R"sql(
        CREATE DATABASE shop;
        CREATE TABLE shop.items (id INT PRIMARY KEY, name VARCHAR(20));
        INSERT INTO shop.items VALUES (1, 'one'), (2, 'two'), (3, 'three');
        CREATE TABLE shop.prices (id INT PRIMARY KEY, amount DECIMAL(8,2));
        INSERT INTO shop.prices VALUES (1, 9.99);
        CREATE TABLE shop.ignored (id INT PRIMARY KEY);
    )sql"));
    mustRun(m_target, QStringLiteral(R"sql(
        CREATE DATABASE shop;
        CREATE TABLE shop.prices (id INT PRIMARY KEY, amount DECIMAL(8,2));
        INSERT INTO shop.prices VALUES (7, 1.00), (8, 2.00);
    )sql"));
    RecordingContext context(QJsonObject{
        {QStringLiteral("taskType"), QStringLiteral("Migrate.MySql.AzureDbForMySql")},
        {QStringLiteral("input"),
         offlineInput(m_source, m_target,
                      QJsonArray{database(QStringLiteral("shop"), QStringLiteral("shop"),
                                          QJsonObject{{QStringLiteral("shop.items"), QStringLiteral("shop.items_v2")},
                                                      {QStringLiteral("prices"), QStringLiteral("prices")}})})}});
    const ExecutionResult result = godwit::engine::makeMigrateMySqlOfflineExecutor()->run(context);
    ASSERT_EQ(result.state, QStringLiteral("Succeeded")) << dump(context.output(), result).toStdString();
    EXPECT_EQ(
        m_target.value(QStringLiteral("shop"), QStringLiteral("SELECT GROUP_CONCAT(name ORDER BY id) FROM items_v2")),
        QStringLiteral("one,two,three"));
    EXPECT_EQ(m_target.value(QStringLiteral("shop"), QStringLiteral("SELECT GROUP_CONCAT(id) FROM prices")),
              QStringLiteral("1"));
    EXPECT_EQ(m_target.value(QString(), QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE "
                                                       "TABLE_SCHEMA = 'shop' AND TABLE_NAME IN ('ignored', 'items')")),
              QStringLiteral("0"));
    const QJsonObject db = itemOfType(context.output(), QStringLiteral("DatabaseLevelOutput"));
    EXPECT_EQ(db[u"numberOfObjects"].toInt(), 2);
    EXPECT_TRUE(QJsonDocument(db[u"exceptionsAndWarnings"].toArray()).toJson().contains("was emptied"));
}

TEST_F(MySqlOffline, AMissingSourceTableFailsTheDatabaseWithItsName)
{
    mustRun(m_source, QStringLiteral("CREATE DATABASE shop; CREATE TABLE shop.items (id INT PRIMARY KEY);"));
    RecordingContext context(QJsonObject{
        {QStringLiteral("taskType"), QStringLiteral("Migrate.MySql.AzureDbForMySql")},
        {QStringLiteral("input"),
         offlineInput(m_source, m_target,
                      QJsonArray{database(QStringLiteral("shop"), QStringLiteral("shop"),
                                          QJsonObject{{QStringLiteral("nope"), QStringLiteral("nope")}})})}});
    const ExecutionResult result = godwit::engine::makeMigrateMySqlOfflineExecutor()->run(context);
    EXPECT_EQ(result.state, QStringLiteral("Failed"));
    const QJsonObject db = itemOfType(context.output(), QStringLiteral("DatabaseLevelOutput"));
    EXPECT_EQ(db[u"state"].toString(), QStringLiteral("Failed"));
    EXPECT_TRUE(db[u"statusMessage"].toString().contains(QStringLiteral("no table nope")))
        << db[u"statusMessage"].toString().toStdString();
}

TEST_F(MySqlOffline, CancelMidCopyRollsBackTheTableBeingCopied)
{
    mustRun(m_source, QStringLiteral(R"sql(
        CREATE DATABASE bulk;
        USE bulk;
        CREATE TABLE bulk.a_small (id INT PRIMARY KEY);
        INSERT INTO bulk.a_small SELECT seq FROM seq_1_to_100;
        CREATE TABLE bulk.big (id INT PRIMARY KEY, payload VARCHAR(600));
        INSERT INTO bulk.big SELECT seq, REPEAT(MD5(seq), 15) FROM seq_1_to_150000;
        CREATE TABLE bulk.z_after (id INT PRIMARY KEY);
        INSERT INTO bulk.z_after VALUES (1);
    )sql"));
    RecordingContext context(QJsonObject{
        {QStringLiteral("taskType"), QStringLiteral("Migrate.MySql.AzureDbForMySql")},
        {QStringLiteral("input"),
         offlineInput(m_source, m_target, QJsonArray{database(QStringLiteral("bulk"), QStringLiteral("bulk"))})}});
    std::atomic<bool> done{false};
    std::atomic<bool> sawCopying{false};
    std::thread canceller([&] {
        while (!done) {
            const QJsonObject big
                = itemOfType(context.output(), QStringLiteral("TableLevelOutput"), QStringLiteral("tb|bulk|big"));
            if (big[u"state"].toString() == QLatin1String("InProgress")) {
                sawCopying = true;
                context.cancel();
                return;
            }
            QThread::msleep(5);
        }
    });
    const ExecutionResult result = godwit::engine::makeMigrateMySqlOfflineExecutor()->run(context);
    done = true;
    canceller.join();
    ASSERT_TRUE(sawCopying);
    EXPECT_EQ(result.state, QStringLiteral("Canceled")) << dump(context.output(), result).toStdString();
    const QJsonArray output = context.output();
    EXPECT_EQ(m_target.value(QStringLiteral("bulk"), QStringLiteral("SELECT COUNT(*) FROM big")), QStringLiteral("0"));
    EXPECT_EQ(itemOfType(output, QStringLiteral("TableLevelOutput"), QStringLiteral("tb|bulk|big"))[u"state"],
              QStringLiteral("Stopped"));
    // The small tables are copied beside the big one: each is either complete or empty, as its
    // state says.
    for (const auto &[table, rows] : {std::pair{QStringLiteral("a_small"), QStringLiteral("100")},
                                      std::pair{QStringLiteral("z_after"), QStringLiteral("1")}}) {
        const QString state
            = itemOfType(output, QStringLiteral("TableLevelOutput"), QStringLiteral("tb|bulk|%1").arg(table))[u"state"]
                  .toString();
        const QString count
            = m_target.value(QStringLiteral("bulk"), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        if (state == QLatin1String("Completed"))
            EXPECT_EQ(count, rows) << table.toStdString();
        else
            EXPECT_TRUE(state == QLatin1String("Stopped") && count == QLatin1String("0"))
                << table.toStdString() << " " << state.toStdString() << " " << count.toStdString();
    }
    EXPECT_EQ(itemOfType(output, QStringLiteral("MigrationLevelOutput"))[u"status"], QStringLiteral("Stopped"));
}

TEST_F(MySqlOffline, CopiesTablesInParallelFromOneSnapshot)
{
    // Two accounts tables whose balances always add up to the same total: every transaction moves
    // an amount from one to the other. A copy that read the two tables at different moments would
    // not add up.
    mustRun(m_source, QStringLiteral(R"sql(
        CREATE DATABASE bank;
        USE bank;
        CREATE TABLE left_side (id INT PRIMARY KEY, balance BIGINT NOT NULL, pad VARCHAR(200));
        CREATE TABLE right_side (id INT PRIMARY KEY, balance BIGINT NOT NULL, pad VARCHAR(200));
        INSERT INTO left_side SELECT seq, 1000, REPEAT('l', 200) FROM seq_1_to_120000;
        INSERT INTO right_side SELECT seq, 1000, REPEAT('r', 200) FROM seq_1_to_120000;
        CREATE TABLE control (stop INT NOT NULL);
        INSERT INTO control VALUES (0);
        DELIMITER //
        CREATE PROCEDURE churn()
        BEGIN
          DECLARE i INT DEFAULT 0;
          WHILE (SELECT stop FROM control) = 0 DO
            START TRANSACTION;
            UPDATE left_side SET balance = balance - 7 WHERE id = 1 + i % 120000;
            UPDATE right_side SET balance = balance + 7 WHERE id = 1 + (i * 31) % 120000;
            COMMIT;
            SET i = i + 1;
          END WHILE;
        END //
        DELIMITER ;
    )sql"));
    std::thread writer([this] { m_source.sql(QStringLiteral("bank"), QStringLiteral("CALL churn()")); });
    QThread::msleep(200);
    RecordingContext context(QJsonObject{
        {QStringLiteral("taskType"), QStringLiteral("Migrate.MySql.AzureDbForMySql")},
        {QStringLiteral("input"),
         offlineInput(m_source, m_target, QJsonArray{database(QStringLiteral("bank"), QStringLiteral("bank"))})}});
    std::atomic<bool> done{false};
    std::atomic<bool> sawBoth{false};
    std::thread watcher([&] {
        while (!done && !sawBoth) {
            const QJsonArray output = context.output();
            sawBoth
                = itemOfType(output, QStringLiteral("TableLevelOutput"), QStringLiteral("tb|bank|left_side"))[u"state"]
                      == QStringLiteral("InProgress")
                  && itemOfType(output, QStringLiteral("TableLevelOutput"),
                                QStringLiteral("tb|bank|right_side"))[u"state"]
                         == QStringLiteral("InProgress");
            QThread::msleep(2);
        }
    });
    const ExecutionResult result = godwit::engine::makeMigrateMySqlOfflineExecutor()->run(context);
    done = true;
    watcher.join();
    mustRun(m_source, QStringLiteral("UPDATE bank.control SET stop = 1"));
    writer.join();
    ASSERT_EQ(result.state, QStringLiteral("Succeeded")) << dump(context.output(), result).toStdString();
    EXPECT_TRUE(sawBoth) << "the two tables were not copied at the same time";
    EXPECT_EQ(m_target.value(QStringLiteral("bank"), QStringLiteral("SELECT (SELECT SUM(balance) FROM left_side) + "
                                                                    "(SELECT SUM(balance) FROM right_side)")),
              QStringLiteral("240000000"));
    EXPECT_EQ(m_target.value(QStringLiteral("bank"), QStringLiteral("SELECT COUNT(*) FROM right_side")),
              QStringLiteral("120000"));
    // The writes went on during the copy: the source changed after the snapshot.
    EXPECT_NE(m_source.value(QStringLiteral("bank"), QStringLiteral("SELECT SUM(balance) FROM left_side")),
              m_target.value(QStringLiteral("bank"), QStringLiteral("SELECT SUM(balance) FROM left_side")));
}

TEST_F(MySqlOffline, UnreachableTargetFailsWithAnErrorOutput)
{
    mustRun(m_source, QStringLiteral("CREATE DATABASE shop;"));
    QJsonObject input
        = offlineInput(m_source, m_target, QJsonArray{database(QStringLiteral("shop"), QStringLiteral("shop"))});
    auto target = m_target.connectionInfo(QStringLiteral("godwit"), QStringLiteral("wrong"));
    input.insert(QStringLiteral("targetConnectionInfo"), target.toJson());
    RecordingContext context(QJsonObject{{QStringLiteral("taskType"), QStringLiteral("Migrate.MySql.AzureDbForMySql")},
                                         {QStringLiteral("input"), input}});
    const ExecutionResult result = godwit::engine::makeMigrateMySqlOfflineExecutor()->run(context);
    EXPECT_EQ(result.state, QStringLiteral("Failed"));
    EXPECT_EQ(result.errors.at(0)[u"code"].toString(), QStringLiteral("TargetConnectionFailed"));
    const QJsonObject error = itemOfType(context.output(), QStringLiteral("ErrorOutput"));
    EXPECT_TRUE(error[u"error"][u"message"].toString().contains(QStringLiteral("Access denied")));
    EXPECT_EQ(itemOfType(context.output(), QStringLiteral("MigrationLevelOutput"))[u"status"], QStringLiteral("Error"));
}

TEST_F(MySqlOffline, MakesTheSourceReadOnlyWhileCopyingAndWritableAfterwards)
{
    mustRun(m_source,
            QStringLiteral("CREATE DATABASE shop; USE shop; CREATE TABLE shop.items (id INT PRIMARY KEY, v TEXT);"
                           "INSERT INTO shop.items SELECT seq, REPEAT('x', 300) FROM seq_1_to_60000;"));
    QJsonObject input
        = offlineInput(m_source, m_target, QJsonArray{database(QStringLiteral("shop"), QStringLiteral("shop"))});
    input.insert(QStringLiteral("makeSourceServerReadOnly"), true);
    RecordingContext context(QJsonObject{{QStringLiteral("taskType"), QStringLiteral("Migrate.MySql.AzureDbForMySql")},
                                         {QStringLiteral("input"), input}});
    std::atomic<bool> done{false};
    QString readOnlyWhileCopying;
    std::thread watcher([&] {
        while (!done) {
            if (itemOfType(context.output(), QStringLiteral("TableLevelOutput"))[u"state"]
                == QStringLiteral("InProgress")) {
                readOnlyWhileCopying = m_source.value(QString(), QStringLiteral("SELECT @@global.read_only"));
                return;
            }
            QThread::msleep(2);
        }
    });
    const ExecutionResult result = godwit::engine::makeMigrateMySqlOfflineExecutor()->run(context);
    done = true;
    watcher.join();
    ASSERT_EQ(result.state, QStringLiteral("Succeeded")) << dump(context.output(), result).toStdString();
    EXPECT_EQ(readOnlyWhileCopying, QStringLiteral("1"));
    EXPECT_EQ(m_source.value(QString(), QStringLiteral("SELECT @@global.read_only")), QStringLiteral("0"));
    EXPECT_EQ(m_target.value(QStringLiteral("shop"), QStringLiteral("SELECT COUNT(*) FROM items")),
              QStringLiteral("60000"));
    const QJsonObject migration = itemOfType(context.output(), QStringLiteral("MigrationLevelOutput"));
    EXPECT_EQ(migration[u"status"].toString(), QStringLiteral("Completed"));
}

TEST_F(MySqlOffline, TakesTheSourceOutOfReadOnlyAfterAFailureAndACancel)
{
    mustRun(m_source, QStringLiteral("CREATE DATABASE shop; CREATE TABLE shop.items (id INT PRIMARY KEY);"));
    // A tableMap key that names no table fails the migration.
    QJsonObject failing
        = offlineInput(m_source, m_target,
                       QJsonArray{database(QStringLiteral("shop"), QStringLiteral("shop"),
                                           QJsonObject{{QStringLiteral("nope"), QStringLiteral("nope")}})});
    failing.insert(QStringLiteral("makeSourceServerReadOnly"), true);
    RecordingContext failed(QJsonObject{{QStringLiteral("taskType"), QStringLiteral("Migrate.MySql.AzureDbForMySql")},
                                        {QStringLiteral("input"), failing}});
    EXPECT_EQ(godwit::engine::makeMigrateMySqlOfflineExecutor()->run(failed).state, QStringLiteral("Failed"));
    EXPECT_EQ(m_source.value(QString(), QStringLiteral("SELECT @@global.read_only")), QStringLiteral("0"));

    mustRun(m_source, QStringLiteral("USE shop; CREATE TABLE shop.big (id INT PRIMARY KEY, v TEXT);"
                                     "INSERT INTO shop.big SELECT seq, REPEAT('y', 300) FROM seq_1_to_100000;"));
    QJsonObject input
        = offlineInput(m_source, m_target, QJsonArray{database(QStringLiteral("shop"), QStringLiteral("shop"))});
    input.insert(QStringLiteral("makeSourceServerReadOnly"), true);
    RecordingContext cancelled(
        QJsonObject{{QStringLiteral("taskType"), QStringLiteral("Migrate.MySql.AzureDbForMySql")},
                    {QStringLiteral("input"), input}});
    std::atomic<bool> done{false};
    std::thread canceller([&] {
        while (!done) {
            if (itemOfType(cancelled.output(), QStringLiteral("TableLevelOutput"),
                           QStringLiteral("tb|shop|big"))[u"state"]
                == QStringLiteral("InProgress")) {
                cancelled.cancel();
                return;
            }
            QThread::msleep(2);
        }
    });
    const ExecutionResult result = godwit::engine::makeMigrateMySqlOfflineExecutor()->run(cancelled);
    done = true;
    canceller.join();
    EXPECT_EQ(result.state, QStringLiteral("Canceled")) << dump(cancelled.output(), result).toStdString();
    EXPECT_EQ(m_source.value(QString(), QStringLiteral("SELECT @@global.read_only")), QStringLiteral("0"));

    // A server that was read-only before stays so.
    mustRun(m_source, QStringLiteral("SET GLOBAL read_only = ON"));
    RecordingContext again(QJsonObject{{QStringLiteral("taskType"), QStringLiteral("Migrate.MySql.AzureDbForMySql")},
                                       {QStringLiteral("input"), input}});
    EXPECT_EQ(godwit::engine::makeMigrateMySqlOfflineExecutor()->run(again).state, QStringLiteral("Succeeded"));
    EXPECT_EQ(m_source.value(QString(), QStringLiteral("SELECT @@global.read_only")), QStringLiteral("1"));
}

} // namespace
