// Which states are terminal and which commands a task takes when.

#include <QJsonDocument>

#include <gtest/gtest.h>

#include "support/printers.h"

#include "core/taskrules.h"

using godwit::core::TaskRules;

namespace {

QJsonObject pgTask(const char *state, const char *dbState)
{
    const QByteArray text = QByteArray(R"({"taskType":"Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2","state":")")
                            + state
                            + R"(","input":{"selectedDatabases":[{"name":"inventory"},{"name":"sales"}]},"output":[
        {"resultType":"DatabaseLevelOutput","databaseName":"inventory","migrationState":")"
                            + dbState + R"("},
        {"resultType":"DatabaseLevelOutput","databaseName":"sales","migrationState":"RUNNING"}]})";
    return QJsonDocument::fromJson(text).object();
}

QJsonObject complete(const char *database)
{
    return QJsonDocument::fromJson(
               QByteArray(R"({"commandType":"Migrate.Sync.Complete.Database","input":{"databaseName":")") + database
               + "\"}}")
        .object();
}

} // namespace

TEST(TaskRules, TerminalStates)
{
    for (const char *s : {"Canceled", "Succeeded", "Failed", "FailedInputValidation", "Faulted"})
        EXPECT_TRUE(TaskRules::isTerminal(QString::fromLatin1(s))) << s;
    for (const char *s : {"Queued", "Running", "Unknown", ""})
        EXPECT_FALSE(TaskRules::isTerminal(QString::fromLatin1(s))) << s;
    EXPECT_TRUE(TaskRules::canCancel(QStringLiteral("Queued")));
    EXPECT_FALSE(TaskRules::canCancel(QStringLiteral("Succeeded")));
    EXPECT_TRUE(TaskRules::isTerminalCommand(QStringLiteral("Failed")));
    EXPECT_FALSE(TaskRules::isTerminalCommand(QStringLiteral("Accepted")));
}

TEST(TaskRules, CutoverOnlyForARunningSyncMigrationWhoseDatabaseIsReady)
{
    const auto available = TaskRules::availableCommands(pgTask("Running", "READY_TO_COMPLETE"));
    ASSERT_EQ(available.size(), 1);
    EXPECT_EQ(available[0].commandType, QStringLiteral("Migrate.Sync.Complete.Database"));
    EXPECT_EQ(available[0].target, QStringLiteral("inventory"));

    EXPECT_FALSE(TaskRules::checkCommand(pgTask("Running", "READY_TO_COMPLETE"), complete("inventory")).has_value());

    const auto notReady = TaskRules::checkCommand(pgTask("Running", "READY_TO_COMPLETE"), complete("sales"));
    ASSERT_TRUE(notReady.has_value());
    EXPECT_EQ(notReady->kind, TaskRules::Rejection::Kind::Conflict);
    EXPECT_EQ(notReady->message,
              QStringLiteral("database 'sales' is RUNNING; it can be completed only when it is READY_TO_COMPLETE"));

    const auto stranger = TaskRules::checkCommand(pgTask("Running", "READY_TO_COMPLETE"), complete("payroll"));
    ASSERT_TRUE(stranger.has_value());
    EXPECT_EQ(stranger->kind, TaskRules::Rejection::Kind::Invalid);
    EXPECT_EQ(
        stranger->message,
        QStringLiteral(
            "input.databaseName: database 'payroll' is not part of this migration (it migrates: inventory, sales)"));

    const auto finished = TaskRules::checkCommand(pgTask("Succeeded", "COMPLETE"), complete("inventory"));
    ASSERT_TRUE(finished.has_value());
    EXPECT_EQ(finished->kind, TaskRules::Rejection::Kind::Conflict);
    EXPECT_EQ(finished->message, QStringLiteral("the task is Succeeded; commands are taken only while it is Running"));
    EXPECT_TRUE(TaskRules::availableCommands(pgTask("Succeeded", "COMPLETE")).isEmpty());
}

TEST(TaskRules, CommandsTheTaskTypeDoesNotTakeAreInvalid)
{
    QJsonObject props = pgTask("Running", "READY_TO_COMPLETE");
    props.insert(QStringLiteral("taskType"), QStringLiteral("ConnectToSource.PostgreSql.Sync"));
    const auto rejection = TaskRules::checkCommand(props, complete("inventory"));
    ASSERT_TRUE(rejection.has_value());
    EXPECT_EQ(rejection->kind, TaskRules::Rejection::Kind::Invalid);
    EXPECT_EQ(rejection->message, QStringLiteral("task type ConnectToSource.PostgreSql.Sync takes no commands"));

    const auto mongoOnSql = TaskRules::checkCommand(
        pgTask("Running", "READY_TO_COMPLETE"),
        QJsonDocument::fromJson(R"({"commandType":"finish","input":{"immediate":true}})").object());
    ASSERT_TRUE(mongoOnSql.has_value());
    EXPECT_EQ(mongoOnSql->message, QStringLiteral("task type Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2 does not "
                                                  "take command finish (it takes: Migrate.Sync.Complete.Database)"));
}

TEST(TaskRules, MalformedCommandBodiesAreInvalidWithThePath)
{
    const auto rejection = TaskRules::checkCommand(
        pgTask("Running", "READY_TO_COMPLETE"),
        QJsonDocument::fromJson(R"({"commandType":"Migrate.Sync.Complete.Database","input":{}})").object());
    ASSERT_TRUE(rejection.has_value());
    EXPECT_EQ(rejection->kind, TaskRules::Rejection::Kind::Invalid);
    EXPECT_EQ(rejection->message, QStringLiteral("input.databaseName: required field missing"));
}

TEST(TaskRules, MongoCommandsWhileRunning)
{
    const QJsonObject mongo = QJsonDocument::fromJson(R"({"taskType":"Migrate.MongoDb","state":"Running"})").object();
    const auto available = TaskRules::availableCommands(mongo);
    QStringList types;
    for (const auto &a : available)
        types.append(a.commandType);
    EXPECT_EQ(types, (QStringList{QStringLiteral("cancel"), QStringLiteral("finish"), QStringLiteral("restart")}));
    EXPECT_FALSE(TaskRules::checkCommand(
        mongo, QJsonDocument::fromJson(R"({"commandType":"finish","input":{"immediate":false}})").object()));
    EXPECT_TRUE(TaskRules::isOnlineMigration(QStringLiteral("Migrate.MySql.AzureDbForMySql.Sync")));
    EXPECT_FALSE(TaskRules::isOnlineMigration(QStringLiteral("Migrate.MySql.AzureDbForMySql")));
}
