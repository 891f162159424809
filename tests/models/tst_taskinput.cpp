// The wizards' typed model without widgets: page validators, the builder of every task type
// against the API schema, clone-from-task and what is read back from helper tasks.

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include "core/validator.h"
#include "models/taskinput/taskinputmodel.h"
#include "support/printers.h"
#include "support/testdata.h"

using namespace godwit;
using namespace godwit::models::taskinput;

namespace {

QString dump(const QJsonValue &v)
{
    return QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson() : QJsonDocument(v.toArray()).toJson());
}

// Every built document must be a valid request of the API, without a single issue.
void expectValidTask(const QJsonObject &task)
{
    const core::Issues issues
        = core::Validator(core::Validator::Direction::Request).validate(task, QStringLiteral("ProjectTask"));
    QStringList text;
    for (const core::Issue &i : issues)
        text.append(i.toString());
    EXPECT_TRUE(issues.isEmpty()) << qPrintable(text.join(QLatin1Char('\n'))) << qPrintable(dump(task));
}

QStringList fieldsOf(const FieldIssues &issues)
{
    QStringList out;
    for (const FieldIssue &i : issues)
        out.append(i.field);
    return out;
}

ConnectionSettings pg(const QString &host, const QString &user, const QString &password)
{
    ConnectionSettings s;
    s.type = ConnectionType::PostgreSql;
    s.serverName = host;
    s.port = 5432;
    s.userName = user;
    s.password = core::Secret(password);
    s.encryptConnection = false;
    return s;
}

ConnectionSettings sql(const QString &host, const QString &user, const QString &password)
{
    ConnectionSettings s;
    s.type = ConnectionType::Sql;
    s.serverName = host;
    s.userName = user;
    s.password = core::Secret(password);
    s.trustServerCertificate = true;
    return s;
}

ConnectionSettings mysql(const QString &host, const QString &user, const QString &password)
{
    ConnectionSettings s;
    s.type = ConnectionType::MySql;
    s.serverName = host;
    s.userName = user;
    s.password = core::Secret(password);
    return s;
}

QJsonObject obj(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

TEST(ConnectionSettings, BuildsEveryConnectionInfoTypeOfTheApi)
{
    ConnectionSettings s = pg(QStringLiteral("db.example.com"), QStringLiteral("app"), QStringLiteral("pw"));
    s.databaseName = QStringLiteral("inventory");
    s.additionalSettings = QStringLiteral("connect_timeout=5");
    EXPECT_EQ(s.toConnectionInfo(), obj(R"({"type":"PostgreSqlConnectionInfo","serverName":"db.example.com",
        "port":5432,"databaseName":"inventory","userName":"app","password":"pw","authentication":"SqlAuthentication",
        "encryptConnection":false,"trustServerCertificate":false,"additionalSettings":"connect_timeout=5"})"));

    ConnectionSettings q = sql(QStringLiteral("SQLPROD01\\ERP"), QStringLiteral("sa"), QStringLiteral("pw"));
    q.sqlPlatform = QStringLiteral("SqlOnPrem");
    q.port = 14330;
    EXPECT_EQ(q.toConnectionInfo(), obj(R"({"type":"SqlConnectionInfo","dataSource":"SQLPROD01\\ERP,14330",
        "serverName":"SQLPROD01\\ERP","port":14330,"userName":"sa","password":"pw","authentication":"SqlAuthentication",
        "encryptConnection":true,"trustServerCertificate":true,"platform":"SqlOnPrem"})"));

    ConnectionSettings w = q;
    w.authentication = QStringLiteral("WindowsAuthentication");
    EXPECT_FALSE(w.toConnectionInfo().contains(QLatin1String("password")));
    EXPECT_TRUE(w.validate().isEmpty());

    ConnectionSettings m = mysql(QStringLiteral("mysql.local"), QStringLiteral("root"), QStringLiteral("pw"));
    EXPECT_EQ(m.toConnectionInfo(), obj(R"({"type":"MySqlConnectionInfo","serverName":"mysql.local","port":3306,
        "userName":"root","password":"pw","authentication":"SqlAuthentication","encryptConnection":true})"));

    ConnectionSettings o;
    o.type = ConnectionType::Oracle;
    o.serverName = QStringLiteral("ora.local");
    o.serviceName = QStringLiteral("ORCLPDB1");
    o.userName = QStringLiteral("system");
    o.password = core::Secret(QStringLiteral("pw"));
    EXPECT_EQ(o.toConnectionInfo(), obj(R"({"type":"OracleConnectionInfo","dataSource":"ora.local:1521/ORCLPDB1",
        "serverName":"ora.local","port":1521,"userName":"system","password":"pw","authentication":"SqlAuthentication"})"));

    ConnectionSettings mi;
    mi.type = ConnectionType::ManagedInstance;
    mi.managedInstanceResourceId
        = QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.Sql/managedInstances/mi1");
    mi.userName = QStringLiteral("admin");
    mi.password = core::Secret(QStringLiteral("pw"));
    mi.azureAppId = QStringLiteral("a");
    mi.azureTenantId = QStringLiteral("t");
    mi.azureAppKey = core::Secret(QStringLiteral("k"));
    EXPECT_EQ(mi.toConnectionInfo(), obj(R"({"type":"MiSqlConnectionInfo","userName":"admin","password":"pw",
        "managedInstanceResourceId":"/subscriptions/s/resourceGroups/g/providers/Microsoft.Sql/managedInstances/mi1"})"));

    ConnectionSettings mongo;
    mongo.type = ConnectionType::MongoDb;
    mongo.authentication = QStringLiteral("None");
    mongo.connectionString = QStringLiteral("mongodb://mongo.local:27017");
    mongo.enforceSsl = true;
    EXPECT_EQ(mongo.toConnectionInfo(), obj(R"({"type":"MongoDbConnectionInfo",
        "connectionString":"mongodb://mongo.local:27017","encryptConnection":true,"trustServerCertificate":false,
        "enforceSSL":true})"));

    // Each type reads back what it wrote.
    for (const ConnectionSettings &c : {s, q, m, o, mi, mongo}) {
        const QJsonObject info = c.toConnectionInfo();
        EXPECT_TRUE(c.validate().isEmpty()) << qPrintable(dump(info));
        EXPECT_EQ(ConnectionSettings::fromConnectionInfo(info).toConnectionInfo(), info) << qPrintable(dump(info));
        EXPECT_TRUE(core::Validator().validate(info, QStringLiteral("ConnectionInfo")).isEmpty())
            << qPrintable(dump(info));
    }
}

TEST(ConnectionSettings, ValidatorNamesTheFieldsToFix)
{
    ConnectionSettings s;
    s.type = ConnectionType::PostgreSql;
    EXPECT_EQ(fieldsOf(s.validate()),
              (QStringList{QStringLiteral("serverName"), QStringLiteral("userName"), QStringLiteral("password")}));
    s.serverName = QStringLiteral("bad host");
    s.port = 70000;
    s.userName = QStringLiteral("u");
    s.password = core::Secret(QStringLiteral("p"));
    EXPECT_EQ(fieldsOf(s.validate()), (QStringList{QStringLiteral("serverName"), QStringLiteral("port")}));
    EXPECT_TRUE(s.validate().first().message.contains(QLatin1String("host name")));
    s.serverName = QStringLiteral("ok");
    s.port = 0;
    s.encryptConnection = false;
    s.trustServerCertificate = true;
    EXPECT_EQ(fieldsOf(s.validate()), QStringList{QStringLiteral("trustServerCertificate")});

    // A connection saved with encryption off and trust on (the API takes it) loads as valid, with
    // trust off, instead of a state the form cannot change.
    const ConnectionSettings loaded = ConnectionSettings::fromConnectionInfo(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("PostgreSqlConnectionInfo")},
                    {QStringLiteral("serverName"), QStringLiteral("127.0.0.1")},
                    {QStringLiteral("port"), 5432},
                    {QStringLiteral("userName"), QStringLiteral("u")},
                    {QStringLiteral("password"), QStringLiteral("p")},
                    {QStringLiteral("encryptConnection"), false},
                    {QStringLiteral("trustServerCertificate"), true}});
    EXPECT_FALSE(loaded.trustServerCertificate);
    EXPECT_TRUE(loaded.validate().isEmpty());

    ConnectionSettings mi;
    mi.type = ConnectionType::ManagedInstance;
    mi.managedInstanceResourceId = QStringLiteral("mi1");
    mi.authentication = QStringLiteral("ActiveDirectoryIntegrated");
    EXPECT_EQ(fieldsOf(mi.validate()),
              (QStringList{QStringLiteral("managedInstanceResourceId"), QStringLiteral("azureAppId"),
                           QStringLiteral("azureTenantId"), QStringLiteral("azureAppKey")}));

    ConnectionSettings mongo;
    mongo.type = ConnectionType::MongoDb;
    mongo.connectionString = QStringLiteral("http://x");
    EXPECT_EQ(fieldsOf(mongo.validate()), QStringList{QStringLiteral("connectionString")});

    ConnectionSettings ora;
    ora.type = ConnectionType::Oracle;
    ora.serverName = QStringLiteral("o");
    ora.authentication = QStringLiteral("WindowsAuthentication");
    EXPECT_EQ(fieldsOf(ora.validate()), QStringList{QStringLiteral("serviceName")});
}

TEST(TaskInputModel, EveryConnectionTestBuildsAValidTask)
{
    for (const ConnectionTest &test : connectionTests()) {
        TaskInputModel m(WizardKind::ConnectionTest);
        m.connectionTestType = test.taskType;
        m.source.type = test.isSource ? test.type : test.sourceType;
        m.target.type = test.type;
        for (ConnectionSettings *c : {&m.source, &m.target}) {
            c->serverName = QStringLiteral("db.local");
            c->serviceName = QStringLiteral("XE");
            c->userName = QStringLiteral("u");
            c->password = core::Secret(QStringLiteral("p"));
            c->connectionString = QStringLiteral("mongodb://db.local");
            c->managedInstanceResourceId
                = QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.Sql/managedInstances/mi");
            c->azureAppId = QStringLiteral("app");
            c->azureTenantId = QStringLiteral("tenant");
            c->azureAppKey = core::Secret(QStringLiteral("key"));
        }
        m.taskName = m.suggestedTaskName();
        EXPECT_TRUE(m.validateAll().isEmpty()) << qPrintable(test.taskType);
        const QJsonObject task = m.buildTask();
        EXPECT_EQ(task[QLatin1String("properties")][QLatin1String("taskType")].toString(), test.taskType);
        expectValidTask(task);
        EXPECT_EQ(m.hasSource(), test.isSource || test.needsSource) << qPrintable(test.taskType);
        EXPECT_EQ(m.hasTarget(), !test.isSource) << qPrintable(test.taskType);
        EXPECT_FALSE(test.displayName().isEmpty());
    }
}

TEST(TaskInputModel, BuildsThePostgreSqlOnlineMigrationFieldByField)
{
    TaskInputModel m(WizardKind::OnlinePostgreSql);
    m.source = pg(QStringLiteral("src.local"), QStringLiteral("godwit"), QStringLiteral("s3cret"));
    m.target = pg(QStringLiteral("dst.local"), QStringLiteral("admin"), QStringLiteral("t4rget"));
    m.target.encryptConnection = true;
    m.target.trustServerCertificate = true;
    m.setSourceDatabases({QStringLiteral("inventory"), QStringLiteral("sales"), QStringLiteral("hr")});
    m.databases[0].selected = true;
    m.databases[0].tablesListed = true;
    m.databases[0].tables = {TableChoice{QStringLiteral("public.items"), true, 1000, true, true, {}},
                             TableChoice{QStringLiteral("public.audit"), false, 5, true, false, {}}};
    m.databases[1].selected = true;
    m.databases[1].targetName = QStringLiteral("sales_v2");
    m.databases[1].tablesListed = true;
    m.databases[1].tables = {TableChoice{QStringLiteral("public.orders"), true, -1, false, true, {}}};
    m.migrationSetting.insert(QStringLiteral("copyWorkers"), QStringLiteral("4"));
    m.taskName = QStringLiteral("pg-online");
    EXPECT_TRUE(m.validateAll().isEmpty());
    EXPECT_EQ(m.taskType(), QStringLiteral("Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2"));
    const QJsonObject expected = obj(R"({"properties":{"taskType":"Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2",
      "input":{
        "sourceConnectionInfo":{"type":"PostgreSqlConnectionInfo","serverName":"src.local","port":5432,
          "userName":"godwit","password":"s3cret","authentication":"SqlAuthentication","encryptConnection":false,
          "trustServerCertificate":false},
        "targetConnectionInfo":{"type":"PostgreSqlConnectionInfo","serverName":"dst.local","port":5432,
          "userName":"admin","password":"t4rget","authentication":"SqlAuthentication","encryptConnection":true,
          "trustServerCertificate":true},
        "selectedDatabases":[
          {"name":"inventory","targetDatabaseName":"inventory","migrationSetting":{"copyWorkers":"4"},
           "selectedTables":[{"name":"public.items"}]},
          {"name":"sales","targetDatabaseName":"sales_v2","migrationSetting":{"copyWorkers":"4"},
           "selectedTables":[{"name":"public.orders"}]}]}}})");
    const QJsonObject built = m.buildTask();
    const QJsonObject in = built[QLatin1String("properties")][QLatin1String("input")].toObject();
    const QJsonObject ex = expected[QLatin1String("properties")][QLatin1String("input")].toObject();
    EXPECT_EQ(in.keys(), ex.keys());
    for (const QString &key : ex.keys())
        EXPECT_EQ(in.value(key), ex.value(key)) << qPrintable(key) << qPrintable(dump(in.value(key).toObject()));
    EXPECT_EQ(built, expected) << qPrintable(dump(built));
    expectValidTask(built);
    EXPECT_EQ(m.sourceTest()->taskType, QStringLiteral("ConnectToSource.PostgreSql.Sync"));
    EXPECT_EQ(m.targetTest()->taskType, QStringLiteral("ConnectToTarget.AzureDbForPostgreSql.Sync"));
    expectValidTask(buildConnectionTestTask(*m.targetTest(), m.source, m.target, &m));
    expectValidTask(buildUserTablesTask(m.userTablesTaskType(), m.source, {QStringLiteral("inventory")}));
}

TEST(TaskInputModel, BuildsTheMySqlMigrationsFieldByField)
{
    TaskInputModel m(WizardKind::OnlineMySql);
    m.source = mysql(QStringLiteral("src"), QStringLiteral("root"), QStringLiteral("a"));
    m.target = mysql(QStringLiteral("dst"), QStringLiteral("admin"), QStringLiteral("b"));
    m.setSourceDatabases({QStringLiteral("orders")});
    m.databases[0].selected = true;
    m.databases[0].targetName = QStringLiteral("orders2");
    m.databases[0].tablesListed = true;
    m.databases[0].tables = {TableChoice{QStringLiteral("orders.order_header"), true, -1, true, true, {}},
                             TableChoice{QStringLiteral("orders.shipment"), false, -1, true, true, {}}};
    m.sourceSetting.insert(QStringLiteral("binlog.position"), QStringLiteral("auto"));
    m.taskName = QStringLiteral("mysql");
    const QJsonObject db = m.buildInput()[QLatin1String("selectedDatabases")].toArray().first().toObject();
    EXPECT_EQ(db, obj(R"({"name":"orders","targetDatabaseName":"orders2","sourceSetting":{"binlog.position":"auto"},
        "tableMap":{"orders.order_header":"orders2.order_header"}})"));
    expectValidTask(m.buildTask());
    EXPECT_EQ(m.buildTask()[QLatin1String("properties")][QLatin1String("taskType")].toString(),
              QStringLiteral("Migrate.MySql.AzureDbForMySql.Sync"));
    const QJsonObject sourceTest = buildConnectionTestTask(*m.sourceTest(), m.source, m.target, &m);
    EXPECT_FALSE(
        sourceTest[QLatin1String("properties")][QLatin1String("input")][QLatin1String("isOfflineMigration")].toBool(
            true));
    expectValidTask(sourceTest);

    m.kind = WizardKind::OfflineMySql;
    m.makeSourceServerReadOnly = true;
    m.optionalAgentSettings.insert(QStringLiteral("enableConsistentBackup"), QStringLiteral("true"));
    const QJsonObject input = m.buildInput();
    EXPECT_EQ(input[QLatin1String("makeSourceServerReadOnly")], QJsonValue(true));
    EXPECT_EQ(input[QLatin1String("optionalAgentSettings")], QJsonValue(obj(R"({"enableConsistentBackup":"true"})")));
    EXPECT_EQ(
        input[QLatin1String("selectedDatabases")].toArray().first().toObject(),
        obj(R"({"name":"orders","targetDatabaseName":"orders2","tableMap":{"orders.order_header":"orders2.order_header"}})"));
    EXPECT_EQ(m.taskType(), QStringLiteral("Migrate.MySql.AzureDbForMySql"));
    expectValidTask(m.buildTask());
    EXPECT_TRUE(buildConnectionTestTask(
                    *m.targetTest(), m.source, m.target,
                    &m)[QLatin1String("properties")][QLatin1String("input")][QLatin1String("isOfflineMigration")]
                    .toBool());
}

TEST(TaskInputModel, BuildsTheSqlServerSchemaAndOfflineMigrationsFieldByField)
{
    TaskInputModel m(WizardKind::SchemaSqlServerSqlDb);
    m.source = sql(QStringLiteral("SQLPROD01\\ERP"), QStringLiteral("dms_reader"), QStringLiteral("a"));
    m.source.sqlPlatform = QStringLiteral("SqlOnPrem");
    m.target = sql(QStringLiteral("contoso.database.windows.net"), QStringLiteral("sqladmin"), QStringLiteral("b"));
    m.target.trustServerCertificate = false;
    m.setSourceDatabases({QStringLiteral("ERP_Prod"), QStringLiteral("HR")});
    m.databases[0].selected = true;
    m.databases[0].targetName = QStringLiteral("erp-prod");
    m.schemaOption = QStringLiteral("UseStorageFile");
    m.schemaFileName = QStringLiteral("hr_schema.sql");
    m.taskName = QStringLiteral("schema");
    EXPECT_TRUE(m.validateAll().isEmpty());
    QJsonObject input = m.buildInput();
    EXPECT_EQ(input[QLatin1String("sourceConnectionInfo")].toObject(),
              obj(R"({"type":"SqlConnectionInfo","dataSource":"SQLPROD01\\ERP","serverName":"SQLPROD01\\ERP",
                  "authentication":"SqlAuthentication","userName":"dms_reader","password":"a","encryptConnection":true,
                  "trustServerCertificate":true,"platform":"SqlOnPrem"})"));
    EXPECT_EQ(input[QLatin1String("selectedDatabases")].toArray(),
              QJsonDocument::fromJson(R"([{"name":"ERP_Prod","targetDatabaseName":"erp-prod",
                  "schemaSetting":{"schemaOption":"UseStorageFile","fileName":"hr_schema.sql"}}])")
                  .array());
    expectValidTask(m.buildTask());
    m.schemaFileName.clear();
    EXPECT_EQ(fieldsOf(m.validateSettings()), QStringList{QStringLiteral("schemaFile")});
    // A database may have its own setting; the others keep the default.
    m.databases[1].selected = true;
    m.databases[1].schemaOption = QStringLiteral("UseStorageFile");
    m.databases[1].schemaFileId = QStringLiteral("c8a1e5f3");
    m.schemaOption = QStringLiteral("ExtractFromSource");
    EXPECT_TRUE(m.validateSettings().isEmpty());
    EXPECT_EQ(m.buildInput()[QLatin1String("selectedDatabases")].toArray(),
              QJsonDocument::fromJson(R"([{"name":"ERP_Prod","targetDatabaseName":"erp-prod",
                  "schemaSetting":{"schemaOption":"ExtractFromSource"}},
                  {"name":"HR","targetDatabaseName":"HR",
                  "schemaSetting":{"schemaOption":"UseStorageFile","fileId":"c8a1e5f3"}}])")
                  .array());
    expectValidTask(m.buildTask());
    const auto clone = TaskInputModel::fromTask(m.buildTask());
    ASSERT_TRUE(clone);
    EXPECT_EQ(clone->databases[1].schemaFileId, QStringLiteral("c8a1e5f3"));
    m.databases[1].schemaFileId.clear();
    EXPECT_EQ(fieldsOf(m.validateSettings()), QStringList{QStringLiteral("schemaFile")});
    EXPECT_TRUE(m.validateSettings().first().message.contains(QLatin1String("HR")));
    m.databases[1].selected = false;

    TaskInputModel o(WizardKind::OfflineSqlServerSqlDb);
    o.source = m.source;
    o.target = m.target;
    o.databases = m.databases;
    o.databases[0].makeSourceDbReadOnly = true;
    o.databases[0].tablesListed = true;
    o.databases[0].tables = {TableChoice{QStringLiteral("dbo.Customer"), true, -1, true, true, {}},
                             TableChoice{QStringLiteral("dbo.Log"), true, -1, true, true, QStringLiteral("dbo.Log2")}};
    o.enableSchemaValidation = true;
    o.enableQueryAnalysisValidation = true;
    o.taskName = QStringLiteral("offline");
    EXPECT_TRUE(o.validateAll().isEmpty());
    input = o.buildInput();
    EXPECT_EQ(input[QLatin1String("selectedDatabases")].toArray().first().toObject(),
              obj(R"({"name":"ERP_Prod","targetDatabaseName":"erp-prod","makeSourceDbReadOnly":true,
                  "tableMap":{"dbo.Customer":"dbo.Customer","dbo.Log":"dbo.Log2"}})"));
    EXPECT_EQ(input[QLatin1String("validationOptions")].toObject(),
              obj(R"({"enableSchemaValidation":true,"enableDataIntegrityValidation":false,
                  "enableQueryAnalysisValidation":true})"));
    expectValidTask(o.buildTask());
    o.enableSchemaValidation = false;
    EXPECT_EQ(fieldsOf(o.validateSettings()), QStringList{QStringLiteral("validation")});
}

TEST(TaskInputModel, PageValidatorsBlockWhatCannotBeSent)
{
    TaskInputModel m(WizardKind::OnlinePostgreSql);
    EXPECT_EQ(fieldsOf(m.validateDatabases()), QStringList{QStringLiteral("databases")});
    m.setSourceDatabases({QStringLiteral("a"), QStringLiteral("b")});
    m.databases[0].selected = m.databases[1].selected = true;
    m.databases[1].targetName = QStringLiteral("a");
    EXPECT_EQ(fieldsOf(m.validateDatabases()), QStringList{QStringLiteral("targetName")});
    m.databases[1].targetName.clear();
    EXPECT_TRUE(m.validateDatabases().isEmpty());
    m.databases[0].tablesListed = true;
    m.databases[0].tables = {TableChoice{QStringLiteral("public.t"), false, 0, false, true, {}}};
    EXPECT_EQ(fieldsOf(m.validateTables()), QStringList{QStringLiteral("tables")});
    m.migrationSetting.insert(QStringLiteral(" "), QStringLiteral("x"));
    EXPECT_EQ(fieldsOf(m.validateSettings()), QStringList{QStringLiteral("migrationSetting")});
    m.taskName = QStringLiteral("bad/name");
    EXPECT_EQ(fieldsOf(m.validateTaskName()), QStringList{QStringLiteral("taskName")});
    m.taskName.clear();
    EXPECT_EQ(fieldsOf(m.validateTaskName()), QStringList{QStringLiteral("taskName")});
}

TEST(TaskInputModel, ClonesATaskWithoutItsPasswords)
{
    TaskInputModel m(WizardKind::OnlinePostgreSql);
    m.source = pg(QStringLiteral("src"), QStringLiteral("u"), QStringLiteral("p1"));
    m.target = pg(QStringLiteral("dst"), QStringLiteral("v"), QStringLiteral("p2"));
    m.setSourceDatabases({QStringLiteral("inventory")});
    m.databases[0].selected = true;
    m.databases[0].targetName = QStringLiteral("inv2");
    m.databases[0].tablesListed = true;
    m.databases[0].tables = {TableChoice{QStringLiteral("public.a"), true, -1, false, true, {}},
                             TableChoice{QStringLiteral("public.b"), false, -1, false, true, {}}};
    QJsonObject task = m.buildTask();
    task.insert(QStringLiteral("id"),
                QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.DataMigration/services/svc/"
                               "projects/p/tasks/inv"));
    QString error;
    const auto clone = TaskInputModel::fromTask(task, &error);
    ASSERT_TRUE(clone) << qPrintable(error);
    EXPECT_EQ(clone->kind, WizardKind::OnlinePostgreSql);
    EXPECT_TRUE(clone->source.password.isEmpty());
    EXPECT_EQ(fieldsOf(clone->validateSource()), QStringList{QStringLiteral("password")});
    EXPECT_EQ(clone->taskName, QStringLiteral("inv-copy"));
    TaskInputModel again = *clone;
    again.source.password = m.source.password;
    again.target.password = m.target.password;
    EXPECT_EQ(again.buildTask(), m.buildTask());

    QJsonObject mongo
        = buildConnectionTestTask(*connectionTest(QStringLiteral("Connect.MongoDb")),
                                  ConnectionSettings::fromConnectionInfo(
                                      obj(R"({"type":"MongoDbConnectionInfo","connectionString":"mongodb://m"})")),
                                  {}, nullptr);
    const auto mongoClone = TaskInputModel::fromTask(mongo);
    ASSERT_TRUE(mongoClone);
    EXPECT_EQ(mongoClone->connectionTestType, QStringLiteral("Connect.MongoDb"));
    EXPECT_EQ(mongoClone->source.connectionString, QStringLiteral("mongodb://m"));

    EXPECT_FALSE(TaskInputModel::fromTask(obj(R"({"properties":{"taskType":"Migrate.Ssis"}})"), &error));
    EXPECT_TRUE(error.contains(QLatin1String("Migrate.Ssis")));
}

TEST(TaskInputModel, ReadsConnectionTestsAndTableListings)
{
    const QJsonObject pgTest = obj(R"({"properties":{"taskType":"ConnectToSource.PostgreSql.Sync","state":"Succeeded",
        "output":[{"id":"x","sourceServerVersion":"15.18","sourceServerBrandVersion":"PostgreSQL 15.18",
        "databases":["inventory","postgres"],"validationErrors":[{"message":"wal_level is 'replica'",
        "actionableMessage":"Set wal_level = logical"}]}]}})");
    const ConnectionTestResult r = readConnectionTestResult(pgTest);
    EXPECT_EQ(r.serverVersion, QStringLiteral("15.18"));
    EXPECT_EQ(r.databases, (QStringList{QStringLiteral("inventory"), QStringLiteral("postgres")}));
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems.first().remedy, QStringLiteral("Set wal_level = logical"));

    const QJsonObject sqlTest
        = obj(R"({"properties":{"taskType":"ConnectToSource.SqlServer","errors":[{"message":"boom"}],
        "output":[{"resultType":"TaskLevelOutput","databases":"{\"ERP\":\"Online\",\"HR\":\"Online\"}",
        "sourceServerVersion":"16.0"}]}})");
    const ConnectionTestResult s = readConnectionTestResult(sqlTest);
    EXPECT_EQ(s.databases, (QStringList{QStringLiteral("ERP"), QStringLiteral("HR")}));
    ASSERT_EQ(s.problems.size(), 1);
    EXPECT_EQ(s.problems.first().message, QStringLiteral("boom"));

    // The document file wraps the output; take its "document".
    QJsonObject wrapped = test::readJsonObject(QStringLiteral("documents/034-GetUserTablesMySqlTaskOutput.json"));
    const QJsonObject mysqlTask{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("output"), QJsonArray{wrapped.value(QLatin1String("document"))}}}}};
    const auto tables = readUserTables(mysqlTask, nullptr);
    EXPECT_EQ(tables.keys(), (QStringList{QStringLiteral("catalog"), QStringLiteral("orders")}));
    EXPECT_EQ(tables.value(QStringLiteral("catalog")).size(), 3);
    EXPECT_FALSE(tables.value(QStringLiteral("catalog")).at(2).hasRows);

    const QJsonObject pgTables = obj(R"({"properties":{"output":[{"databaseName":"inventory","tables":[
        {"name":"public.items","hasRows":true,"estimatedRows":1200,"hasPrimaryKey":true},
        {"name":"public.log","hasRows":false,"estimatedRows":0,"hasPrimaryKey":false}],"validationErrors":[]},
        {"databaseName":"gone","tables":[],"validationErrors":[{"message":"Could not read","actionableMessage":"Grant CONNECT"}]}]}})");
    QMap<QString, QString> errors;
    const auto pgList = readUserTables(pgTables, &errors);
    ASSERT_EQ(pgList.value(QStringLiteral("inventory")).size(), 2);
    EXPECT_EQ(pgList.value(QStringLiteral("inventory")).at(0).estimatedRows, 1200);
    EXPECT_FALSE(pgList.value(QStringLiteral("inventory")).at(1).hasPrimaryKey);
    EXPECT_EQ(errors.value(QStringLiteral("gone")), QStringLiteral("Could not read Grant CONNECT"));
}

TEST(TaskInputModel, ReadsTheEnginesMySqlConnectionTestsAndTableListings)
{
    // ConnectToSource.MySql: the version in serverProperties, the brand beside it.
    const QJsonObject source = obj(R"json({"properties":{"taskType":"ConnectToSource.MySql","state":"Succeeded",
        "output":[{"id":"a","serverProperties":{"serverName":"127.0.0.1:3306","serverVersion":"10.11.19",
        "serverEdition":"Debian 12","serverDatabaseCount":2},"sourceServerBrandVersion":"MariaDB 10.11.19 (Debian 12)",
        "databases":["crm","shop"],"validationErrors":[{"message":"The binary log is off.",
        "actionableMessage":"Start the server with log_bin."}]}]}})json");
    const ConnectionTestResult s = readConnectionTestResult(source);
    EXPECT_EQ(s.serverVersion, QStringLiteral("10.11.19"));
    EXPECT_EQ(s.brandVersion, QStringLiteral("MariaDB 10.11.19 (Debian 12)"));
    EXPECT_EQ(s.databases, (QStringList{QStringLiteral("crm"), QStringLiteral("shop")}));
    EXPECT_TRUE(s.databasesListed);
    ASSERT_EQ(s.problems.size(), 1);
    EXPECT_EQ(s.problems.first().remedy, QStringLiteral("Start the server with log_bin."));

    // ConnectToTarget.AzureDbForMySql: a refused connection fails the task; its error repeats the item's.
    const QJsonObject target = obj(R"json({"properties":{"taskType":"ConnectToTarget.AzureDbForMySql","state":"Failed",
        "errors":[{"code":"TargetConnectionFailed","message":"Could not connect to the target server h:1: access denied. Check the password."}],
        "output":[{"id":"b","validationErrors":[{"message":"Could not connect to the target server h:1: access denied",
        "actionableMessage":"Check the password."}]}]}})json");
    const ConnectionTestResult t = readConnectionTestResult(target);
    EXPECT_FALSE(t.databasesListed);
    ASSERT_EQ(t.problems.size(), 1);
    EXPECT_EQ(t.problems.first().remedy, QStringLiteral("Check the password."));

    // GetUserTablesMySql: a database that could not be read is listed empty with a problem naming
    // it; that is its error, not an empty listing. Other databases are listed.
    const QJsonObject tablesTask = obj(R"json({"properties":{"taskType":"GetUserTablesMySql","state":"Succeeded",
        "output":[{"id":"c","databasesToTables":{"shop":[
          {"name":"shop.items","hasRows":true,"estimatedRows":300,"hasPrimaryKey":true},
          {"name":"shop.notes","hasRows":true,"estimatedRows":2,"hasPrimaryKey":false}],
          "shop2":[],"empty":[]},
        "validationErrors":[{"message":"Could not read database shop2: the database does not exist or the user may not see it",
          "actionableMessage":"Check that the database exists and grant the user access to it."}]}]}})json");
    QMap<QString, QString> errors;
    const auto tables = readUserTables(tablesTask, &errors);
    ASSERT_EQ(tables.value(QStringLiteral("shop")).size(), 2);
    EXPECT_EQ(tables.value(QStringLiteral("shop")).at(0).estimatedRows, 300);
    EXPECT_TRUE(tables.value(QStringLiteral("shop")).at(0).hasPrimaryKey);
    EXPECT_FALSE(tables.value(QStringLiteral("shop")).at(1).hasPrimaryKey);
    EXPECT_EQ(errors.keys(), QStringList{QStringLiteral("shop2")});
    EXPECT_TRUE(errors.value(QStringLiteral("shop2")).startsWith(QLatin1String("Could not read database shop2")));
    EXPECT_TRUE(tables.value(QStringLiteral("empty")).isEmpty());

    // A refused connection: no listing, the problem is every database's.
    const QJsonObject refused = obj(R"json({"properties":{"taskType":"GetUserTablesMySql","state":"Failed",
        "output":[{"id":"d","validationErrors":[{"message":"Could not connect to the source server h:1: refused",
        "actionableMessage":"Start the server."}]}]}})json");
    errors.clear();
    EXPECT_TRUE(readUserTables(refused, &errors).isEmpty());
    EXPECT_EQ(errors.value(QString()),
              QStringLiteral("Could not connect to the source server h:1: refused Start the server."));
}

TEST(TaskInputModel, CliCommandNeverHoldsAPassword)
{
    TaskInputModel m(WizardKind::ConnectionTest);
    m.source = pg(QStringLiteral("src"), QStringLiteral("u"), QStringLiteral("hunter2"));
    const QString id = QStringLiteral("/subscriptions/sub/resourceGroups/rg/providers/Microsoft.DataMigration/"
                                      "services/svc/projects/proj/tasks/check it");
    const QString cli = cliCommand(id, m.buildTask());
    EXPECT_FALSE(cli.contains(QLatin1String("hunter2"))) << qPrintable(cli);
    EXPECT_TRUE(cli.contains(QLatin1String("\"password\": null"))) << qPrintable(cli);
    EXPECT_TRUE(cli.contains(QLatin1String("task create --service svc --project proj --name 'check it'")))
        << qPrintable(cli);
    EXPECT_TRUE(cli.contains(QLatin1String("--file 'check it.json'"))) << qPrintable(cli);
}
