#include <atomic>
#include <memory>
#include <thread>

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>

#include <gtest/gtest.h>

#include "core/dmstypes.h"
#include "engine/drivers/mysql/mysqlconnection.h"
#include "engine/executors/mysqlsyncexecutor.h"
#include "recordingcontext.h"
#include "support/mariadbserver.h"
#include "support/printers.h"

namespace {

using godwit::engine::ExecutionResult;
using godwit::engine::PendingCommand;
using godwit::engine::mysql::Connection;
using godwit::test::MariaDbServer;
using godwit::test::RecordingContext;

QJsonObject itemWithId(const QJsonArray &output, const QString &id)
{
    for (const QJsonValue &v : output) {
        if (v[u"id"].toString() == id)
            return v.toObject();
    }
    return {};
}

QString dump(const QJsonArray &output)
{
    return QString::fromUtf8(QJsonDocument(output).toJson());
}

// The single value a query returns. A query that fails fails the test with the client's message
// (and gives a text no other query returns), so two failures never compare equal as "no value".
QString valueOf(const MariaDbServer &server, const QString &db, const QString &query)
{
    QString out;
    if (server.sql(db, query, &out))
        return out;
    ADD_FAILURE() << query.toStdString() << "\n" << out.toStdString();
    return QStringLiteral("error in `%1`: %2").arg(query, out);
}

QString checksum(const MariaDbServer &server, const QString &db, const QString &table)
{
    return valueOf(server, QString(),
                   QStringLiteral("CHECKSUM TABLE %1.%2")
                       .arg(MariaDbServer::quoteIdent(db), MariaDbServer::quoteIdent(table)))
        .section(QLatin1Char('\t'), 1);
}

// Every row of the table in the order of all its columns, as the client prints them: equal
// outputs mean equal tables, row for row.
QString orderedRows(const MariaDbServer &server, const QString &db, const QString &table)
{
    const QString columns
        = valueOf(server, db, QStringLiteral("SHOW COLUMNS FROM %1").arg(MariaDbServer::quoteIdent(table)));
    const qsizetype count = columns.count(QLatin1Char('\n')) + 1;
    QStringList order;
    for (qsizetype i = 1; i <= count; ++i)
        order.append(QString::number(i));
    return valueOf(server, db,
                   QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                       .arg(MariaDbServer::quoteIdent(table), order.join(QLatin1Char(','))));
}

// The replication connections the target has (names), empty when none.
QString replicationConnections(const MariaDbServer &server)
{
    QString out;
    if (!server.sql(QString(), QStringLiteral("SHOW ALL SLAVES STATUS"), &out))
        return QStringLiteral("error: ") + out;
    return out.trimmed();
}

PendingCommand completeCommand(const QString &database)
{
    return {QStringLiteral("cmd-%1").arg(database),
            QJsonObject{{QStringLiteral("commandType"), QStringLiteral("Migrate.Sync.Complete.Database")},
                        {QStringLiteral("input"), QJsonObject{{QStringLiteral("databaseName"), database}}}}};
}

// Waits until the database's migrationState is `state`; false after `ms`.
bool waitForState(const RecordingContext &context, const QString &database, const QString &state, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (itemWithId(context.output(), QString(QStringLiteral("db|") + database))[u"migrationState"].toString()
            == state)
            return true;
        QThread::msleep(20);
    }
    return false;
}

// Writes to the source from its own thread until stopped: inserts, updates (also of the key) and deletes.
class Writer
{
public:
    Writer(const MariaDbServer &source, const QString &database)
        : m_info(source.superConnectionInfo())
        , m_database(database)
    {
        m_thread = std::thread([this] { loop(); });
    }
    ~Writer() { stop(); }

    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    qint64 writes() const { return m_writes; }
    QString error() const { return m_error; }

private:
    void loop()
    {
        QString error;
        const auto conn = Connection::open(m_info, m_database, &error);
        if (!conn) {
            m_error = error;
            return;
        }
        qint64 next = 1000000;
        auto *random = QRandomGenerator::global();
        while (!m_stop) {
            const qint64 id = 1 + random->bounded(5000);
            QString sql;
            switch (random->bounded(8)) {
            case 5:
                sql = QStringLiteral("INSERT INTO logs VALUES (NOW(6), 'eintrag %1 ✓')").arg(id);
                break;
            case 6:
                sql = QStringLiteral("UPDATE logs SET message = CONCAT(message, '+') ORDER BY at LIMIT 2");
                break;
            case 7:
                sql = (id % 2)
                          ? QStringLiteral("DELETE FROM logs ORDER BY at LIMIT 1")
                          : QStringLiteral("UPDATE kinds SET b = IF(b > 1000, b - 1, b + 1), t = CONCAT(t, '😀'), j = "
                                           "JSON_SET(j, '$.n', %1) WHERE id = %2")
                                .arg(id)
                                .arg(1 + id % 3);
                break;
            case 0:
                sql = QStringLiteral("INSERT INTO accounts (id, balance, note, updated, data) VALUES "
                                     "(%1, %2, 'neu 😀 %1', NOW(6), RANDOM_BYTES(8))")
                          .arg(next++)
                          .arg(random->bounded(100000));
                break;
            case 1:
                sql = QStringLiteral("DELETE FROM accounts WHERE id = %1").arg(id);
                break;
            case 2:
                sql = QStringLiteral("UPDATE accounts SET id = %1 WHERE id = %2").arg(next++).arg(id);
                break;
            default:
                sql = QStringLiteral("UPDATE accounts SET balance = balance + 1.25, note = CONCAT(note, 'x'), "
                                     "updated = NOW(6) WHERE id BETWEEN %1 AND %2")
                          .arg(id)
                          .arg(id + 3);
                break;
            }
            const auto r = conn->exec(sql);
            if (!r.ok && m_error.isEmpty())
                m_error = r.error;
            ++m_writes;
            QThread::usleep(500);
        }
    }

    godwit::core::dms::MySqlConnectionInfo m_info;
    QString m_database;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_writes{0};
    QString m_error;
    std::thread m_thread;
};

class MySqlOnline : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_source.start(&error)) << error.toStdString();
        ASSERT_TRUE(m_target.start(&error)) << error.toStdString();
        QString out;
        ASSERT_TRUE(m_source.sql(QString(), QStringLiteral(R"sql(
            CREATE DATABASE live;
            USE live;
            CREATE TABLE accounts (id BIGINT PRIMARY KEY, balance DECIMAL(14,2), note VARCHAR(2000),
                                   updated DATETIME(6), data VARBINARY(64)) CHARACTER SET utf8mb4;
            INSERT INTO accounts SELECT seq, seq * 0.5, CONCAT('konto ', seq), NOW(6), RANDOM_BYTES(16)
              FROM seq_1_to_40000;
            CREATE TABLE logs (at DATETIME(6), message TEXT) CHARACTER SET utf8mb4;
            INSERT INTO logs SELECT NOW(6) - INTERVAL seq SECOND, CONCAT('zeile ', seq, ' 日本') FROM seq_1_to_300;
        )sql") + MariaDbServer::everyColumnTypeTable(),
                                 &out))
            << out.toStdString();
    }

    QJsonObject input() const
    {
        return QJsonObject{{QStringLiteral("sourceConnectionInfo"), m_source.superConnectionInfo().toJson()},
                           {QStringLiteral("targetConnectionInfo"), m_target.superConnectionInfo().toJson()},
                           {QStringLiteral("selectedDatabases"),
                            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("live")},
                                                   {QStringLiteral("targetDatabaseName"), QStringLiteral("live")}}}}};
    }

    MariaDbServer m_source{MariaDbServer::Options{true, 21, {}, {}}};
    MariaDbServer m_target{MariaDbServer::Options{false, 22, {}, {}}};
};

TEST_F(MySqlOnline, ReplicatesConcurrentWritesUntilTheCutover)
{
    RecordingContext context(
        QJsonObject{{QStringLiteral("taskType"), QStringLiteral("Migrate.MySql.AzureDbForMySql.Sync")},
                    {QStringLiteral("input"), input()}});
    // Writes run through the full load and go on while changes replicate.
    auto writer = std::make_unique<Writer>(m_source, QStringLiteral("live"));
    ExecutionResult result;
    std::thread task([&] { result = godwit::engine::makeMigrateMySqlSyncExecutor()->run(context); });

    const bool ready = waitForState(context, QStringLiteral("live"), QStringLiteral("READY_TO_COMPLETE"), 60000);
    EXPECT_TRUE(ready) << dump(context.output()).toStdString();
    QThread::msleep(1500);
    writer->stop();
    EXPECT_TRUE(writer->error().isEmpty()) << writer->error().toStdString();
    EXPECT_GT(writer->writes(), 100);
    // A few last changes right before the cutover must make it too.
    ASSERT_TRUE(
        m_source.sql(QStringLiteral("live"),
                     QStringLiteral("UPDATE accounts SET note = 'last' WHERE id = 30007; DELETE FROM accounts WHERE "
                                    "id = 30008; INSERT INTO accounts VALUES (9000001, 1, 'final', NOW(6), NULL);")));
    context.sendCommand(completeCommand(QStringLiteral("live")));
    task.join();

    const QJsonArray output = context.output();
    ASSERT_EQ(result.state, QStringLiteral("Succeeded")) << dump(output).toStdString();
    const auto commands = context.finishedCommands();
    ASSERT_FALSE(commands.isEmpty());
    EXPECT_EQ(commands.last().state, QStringLiteral("Succeeded"));

    for (const QString &table : {QStringLiteral("accounts"), QStringLiteral("logs"), QStringLiteral("kinds")}) {
        EXPECT_EQ(checksum(m_target, QStringLiteral("live"), table), checksum(m_source, QStringLiteral("live"), table))
            << table.toStdString();
        const QString rows = orderedRows(m_source, QStringLiteral("live"), table);
        EXPECT_FALSE(rows.startsWith(QLatin1String("error"))) << rows.toStdString();
        EXPECT_TRUE(rows == orderedRows(m_target, QStringLiteral("live"), table)) << table.toStdString();
    }
    // The replication connection is gone from the target.
    EXPECT_EQ(replicationConnections(m_target), QString());
    EXPECT_EQ(valueOf(m_target, QStringLiteral("live"), QStringLiteral("SELECT note FROM accounts WHERE id = 30007")),
              QStringLiteral("last"));
    EXPECT_EQ(
        valueOf(m_target, QStringLiteral("live"), QStringLiteral("SELECT COUNT(*) FROM accounts WHERE id = 30008")),
        QStringLiteral("0"));
    EXPECT_EQ(valueOf(m_target, QStringLiteral("live"), QStringLiteral("SELECT note FROM accounts WHERE id = 9000001")),
              QStringLiteral("final"));

    const QJsonObject db = itemWithId(output, QStringLiteral("db|live"));
    EXPECT_EQ(db[u"migrationState"].toString(), QStringLiteral("COMPLETE"));
    EXPECT_TRUE(db[u"initializationCompleted"].toBool());
    EXPECT_GT(db[u"cdcInsertCounter"].toInteger(), 0);
    EXPECT_GT(db[u"cdcUpdateCounter"].toInteger(), 0);
    EXPECT_GT(db[u"cdcDeleteCounter"].toInteger(), 0);
    EXPECT_EQ(db[u"appliedChanges"].toInteger(), db[u"incomingChanges"].toInteger());
    EXPECT_EQ(db[u"fullLoadCompletedTables"].toInt(), 3);
    EXPECT_EQ(db[u"fullLoadErroredTables"].toInt(), 0);
    const QJsonObject accounts = itemWithId(output, QStringLiteral("tb|live|accounts"));
    EXPECT_EQ(accounts[u"state"].toString(), QStringLiteral("COMPLETED"));
    EXPECT_TRUE(accounts[u"cdcInsertCounter"].isString());
    EXPECT_GT(accounts[u"cdcInsertCounter"].toString().toLongLong(), 0);
    EXPECT_GT(accounts[u"fullLoadTotalRows"].toInteger(), 30000);
    // The table without a primary key replicates too.
    const QJsonObject logs = itemWithId(output, QStringLiteral("tb|live|logs"));
    EXPECT_EQ(logs[u"state"].toString(), QStringLiteral("COMPLETED"));
    EXPECT_GT(logs[u"cdcInsertCounter"].toString().toLongLong(), 0);
    EXPECT_GT(logs[u"cdcUpdateCounter"].toString().toLongLong(), 0);
    EXPECT_GT(logs[u"cdcDeleteCounter"].toString().toLongLong(), 0);
}

TEST_F(MySqlOnline, TargetWithTheSourcesServerIdFailsBeforeCopying)
{
    ASSERT_TRUE(m_target.sql(QString(), QStringLiteral("SET GLOBAL server_id = 21")));
    RecordingContext context(
        QJsonObject{{QStringLiteral("taskType"), QStringLiteral("Migrate.MySql.AzureDbForMySql.Sync")},
                    {QStringLiteral("input"), input()}});
    const ExecutionResult result = godwit::engine::makeMigrateMySqlSyncExecutor()->run(context);
    EXPECT_EQ(result.state, QStringLiteral("Failed"));
    EXPECT_EQ(result.errors.at(0)[u"code"].toString(), QStringLiteral("ServerIdClash"))
        << dump(result.errors).toStdString();
    EXPECT_TRUE(dump(context.output()).contains(QStringLiteral("another server_id")));
    EXPECT_EQ(valueOf(m_target, QString(),
                      QStringLiteral("SELECT COUNT(*) FROM information_schema.schemata WHERE "
                                     "schema_name = 'live'")),
              QStringLiteral("0"));
    EXPECT_EQ(replicationConnections(m_target), QString());
}

TEST_F(MySqlOnline, ReplicatesIntoADatabaseOfAnotherName)
{
    QJsonObject renamed = input();
    renamed[QStringLiteral("selectedDatabases")]
        = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("live")},
                                 {QStringLiteral("targetDatabaseName"), QStringLiteral("elsewhere")}}};
    RecordingContext context(
        QJsonObject{{QStringLiteral("taskType"), QStringLiteral("Migrate.MySql.AzureDbForMySql.Sync")},
                    {QStringLiteral("input"), renamed}});
    ExecutionResult result;
    std::thread task([&] { result = godwit::engine::makeMigrateMySqlSyncExecutor()->run(context); });
    const bool ready = waitForState(context, QStringLiteral("live"), QStringLiteral("READY_TO_COMPLETE"), 60000);
    if (!ready)
        context.cancel();
    ASSERT_TRUE(ready) << dump(context.output()).toStdString();
    ASSERT_TRUE(m_source.sql(QStringLiteral("live"),
                             QStringLiteral("UPDATE accounts SET note = 'renamed' WHERE id = 5; DELETE FROM logs "
                                            "ORDER BY at LIMIT 3; INSERT INTO logs VALUES (NOW(6), 'neu');")));
    context.sendCommand(completeCommand(QStringLiteral("live")));
    task.join();
    ASSERT_EQ(result.state, QStringLiteral("Succeeded")) << dump(context.output()).toStdString();
    for (const QString &table : {QStringLiteral("accounts"), QStringLiteral("logs"), QStringLiteral("kinds")})
        EXPECT_TRUE(orderedRows(m_source, QStringLiteral("live"), table)
                    == orderedRows(m_target, QStringLiteral("elsewhere"), table))
            << table.toStdString();
    EXPECT_EQ(valueOf(m_target, QStringLiteral("elsewhere"), QStringLiteral("SELECT note FROM accounts WHERE id = 5")),
              QStringLiteral("renamed"));
    EXPECT_EQ(replicationConnections(m_target), QString());
}

TEST_F(MySqlOnline, TargetFollowsWhileTheEngineIsDownAndTheNextRunReattaches)
{
    const QJsonObject properties{{QStringLiteral("taskType"), QStringLiteral("Migrate.MySql.AzureDbForMySql.Sync")},
                                 {QStringLiteral("input"), input()}};
    RecordingContext first(properties);
    ExecutionResult stopped;
    std::thread task([&] { stopped = godwit::engine::makeMigrateMySqlSyncExecutor()->run(first); });
    const bool ready = waitForState(first, QStringLiteral("live"), QStringLiteral("READY_TO_COMPLETE"), 60000);
    first.shutDown();
    task.join();
    ASSERT_TRUE(ready) << dump(first.output()).toStdString();
    EXPECT_TRUE(stopped.interruptedByShutdown);
    const QString connection = replicationConnections(m_target);
    EXPECT_TRUE(connection.contains(QStringLiteral("godwit_"))) << connection.toStdString();

    // No engine runs: the target still follows the source, also on the table without a key.
    ASSERT_TRUE(m_source.sql(QStringLiteral("live"),
                             QStringLiteral("UPDATE accounts SET note = 'while down' WHERE id = 7; INSERT INTO logs "
                                            "VALUES (NOW(6), 'while down');")));
    QDeadlineTimer deadline(20000);
    while (valueOf(m_target, QStringLiteral("live"), QStringLiteral("SELECT note FROM accounts WHERE id = 7"))
               != QLatin1String("while down")
           && !deadline.hasExpired())
        QThread::msleep(50);
    EXPECT_EQ(valueOf(m_target, QStringLiteral("live"), QStringLiteral("SELECT note FROM accounts WHERE id = 7")),
              QStringLiteral("while down"));

    // The next run re-attaches to the same connection, counts on and completes.
    RecordingContext second(properties, first.output());
    ExecutionResult result;
    std::thread resumed([&] { result = godwit::engine::makeMigrateMySqlSyncExecutor()->run(second); });
    const bool readyAgain = waitForState(second, QStringLiteral("live"), QStringLiteral("READY_TO_COMPLETE"), 60000);
    if (readyAgain)
        second.sendCommand(completeCommand(QStringLiteral("live")));
    else
        second.cancel();
    resumed.join();
    ASSERT_TRUE(readyAgain) << dump(second.output()).toStdString();
    ASSERT_EQ(result.state, QStringLiteral("Succeeded")) << dump(second.output()).toStdString();
    const QJsonObject db = itemWithId(second.output(), QStringLiteral("db|live"));
    EXPECT_GE(db[u"cdcInsertCounter"].toInteger(), 1);
    EXPECT_GE(db[u"cdcUpdateCounter"].toInteger(), 1);
    for (const QString &table : {QStringLiteral("accounts"), QStringLiteral("logs"), QStringLiteral("kinds")})
        EXPECT_TRUE(orderedRows(m_source, QStringLiteral("live"), table)
                    == orderedRows(m_target, QStringLiteral("live"), table))
            << table.toStdString();
    EXPECT_EQ(replicationConnections(m_target), QString());
}

TEST_F(MySqlOnline, ResumeWithoutTheReplicationConnectionSaysSo)
{
    const QJsonObject properties{{QStringLiteral("taskType"), QStringLiteral("Migrate.MySql.AzureDbForMySql.Sync")},
                                 {QStringLiteral("input"), input()}};
    RecordingContext first(properties);
    std::thread task([&] { godwit::engine::makeMigrateMySqlSyncExecutor()->run(first); });
    const bool ready = waitForState(first, QStringLiteral("live"), QStringLiteral("READY_TO_COMPLETE"), 60000);
    first.shutDown();
    task.join();
    ASSERT_TRUE(ready) << dump(first.output()).toStdString();
    // Someone removed it on the target meanwhile.
    ASSERT_TRUE(m_target.sql(QString(), QStringLiteral("STOP ALL SLAVES")));
    QString name = replicationConnections(m_target).section(QLatin1Char('\t'), 0, 0);
    ASSERT_TRUE(name.startsWith(QLatin1String("godwit_"))) << name.toStdString();
    ASSERT_TRUE(m_target.sql(QString(), QStringLiteral("RESET SLAVE '%1' ALL").arg(name)));

    RecordingContext second(properties, first.output());
    const ExecutionResult result = godwit::engine::makeMigrateMySqlSyncExecutor()->run(second);
    EXPECT_EQ(result.state, QStringLiteral("Failed"));
    EXPECT_EQ(result.errors.at(0)[u"code"].toString(), QStringLiteral("ReplicationMissing"))
        << dump(result.errors).toStdString();
    EXPECT_TRUE(dump(second.output()).contains(name)) << dump(second.output()).toStdString();
}

TEST_F(MySqlOnline, RefusesACutoverOfAnUnknownDatabaseAndStopsOnCancel)
{
    RecordingContext context(
        QJsonObject{{QStringLiteral("taskType"), QStringLiteral("Migrate.MySql.AzureDbForMySql.Sync")},
                    {QStringLiteral("input"), input()}});
    ExecutionResult result;
    std::thread task([&] { result = godwit::engine::makeMigrateMySqlSyncExecutor()->run(context); });
    ASSERT_TRUE(waitForState(context, QStringLiteral("live"), QStringLiteral("READY_TO_COMPLETE"), 60000))
        << dump(context.output()).toStdString();
    context.sendCommand(completeCommand(QStringLiteral("elsewhere")));
    QDeadlineTimer deadline(10000);
    while (context.finishedCommands().isEmpty() && !deadline.hasExpired())
        QThread::msleep(20);
    ASSERT_EQ(context.finishedCommands().size(), 1);
    EXPECT_EQ(context.finishedCommands().at(0).state, QStringLiteral("Failed"));
    EXPECT_TRUE(QJsonDocument(context.finishedCommands().at(0).errors).toJson().contains("not part of this migration"));

    // Changes keep flowing while it waits.
    ASSERT_TRUE(
        m_source.sql(QStringLiteral("live"), QStringLiteral("UPDATE accounts SET note = 'moved' WHERE id = 1")));
    deadline = QDeadlineTimer(20000);
    while (valueOf(m_target, QStringLiteral("live"), QStringLiteral("SELECT note FROM accounts WHERE id = 1"))
               != QLatin1String("moved")
           && !deadline.hasExpired())
        QThread::msleep(50);
    EXPECT_EQ(valueOf(m_target, QStringLiteral("live"), QStringLiteral("SELECT note FROM accounts WHERE id = 1")),
              QStringLiteral("moved"));

    context.cancel();
    task.join();
    EXPECT_EQ(result.state, QStringLiteral("Canceled"));
    EXPECT_EQ(itemWithId(context.output(), QStringLiteral("db|live"))[u"migrationState"].toString(),
              QStringLiteral("CANCELLED"));
    // Cancelling removes the replication connection; the target no longer follows the source.
    EXPECT_EQ(replicationConnections(m_target), QString());
    ASSERT_TRUE(
        m_source.sql(QStringLiteral("live"), QStringLiteral("UPDATE accounts SET note = 'after' WHERE id = 1")));
    QThread::msleep(1000);
    EXPECT_EQ(valueOf(m_target, QStringLiteral("live"), QStringLiteral("SELECT note FROM accounts WHERE id = 1")),
              QStringLiteral("moved"));
}

} // namespace
