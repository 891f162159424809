#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <optional>

#include "core/dmstypes.h"
#include "engine/runner/executor.h"

/// What every built-in executor does alike, whatever server it talks to: reading and checking the
/// task input, reporting problems, stopping early and answering commands.
namespace godwit::engine::executors {

/// The result of a run that stopped early because of a cancel or an engine shutdown.
ExecutionResult stopped(const TaskContext &context);

/// Where a problem is in the task input: "input", "input.member" or "input[1]".
QString inputPath(const QString &path);

/// Checks the input against the API schema; every error, with its path, in one message.
std::optional<ExecutionResult> validateSchema(const QJsonValue &input, QLatin1String definition);

/// InvalidInput with every error in one message, when there are any.
std::optional<ExecutionResult> invalidIfAny(const QStringList &errors);

/// Reads the task input as `Input` once it passes the schema; else the result the run ends with
/// (stopped before it began, or InvalidInput).
template <typename Input>
std::optional<ExecutionResult> readInput(TaskContext &context, Input *input)
{
    if (context.isCancelled())
        return stopped(context);
    const QJsonValue json = context.properties().value(QLatin1String("input"));
    if (auto invalid = validateSchema(json, Input::kDefinition))
        return invalid;
    *input = Input(json.toObject());
    return std::nullopt;
}

/// What the schema cannot say about a connection info's server: a name, and a port in range
/// (`lowestPort` 0 where 0 means the default port).
template <typename ConnectionInfo>
void checkServerAddress(const ConnectionInfo &info, const QString &member, QStringList *errors, int lowestPort = 1)
{
    if (info.serverName().trimmed().isEmpty())
        errors->append(QString(inputPath(member) + QStringLiteral(".serverName: must not be empty")));
    const auto port = info.port();
    if (port && (*port < lowestPort || *port > 65535))
        errors->append(QString(inputPath(member) + QStringLiteral(".port: must be between 1 and 65535")));
}

/// What the schema cannot say about the selectedDatabases names of a table listing: at least one,
/// none empty.
void checkDatabaseNames(const QStringList &selected, QStringList *errors);

/// A ReportableException with a message and a remedy (actionableMessage).
core::dms::ReportableException reportable(const QString &message, const QString &remedy);
/// A ReportableException with a message and no remedy.
core::dms::ReportableException reportable(const QString &message);

/// A migration event in a database's output (an error or a warning), at `at`.
core::dms::SyncMigrationDatabaseErrorEvent migrationEvent(const QString &type, const QString &text,
                                                          const QDateTime &at = QDateTime::currentDateTimeUtc());

/// A message followed by what to do about it, when there is a remedy.
QString withRemedy(const QString &message, const QString &remedy);
/// A fresh id for an output item.
QString newId();

/// Publishes the one output item of a failed connection test, with the problem as its validation
/// error, and fails the task with SourceConnectionFailed or TargetConnectionFailed.
ExecutionResult connectionTestFailed(TaskContext &context, core::dms::Record item, const QString &role,
                                     const QString &server, const QString &problem, const QString &remedy);

/// Fails the task with SourceQueryFailed or TargetQueryFailed: the `role` server's settings could
/// not be read.
ExecutionResult settingsUnreadable(const QString &role, const QString &error);

/// How many tables of a database are in each full-load state, as an online migration's database
/// output reports them.
struct FullLoadTables
{
    qint64 completed = 0;
    qint64 loading = 0;
    qint64 queued = 0;
    qint64 errored = 0;

    void count(core::dms::SyncTableMigrationState state);
    /// A state as the output writes it; one that is not a SyncTableMigrationState is not counted.
    void count(const QString &state);

    /// Sets fullLoadCompletedTables, fullLoadLoadingTables, fullLoadQueuedTables and
    /// fullLoadErroredTables of a database output.
    template <typename DatabaseOutput>
    void setOn(DatabaseOutput &output) const
    {
        output.setFullLoadCompletedTables(completed);
        output.setFullLoadLoadingTables(loading);
        output.setFullLoadQueuedTables(queued);
        output.setFullLoadErroredTables(errored);
    }
};

/// Answers a command as Failed with one ODataError.
void failCommand(TaskContext &context, const QString &commandId, const QString &code, const QString &message);

/// The database a complete-cutover command names, found in `databases` (anything with a `name`);
/// nullptr when the command was answered as Failed: another command type, or a database that is not
/// part of the migration.
template <typename Databases>
auto *cutoverDatabase(TaskContext &context, const PendingCommand &command, Databases &databases)
{
    const core::dms::MigrateSyncCompleteCommandProperties properties(command.command);
    const QString type = properties.commandType();
    decltype(&*databases.begin()) found = nullptr;
    if (type != core::dms::MigrateSyncCompleteCommandProperties::kDiscriminatorValue) {
        failCommand(context, command.commandId, QStringLiteral("CommandNotSupported"),
                    QStringLiteral("This task does not take %1 commands.").arg(type));
        return found;
    }
    const QString name = properties.input().databaseName();
    for (auto &database : databases) {
        if (database.name == name)
            found = &database;
    }
    if (!found)
        failCommand(context, command.commandId, QStringLiteral("InvalidCommand"),
                    QStringLiteral("Database '%1' is not part of this migration.").arg(name));
    return found;
}

/// Answers a complete-cutover command for a database that is not READY_TO_COMPLETE.
void refuseCutover(TaskContext &context, const QString &commandId, const QString &database, const QString &state);

} // namespace godwit::engine::executors
