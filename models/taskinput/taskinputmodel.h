#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

#include "models/taskinput/connectionsettings.h"

namespace godwit::models::taskinput {

/// The wizards, each building one task type (the connection test builds the one chosen).
enum class WizardKind {
    ConnectionTest,
    SchemaSqlServerSqlDb, ///< MigrateSchemaSqlServerSqlDb
    OnlinePostgreSql,     ///< Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2
    OnlineMySql,          ///< Migrate.MySql.AzureDbForMySql.Sync
    OfflineMySql,         ///< Migrate.MySql.AzureDbForMySql
    OfflineSqlServerSqlDb ///< Migrate.SqlServer.SqlDb
};

/// One connection-test task type of the API and what it connects to.
struct ConnectionTest
{
    QString taskType;         ///< "ConnectToSource.PostgreSql.Sync"
    ConnectionType type;      ///< the connection it tests
    bool isSource = true;     ///< whether that connection is the input's source
    bool needsSource = false; ///< a target test whose input also requires the source connection
    ConnectionType sourceType = ConnectionType::PostgreSql;

    /// "PostgreSQL source", translated.
    QString displayName() const;
};

/// A table of a database, as GetUserTables listed it, and whether it is migrated.
struct TableChoice
{
    QString name; ///< "schema.table"
    bool selected = true;
    qint64 estimatedRows = -1; ///< -1: unknown
    bool hasRows = false;
    bool hasPrimaryKey = true; ///< false when the listing says the table has none
    QString targetName;        ///< tableMap target (empty: same name)
};

/// A source database and where it goes.
struct DatabaseChoice
{
    QString name;
    bool selected = false;
    QString targetName;                ///< empty: same name
    bool makeSourceDbReadOnly = false; ///< SQL Server offline
    // SQL Server schema: this database's schema setting; empty option: the wizard's default
    QString schemaOption;
    QString schemaFileId;
    QString schemaFileName;
    bool tablesListed = false; ///< tables holds a GetUserTables listing
    QString tablesError;       ///< why listing failed
    QList<TableChoice> tables; ///< sent as selectedTables/tableMap when not empty (empty: all tables)

    QString effectiveTargetName() const { return targetName.trimmed().isEmpty() ? name : targetName.trimmed(); }
    int selectedTableCount() const;
};

/// Everything a task wizard collects, whatever its pages. Plain data: pages write into it, the
/// validators read it, buildTask() turns it into the ProjectTask to send.
struct TaskInputModel
{
    Q_DECLARE_TR_FUNCTIONS(godwit::models::taskinput::TaskInputModel)
public:
    WizardKind kind = WizardKind::ConnectionTest;
    QString connectionTestType; ///< ConnectionTest: the chosen task type
    ConnectionSettings source;
    ConnectionSettings target;
    QList<DatabaseChoice> databases;
    QStringList targetDatabases;        ///< what the target's connection test listed (to flag clashes)
    bool targetDatabasesListed = false; ///< whether targetDatabases is a listing (it may be empty)

    // Online migrations (PostgreSQL, MySQL): per-database settings maps of the API
    QMap<QString, QString> migrationSetting;
    QMap<QString, QString> sourceSetting;
    QMap<QString, QString> targetSetting;
    // MySQL offline
    bool makeSourceServerReadOnly = false;
    QMap<QString, QString> optionalAgentSettings;
    // SQL Server → SQL DB offline
    bool enableSchemaValidation = false;
    bool enableDataIntegrityValidation = false;
    bool enableQueryAnalysisValidation = false;
    // SQL Server → SQL DB schema: the default of every database (DatabaseChoice may override it)
    QString schemaOption = QStringLiteral("ExtractFromSource");
    QString schemaFileId;
    QString schemaFileName;
    // Connection tests
    QString checkPermissionsGroup; ///< ServerLevelPermissionsGroup, empty: not sent
    bool collectDatabases = true;
    bool collectLogins = false;
    bool collectAgentJobs = false;
    bool collectTdeCertificateInfo = false;
    bool validateSsisCatalogOnly = false;
    QString mySqlTargetPlatform; ///< ConnectToSource.MySql targetPlatform, empty: not sent
    bool queryObjectCounts = false;

    QString taskName;

    explicit TaskInputModel(WizardKind k = WizardKind::ConnectionTest);

    /// The task type the wizard creates.
    QString taskType() const;
    /// Whether the wizard has a source/target connection page.
    bool hasSource() const;
    bool hasTarget() const;
    /// Whether it has the database mapping and table selection pages.
    bool hasDatabases() const;
    bool hasTables() const;
    /// The connection tests the source and target pages run ("Test connection").
    std::optional<ConnectionTest> sourceTest() const;
    std::optional<ConnectionTest> targetTest() const;
    /// The user-tables task type of the source (empty when there is none).
    QString userTablesTaskType() const;

    const DatabaseChoice *database(const QString &name) const;
    QList<DatabaseChoice> selectedDatabases() const;
    /// Merges databases a connection test listed: new ones appended, choices already made kept.
    void setSourceDatabases(const QStringList &names);

    // The page validators: empty when the page may be left.
    FieldIssues validateSource() const;
    FieldIssues validateTarget() const;
    FieldIssues validateDatabases() const;
    FieldIssues validateTables() const;
    FieldIssues validateSettings() const;
    FieldIssues validateTaskName() const;
    /// Every validator of the wizard's pages.
    FieldIssues validateAll() const;

    /// The SchemaMigrationSetting of a database: its own, else the default.
    QJsonObject schemaSettingOf(const DatabaseChoice &db) const;

    /// The task input of API 2025-06-30, secrets included.
    QJsonObject buildInput() const;
    /// The ProjectTask body to PUT: {"properties": {"taskType": …, "input": …}}.
    QJsonObject buildTask() const;
    /// A default task name: "pg-online-inventory", "connect-postgresql-source", ...
    QString suggestedTaskName() const;

    /// A wizard prefilled from an existing task (its ProjectTask JSON), passwords empty. Empty
    /// with *error set when the task type has no wizard.
    static std::optional<TaskInputModel> fromTask(const QJsonObject &projectTask, QString *error = nullptr);
};

/// Every connection-test task type of the API that a wizard can build.
QList<ConnectionTest> connectionTests();
std::optional<ConnectionTest> connectionTest(const QString &taskType);
/// The wizard that builds a task type, if any.
std::optional<WizardKind> wizardKindFor(const QString &taskType);
/// "Online migration: PostgreSQL to Azure Database for PostgreSQL" (translated).
QString wizardTitle(WizardKind kind);

/// A ProjectTask body for a connection test of `test` (source/target as it needs).
QJsonObject buildConnectionTestTask(const ConnectionTest &test, const ConnectionSettings &source,
                                    const ConnectionSettings &target, const TaskInputModel *options = nullptr);
/// A ProjectTask body listing the user tables of databases.
QJsonObject buildUserTablesTask(const QString &taskType, const ConnectionSettings &connection,
                                const QStringList &databases);

/// What a finished connection test said.
struct ConnectionTestResult
{
    QString serverVersion;
    QString brandVersion;
    QStringList databases;
    bool databasesListed = false; ///< the output has a list of databases (which may be empty)
    struct Problem
    {
        QString message;
        QString remedy;
    };
    QList<Problem> problems; ///< validationErrors of the output, and the task's errors
};
ConnectionTestResult readConnectionTestResult(const QJsonObject &projectTask);

/// The tables per database of a finished user-tables task.
QMap<QString, QList<TableChoice>> readUserTables(const QJsonObject &projectTask, QMap<QString, QString> *errors);

/// The shell lines that create the same task with godwit-cli: the document (passwords null, which
/// the CLI asks for on the terminal) in a file, then `task create`.
QString cliCommand(const QString &taskId, const QJsonObject &projectTask);

/// The task body without secrets, passwords set to null (what the CLI asks for again).
QJsonObject withPasswordsNulled(const QJsonObject &projectTask);

} // namespace godwit::models::taskinput
