// The typed values: building inputs, reading outputs, polymorphism, lossless carriers.

#include <QJsonDocument>

#include <gtest/gtest.h>

#include "support/printers.h"

#include "core/decode.h"
#include "core/dmstypes.h"

using namespace godwit::core;
using namespace godwit::core::dms;

namespace {

QJsonObject parse(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
    return doc.object();
}

} // namespace

TEST(Types, BuildsAPostgreSqlOnlineMigrationExactlyAsTheApiSpellsIt)
{
    PostgreSqlConnectionInfo source;
    source.setServerName(QStringLiteral("pg-source.internal"));
    source.setPort(5432);
    source.setUserName(QStringLiteral("migrator"));
    source.setPassword(Secret(QStringLiteral("hunter2")));
    source.setEncryptConnection(true);
    source.setTrustServerCertificate(false);

    PostgreSqlConnectionInfo target = source;
    target.setServerName(QStringLiteral("pg-target.internal"));

    MigratePostgreSqlAzureDbForPostgreSqlSyncDatabaseInput db;
    db.setName(QStringLiteral("inventory"));
    db.setTargetDatabaseName(QStringLiteral("inventory"));
    db.setSelectedTables({[] {
        MigratePostgreSqlAzureDbForPostgreSqlSyncDatabaseTableInput t;
        t.setName(QStringLiteral("public.orders"));
        return t;
    }()});

    MigratePostgreSqlAzureDbForPostgreSqlSyncTaskInput input;
    input.setSourceConnectionInfo(source);
    input.setTargetConnectionInfo(target);
    input.setSelectedDatabases({db});

    MigratePostgreSqlAzureDbForPostgreSqlSyncTaskProperties props;
    props.setInput(input);
    ProjectTask task;
    task.setProperties(props);

    const QJsonObject expected = parse(R"({
      "properties": {
        "taskType": "Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2",
        "input": {
          "sourceConnectionInfo": {"type": "PostgreSqlConnectionInfo", "serverName": "pg-source.internal",
            "port": 5432, "userName": "migrator", "password": "hunter2", "encryptConnection": true,
            "trustServerCertificate": false},
          "targetConnectionInfo": {"type": "PostgreSqlConnectionInfo", "serverName": "pg-target.internal",
            "port": 5432, "userName": "migrator", "password": "hunter2", "encryptConnection": true,
            "trustServerCertificate": false},
          "selectedDatabases": [{"name": "inventory", "targetDatabaseName": "inventory",
            "selectedTables": [{"name": "public.orders"}]}]
        }
      }
    })");
    EXPECT_EQ(task.toJson(), expected);
    EXPECT_TRUE(Validator().validate(task.toJson(), QStringLiteral("ProjectTask")).isEmpty());

    // What a response would carry: the same without the passwords.
    const QJsonObject redacted = task.toJson(SecretPolicy::Omit);
    const QJsonObject src
        = redacted[QLatin1String("properties")][QLatin1String("input")][QLatin1String("sourceConnectionInfo")]
              .toObject();
    EXPECT_FALSE(src.contains(QLatin1String("password")));
    EXPECT_EQ(src.value(QLatin1String("userName")).toString(), QStringLiteral("migrator"));
}

TEST(Types, ReadsPolymorphicOutputsByResultType)
{
    const QJsonObject json = parse(R"({
      "taskType": "Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2",
      "state": "Running",
      "output": [
        {"resultType": "MigrationLevelOutput", "id": "a1", "sourceServerVersion": "15.4", "databaseCount": 1.0,
         "state": "PENDING", "startedOn": "2025-07-01T10:00:00.1234567Z"},
        {"resultType": "DatabaseLevelOutput", "id": "db|inventory", "databaseName": "inventory",
         "migrationState": "READY_TO_COMPLETE", "cdcInsertCounter": 12, "appliedChanges": "40", "latency": 0},
        {"resultType": "TableLevelOutput", "id": "or|inventory|public|orders", "tableName": "public.orders",
         "fullLoadTotalRows": 9007199254740993, "state": "COMPLETED", "fullLoadTotalVolumeBytes": 1024},
        {"resultType": "SomethingNew", "id": "x"}
      ]
    })");
    const auto props = ProjectTaskProperties(json).as<MigratePostgreSqlAzureDbForPostgreSqlSyncTaskProperties>();
    EXPECT_EQ(props.stateValue(), TaskState::Running);
    const auto output = props.output();
    ASSERT_EQ(output.size(), 4);

    ASSERT_TRUE(output[0].is<MigratePostgreSqlAzureDbForPostgreSqlSyncTaskOutputMigrationLevel>());
    const auto migration = output[0].as<MigratePostgreSqlAzureDbForPostgreSqlSyncTaskOutputMigrationLevel>();
    EXPECT_EQ(migration.sourceServerVersion(), QStringLiteral("15.4"));
    EXPECT_EQ(migration.databaseCount(), 1.0);
    EXPECT_EQ(migration.startedOn(), QDateTime(QDate(2025, 7, 1), QTime(10, 0, 0, 123), Qt::UTC));
    EXPECT_EQ(migration.stateValue(), ReplicateMigrationState::PENDING);

    ASSERT_TRUE(output[1].is<MigratePostgreSqlAzureDbForPostgreSqlSyncTaskOutputDatabaseLevel>());
    EXPECT_FALSE(output[1].is<MigratePostgreSqlAzureDbForPostgreSqlSyncTaskOutputTableLevel>());
    const auto db = output[1].as<MigratePostgreSqlAzureDbForPostgreSqlSyncTaskOutputDatabaseLevel>();
    EXPECT_EQ(db.migrationStateValue(), SyncDatabaseMigrationReportingState::READY_TO_COMPLETE);
    EXPECT_EQ(db.cdcInsertCounter(), 12);
    EXPECT_EQ(db.appliedChanges(), 40); // a counter sent as a string still reads as a number
    EXPECT_FALSE(db.endedOn().has_value());

    const auto table = output[2].as<MigratePostgreSqlAzureDbForPostgreSqlSyncTaskOutputTableLevel>();
    EXPECT_EQ(table.fullLoadTotalRows(), Q_INT64_C(9007199254740993)); // beyond double precision, exact
    EXPECT_EQ(table.toJson().value(QLatin1String("fullLoadTotalVolumeBytes")).toInteger(), 1024);

    // An unknown result type is carried untouched.
    EXPECT_EQ(output[3].toJson().value(QLatin1String("resultType")).toString(), QStringLiteral("SomethingNew"));
    EXPECT_EQ(ProjectTaskProperties(json).toJson(), json);
}

TEST(Types, UnknownTaskTypesAndMembersSurviveARoundTrip)
{
    const QByteArray text
        = R"({"id":"/subscriptions/s/resourceGroups/g/providers/Microsoft.DataMigration/services/svc/projects/p/tasks/t",
      "name":"t","properties":{"taskType":"diagnostic.LogCollector","state":"Succeeded","input":{"anything":[1,2,{"deep":null}]},
      "output":[{"weird":true}],"clientData":{"k":"v"}},"futureMember":{"a":1}})";
    const auto decoded = decode<ProjectTask>(text, Validator::Direction::Response);
    ASSERT_EQ(decoded.issues.size(), 1);
    EXPECT_EQ(decoded.issues[0].code, Issue::Code::UnknownDiscriminator);
    EXPECT_EQ(decoded.issues[0].path, QStringLiteral("properties.taskType"));
    EXPECT_EQ(decoded.value.properties().taskType(), QStringLiteral("diagnostic.LogCollector"));
    EXPECT_EQ(decoded.value.properties().clientData().value(QStringLiteral("k")), QStringLiteral("v"));
    EXPECT_EQ(decoded.value.toJson(), QJsonDocument::fromJson(text).object());
}

TEST(Types, ConnectMongoDbTakesTheConnectionInfoItselfAsInput)
{
    const QJsonObject json = parse(R"({"taskType":"Connect.MongoDb","input":{"type":"MongoDbConnectionInfo",
      "connectionString":"mongodb://dba:pw@mongo:27017"},"output":[{"id":"c1","supportsSharding":false,"type":"MongoDb",
      "version":"4.2.1","databases":[]}]})");
    const auto props = ConnectToMongoDbTaskProperties(json);
    EXPECT_EQ(props.input().connectionString().reveal(), QStringLiteral("mongodb://dba:pw@mongo:27017"));
    ASSERT_EQ(props.output().size(), 1);
    EXPECT_EQ(props.output()[0].version(), QStringLiteral("4.2.1"));
    EXPECT_TRUE(
        Validator(Validator::Direction::Response).validate(json, QStringLiteral("ProjectTaskProperties")).isEmpty());
}

TEST(Types, MapsDeclaredAsStringsReadAsMapsEitherWay)
{
    const auto asObject = MigrateMySqlAzureDbForMySqlOfflineTaskOutputMigrationLevel(
        parse(R"({"resultType":"MigrationLevelOutput","databaseSummary":{"sales":{"name":"sales","itemsCount":3}}})"));
    EXPECT_EQ(asObject.databaseSummary().value(QStringLiteral("sales")).itemsCount(), 3);
    const auto asString = MigrateMySqlAzureDbForMySqlOfflineTaskOutputMigrationLevel(parse(
        R"({"resultType":"MigrationLevelOutput","databaseSummary":"{\"sales\":{\"name\":\"sales\",\"itemsCount\":4}}"})"));
    EXPECT_EQ(asString.databaseSummary().value(QStringLiteral("sales")).itemsCount(), 4);
}

TEST(Types, CommandsCarryTheirDiscriminator)
{
    MigrateSyncCompleteCommandInput input;
    input.setDatabaseName(QStringLiteral("inventory"));
    MigrateSyncCompleteCommandProperties command;
    command.setInput(input);
    EXPECT_EQ(command.toJson(),
              parse(R"({"commandType":"Migrate.Sync.Complete.Database","input":{"databaseName":"inventory"}})"));
    EXPECT_TRUE(CommandProperties(command.toJson()).is<MigrateSyncCompleteCommandProperties>());
    EXPECT_FALSE(CommandProperties(command.toJson()).is<MongoDbFinishCommand>());
}

TEST(Types, ArrayDeclaredWithSiblingRefAcceptsOneObject)
{
    const auto result
        = SchemaComparisonValidationResult(parse(R"({"validationErrors":{"text":"oops","severity":"Error"}})"));
    ASSERT_EQ(result.validationErrors().size(), 1);
    EXPECT_EQ(result.validationErrors()[0].text(), QStringLiteral("oops"));
}
