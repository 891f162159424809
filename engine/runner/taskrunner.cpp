#include "engine/runner/taskrunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QQueue>
#include <QUuid>
#include <QWaitCondition>

#include "core/resourceid.h"
#include "engine/storage/store.h"

namespace godwit::engine {

Q_LOGGING_CATEGORY(lcRunner, "godwit.engine.runner", QtInfoMsg)

namespace {

QString keyOf(const QString &id)
{
    return id.toLower();
}

QJsonObject propertiesOf(const QJsonObject &body)
{
    return body.value(QLatin1String("properties")).toObject();
}

} // namespace

/// What the runner and a worker share about one run.
struct RunState
{
    QString taskId;
    QMutex mutex;
    QWaitCondition wake;
    bool cancelled = false;
    bool shuttingDown = false;
    QQueue<PendingCommand> commands;
};

/// The TaskContext an executor gets: reads come from a snapshot taken at start, writes go back
/// to the runner's thread as queued calls.
class RunContext final : public TaskContext
{
public:
    RunContext(TaskRunner *runner, std::shared_ptr<RunState> state, QJsonObject properties, QJsonArray previousOutput)
        : m_runner(runner)
        , m_state(std::move(state))
        , m_properties(std::move(properties))
        , m_previousOutput(std::move(previousOutput))
    {
    }

    QJsonObject properties() const override { return m_properties; }
    QJsonArray previousOutput() const override { return m_previousOutput; }

    void publishOutput(const QJsonArray &output) override
    {
        const QString id = m_state->taskId;
        QMetaObject::invokeMethod(m_runner, [runner = m_runner, id, output] {
            if (runner)
                runner->publishOutput(id, output);
        });
    }

    void markRunning() override
    {
        const QString id = m_state->taskId;
        QMetaObject::invokeMethod(m_runner, [runner = m_runner, id] {
            if (runner)
                runner->markRunning(id);
        });
    }

    bool isCancelled() const override
    {
        QMutexLocker lock(&m_state->mutex);
        return m_state->cancelled || m_state->shuttingDown;
    }

    bool isShuttingDown() const override
    {
        QMutexLocker lock(&m_state->mutex);
        return m_state->shuttingDown;
    }

    void sleep(int ms) override
    {
        QMutexLocker lock(&m_state->mutex);
        if (m_state->cancelled || m_state->shuttingDown || !m_state->commands.isEmpty())
            return;
        m_state->wake.wait(&m_state->mutex, QDeadlineTimer(ms));
    }

    std::optional<PendingCommand> takeCommand() override
    {
        QMutexLocker lock(&m_state->mutex);
        if (m_state->commands.isEmpty())
            return std::nullopt;
        return m_state->commands.dequeue();
    }

    void finishCommand(const QString &commandId, const QString &state, const QJsonArray &errors,
                       const QJsonObject &output) override
    {
        const QString id = m_state->taskId;
        QMetaObject::invokeMethod(m_runner, [runner = m_runner, id, commandId, state, errors, output] {
            if (runner)
                runner->finishCommand(id, commandId, state, errors, output);
        });
    }

private:
    QPointer<TaskRunner> m_runner;
    std::shared_ptr<RunState> m_state;
    QJsonObject m_properties;
    QJsonArray m_previousOutput;
};

TaskRunner::TaskRunner(Store &store, const ExecutorFactory &factory, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_factory(factory)
    , m_options(options)
{
    m_pool.setMaxThreadCount(std::max(1, options.maxWorkers));
}

TaskRunner::~TaskRunner()
{
    shutdown();
}

void TaskRunner::recover()
{
    for (const StoredResource &r : m_store.tasksInStates({QStringLiteral("Queued"), QStringLiteral("Running")})) {
        const QJsonObject props = propertiesOf(r.body);
        const QString state = props.value(QLatin1String("state")).toString();
        if (state == QLatin1String("Running")) {
            const auto executor = m_factory.create(props.value(QLatin1String("taskType")).toString());
            if (!executor || !executor->canResume()) {
                setTerminal(r.id, QStringLiteral("Failed"),
                            {odataError(QStringLiteral("EngineRestarted"),
                                        tr("The engine stopped while this task was running, and a %1 task cannot "
                                           "continue where it stopped. Run it again.")
                                            .arg(props.value(QLatin1String("taskType")).toString()))});
                continue;
            }
            qCInfo(lcRunner) << "resuming" << r.id;
        }
        m_queue.append(keyOf(r.id));
    }
    schedule();
}

void TaskRunner::enqueue(const QString &taskId)
{
    const QString key = keyOf(taskId);
    if (m_queue.contains(key) || m_running.contains(key))
        return;
    m_queue.append(key);
    schedule();
}

bool TaskRunner::cancel(const QString &taskId)
{
    const QString key = keyOf(taskId);
    if (m_queue.removeAll(key) > 0) {
        setTerminal(taskId, QStringLiteral("Canceled"), {});
        return true;
    }
    const auto run = m_running.value(key);
    if (!run)
        return false;
    QMutexLocker lock(&run->mutex);
    run->cancelled = true;
    run->wake.wakeAll();
    return true;
}

bool TaskRunner::deliverCommand(const QString &taskId, const PendingCommand &command)
{
    const auto run = m_running.value(keyOf(taskId));
    if (!run)
        return false;
    QMutexLocker lock(&run->mutex);
    run->commands.enqueue(command);
    run->wake.wakeAll();
    return true;
}

bool TaskRunner::isActive(const QString &taskId) const
{
    const QString key = keyOf(taskId);
    return m_queue.contains(key) || m_running.contains(key);
}

void TaskRunner::setServiceStopped(const QString &serviceId, bool stopped)
{
    if (stopped)
        m_stoppedServices.insert(keyOf(serviceId));
    else
        m_stoppedServices.remove(keyOf(serviceId));
    schedule();
}

QString TaskRunner::serviceKeyOf(const QString &taskId) const
{
    const auto id = core::ResourceId::parse(taskId);
    if (!id)
        return QString();
    return core::ResourceId::forService(id->subscription, id->resourceGroup, id->service).key();
}

void TaskRunner::schedule()
{
    if (m_shuttingDown)
        return;
    QHash<QString, int> perService;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it)
        ++perService[serviceKeyOf(it.key())];
    for (int i = 0; i < m_queue.size() && m_running.size() < m_options.maxWorkers;) {
        const QString key = m_queue.at(i);
        const QString service = serviceKeyOf(key);
        if (m_stoppedServices.contains(service) || perService.value(service) >= m_options.perServiceLimit) {
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        ++perService[service];
        start(key);
    }
}

void TaskRunner::start(const QString &taskKey)
{
    const auto stored = m_store.get(taskKey);
    if (!stored)
        return;
    const QJsonObject props = propertiesOf(stored->body);
    const QString taskType = props.value(QLatin1String("taskType")).toString();
    std::unique_ptr<Executor> executor = m_factory.create(taskType);
    if (!executor) {
        setTerminal(stored->id, QStringLiteral("FailedInputValidation"),
                    {odataError(QStringLiteral("TaskTypeNotSupported"),
                                tr("This engine does not execute %1 tasks. It executes: %2.")
                                    .arg(taskType, m_factory.supportedTaskTypes().join(QStringLiteral(", "))))});
        return;
    }
    // The executor needs the secrets the body never holds.
    const QJsonObject full = m_store.secretDocument(stored->id).value_or(stored->body);
    auto state = std::make_shared<RunState>();
    state->taskId = stored->id;
    m_running.insert(taskKey, state);
    auto context
        = std::make_shared<RunContext>(this, state, propertiesOf(full), props.value(QLatin1String("output")).toArray());
    std::shared_ptr<Executor> shared(std::move(executor));
    QPointer<TaskRunner> self(this);
    const QString id = stored->id;
    m_pool.start([self, shared, context, id] {
        ExecutionResult result;
        try {
            result = shared->run(*context);
        } catch (const std::exception &e) {
            result = {QStringLiteral("Faulted"),
                      {odataError(QStringLiteral("InternalError"), QString::fromUtf8(e.what()))},
                      false};
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, id, result] {
                if (self)
                    self->finish(id, result);
            },
            Qt::QueuedConnection);
    });
}

void TaskRunner::finish(const QString &taskId, const ExecutionResult &result)
{
    const auto run = m_running.take(keyOf(taskId));
    bool cancelled = false;
    if (run) {
        QMutexLocker lock(&run->mutex);
        cancelled = run->cancelled;
    }
    // A run stopped by the engine's shutdown keeps its state; the next start recovers it.
    const bool stoppedByShutdown
        = m_shuttingDown && !cancelled && (result.interruptedByShutdown || result.state == QLatin1String("Canceled"));
    if (!stoppedByShutdown) {
        QString state = result.state;
        if (cancelled && state != QLatin1String("Succeeded") && state != QLatin1String("FailedInputValidation"))
            state = QStringLiteral("Canceled");
        setTerminal(taskId, state, result.errors);
    }
    schedule();
}

void TaskRunner::setTerminal(const QString &taskId, const QString &state, const QJsonArray &errors)
{
    m_store.update(taskId, [&](QJsonObject &body) {
        QJsonObject props = propertiesOf(body);
        props.insert(QStringLiteral("state"), state);
        props.insert(QStringLiteral("errors"), errors);
        body.insert(QStringLiteral("properties"), props);
        return true;
    });
    Q_EMIT taskChanged(taskId);
}

void TaskRunner::markRunning(const QString &taskId)
{
    const bool changed = m_store.update(taskId, [](QJsonObject &body) {
        QJsonObject props = propertiesOf(body);
        if (props.value(QLatin1String("state")).toString() != QLatin1String("Queued"))
            return false;
        props.insert(QStringLiteral("state"), QStringLiteral("Running"));
        body.insert(QStringLiteral("properties"), props);
        return true;
    });
    if (changed)
        Q_EMIT taskChanged(taskId);
}

void TaskRunner::publishOutput(const QString &taskId, const QJsonArray &output)
{
    const bool changed = m_store.update(taskId, [&](QJsonObject &body) {
        QJsonObject props = propertiesOf(body);
        if (props.value(QLatin1String("output")).toArray() == output)
            return false;
        props.insert(QStringLiteral("output"), output);
        body.insert(QStringLiteral("properties"), props);
        return true;
    });
    if (changed)
        Q_EMIT taskChanged(taskId);
}

void TaskRunner::finishCommand(const QString &taskId, const QString &commandId, const QString &state,
                               const QJsonArray &errors, const QJsonObject &output)
{
    m_store.update(taskId, [&](QJsonObject &body) {
        QJsonObject props = propertiesOf(body);
        QJsonArray commands = props.value(QLatin1String("commands")).toArray();
        for (qsizetype i = 0; i < commands.size(); ++i) {
            QJsonObject c = commands.at(i).toObject();
            if (c.value(QLatin1String("commandId")).toString() != commandId)
                continue;
            c.insert(QStringLiteral("state"), state);
            c.insert(QStringLiteral("errors"), errors);
            if (!output.isEmpty())
                c.insert(QStringLiteral("output"), output);
            commands[i] = c;
        }
        props.insert(QStringLiteral("commands"), commands);
        body.insert(QStringLiteral("properties"), props);
        return true;
    });
    Q_EMIT taskChanged(taskId);
}

void TaskRunner::shutdown(int timeoutMs)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    for (const auto &run : std::as_const(m_running)) {
        QMutexLocker lock(&run->mutex);
        run->shuttingDown = true;
        run->wake.wakeAll();
    }
    m_pool.waitForDone(timeoutMs);
    // Apply what the workers sent back before they ended.
    QCoreApplication::sendPostedEvents(this);
    QCoreApplication::sendPostedEvents(qApp);
}

} // namespace godwit::engine
