#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <memory>

#include "engine/runner/executor.h"

namespace godwit::engine {

class Store;
struct RunState;

/// Runs queued tasks on a bounded worker pool, one executor per task, and records every state
/// change in the store. Lives on the thread that owns the store; executors run on workers and
/// reach the store only through queued calls back to this object.
class TaskRunner final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int maxWorkers = 4;
        /// Migrations that may run at once on one service; more stay Queued (as on Azure).
        int perServiceLimit = 2;
    };

    TaskRunner(Store &store, const ExecutorFactory &factory, Options options, QObject *parent = nullptr);
    ~TaskRunner() override;

    /// Picks up what the store holds after a restart: Queued tasks are queued again, Running
    /// ones resume where their executor can, or fail with a reason.
    void recover();

    /// Queues a stored task (state Queued) and starts it when a worker and its service allow.
    void enqueue(const QString &taskId);
    /// Cancels a queued or running task. A queued task is Canceled at once; a running one when
    /// its executor has stopped. Returns false when the task is neither.
    bool cancel(const QString &taskId);
    /// Hands a command to a running task's executor.
    bool deliverCommand(const QString &taskId, const PendingCommand &command);
    bool isActive(const QString &taskId) const;
    /// The task types this engine executes.
    QStringList supportedTaskTypes() const { return m_factory.supportedTaskTypes(); }

    /// A service started or stopped: stopped services run no tasks.
    void setServiceStopped(const QString &serviceId, bool stopped);

    /// Stops every executor (they leave resumable tasks Running) and waits for them.
    void shutdown(int timeoutMs = 30000);

Q_SIGNALS:
    /// A task's stored state, output or commands changed.
    void taskChanged(const QString &taskId);

private:
    void schedule();
    void start(const QString &taskId);
    void finish(const QString &taskId, const ExecutionResult &result);
    void markRunning(const QString &taskId);
    void publishOutput(const QString &taskId, const QJsonArray &output);
    void finishCommand(const QString &taskId, const QString &commandId, const QString &state, const QJsonArray &errors,
                       const QJsonObject &output);
    void setTerminal(const QString &taskId, const QString &state, const QJsonArray &errors);
    QString serviceKeyOf(const QString &taskId) const;

    friend class RunContext;

    Store &m_store;
    const ExecutorFactory &m_factory;
    Options m_options;
    QThreadPool m_pool;
    QStringList m_queue;                                 // task keys, FIFO
    QHash<QString, std::shared_ptr<RunState>> m_running; // task key -> run
    QSet<QString> m_stoppedServices;                     // service keys
    bool m_shuttingDown = false;
};

} // namespace godwit::engine
