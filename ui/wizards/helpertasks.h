#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>

#include "core/resourceid.h"

namespace godwit::service {
class DmsClient;
class HttpJob;
} // namespace godwit::service

namespace godwit::ui {

/// Runs the short tasks a wizard needs on the way (connection tests, table listings) as real
/// tasks in the wizard's project, one at a time: creates it, polls it to its end, reports once.
/// Remembers every task it created so that a cancelled or finished wizard deletes them all.
class HelperTasks final : public QObject
{
    Q_OBJECT
public:
    /// ok: the task reached Succeeded; task: its last JSON (with output); error: translated.
    using Done = std::function<void(bool ok, const QJsonObject &task, const QString &error)>;

    HelperTasks(service::DmsClient &client, core::ResourceId project, QObject *parent = nullptr);
    ~HelperTasks() override;

    /// Starts a helper task (any running one is abandoned and its result dropped). `done` is
    /// called exactly once, later, unless abandon() or this object's destruction comes first.
    void run(const QString &namePrefix, const QJsonObject &body, Done done);
    /// Drops the running task's result (it stays in the list of tasks to delete).
    void abandon();
    bool isRunning() const { return bool(m_done); }
    /// The ids of the tasks created so far and not yet deleted.
    QStringList created() const { return m_created; }
    /// Deletes every task created (running ones too); `done` after the last answer.
    void deleteAll(std::function<void()> done = {});

    /// How often a running helper task is polled.
    void setPollIntervalMs(int ms) { m_poll.setInterval(ms); }

private:
    void poll();
    void finish(bool ok, const QJsonObject &task, const QString &error);

    service::DmsClient &m_client;
    core::ResourceId m_project;
    QStringList m_created;
    core::ResourceId m_current;
    Done m_done;
    QPointer<service::HttpJob> m_job;
    QPointer<service::HttpJob> m_creating; ///< a PUT that may still create a task
    QTimer m_poll;
    int m_generation = 0;
};

} // namespace godwit::ui
