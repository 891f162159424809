#include "core/taskrules.h"

#include <QJsonArray>

#include "core/dmstypes.h"
#include "core/validator.h"

namespace godwit::core {

namespace {

using namespace godwit::core::dms;

const QStringList kSyncCompleteTaskTypes = {
    QStringLiteral("Migrate.SqlServer.AzureSqlDb.Sync"),
    QStringLiteral("Migrate.MySql.AzureDbForMySql.Sync"),
    QStringLiteral("Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2"),
    QStringLiteral("Migrate.Oracle.AzureDbForPostgreSql.Sync"),
};
const QString kLrsTaskType = QStringLiteral("Migrate.SqlServer.AzureSqlDbMI.Sync.LRS");
const QString kMongoTaskType = QStringLiteral("Migrate.MongoDb");

QString state(const QJsonObject &properties)
{
    return properties.value(QLatin1String("state")).toString();
}

QString taskType(const QJsonObject &properties)
{
    return properties.value(QLatin1String("taskType")).toString();
}

/// Database-level output items: name -> migration state.
QList<std::pair<QString, QString>> databaseStates(const QJsonObject &properties, const QString &nameMember)
{
    QList<std::pair<QString, QString>> out;
    for (const QJsonValue &item : properties.value(QLatin1String("output")).toArray()) {
        const QJsonObject o = item.toObject();
        if (o.value(QLatin1String("resultType")).toString() != QLatin1String("DatabaseLevelOutput"))
            continue;
        out.append({o.value(nameMember).toString(), o.value(QLatin1String("migrationState")).toString()});
    }
    return out;
}

QStringList selectedDatabaseNames(const QJsonObject &properties, const QString &nameMember)
{
    QStringList names;
    const QJsonValue selected
        = properties.value(QLatin1String("input")).toObject().value(QLatin1String("selectedDatabases"));
    for (const QJsonValue &db : selected.toArray())
        names.append(db.toObject().value(nameMember).toString());
    return names;
}

} // namespace

bool TaskRules::isTerminal(const QString &taskState)
{
    static const QStringList terminal = {
        toString(TaskState::Canceled), toString(TaskState::Succeeded),
        toString(TaskState::Failed),   toString(TaskState::FailedInputValidation),
        toString(TaskState::Faulted),
    };
    return terminal.contains(taskState);
}

bool TaskRules::isTerminalCommand(const QString &commandState)
{
    return commandState == toString(CommandState::Succeeded) || commandState == toString(CommandState::Failed);
}

bool TaskRules::canCancel(const QString &taskState)
{
    return taskState == toString(TaskState::Queued) || taskState == toString(TaskState::Running)
           || taskState == toString(TaskState::Unknown);
}

bool TaskRules::isOnlineMigration(const QString &type)
{
    return kSyncCompleteTaskTypes.contains(type) || type == kLrsTaskType || type == kMongoTaskType;
}

QStringList TaskRules::commandTypesFor(const QString &type)
{
    if (kSyncCompleteTaskTypes.contains(type))
        return {QString(MigrateSyncCompleteCommandProperties::kDiscriminatorValue)};
    if (type == kLrsTaskType)
        return {QString(MigrateMISyncCompleteCommandProperties::kDiscriminatorValue)};
    if (type == kMongoTaskType)
        return {QString(MongoDbCancelCommand::kDiscriminatorValue), QString(MongoDbFinishCommand::kDiscriminatorValue),
                QString(MongoDbRestartCommand::kDiscriminatorValue)};
    return {};
}

QList<TaskRules::AvailableCommand> TaskRules::availableCommands(const QJsonObject &properties)
{
    QList<AvailableCommand> out;
    const QString type = taskType(properties);
    if (state(properties) != toString(TaskState::Running))
        return out;
    if (kSyncCompleteTaskTypes.contains(type)) {
        for (const auto &[name, dbState] : databaseStates(properties, QStringLiteral("databaseName"))) {
            if (dbState == toString(SyncDatabaseMigrationReportingState::READY_TO_COMPLETE))
                out.append({QString(MigrateSyncCompleteCommandProperties::kDiscriminatorValue), name});
        }
    } else if (type == kLrsTaskType) {
        for (const auto &[name, dbState] : databaseStates(properties, QStringLiteral("sourceDatabaseName"))) {
            if (dbState != toString(DatabaseMigrationState::COMPLETED)
                && dbState != toString(DatabaseMigrationState::CANCELLED)
                && dbState != toString(DatabaseMigrationState::FAILED)
                && dbState != toString(DatabaseMigrationState::CUTOVER_START)
                && dbState != toString(DatabaseMigrationState::POST_CUTOVER_COMPLETE))
                out.append({QString(MigrateMISyncCompleteCommandProperties::kDiscriminatorValue), name});
        }
    } else if (type == kMongoTaskType) {
        for (const QString &command : commandTypesFor(type))
            out.append({command, QString()});
    }
    return out;
}

std::optional<TaskRules::Rejection> TaskRules::checkCommand(const QJsonObject &properties, const QJsonObject &command)
{
    using Kind = Rejection::Kind;
    const Issues issues
        = Validator(Validator::Direction::Request).validate(command, QStringLiteral("CommandProperties"));
    for (const Issue &issue : issues) {
        if (issue.isError())
            return Rejection{Kind::Invalid, issue.toString()};
    }
    const QString type = taskType(properties);
    const QString commandType = command.value(QLatin1String("commandType")).toString();
    if (!commandTypesFor(type).contains(commandType)) {
        const QStringList accepted = commandTypesFor(type);
        return Rejection{Kind::Invalid, accepted.isEmpty()
                                            ? tr("task type %1 takes no commands").arg(type)
                                            : tr("task type %1 does not take command %2 (it takes: %3)")
                                                  .arg(type, commandType, accepted.join(QStringLiteral(", ")))};
    }
    const QString taskState = state(properties);
    if (taskState != toString(TaskState::Running))
        return Rejection{Kind::Conflict,
                         tr("the task is %1; commands are taken only while it is Running").arg(taskState)};

    const QJsonObject input = command.value(QLatin1String("input")).toObject();
    if (commandType == MigrateSyncCompleteCommandProperties::kDiscriminatorValue
        || commandType == MigrateMISyncCompleteCommandProperties::kDiscriminatorValue) {
        const bool lrs = commandType == MigrateMISyncCompleteCommandProperties::kDiscriminatorValue;
        const QString nameMember = lrs ? QStringLiteral("sourceDatabaseName") : QStringLiteral("databaseName");
        const QString inputMember = lrs ? QStringLiteral("sourceDatabaseName") : QStringLiteral("databaseName");
        const QString database = input.value(inputMember).toString();
        const QStringList selected = selectedDatabaseNames(properties, QStringLiteral("name"));
        if (!selected.isEmpty() && !selected.contains(database))
            return Rejection{Kind::Invalid,
                             tr("input.%1: database '%2' is not part of this migration (it migrates: %3)")
                                 .arg(inputMember, database, selected.join(QStringLiteral(", ")))};
        for (const AvailableCommand &available : availableCommands(properties)) {
            if (available.commandType == commandType && available.target == database)
                return std::nullopt;
        }
        QString dbState;
        for (const auto &[name, s] : databaseStates(properties, nameMember)) {
            if (name == database)
                dbState = s;
        }
        if (dbState.isEmpty())
            return Rejection{Kind::Conflict, tr("database '%1' has not reported its state yet").arg(database)};
        return Rejection{
            Kind::Conflict,
            tr("database '%1' is %2; it can be completed only when it is %3")
                .arg(database, dbState,
                     lrs ? tr("migrating") : toString(SyncDatabaseMigrationReportingState::READY_TO_COMPLETE))};
    }
    return std::nullopt; // Mongo commands apply to a running migration as a whole or to one object
}

} // namespace godwit::core
