#include "models/taskinput/taskinputmodel.h"

#include <QJsonDocument>
#include <QSet>

#include <functional>

#include "core/redaction.h"
#include "core/resourceid.h"

namespace godwit::models::taskinput {

namespace {

QString str(const QJsonObject &o, const char *member)
{
    return o.value(QLatin1String(member)).toString();
}

QJsonObject mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> mapFromJson(const QJsonValue &value)
{
    QMap<QString, QString> out;
    QJsonObject o = value.toObject();
    if (value.isString()) // maps the service sends JSON-encoded
        o = QJsonDocument::fromJson(value.toString().toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
    return out;
}

QJsonObject taskBody(const QString &taskType, const QJsonObject &input)
{
    return QJsonObject{{QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("taskType"), taskType}, {QStringLiteral("input"), input}}}};
}

// A table's name in the target database: MySQL names carry the database ("db.table"), SQL
// Server and PostgreSQL names the schema ("dbo.table").
QString mappedTableName(WizardKind kind, const DatabaseChoice &db, const TableChoice &table)
{
    if (!table.targetName.trimmed().isEmpty())
        return table.targetName.trimmed();
    if ((kind == WizardKind::OnlineMySql || kind == WizardKind::OfflineMySql)
        && table.name.startsWith(db.name + QLatin1Char('.')))
        return QString(db.effectiveTargetName() + table.name.mid(db.name.size()));
    return table.name;
}

// Whether a message names a database: its name stands there as a word of its own.
bool namesDatabase(const QString &message, const QString &database)
{
    if (database.isEmpty())
        return false;
    auto isNamePart = [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$'); };
    for (qsizetype at = message.indexOf(database); at >= 0; at = message.indexOf(database, at + 1)) {
        const qsizetype end = at + database.size();
        if ((at == 0 || !isNamePart(message.at(at - 1))) && (end == message.size() || !isNamePart(message.at(end))))
            return true;
    }
    return false;
}

bool validSettingKey(const QString &key)
{
    return !key.trimmed().isEmpty() && !key.contains(QLatin1Char('='));
}

/// What a migration wizard kind runs: its task type, the connection tests of its source and
/// target, the task that lists the source's tables (none where it picks no tables) and the
/// start of the task names it suggests. A connection test has none of these.
struct KindTasks
{
    const char *taskType = nullptr;
    const char *sourceTest = nullptr;
    const char *targetTest = nullptr;
    const char *userTables = nullptr;
    const char *namePrefix = nullptr;
};

KindTasks kindTasks(WizardKind kind)
{
    switch (kind) {
    case WizardKind::ConnectionTest:
        return {};
    case WizardKind::SchemaSqlServerSqlDb:
        return {"MigrateSchemaSqlServerSqlDb", "ConnectToSource.SqlServer", "ConnectToTarget.SqlDb", nullptr,
                "sql-schema"};
    case WizardKind::OnlinePostgreSql:
        return {"Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2", "ConnectToSource.PostgreSql.Sync",
                "ConnectToTarget.AzureDbForPostgreSql.Sync", "GetUserTablesPostgreSql", "pg-online"};
    case WizardKind::OnlineMySql:
        return {"Migrate.MySql.AzureDbForMySql.Sync", "ConnectToSource.MySql", "ConnectToTarget.AzureDbForMySql",
                "GetUserTablesMySql", "mysql-online"};
    case WizardKind::OfflineMySql:
        return {"Migrate.MySql.AzureDbForMySql", "ConnectToSource.MySql", "ConnectToTarget.AzureDbForMySql",
                "GetUserTablesMySql", "mysql-offline"};
    case WizardKind::OfflineSqlServerSqlDb:
        return {"Migrate.SqlServer.SqlDb", "ConnectToSource.SqlServer", "ConnectToTarget.SqlDb", "GetUserTables.Sql",
                "sql-offline"};
    }
    return {};
}

QString text(const char *s)
{
    return s ? QString::fromLatin1(s) : QString();
}

std::optional<ConnectionTest> endpointTest(const char *taskType)
{
    return taskType ? connectionTest(QLatin1String(taskType)) : std::nullopt;
}

} // namespace

QString ConnectionTest::displayName() const
{
    const QString what = ConnectionSettings::displayName(type);
    if (taskType == QLatin1String("Connect.MongoDb"))
        return TaskInputModel::tr("MongoDB (source or target)");
    if (taskType == QLatin1String("ConnectToTarget.Oracle.AzureDbForPostgreSql.Sync"))
        return TaskInputModel::tr("Azure Database for PostgreSQL (target of an Oracle migration)");
    if (taskType == QLatin1String("ConnectToSource.SqlServer.Sync"))
        return TaskInputModel::tr("SQL Server (source of an online migration)");
    if (taskType == QLatin1String("ConnectToTarget.SqlDb"))
        return TaskInputModel::tr("Azure SQL Database (target)");
    if (taskType == QLatin1String("ConnectToTarget.SqlDb.Sync"))
        return TaskInputModel::tr("Azure SQL Database (target of an online migration, with its source)");
    if (taskType == QLatin1String("ConnectToTarget.AzureSqlDbMI"))
        return TaskInputModel::tr("Azure SQL Managed Instance (target)");
    if (taskType == QLatin1String("ConnectToTarget.AzureSqlDbMI.Sync.LRS"))
        return TaskInputModel::tr("Azure SQL Managed Instance (target of an online migration, by resource id)");
    if (taskType == QLatin1String("ConnectToTarget.AzureDbForPostgreSql.Sync"))
        return TaskInputModel::tr("Azure Database for PostgreSQL (target, with its source)");
    if (taskType == QLatin1String("ConnectToTarget.AzureDbForMySql"))
        return TaskInputModel::tr("Azure Database for MySQL (target, with its source)");
    if (taskType == QLatin1String("ConnectToSource.SqlServer"))
        return TaskInputModel::tr("SQL Server (source)");
    return isSource ? TaskInputModel::tr("%1 (source)").arg(what) : TaskInputModel::tr("%1 (target)").arg(what);
}

QList<ConnectionTest> connectionTests()
{
    using T = ConnectionType;
    return {
        {QStringLiteral("ConnectToSource.PostgreSql.Sync"), T::PostgreSql, true, false, T::PostgreSql},
        {QStringLiteral("ConnectToTarget.AzureDbForPostgreSql.Sync"), T::PostgreSql, false, true, T::PostgreSql},
        {QStringLiteral("ConnectToSource.MySql"), T::MySql, true, false, T::MySql},
        {QStringLiteral("ConnectToTarget.AzureDbForMySql"), T::MySql, false, true, T::MySql},
        {QStringLiteral("ConnectToSource.SqlServer"), T::Sql, true, false, T::Sql},
        {QStringLiteral("ConnectToSource.SqlServer.Sync"), T::Sql, true, false, T::Sql},
        {QStringLiteral("ConnectToTarget.SqlDb"), T::Sql, false, false, T::Sql},
        {QStringLiteral("ConnectToTarget.SqlDb.Sync"), T::Sql, false, true, T::Sql},
        {QStringLiteral("ConnectToTarget.AzureSqlDbMI"), T::Sql, false, false, T::Sql},
        {QStringLiteral("ConnectToTarget.AzureSqlDbMI.Sync.LRS"), T::ManagedInstance, false, false, T::Sql},
        {QStringLiteral("ConnectToSource.Oracle.Sync"), T::Oracle, true, false, T::Oracle},
        {QStringLiteral("ConnectToTarget.Oracle.AzureDbForPostgreSql.Sync"), T::PostgreSql, false, false, T::Oracle},
        {QStringLiteral("Connect.MongoDb"), T::MongoDb, true, false, T::MongoDb},
    };
}

std::optional<ConnectionTest> connectionTest(const QString &taskType)
{
    for (const ConnectionTest &t : connectionTests()) {
        if (t.taskType == taskType)
            return t;
    }
    return std::nullopt;
}

std::optional<WizardKind> wizardKindFor(const QString &taskType)
{
    if (connectionTest(taskType))
        return WizardKind::ConnectionTest;
    for (WizardKind kind : {WizardKind::SchemaSqlServerSqlDb, WizardKind::OnlinePostgreSql, WizardKind::OnlineMySql,
                            WizardKind::OfflineMySql, WizardKind::OfflineSqlServerSqlDb}) {
        if (taskType == QLatin1String(kindTasks(kind).taskType))
            return kind;
    }
    return std::nullopt;
}

QString wizardTitle(WizardKind kind)
{
    switch (kind) {
    case WizardKind::ConnectionTest:
        return TaskInputModel::tr("Connection test");
    case WizardKind::SchemaSqlServerSqlDb:
        return TaskInputModel::tr("Schema migration: SQL Server to Azure SQL Database");
    case WizardKind::OnlinePostgreSql:
        return TaskInputModel::tr("Online migration: PostgreSQL to Azure Database for PostgreSQL");
    case WizardKind::OnlineMySql:
        return TaskInputModel::tr("Online migration: MySQL to Azure Database for MySQL");
    case WizardKind::OfflineMySql:
        return TaskInputModel::tr("Offline migration: MySQL to Azure Database for MySQL");
    case WizardKind::OfflineSqlServerSqlDb:
        return TaskInputModel::tr("Offline migration: SQL Server to Azure SQL Database");
    }
    return QString();
}

int DatabaseChoice::selectedTableCount() const
{
    int n = 0;
    for (const TableChoice &t : tables)
        n += t.selected ? 1 : 0;
    return n;
}

TaskInputModel::TaskInputModel(WizardKind k)
    : kind(k)
{
    switch (kind) {
    case WizardKind::ConnectionTest:
        connectionTestType = QStringLiteral("ConnectToSource.PostgreSql.Sync");
        break;
    case WizardKind::OnlinePostgreSql:
        source.type = target.type = ConnectionType::PostgreSql;
        break;
    case WizardKind::OnlineMySql:
    case WizardKind::OfflineMySql:
        source.type = target.type = ConnectionType::MySql;
        break;
    case WizardKind::SchemaSqlServerSqlDb:
    case WizardKind::OfflineSqlServerSqlDb:
        source.type = target.type = ConnectionType::Sql;
        source.sqlPlatform = QStringLiteral("SqlOnPrem");
        break;
    }
}

QString TaskInputModel::taskType() const
{
    return kind == WizardKind::ConnectionTest ? connectionTestType : text(kindTasks(kind).taskType);
}

bool TaskInputModel::hasSource() const
{
    if (kind != WizardKind::ConnectionTest)
        return true;
    const auto test = connectionTest(connectionTestType);
    return test && (test->isSource || test->needsSource);
}

bool TaskInputModel::hasTarget() const
{
    if (kind != WizardKind::ConnectionTest)
        return true;
    const auto test = connectionTest(connectionTestType);
    return test && !test->isSource;
}

bool TaskInputModel::hasDatabases() const
{
    return kind != WizardKind::ConnectionTest;
}

bool TaskInputModel::hasTables() const
{
    return kindTasks(kind).userTables != nullptr;
}

std::optional<ConnectionTest> TaskInputModel::sourceTest() const
{
    return endpointTest(kindTasks(kind).sourceTest);
}

std::optional<ConnectionTest> TaskInputModel::targetTest() const
{
    return endpointTest(kindTasks(kind).targetTest);
}

QString TaskInputModel::userTablesTaskType() const
{
    return text(kindTasks(kind).userTables);
}

const DatabaseChoice *TaskInputModel::database(const QString &name) const
{
    for (const DatabaseChoice &db : databases) {
        if (db.name == name)
            return &db;
    }
    return nullptr;
}

QList<DatabaseChoice> TaskInputModel::selectedDatabases() const
{
    QList<DatabaseChoice> out;
    for (const DatabaseChoice &db : databases) {
        if (db.selected)
            out.append(db);
    }
    return out;
}

void TaskInputModel::setSourceDatabases(const QStringList &names)
{
    for (const QString &name : names) {
        if (!database(name)) {
            DatabaseChoice db;
            db.name = name;
            databases.append(db);
        }
    }
}

FieldIssues TaskInputModel::validateSource() const
{
    return hasSource() ? source.validate() : FieldIssues();
}

FieldIssues TaskInputModel::validateTarget() const
{
    return hasTarget() ? target.validate() : FieldIssues();
}

FieldIssues TaskInputModel::validateDatabases() const
{
    FieldIssues issues;
    if (!hasDatabases())
        return issues;
    const QList<DatabaseChoice> chosen = selectedDatabases();
    if (chosen.isEmpty()) {
        issues.append({QStringLiteral("databases"), tr("Select at least one database to migrate.")});
        return issues;
    }
    QSet<QString> targets;
    for (const DatabaseChoice &db : chosen) {
        const QString t = db.effectiveTargetName();
        const QString key = kind == WizardKind::OnlinePostgreSql ? t : t.toLower();
        if (targets.contains(key))
            issues.append(
                {QStringLiteral("targetName"),
                 tr("Two databases are migrated into the target database %1: give one another name.").arg(t)});
        targets.insert(key);
        if (t.size() > 128 || t.contains(QLatin1Char('/')) || t.contains(QLatin1Char('\\')))
            issues.append({QStringLiteral("targetName"),
                           tr("%1 is not a valid database name (at most 128 characters, no / or \\).").arg(t)});
    }
    return issues;
}

FieldIssues TaskInputModel::validateTables() const
{
    FieldIssues issues;
    if (!hasTables())
        return issues;
    for (const DatabaseChoice &db : selectedDatabases()) {
        if (!db.tables.isEmpty() && db.selectedTableCount() == 0)
            issues.append(
                {QStringLiteral("tables"),
                 tr("No table of %1 is selected: select tables, or go back and leave the database out.").arg(db.name)});
    }
    return issues;
}

FieldIssues TaskInputModel::validateSettings() const
{
    FieldIssues issues;
    auto checkMap = [&](const QMap<QString, QString> &map, const char *field, const QString &what) {
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (!validSettingKey(it.key()))
                issues.append(
                    {QLatin1String(field), tr("%1: \"%2\" is not a valid setting name.").arg(what, it.key())});
        }
    };
    checkMap(migrationSetting, "migrationSetting", tr("Migration settings"));
    checkMap(sourceSetting, "sourceSetting", tr("Source settings"));
    checkMap(targetSetting, "targetSetting", tr("Target settings"));
    checkMap(optionalAgentSettings, "optionalAgentSettings", tr("Agent settings"));
    if (kind == WizardKind::SchemaSqlServerSqlDb) {
        static const QStringList options{QStringLiteral("None"), QStringLiteral("ExtractFromSource"),
                                         QStringLiteral("UseStorageFile")};
        for (const DatabaseChoice &db : selectedDatabases()) {
            const QJsonObject setting = schemaSettingOf(db);
            const QString option = setting.value(QLatin1String("schemaOption")).toString();
            if (!options.contains(option))
                issues.append(
                    {QStringLiteral("schemaOption"), tr("Choose where the schema of %1 comes from.").arg(db.name)});
            else if (option == QLatin1String("UseStorageFile") && !setting.contains(QLatin1String("fileId"))
                     && !setting.contains(QLatin1String("fileName")))
                issues.append({QStringLiteral("schemaFile"),
                               tr("Name the project file that holds the schema script of %1 (its id or its file "
                                  "name).")
                                   .arg(db.name)});
        }
    }
    if (kind == WizardKind::OfflineSqlServerSqlDb && enableQueryAnalysisValidation && !enableSchemaValidation)
        issues.append({QStringLiteral("validation"),
                       tr("Query analysis compares the schema too: turn on schema validation with it.")});
    return issues;
}

FieldIssues TaskInputModel::validateTaskName() const
{
    FieldIssues issues;
    if (taskName.trimmed().isEmpty())
        issues.append({QStringLiteral("taskName"), tr("Enter a name for the task.")});
    else if (!core::isValidResourceName(taskName))
        issues.append({QStringLiteral("taskName"), core::resourceNameProblem(taskName)});
    return issues;
}

FieldIssues TaskInputModel::validateAll() const
{
    FieldIssues all = validateSource();
    all += validateTarget();
    all += validateDatabases();
    all += validateTables();
    all += validateSettings();
    all += validateTaskName();
    return all;
}

QJsonObject buildConnectionTestTask(const ConnectionTest &test, const ConnectionSettings &source,
                                    const ConnectionSettings &target, const TaskInputModel *options)
{
    const TaskInputModel defaults;
    const TaskInputModel &o = options ? *options : defaults;
    const QString &type = test.taskType;
    QJsonObject input;
    if (type == QLatin1String("Connect.MongoDb"))
        return taskBody(type, source.toConnectionInfo());
    if (test.isSource || test.needsSource)
        input.insert(QStringLiteral("sourceConnectionInfo"), source.toConnectionInfo());
    if (!test.isSource)
        input.insert(QStringLiteral("targetConnectionInfo"), target.toConnectionInfo());
    if (type.startsWith(QLatin1String("ConnectToSource.SqlServer"))) {
        if (!o.checkPermissionsGroup.isEmpty())
            input.insert(QStringLiteral("checkPermissionsGroup"), o.checkPermissionsGroup);
        input.insert(QStringLiteral("collectDatabases"), o.collectDatabases);
        input.insert(QStringLiteral("collectLogins"), o.collectLogins);
        input.insert(QStringLiteral("collectAgentJobs"), o.collectAgentJobs);
        input.insert(QStringLiteral("collectTdeCertificateInfo"), o.collectTdeCertificateInfo);
        input.insert(QStringLiteral("validateSsisCatalogOnly"), o.validateSsisCatalogOnly);
    } else if (type == QLatin1String("ConnectToTarget.SqlDb")) {
        input.insert(QStringLiteral("queryObjectCounts"), o.queryObjectCounts);
    } else if (type == QLatin1String("ConnectToTarget.AzureSqlDbMI")) {
        input.insert(QStringLiteral("collectLogins"), o.collectLogins);
        input.insert(QStringLiteral("collectAgentJobs"), o.collectAgentJobs);
        input.insert(QStringLiteral("validateSsisCatalogOnly"), o.validateSsisCatalogOnly);
    } else if (type == QLatin1String("ConnectToTarget.AzureSqlDbMI.Sync.LRS")) {
        input.insert(QStringLiteral("azureApp"), target.azureApp());
    } else if (type == QLatin1String("ConnectToSource.MySql")) {
        if (!o.mySqlTargetPlatform.isEmpty())
            input.insert(QStringLiteral("targetPlatform"), o.mySqlTargetPlatform);
        if (!o.checkPermissionsGroup.isEmpty())
            input.insert(QStringLiteral("checkPermissionsGroup"), o.checkPermissionsGroup);
        input.insert(QStringLiteral("isOfflineMigration"), o.kind == WizardKind::OfflineMySql);
    } else if (type == QLatin1String("ConnectToTarget.AzureDbForMySql")) {
        input.insert(QStringLiteral("isOfflineMigration"), o.kind == WizardKind::OfflineMySql);
    }
    return taskBody(type, input);
}

QJsonObject buildUserTablesTask(const QString &taskType, const ConnectionSettings &connection,
                                const QStringList &databases)
{
    QJsonArray names;
    for (const QString &db : databases)
        names.append(db);
    return taskBody(taskType, QJsonObject{{QStringLiteral("connectionInfo"), connection.toConnectionInfo()},
                                          {QStringLiteral("selectedDatabases"), names}});
}

QJsonObject TaskInputModel::schemaSettingOf(const DatabaseChoice &db) const
{
    const bool own = !db.schemaOption.isEmpty();
    const QString option = own ? db.schemaOption : schemaOption;
    QJsonObject setting{{QStringLiteral("schemaOption"), option}};
    if (option == QLatin1String("UseStorageFile")) {
        const QString id = (own ? db.schemaFileId : schemaFileId).trimmed();
        const QString name = (own ? db.schemaFileName : schemaFileName).trimmed();
        if (!id.isEmpty())
            setting.insert(QStringLiteral("fileId"), id);
        if (!name.isEmpty())
            setting.insert(QStringLiteral("fileName"), name);
    }
    return setting;
}

QJsonObject TaskInputModel::buildInput() const
{
    if (kind == WizardKind::ConnectionTest) {
        const auto test = connectionTest(connectionTestType);
        if (!test)
            return {};
        return buildConnectionTestTask(*test, source, target, this)[QLatin1String("properties")]
            .toObject()[QLatin1String("input")]
            .toObject();
    }
    QJsonObject input{{QStringLiteral("sourceConnectionInfo"), source.toConnectionInfo()},
                      {QStringLiteral("targetConnectionInfo"), target.toConnectionInfo()}};
    QJsonArray selected;
    for (const DatabaseChoice &db : selectedDatabases()) {
        QJsonObject d{{QStringLiteral("name"), db.name},
                      {QStringLiteral("targetDatabaseName"), db.effectiveTargetName()}};
        switch (kind) {
        case WizardKind::OnlinePostgreSql: {
            if (!migrationSetting.isEmpty())
                d.insert(QStringLiteral("migrationSetting"), mapToJson(migrationSetting));
            if (!sourceSetting.isEmpty())
                d.insert(QStringLiteral("sourceSetting"), mapToJson(sourceSetting));
            if (!targetSetting.isEmpty())
                d.insert(QStringLiteral("targetSetting"), mapToJson(targetSetting));
            if (!db.tables.isEmpty()) {
                QJsonArray tables;
                for (const TableChoice &t : db.tables) {
                    if (t.selected)
                        tables.append(QJsonObject{{QStringLiteral("name"), t.name}});
                }
                d.insert(QStringLiteral("selectedTables"), tables);
            }
            break;
        }
        case WizardKind::OnlineMySql:
            if (!migrationSetting.isEmpty())
                d.insert(QStringLiteral("migrationSetting"), mapToJson(migrationSetting));
            if (!sourceSetting.isEmpty())
                d.insert(QStringLiteral("sourceSetting"), mapToJson(sourceSetting));
            if (!targetSetting.isEmpty())
                d.insert(QStringLiteral("targetSetting"), mapToJson(targetSetting));
            [[fallthrough]];
        case WizardKind::OfflineMySql:
        case WizardKind::OfflineSqlServerSqlDb: {
            if (kind == WizardKind::OfflineSqlServerSqlDb)
                d.insert(QStringLiteral("makeSourceDbReadOnly"), db.makeSourceDbReadOnly);
            if (!db.tables.isEmpty()) {
                QJsonObject map;
                for (const TableChoice &t : db.tables) {
                    if (t.selected)
                        map.insert(t.name, mappedTableName(kind, db, t));
                }
                d.insert(QStringLiteral("tableMap"), map);
            }
            break;
        }
        case WizardKind::SchemaSqlServerSqlDb: {
            const QJsonObject setting = schemaSettingOf(db);
            d.insert(QStringLiteral("schemaSetting"), setting);
            break;
        }
        case WizardKind::ConnectionTest:
            break;
        }
        selected.append(d);
    }
    input.insert(QStringLiteral("selectedDatabases"), selected);
    if (kind == WizardKind::OfflineMySql) {
        input.insert(QStringLiteral("makeSourceServerReadOnly"), makeSourceServerReadOnly);
        if (!optionalAgentSettings.isEmpty())
            input.insert(QStringLiteral("optionalAgentSettings"), mapToJson(optionalAgentSettings));
    }
    if (kind == WizardKind::OfflineSqlServerSqlDb)
        input.insert(QStringLiteral("validationOptions"),
                     QJsonObject{{QStringLiteral("enableSchemaValidation"), enableSchemaValidation},
                                 {QStringLiteral("enableDataIntegrityValidation"), enableDataIntegrityValidation},
                                 {QStringLiteral("enableQueryAnalysisValidation"), enableQueryAnalysisValidation}});
    return input;
}

QJsonObject TaskInputModel::buildTask() const
{
    return taskBody(taskType(), buildInput());
}

QString TaskInputModel::suggestedTaskName() const
{
    if (kind == WizardKind::ConnectionTest) {
        const auto test = connectionTest(connectionTestType);
        return test ? QString(test->isSource ? QStringLiteral("connect-source-") : QStringLiteral("connect-target-"))
                          + ConnectionSettings::typeName(test->type).remove(QLatin1String("ConnectionInfo")).toLower()
                    : QStringLiteral("connect");
    }
    QString base = text(kindTasks(kind).namePrefix);
    const QList<DatabaseChoice> chosen = selectedDatabases();
    if (chosen.size() == 1) {
        QString db = chosen.first().name;
        for (QChar &c : db) {
            if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
                c = QLatin1Char('-');
        }
        base = QStringLiteral("%1-%2").arg(base, db);
    }
    return base;
}

std::optional<TaskInputModel> TaskInputModel::fromTask(const QJsonObject &projectTask, QString *error)
{
    const QJsonObject properties = projectTask.value(QLatin1String("properties")).toObject();
    const QString type = str(properties, "taskType");
    const auto kind = wizardKindFor(type);
    if (!kind) {
        if (error)
            *error = tr("No wizard builds tasks of type %1.").arg(type);
        return std::nullopt;
    }
    TaskInputModel m(*kind);
    const QJsonObject input = properties.value(QLatin1String("input")).toObject();
    auto connection = [](const QJsonValue &v) {
        ConnectionSettings s = ConnectionSettings::fromConnectionInfo(v.toObject());
        s.password = core::Secret(); // asked again
        return s;
    };
    if (*kind == WizardKind::ConnectionTest) {
        m.connectionTestType = type;
        if (type == QLatin1String("Connect.MongoDb")) {
            m.source = connection(input);
        } else {
            if (input.contains(QLatin1String("sourceConnectionInfo")))
                m.source = connection(input.value(QLatin1String("sourceConnectionInfo")));
            if (input.contains(QLatin1String("targetConnectionInfo")))
                m.target = connection(input.value(QLatin1String("targetConnectionInfo")));
            const QJsonObject app = input.value(QLatin1String("azureApp")).toObject();
            m.target.azureAppId = str(app, "applicationId");
            m.target.azureTenantId = str(app, "tenantId");
            m.target.ignoreAzurePermissions = app.value(QLatin1String("ignoreAzurePermissions")).toBool(false);
        }
        m.checkPermissionsGroup = str(input, "checkPermissionsGroup");
        m.collectDatabases = input.value(QLatin1String("collectDatabases")).toBool(true);
        m.collectLogins = input.value(QLatin1String("collectLogins")).toBool(false);
        m.collectAgentJobs = input.value(QLatin1String("collectAgentJobs")).toBool(false);
        m.collectTdeCertificateInfo = input.value(QLatin1String("collectTdeCertificateInfo")).toBool(false);
        m.validateSsisCatalogOnly = input.value(QLatin1String("validateSsisCatalogOnly")).toBool(false);
        m.mySqlTargetPlatform = str(input, "targetPlatform");
        m.queryObjectCounts = input.value(QLatin1String("queryObjectCounts")).toBool(false);
    } else {
        m.source = connection(input.value(QLatin1String("sourceConnectionInfo")));
        m.target = connection(input.value(QLatin1String("targetConnectionInfo")));
        const QJsonArray selected = input.value(QLatin1String("selectedDatabases")).toArray();
        for (const QJsonValue &v : selected) {
            const QJsonObject d = v.toObject();
            DatabaseChoice db;
            db.name = str(d, "name");
            db.selected = true;
            db.targetName = str(d, "targetDatabaseName") == db.name ? QString() : str(d, "targetDatabaseName");
            db.makeSourceDbReadOnly = d.value(QLatin1String("makeSourceDbReadOnly")).toBool(false);
            // The tables chosen then; the wizard lists the database again and keeps these choices.
            if (d.contains(QLatin1String("selectedTables"))) {
                for (const QJsonValue &t : d.value(QLatin1String("selectedTables")).toArray())
                    db.tables.append(TableChoice{str(t.toObject(), "name"), true, -1, false, true, QString()});
            }
            if (d.contains(QLatin1String("tableMap"))) {
                const QMap<QString, QString> map = mapFromJson(d.value(QLatin1String("tableMap")));
                for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
                    TableChoice t{it.key(), true, -1, false, true, QString()};
                    if (mappedTableName(*kind, db, t) != it.value())
                        t.targetName = it.value();
                    db.tables.append(t);
                }
            }
            if (m.migrationSetting.isEmpty())
                m.migrationSetting = mapFromJson(d.value(QLatin1String("migrationSetting")));
            if (m.sourceSetting.isEmpty())
                m.sourceSetting = mapFromJson(d.value(QLatin1String("sourceSetting")));
            if (m.targetSetting.isEmpty())
                m.targetSetting = mapFromJson(d.value(QLatin1String("targetSetting")));
            const QJsonObject schema = d.value(QLatin1String("schemaSetting")).toObject();
            if (!schema.isEmpty()) {
                db.schemaOption = str(schema, "schemaOption");
                db.schemaFileId = str(schema, "fileId");
                db.schemaFileName = str(schema, "fileName");
            }
            m.databases.append(db);
        }
        m.makeSourceServerReadOnly = input.value(QLatin1String("makeSourceServerReadOnly")).toBool(false);
        m.optionalAgentSettings = mapFromJson(input.value(QLatin1String("optionalAgentSettings")));
        const QJsonObject validation = input.value(QLatin1String("validationOptions")).toObject();
        m.enableSchemaValidation = validation.value(QLatin1String("enableSchemaValidation")).toBool(false);
        m.enableDataIntegrityValidation
            = validation.value(QLatin1String("enableDataIntegrityValidation")).toBool(false);
        m.enableQueryAnalysisValidation
            = validation.value(QLatin1String("enableQueryAnalysisValidation")).toBool(false);
    }
    const QString name
        = core::ResourceId::parse(projectTask.value(QLatin1String("id")).toString()).value_or(core::ResourceId()).child;
    m.taskName = name.isEmpty() ? QString() : QStringLiteral("%1-copy").arg(name);
    return m;
}

ConnectionTestResult readConnectionTestResult(const QJsonObject &projectTask)
{
    ConnectionTestResult r;
    const QJsonObject properties = projectTask.value(QLatin1String("properties")).toObject();
    QJsonValue outputValue = properties.value(QLatin1String("output"));
    QJsonArray output = outputValue.isArray() ? outputValue.toArray() : QJsonArray{outputValue};
    QSet<QString> seen;
    auto addDb = [&](const QString &db) {
        if (!db.isEmpty() && !seen.contains(db)) {
            seen.insert(db);
            r.databases.append(db);
        }
    };
    for (const QJsonValue &v : output) {
        const QJsonObject item = v.toObject();
        for (const char *m : {"sourceServerVersion", "targetServerVersion", "serverVersion", "version"}) {
            if (r.serverVersion.isEmpty())
                r.serverVersion = str(item, m);
        }
        // ConnectToSourceNonSqlTaskOutput (MySQL) keeps the version in serverProperties.
        if (r.serverVersion.isEmpty())
            r.serverVersion = str(item.value(QLatin1String("serverProperties")).toObject(), "serverVersion");
        for (const char *m : {"sourceServerBrandVersion", "targetServerBrandVersion"}) {
            if (r.brandVersion.isEmpty())
                r.brandVersion = str(item, m);
        }
        const QJsonValue dbs = item.value(QLatin1String("databases"));
        r.databasesListed = r.databasesListed || dbs.isArray() || dbs.isObject() || dbs.isString();
        if (dbs.isArray()) {
            for (const QJsonValue &d : dbs.toArray())
                addDb(d.isObject() ? str(d.toObject(), "name") : d.toString());
        } else if (dbs.isObject() || dbs.isString()) {
            const QMap<QString, QString> map = mapFromJson(dbs);
            for (auto it = map.constBegin(); it != map.constEnd(); ++it)
                addDb(it.key());
        }
        if (str(item, "resultType") == QLatin1String("DatabaseLevelOutput"))
            addDb(str(item, "name"));
        for (const QJsonValue &e : item.value(QLatin1String("validationErrors")).toArray()) {
            const QJsonObject ex = e.toObject();
            r.problems.append({str(ex, "message"), str(ex, "actionableMessage")});
        }
    }
    for (const QJsonValue &e : properties.value(QLatin1String("errors")).toArray()) {
        const QJsonObject err = e.toObject();
        const QString message = str(err, "message");
        bool known = false;
        for (const auto &p : std::as_const(r.problems))
            known = known || message.contains(p.message) || p.message.contains(message);
        if (!known)
            r.problems.append({message, QString()});
    }
    return r;
}

QMap<QString, QList<TableChoice>> readUserTables(const QJsonObject &projectTask, QMap<QString, QString> *errors)
{
    QMap<QString, QList<TableChoice>> out;
    const QJsonObject properties = projectTask.value(QLatin1String("properties")).toObject();
    auto tableOf = [](const QJsonObject &t) {
        TableChoice c;
        c.name = str(t, "name");
        c.hasRows = t.value(QLatin1String("hasRows")).toBool(false);
        const QJsonValue rows = t.value(QLatin1String("estimatedRows"));
        c.estimatedRows = rows.isDouble() ? qint64(rows.toDouble()) : -1;
        c.hasPrimaryKey = t.value(QLatin1String("hasPrimaryKey")).toBool(true);
        return c;
    };
    for (const QJsonValue &v : properties.value(QLatin1String("output")).toArray()) {
        const QJsonObject item = v.toObject();
        QString problem;
        for (const QJsonValue &e : item.value(QLatin1String("validationErrors")).toArray()) {
            const QJsonObject ex = e.toObject();
            problem = QStringLiteral("%1 %2").arg(str(ex, "message"), str(ex, "actionableMessage")).trimmed();
        }
        if (item.contains(QLatin1String("databaseName"))) { // PostgreSQL: one item per database
            QList<TableChoice> tables;
            for (const QJsonValue &t : item.value(QLatin1String("tables")).toArray())
                tables.append(tableOf(t.toObject()));
            out.insert(str(item, "databaseName"), tables);
            if (!problem.isEmpty() && errors)
                errors->insert(str(item, "databaseName"), problem);
        } else { // MySQL, SQL Server: databasesToTables, maybe JSON-encoded
            QJsonValue map = item.value(QLatin1String("databasesToTables"));
            QJsonObject object = map.toObject();
            if (map.isString())
                object = QJsonDocument::fromJson(map.toString().toUtf8()).object();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                QList<TableChoice> tables;
                for (const QJsonValue &t : it.value().toArray())
                    tables.append(tableOf(t.toObject()));
                out.insert(it.key(), tables);
            }
            // The item has one list of problems for all its databases. A problem that names a
            // database listed without tables is that database's (it could not be read: its empty
            // list is no listing); any other problem concerns them all.
            QString general;
            for (const QJsonValue &e : item.value(QLatin1String("validationErrors")).toArray()) {
                const QJsonObject ex = e.toObject();
                const QString message = str(ex, "message");
                const QString text = QStringLiteral("%1 %2").arg(message, str(ex, "actionableMessage")).trimmed();
                QString owner;
                for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                    if (it.value().toArray().isEmpty() && namesDatabase(message, it.key()))
                        owner = it.key();
                }
                if (owner.isEmpty())
                    general = text;
                else if (errors)
                    errors->insert(owner, text);
            }
            if (!general.isEmpty() && errors)
                errors->insert(QString(), general);
        }
    }
    return out;
}

QJsonObject withPasswordsNulled(const QJsonObject &projectTask)
{
    std::function<QJsonValue(const QJsonValue &)> walk = [&](const QJsonValue &v) -> QJsonValue {
        if (v.isObject()) {
            QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() == QLatin1String("password"))
                    it.value() = QJsonValue::Null;
                else
                    it.value() = walk(it.value());
            }
            return o;
        }
        if (v.isArray()) {
            QJsonArray a = v.toArray();
            for (auto it = a.begin(); it != a.end(); ++it)
                *it = walk(*it);
            return a;
        }
        return v;
    };
    // Passwords become null (asked again), other secrets (connection-string credentials) go.
    const QJsonObject nulled = walk(projectTask).toObject();
    QJsonValue redacted = core::redactSecrets(QJsonValue(nulled), core::SecretPolicy::Omit);
    // redactSecrets removes password members; put the nulls back where they were.
    std::function<QJsonValue(const QJsonValue &, const QJsonValue &)> merge
        = [&](const QJsonValue &r, const QJsonValue &n) -> QJsonValue {
        if (r.isObject() && n.isObject()) {
            QJsonObject out = r.toObject();
            const QJsonObject src = n.toObject();
            for (auto it = src.constBegin(); it != src.constEnd(); ++it) {
                if (it.key() == QLatin1String("password"))
                    out.insert(it.key(), QJsonValue::Null);
                else if (out.contains(it.key()))
                    out.insert(it.key(), merge(out.value(it.key()), it.value()));
            }
            return out;
        }
        if (r.isArray() && n.isArray()) {
            QJsonArray out = r.toArray();
            const QJsonArray src = n.toArray();
            for (qsizetype i = 0; i < out.size() && i < src.size(); ++i)
                out[i] = merge(out.at(i), src.at(i));
            return out;
        }
        return r;
    };
    return merge(redacted, QJsonValue(nulled)).toObject();
}

QString cliCommand(const QString &taskId, const QJsonObject &projectTask)
{
    const auto id = core::ResourceId::parse(taskId).value_or(core::ResourceId());
    const QString file = QStringLiteral("%1.json").arg(id.child.isEmpty() ? QStringLiteral("task") : id.child);
    const QString json
        = QString::fromUtf8(QJsonDocument(withPasswordsNulled(projectTask)).toJson(QJsonDocument::Indented)).trimmed();
    auto quote = [](const QString &s) {
        bool plain = !s.isEmpty();
        for (const QChar c : s)
            plain = plain && (c.isLetterOrNumber() || QStringLiteral("-_.:/").contains(c));
        return plain ? s : QStringLiteral("'%1'").arg(QString(s).replace(QLatin1String("'"), QLatin1String("'\\''")));
    };
    return QStringLiteral("cat > %1 <<'JSON'\n%2\nJSON\n"
                          "godwit-cli --subscription %3 --resource-group %4 task create --service %5 --project %6 "
                          "--name %7 --file %1\n")
        .arg(quote(file), json, quote(id.subscription), quote(id.resourceGroup), quote(id.service), quote(id.project),
             quote(id.child));
}

} // namespace godwit::models::taskinput
