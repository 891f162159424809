// The MySQL task types end to end through the engine's REST API: a MySQL project, the connection
// tests, an offline and an online migration with the cutover command.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include "api/enginefixture.h"
#include "core/dmstypes.h"
#include "core/taskrules.h"
#include "support/mariadbserver.h"
#include "support/migrationtask.h"
#include "support/printers.h"

namespace {

using godwit::core::TaskRules;
using godwit::test::EngineFixture;
using godwit::test::HttpReply;
using godwit::test::MariaDbServer;

const QString kProject = EngineFixture::rg(QStringLiteral("services/svc/projects/mysql"));

QJsonObject outputItem(const QJsonObject &properties, const QString &id)
{
    for (const QJsonValue &v : properties[u"output"].toArray()) {
        if (v[u"id"].toString() == id)
            return v.toObject();
    }
    return {};
}

std::string text(const QJsonObject &o)
{
    return QJsonDocument(o).toJson().toStdString();
}

class MySqlThroughTheEngine : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_source.start(&error)) << error.toStdString();
        ASSERT_TRUE(m_target.start(&error)) << error.toStdString();
        QString out;
        ASSERT_TRUE(m_source.sql(QString(), QStringLiteral(R"sql(
            CREATE DATABASE shop;
            USE shop;
            CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(40), price DECIMAL(8,2));
            INSERT INTO items SELECT seq, CONCAT('item ', seq), seq / 4 FROM seq_1_to_500;
        )sql"),
                                 &out))
            << out.toStdString();
        m_f.createServiceAndProject();
        const HttpReply p = m_f.put(
            kProject,
            QJsonObject{{QStringLiteral("location"), QStringLiteral("local")},
                        {QStringLiteral("properties"),
                         QJsonObject{{QStringLiteral("sourcePlatform"), QStringLiteral("MySQL")},
                                     {QStringLiteral("targetPlatform"), QStringLiteral("AzureDbForMySql")}}}});
        ASSERT_EQ(p.status, 201) << p.body.constData();
    }

    QJsonObject migrationInput() const
    {
        return godwit::test::migrationInput(
            m_source.superConnectionInfo().toJson(), m_target.superConnectionInfo().toJson(),
            QJsonArray{godwit::test::selectedDatabase(QStringLiteral("shop"), QStringLiteral("shop"))});
    }

    // Creates the task `name` (201 Created); *path receives its path.
    void createTask(const QString &name, const QString &taskType, const QJsonObject &input, QString *path)
    {
        *path = kProject + QStringLiteral("/tasks/") + name;
        const HttpReply created = m_f.put(*path, godwit::test::taskBody(taskType, input));
        ASSERT_EQ(created.status, 201) << created.body.constData();
    }

    // The database shop is READY_TO_COMPLETE, or the task has ended.
    static bool readyOrOver(const QJsonObject &p)
    {
        return outputItem(p, QStringLiteral("db|shop"))[u"migrationState"].toString()
                   == QLatin1String("READY_TO_COMPLETE")
               || TaskRules::isTerminal(p[u"state"].toString());
    }

    // The replication connection a migration set up on the target is gone.
    void expectNoReplicationConnection()
    {
        QString connections;
        ASSERT_TRUE(m_target.sql(QString(), QStringLiteral("SHOW ALL SLAVES STATUS"), &connections));
        EXPECT_EQ(connections.trimmed(), QString());
    }

    MariaDbServer m_source{MariaDbServer::Options{true, 31, QStringLiteral("S3cret-Source!"), {}}};
    MariaDbServer m_target{MariaDbServer::Options{false, 32, QStringLiteral("S3cret-Target!"), {}}};
    EngineFixture m_f;
};

TEST_F(MySqlThroughTheEngine, ConnectionTestRunsAndNeverReturnsThePassword)
{
    QString task;
    ASSERT_NO_FATAL_FAILURE(createTask(
        QStringLiteral("connect"), QStringLiteral("ConnectToSource.MySql"),
        QJsonObject{{QStringLiteral("sourceConnectionInfo"), m_source.superConnectionInfo().toJson()}}, &task));
    const QJsonObject done = m_f.waitUntilEnded(task);
    ASSERT_EQ(done[u"state"].toString(), QStringLiteral("Succeeded")) << text(done);
    const QJsonObject item = done[u"output"][0].toObject();
    EXPECT_TRUE(item[u"databases"].toArray().contains(QStringLiteral("shop")));
    EXPECT_FALSE(item[u"serverProperties"][u"serverVersion"].toString().isEmpty());
    EXPECT_FALSE(QJsonDocument(done).toJson().contains("S3cret-Source!"));
}

TEST_F(MySqlThroughTheEngine, OfflineMigrationCopiesTheDatabase)
{
    QString task;
    ASSERT_NO_FATAL_FAILURE(createTask(QStringLiteral("offline"), QStringLiteral("Migrate.MySql.AzureDbForMySql"),
                                       migrationInput(), &task));
    const QJsonObject done = m_f.waitUntilEnded(task);
    ASSERT_EQ(done[u"state"].toString(), QStringLiteral("Succeeded")) << text(done);
    EXPECT_EQ(m_target.value(QStringLiteral("shop"), QStringLiteral("SELECT SUM(price) FROM items")),
              m_source.value(QStringLiteral("shop"), QStringLiteral("SELECT SUM(price) FROM items")));
    EXPECT_EQ(outputItem(done, QStringLiteral("tb|shop|items"))[u"itemsCompletedCount"].toInt(), 500);
    EXPECT_FALSE(QJsonDocument(done).toJson().contains("S3cret-"));
}

TEST_F(MySqlThroughTheEngine, OnlineMigrationCompletesOnTheCommand)
{
    QString task;
    ASSERT_NO_FATAL_FAILURE(createTask(QStringLiteral("online"), QStringLiteral("Migrate.MySql.AzureDbForMySql.Sync"),
                                       migrationInput(), &task));
    const QJsonObject ready = m_f.waitForProperties(task, readyOrOver);
    ASSERT_EQ(ready[u"state"].toString(), QStringLiteral("Running")) << text(ready);

    ASSERT_TRUE(m_source.sql(QStringLiteral("shop"),
                             QStringLiteral("INSERT INTO items VALUES (501, 'new', 1.00); UPDATE items SET price = 0 "
                                            "WHERE id <= 10; DELETE FROM items WHERE id = 500;")));
    const QJsonObject counted = m_f.waitForProperties(task, [](const QJsonObject &p) {
        return outputItem(p, QStringLiteral("db|shop"))[u"appliedChanges"].toInteger() >= 12;
    });
    const QJsonObject db = outputItem(counted, QStringLiteral("db|shop"));
    EXPECT_EQ(db[u"cdcInsertCounter"].toInteger(), 1) << text(counted);
    EXPECT_EQ(db[u"cdcUpdateCounter"].toInteger(), 10);
    EXPECT_EQ(db[u"cdcDeleteCounter"].toInteger(), 1);
    EXPECT_EQ(outputItem(counted, QStringLiteral("tb|shop|items"))[u"cdcUpdateCounter"].toString(),
              QStringLiteral("10"));

    const HttpReply command = m_f.completeDatabase(task, QStringLiteral("shop"));
    ASSERT_EQ(command.status, 200) << command.body.constData();
    const QJsonObject done = m_f.waitUntilEnded(task);
    ASSERT_EQ(done[u"state"].toString(), QStringLiteral("Succeeded")) << text(done);
    EXPECT_EQ(outputItem(done, QStringLiteral("db|shop"))[u"migrationState"].toString(), QStringLiteral("COMPLETE"));
    const QString sum = QStringLiteral("SELECT COUNT(*), SUM(price) FROM items");
    EXPECT_EQ(m_target.value(QStringLiteral("shop"), sum), m_source.value(QStringLiteral("shop"), sum));
    expectNoReplicationConnection();
    EXPECT_FALSE(QJsonDocument(done).toJson().contains("S3cret-"));
}

TEST_F(MySqlThroughTheEngine, OnlineMigrationContinuesAfterAnEngineRestart)
{
    QString task;
    ASSERT_NO_FATAL_FAILURE(createTask(QStringLiteral("online"), QStringLiteral("Migrate.MySql.AzureDbForMySql.Sync"),
                                       migrationInput(), &task));
    ASSERT_EQ(m_f.waitForProperties(task, readyOrOver)[u"state"].toString(), QStringLiteral("Running"));
    ASSERT_TRUE(m_source.sql(QStringLiteral("shop"), QStringLiteral("UPDATE items SET price = 1000 WHERE id <= 20;")));
    m_f.waitForProperties(task, [](const QJsonObject &p) {
        return outputItem(p, QStringLiteral("db|shop"))[u"cdcUpdateCounter"].toInteger() >= 20;
    });

    // Stopped while replicating, changed meanwhile, started again: it continues where it was.
    m_f.restart();
    ASSERT_TRUE(m_source.sql(QStringLiteral("shop"),
                             QStringLiteral("DELETE FROM items WHERE id > 490; INSERT INTO items VALUES (900, 'after "
                                            "restart', 2.50);")));
    const QJsonObject resumed = m_f.waitForProperties(task, [](const QJsonObject &p) {
        const QJsonObject db = outputItem(p, QStringLiteral("db|shop"));
        return db[u"cdcDeleteCounter"].toInteger() >= 10 && db[u"cdcInsertCounter"].toInteger() >= 1;
    });
    ASSERT_EQ(resumed[u"state"].toString(), QStringLiteral("Running")) << text(resumed);
    const QJsonObject db = outputItem(resumed, QStringLiteral("db|shop"));
    EXPECT_GE(db[u"cdcUpdateCounter"].toInteger(), 20) << text(resumed); // counted before the restart
    EXPECT_EQ(db[u"cdcDeleteCounter"].toInteger(), 10) << text(resumed);

    ASSERT_EQ(m_f.waitForProperties(task, readyOrOver)[u"state"].toString(), QStringLiteral("Running"));
    const HttpReply command = m_f.completeDatabase(task, QStringLiteral("shop"));
    ASSERT_EQ(command.status, 200) << command.body.constData();
    const QJsonObject done = m_f.waitUntilEnded(task);
    ASSERT_EQ(done[u"state"].toString(), QStringLiteral("Succeeded")) << text(done);
    const QString sum = QStringLiteral("SELECT COUNT(*), SUM(price), MAX(id) FROM items");
    EXPECT_EQ(m_target.value(QStringLiteral("shop"), sum), m_source.value(QStringLiteral("shop"), sum));
    expectNoReplicationConnection();
}

} // namespace
