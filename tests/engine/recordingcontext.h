#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QQueue>
#include <QString>
#include <QWaitCondition>

#include <memory>

#include "engine/runner/executor.h"

namespace godwit::test {

/// A TaskContext held in memory, for running an executor directly in a test: it records every
/// published output and state change, and lets the test cancel, shut down or send commands from
/// another thread while the executor runs.
class RecordingContext final : public engine::TaskContext
{
public:
    /// `properties` as a task's properties: taskType and input (with secrets).
    explicit RecordingContext(QJsonObject properties, QJsonArray previousOutput = {});

    // engine::TaskContext
    QJsonObject properties() const override;
    QJsonArray previousOutput() const override;
    void publishOutput(const QJsonArray &output) override;
    void markRunning() override;
    bool isCancelled() const override;
    bool isShuttingDown() const override;
    void sleep(int ms) override;
    std::optional<engine::PendingCommand> takeCommand() override;
    void finishCommand(const QString &commandId, const QString &state, const QJsonArray &errors,
                       const QJsonObject &output = {}) override;

    // The test's side; each is safe to call from any thread.
    void cancel();
    void shutDown();
    void sendCommand(const engine::PendingCommand &command);

    /// "Queued" until the executor calls markRunning(), then "Running".
    QString state() const;
    /// The last output published, and how many times the executor published.
    QJsonArray output() const;
    int publishCount() const;

    struct FinishedCommand
    {
        QString commandId;
        QString state;
        QJsonArray errors;
        QJsonObject output;
    };
    QList<FinishedCommand> finishedCommands() const;

private:
    const QJsonObject m_properties;
    const QJsonArray m_previousOutput;

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QString m_state = QStringLiteral("Queued");
    QJsonArray m_output;
    int m_publishCount = 0;
    bool m_cancelled = false;
    bool m_shuttingDown = false;
    QQueue<engine::PendingCommand> m_commands;
    QList<FinishedCommand> m_finished;
};

/// What a client would see of one task run.
struct TaskRun
{
    engine::ExecutionResult result;
    QString stateWhileRunning; ///< "Queued" when the executor never marked the task running
    QJsonArray output;
    int publishCount = 0;

    QString errorCode() const;
    QString errorMessage() const;
    QJsonObject item(qsizetype i = 0) const { return output.at(i).toObject(); }
    /// Everything the task returns, as text.
    QString everything() const;
};

/// Runs an executor to its end on a RecordingContext of a task of `taskType` with `input`; with
/// `cancelFirst` the task is cancelled before it starts.
TaskRun runTask(std::unique_ptr<engine::Executor> executor, const QString &taskType, const QJsonObject &input,
                bool cancelFirst = false);

/// The strings of a JSON array.
QStringList strings(const QJsonValue &array);
/// One member (by default the message) of each object of a JSON array, e.g. validation errors.
QStringList messages(const QJsonValue &validationErrors, QLatin1String member = QLatin1String("message"));

} // namespace godwit::test
