// Facts of API version 2025-06-30 as the compiled-in schema states them.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "support/printers.h"

#include "core/dmstypes.h"
#include "core/schema.h"

using namespace godwit;
using core::Schema;

TEST(Schema, SpeaksApiVersion20250630)
{
    EXPECT_EQ(Schema::instance().apiVersion(), QStringLiteral("2025-06-30"));
    EXPECT_EQ(QString(core::dms::kApiVersion), QStringLiteral("2025-06-30"));
}

TEST(Schema, KnowsAll38TaskTypesEachWithItsPropertiesClass)
{
    const Schema &s = Schema::instance();
    const QStringList types = s.taskTypes();
    EXPECT_EQ(types.size(), 38);
    const QStringList enumValues = s.enumeration(QStringLiteral("TaskType"))->values;
    EXPECT_EQ(enumValues.size(), 38);
    for (const QString &t : enumValues)
        EXPECT_TRUE(types.contains(t)) << qPrintable(t);
    EXPECT_EQ(s.taskPropertiesFor(QStringLiteral("Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2")),
              QStringLiteral("MigratePostgreSqlAzureDbForPostgreSqlSyncTaskProperties"));
    EXPECT_EQ(s.taskPropertiesFor(QStringLiteral("Connect.MongoDb")), QStringLiteral("ConnectToMongoDbTaskProperties"));
    EXPECT_FALSE(s.taskPropertiesFor(QStringLiteral("diagnostic.LogCollector")).has_value());
    for (const QString &t : types) {
        const QString props = *s.taskPropertiesFor(t);
        EXPECT_NE(s.effectiveProperty(props, QStringLiteral("input")), nullptr) << qPrintable(t);
        EXPECT_NE(s.effectiveProperty(props, QStringLiteral("taskType")), nullptr) << qPrintable(t);
    }
}

TEST(Schema, KnowsTheFourDiscriminators)
{
    const Schema &s = Schema::instance();
    EXPECT_EQ(s.discriminatorOf(QStringLiteral("ProjectTaskProperties")), QStringLiteral("taskType"));
    EXPECT_EQ(s.discriminatorOf(QStringLiteral("CommandProperties")), QStringLiteral("commandType"));
    EXPECT_EQ(s.discriminatorOf(QStringLiteral("ConnectionInfo")), QStringLiteral("type"));
    EXPECT_EQ(s.discriminatorOf(QStringLiteral("MigratePostgreSqlAzureDbForPostgreSqlSyncTaskOutput")),
              QStringLiteral("resultType"));
    EXPECT_EQ(s.commandTypes(), (QStringList{QStringLiteral("Migrate.SqlServer.AzureDbSqlMi.Complete"),
                                             QStringLiteral("Migrate.Sync.Complete.Database"), QStringLiteral("cancel"),
                                             QStringLiteral("finish"), QStringLiteral("restart")}));
    // Connection infos use their class names as wire values, MongoDbConnectionInfo by default.
    EXPECT_EQ(s.subtypeValues(QStringLiteral("ConnectionInfo")),
              (QStringList{QStringLiteral("MiSqlConnectionInfo"), QStringLiteral("MongoDbConnectionInfo"),
                           QStringLiteral("MySqlConnectionInfo"), QStringLiteral("OracleConnectionInfo"),
                           QStringLiteral("PostgreSqlConnectionInfo"), QStringLiteral("SqlConnectionInfo")}));
    // A subtype is resolved only under its own base.
    EXPECT_FALSE(
        s.resolveSubtype(QStringLiteral("MigrateSqlServerSqlDbTaskOutput"), QStringLiteral("SsisProjectLevelOutput")));
    EXPECT_EQ(s.resolveSubtype(QStringLiteral("MigrateSsisTaskOutput"), QStringLiteral("SsisProjectLevelOutput")),
              QStringLiteral("MigrateSsisTaskOutputProjectLevel"));
}

TEST(Schema, InheritedAndMixedInMembersAreEffective)
{
    const Schema &s = Schema::instance();
    const auto *serverName
        = s.effectiveProperty(QStringLiteral("PostgreSqlConnectionInfo"), QStringLiteral("serverName"));
    ASSERT_NE(serverName, nullptr);
    EXPECT_TRUE(serverName->required);
    const auto *password = s.effectiveProperty(QStringLiteral("PostgreSqlConnectionInfo"), QStringLiteral("password"));
    ASSERT_NE(password, nullptr);
    EXPECT_EQ(password->owner, QStringLiteral("ConnectionInfo"));
    EXPECT_EQ(password->type.secret, QStringLiteral("omit"));
    // ProjectTask is an ARM Resource: id/name/type are read-only.
    const auto *id = s.effectiveProperty(QStringLiteral("ProjectTask"), QStringLiteral("id"));
    ASSERT_NE(id, nullptr);
    EXPECT_TRUE(id->type.readOnly);
    EXPECT_TRUE(s.effectiveProperty(QStringLiteral("Project"), QStringLiteral("location"))->required);
    // Two output classes take members from a second allOf.
    EXPECT_NE(s.effectiveProperty(QStringLiteral("MigrateSqlServerSqlDbTaskOutputValidationResult"),
                                  QStringLiteral("summaryResults")),
              nullptr);
}

TEST(Schema, EnumsKeepTheirWireValuesAndOpenness)
{
    const Schema &s = Schema::instance();
    EXPECT_TRUE(s.enumeration(QStringLiteral("SyncDatabaseMigrationReportingState"))
                    ->values.contains(QStringLiteral("INITIALIAZING")));
    QStringList closed;
    for (const QString &name : s.enumNames()) {
        if (!s.enumeration(name)->open)
            closed.append(name);
    }
    EXPECT_EQ(closed, (QStringList{QStringLiteral("MongoDbProgressResultType"),
                                   QStringLiteral("ServerLevelPermissionsGroup")}));
    EXPECT_EQ(core::dms::toString(core::dms::TaskState::FailedInputValidation),
              QStringLiteral("FailedInputValidation"));
    EXPECT_EQ(core::dms::fromString<core::dms::ServiceScalability>(u"automatic"),
              core::dms::ServiceScalability::automatic);
    EXPECT_FALSE(core::dms::fromString<core::dms::TaskState>(u"Paused").has_value());
}

TEST(Schema, SecretsAreMarked)
{
    EXPECT_EQ(Schema::instance().secretMemberNames(),
              (QStringList{QStringLiteral("appKey"), QStringLiteral("connectionString"), QStringLiteral("password"),
                           QStringLiteral("sasUri")}));
}

TEST(Schema, OperationsTableHasEveryOperation)
{
    const auto &ops = Schema::instance().operations();
    EXPECT_EQ(ops.size(), 39);
    int lro = 0;
    for (const auto &op : ops) {
        if (op.longRunning)
            ++lro;
        if (op.operationId == QLatin1String("Tasks_Get")) {
            EXPECT_EQ(op.method, QStringLiteral("GET"));
            EXPECT_TRUE(op.queryParameters.contains(QStringLiteral("$expand")));
            EXPECT_EQ(op.responses.value(QStringLiteral("200")), QStringLiteral("ProjectTask"));
            EXPECT_EQ(op.responses.value(QStringLiteral("default")), QStringLiteral("ApiError"));
        }
        if (op.operationId == QLatin1String("Tasks_List")) {
            EXPECT_EQ(op.nextLinkName, QStringLiteral("nextLink"));
        }
    }
    EXPECT_EQ(lro, 5);
}

TEST(Schema, MalformedSchemaIsRejectedWithAReason)
{
    QString error;
    EXPECT_EQ(Schema::fromJson("{", &error), nullptr);
    EXPECT_FALSE(error.isEmpty());
    error.clear();
    EXPECT_EQ(Schema::fromJson(R"({"definitions":{"A":{"properties":{"b":{"type":"ref","ref":"Missing"}}}}})", &error),
              nullptr);
    EXPECT_EQ(error, QStringLiteral("A.b: unknown definition Missing"));
}

// The committed schema is what the generator makes of the swagger (when the reference is beside
// the checkout, as it is for developers and CI).
TEST(Schema, CommittedSchemaMatchesTheGenerator)
{
    const QString root = QStringLiteral(GODWIT_SOURCE_DIR);
    const QString spec = root + QStringLiteral("/../shared/reference/spec");
    if (!QFile::exists(spec + QStringLiteral("/datamigration.json")))
        GTEST_SKIP() << "swagger reference not found beside the checkout";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("schema.json"));
    QProcess gen;
    gen.start(QStringLiteral("python3"), {root + QStringLiteral("/scripts/gen-schema.py"), spec, out});
    ASSERT_TRUE(gen.waitForFinished(60000));
    ASSERT_EQ(gen.exitCode(), 0) << gen.readAllStandardError().constData();
    QFile generated(out);
    QFile committed(root + QStringLiteral("/core/schema/dms-2025-06-30.json"));
    ASSERT_TRUE(generated.open(QIODevice::ReadOnly));
    ASSERT_TRUE(committed.open(QIODevice::ReadOnly));
    EXPECT_TRUE(generated.readAll() == committed.readAll()) << "run scripts/gen-schema.py and commit the result";
}
