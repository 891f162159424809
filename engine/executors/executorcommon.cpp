#include "engine/executors/executorcommon.h"

#include <QJsonArray>
#include <QUuid>

#include "core/validator.h"

namespace godwit::engine::executors {

namespace {

QString withFullStop(const QString &text)
{
    return text.endsWith(QLatin1Char('.')) ? text : QString(text + QLatin1Char('.'));
}

} // namespace

ExecutionResult stopped(const TaskContext &context)
{
    if (context.isShuttingDown())
        return ExecutionResult::failed(QStringLiteral("EngineShutdown"),
                                       QStringLiteral("The engine shut down before the task finished; run it again."));
    return ExecutionResult::canceled();
}

QString inputPath(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("input");
    return path.startsWith(QLatin1Char('[')) ? QString(QStringLiteral("input") + path)
                                             : QString(QStringLiteral("input.") + path);
}

std::optional<ExecutionResult> validateSchema(const QJsonValue &input, QLatin1String definition)
{
    QStringList errors;
    if (input.isUndefined()) {
        errors.append(QStringLiteral("input: required field missing"));
    } else {
        const core::Issues issues = core::Validator(core::Validator::Direction::Request).validate(input, definition);
        for (const core::Issue &issue : issues) {
            if (issue.isError())
                errors.append(QString(inputPath(issue.path) + QStringLiteral(": ") + issue.message));
        }
    }
    return invalidIfAny(errors);
}

std::optional<ExecutionResult> invalidIfAny(const QStringList &errors)
{
    if (errors.isEmpty())
        return std::nullopt;
    return ExecutionResult::invalidInput(QStringLiteral("InvalidInput"), errors.join(QStringLiteral("; ")));
}

void checkDatabaseNames(const QStringList &selected, QStringList *errors)
{
    if (selected.isEmpty())
        errors->append(QStringLiteral("input.selectedDatabases: select at least one database"));
    for (qsizetype i = 0; i < selected.size(); ++i) {
        if (selected.at(i).isEmpty())
            errors->append(QStringLiteral("input.selectedDatabases[%1]: must not be empty").arg(i));
    }
}

core::dms::ReportableException reportable(const QString &message, const QString &remedy)
{
    core::dms::ReportableException e = reportable(message);
    e.setActionableMessage(remedy);
    return e;
}

core::dms::ReportableException reportable(const QString &message)
{
    core::dms::ReportableException e;
    e.setMessage(message);
    return e;
}

core::dms::SyncMigrationDatabaseErrorEvent migrationEvent(const QString &type, const QString &text, const QDateTime &at)
{
    core::dms::SyncMigrationDatabaseErrorEvent e;
    e.setTimestampString(at.toUTC().toString(Qt::ISODateWithMs));
    e.setEventTypeString(type);
    e.setEventText(text);
    return e;
}

QString withRemedy(const QString &message, const QString &remedy)
{
    return remedy.isEmpty() ? message : QString(withFullStop(message) + QLatin1Char(' ') + remedy);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ExecutionResult connectionTestFailed(TaskContext &context, core::dms::Record item, const QString &role,
                                     const QString &server, const QString &problem, const QString &remedy)
{
    const QString message = QStringLiteral("Could not connect to the %1 server %2: %3").arg(role, server, problem);
    item.setValue(QStringLiteral("validationErrors"), QJsonArray{reportable(message, remedy).toJson()});
    context.publishOutput(QJsonArray{item.toJson()});
    const QString code = role == QLatin1String("source") ? QStringLiteral("SourceConnectionFailed")
                                                         : QStringLiteral("TargetConnectionFailed");
    return ExecutionResult::failed(code, withRemedy(message, remedy));
}

ExecutionResult settingsUnreadable(const QString &role, const QString &error)
{
    return ExecutionResult::failed(role == QLatin1String("source") ? QStringLiteral("SourceQueryFailed")
                                                                   : QStringLiteral("TargetQueryFailed"),
                                   QStringLiteral("Could not read the %1 server's settings: %2").arg(role, error));
}

void FullLoadTables::count(core::dms::SyncTableMigrationState state)
{
    using State = core::dms::SyncTableMigrationState;
    if (state == State::COMPLETED)
        ++completed;
    else if (state == State::FULL_LOAD)
        ++loading;
    else if (state == State::BEFORE_LOAD)
        ++queued;
    else if (state == State::ERROR || state == State::FAILED)
        ++errored;
}

void FullLoadTables::count(const QString &state)
{
    if (const auto known = core::dms::fromString<core::dms::SyncTableMigrationState>(state))
        count(*known);
}

void failCommand(TaskContext &context, const QString &commandId, const QString &code, const QString &message)
{
    context.finishCommand(commandId, QStringLiteral("Failed"), {odataError(code, message)});
}

void refuseCutover(TaskContext &context, const QString &commandId, const QString &database, const QString &state)
{
    failCommand(context, commandId, QStringLiteral("CommandNotAccepted"),
                QStringLiteral("Database '%1' is %2; it can be completed only when it is READY_TO_COMPLETE.")
                    .arg(database, state));
}

} // namespace godwit::engine::executors
