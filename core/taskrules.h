#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace godwit::core {

/// The task and command state rules of the API, in one place for the engine, the console and
/// the CLI.
class TaskRules final
{
    Q_DECLARE_TR_FUNCTIONS(godwit::core::TaskRules)
public:
    /// Canceled, Succeeded, Failed, FailedInputValidation, Faulted. Unknown is not terminal: the
    /// service uses it when it could not ask the worker, so it is polled again.
    static bool isTerminal(const QString &taskState);
    static bool isTerminalCommand(const QString &commandState);
    /// Whether a task in this state can be cancelled (Queued, Running, Unknown).
    static bool canCancel(const QString &taskState);
    /// Whether the task type is an online migration that waits for a cutover command.
    static bool isOnlineMigration(const QString &taskType);

    /// Command types a task type takes at all.
    static QStringList commandTypesFor(const QString &taskType);

    /// A command the task accepts now, with the database or object it applies to.
    struct AvailableCommand
    {
        QString commandType;
        QString target; // database name, source database name or Mongo object; empty = whole task
    };
    /// The commands a task accepts in its current state. `properties` is the task's properties
    /// object; per-database commands need the output (GET with $expand=output).
    static QList<AvailableCommand> availableCommands(const QJsonObject &properties);

    struct Rejection
    {
        enum class Kind {
            Invalid,  ///< the command does not apply to this task at all (HTTP 400)
            Conflict, ///< not in the task's current state (HTTP 409)
        };
        Kind kind = Kind::Invalid;
        QString message;
    };
    /// Whether the task accepts a command body ({commandType, input}) now; nullopt when it does.
    static std::optional<Rejection> checkCommand(const QJsonObject &properties, const QJsonObject &command);
};

} // namespace godwit::core
