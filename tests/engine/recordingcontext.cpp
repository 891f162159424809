#include "recordingcontext.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QMutexLocker>

namespace godwit::test {

RecordingContext::RecordingContext(QJsonObject properties, QJsonArray previousOutput)
    : m_properties(std::move(properties))
    , m_previousOutput(std::move(previousOutput))
{
}

QJsonObject RecordingContext::properties() const
{
    return m_properties;
}

QJsonArray RecordingContext::previousOutput() const
{
    return m_previousOutput;
}

void RecordingContext::publishOutput(const QJsonArray &output)
{
    QMutexLocker lock(&m_mutex);
    m_output = output;
    ++m_publishCount;
}

void RecordingContext::markRunning()
{
    QMutexLocker lock(&m_mutex);
    m_state = QStringLiteral("Running");
}

bool RecordingContext::isCancelled() const
{
    QMutexLocker lock(&m_mutex);
    return m_cancelled || m_shuttingDown;
}

bool RecordingContext::isShuttingDown() const
{
    QMutexLocker lock(&m_mutex);
    return m_shuttingDown;
}

void RecordingContext::sleep(int ms)
{
    QDeadlineTimer deadline(ms);
    QMutexLocker lock(&m_mutex);
    while (!m_cancelled && !m_shuttingDown && m_commands.isEmpty()) {
        if (!m_wake.wait(&m_mutex, deadline))
            return;
    }
}

std::optional<engine::PendingCommand> RecordingContext::takeCommand()
{
    QMutexLocker lock(&m_mutex);
    if (m_commands.isEmpty())
        return std::nullopt;
    return m_commands.dequeue();
}

void RecordingContext::finishCommand(const QString &commandId, const QString &state, const QJsonArray &errors,
                                     const QJsonObject &output)
{
    QMutexLocker lock(&m_mutex);
    m_finished.append(FinishedCommand{commandId, state, errors, output});
}

void RecordingContext::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    m_wake.wakeAll();
}

void RecordingContext::shutDown()
{
    QMutexLocker lock(&m_mutex);
    m_shuttingDown = true;
    m_wake.wakeAll();
}

void RecordingContext::sendCommand(const engine::PendingCommand &command)
{
    QMutexLocker lock(&m_mutex);
    m_commands.enqueue(command);
    m_wake.wakeAll();
}

QString RecordingContext::state() const
{
    QMutexLocker lock(&m_mutex);
    return m_state;
}

QJsonArray RecordingContext::output() const
{
    QMutexLocker lock(&m_mutex);
    return m_output;
}

int RecordingContext::publishCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_publishCount;
}

QList<RecordingContext::FinishedCommand> RecordingContext::finishedCommands() const
{
    QMutexLocker lock(&m_mutex);
    return m_finished;
}

QString TaskRun::errorCode() const
{
    return result.errors.isEmpty() ? QString() : result.errors.at(0)[u"code"].toString();
}

QString TaskRun::errorMessage() const
{
    return result.errors.isEmpty() ? QString() : result.errors.at(0)[u"message"].toString();
}

QString TaskRun::everything() const
{
    return QString::fromUtf8(QJsonDocument(output).toJson() + QJsonDocument(result.errors).toJson());
}

TaskRun runTask(std::unique_ptr<engine::Executor> executor, const QString &taskType, const QJsonObject &input,
                bool cancelFirst)
{
    RecordingContext context(QJsonObject{{QStringLiteral("taskType"), taskType}, {QStringLiteral("input"), input}});
    if (cancelFirst)
        context.cancel();
    TaskRun run;
    run.result = executor->run(context);
    run.stateWhileRunning = context.state();
    run.output = context.output();
    run.publishCount = context.publishCount();
    return run;
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

QStringList messages(const QJsonValue &validationErrors, QLatin1String member)
{
    QStringList out;
    for (const QJsonValue &v : validationErrors.toArray())
        out.append(v.toObject().value(member).toString());
    return out;
}

} // namespace godwit::test
