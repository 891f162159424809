#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace godwit::engine {

/// A command sent to a running task (POST .../command), handed to its executor.
struct PendingCommand
{
    QString commandId;   ///< the id the engine gave it in properties.commands[]
    QJsonObject command; ///< the CommandProperties body (commandType, input), secrets included
};

/// What an executor sees of the engine while it runs a task. Implemented by the runner;
/// every function is safe to call from the executor's worker thread.
class TaskContext
{
public:
    virtual ~TaskContext() = default;

    /// The task's properties as submitted (taskType, input with secrets, clientData).
    virtual QJsonObject properties() const = 0;
    /// The output stored by an earlier run of this task (after an engine restart), else empty.
    virtual QJsonArray previousOutput() const = 0;

    /// Replaces the task's whole output array (items keyed by resultType + id), persisted in
    /// one transaction; clients see it on their next GET ?$expand=output.
    virtual void publishOutput(const QJsonArray &output) = 0;
    /// Moves a Queued task to Running (called once the executor has validated its input).
    virtual void markRunning() = 0;

    /// True once the task was cancelled or the engine is shutting down; executors check it
    /// between steps and return promptly.
    virtual bool isCancelled() const = 0;
    virtual bool isShuttingDown() const = 0;
    /// Waits up to `ms` for a cancel, a shutdown or a command; returns early when one comes.
    virtual void sleep(int ms) = 0;

    /// The next command sent to this task, if any.
    virtual std::optional<PendingCommand> takeCommand() = 0;
    /// Records the outcome of a command: state "Running", "Succeeded" or "Failed", with errors
    /// (ODataError objects) and an optional output object.
    virtual void finishCommand(const QString &commandId, const QString &state, const QJsonArray &errors,
                               const QJsonObject &output = {})
        = 0;
};

/// How a run ended.
struct ExecutionResult
{
    /// A terminal TaskState: Succeeded, Failed, FailedInputValidation, Faulted or Canceled.
    QString state;
    /// properties.errors: ODataError objects ({code, message, details}).
    QJsonArray errors;
    /// When the engine is shutting down mid-run: leave the task Running so the next start
    /// resumes it (only for executors that can resume).
    bool interruptedByShutdown = false;

    static ExecutionResult succeeded() { return {QStringLiteral("Succeeded"), {}, false}; }
    static ExecutionResult failed(const QString &code, const QString &message);
    static ExecutionResult invalidInput(const QString &code, const QString &message);
    static ExecutionResult canceled() { return {QStringLiteral("Canceled"), {}, false}; }
};

/// Runs one task type. One instance per task run; run() is called on a worker thread.
class Executor
{
public:
    virtual ~Executor() = default;
    virtual ExecutionResult run(TaskContext &context) = 0;
    /// Whether a run interrupted by an engine restart can continue (else it fails with a reason).
    virtual bool canResume() const { return false; }
};

/// Makes executors for the task types this engine runs.
class ExecutorFactory
{
public:
    virtual ~ExecutorFactory() = default;
    /// nullptr for a task type this engine does not execute.
    virtual std::unique_ptr<Executor> create(const QString &taskType) const = 0;
    /// The task types create() accepts, for the error that names them.
    virtual QStringList supportedTaskTypes() const = 0;
};

/// An ODataError object.
QJsonObject odataError(const QString &code, const QString &message, const QJsonArray &details = {});

} // namespace godwit::engine
