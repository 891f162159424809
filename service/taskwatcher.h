#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "service/connectionstate.h"

namespace godwit::core {
class ResourceStore;
}

namespace godwit::service {

class DmsClient;
class HttpJob;

/// Polls a set of tasks (GET ?$expand=output) and puts what changed into the task store.
/// One request in flight per task; fast while a task runs, slower while it is queued, backing
/// off on errors, stopping at terminal states.
class TaskWatcher final : public QObject
{
    Q_OBJECT
public:
    struct Intervals
    {
        int runningMs = 2000;
        int queuedMs = 5000;
        int maxBackoffMs = 60000;
    };

    TaskWatcher(DmsClient &client, core::ResourceStore &tasks, QObject *parent = nullptr);
    ~TaskWatcher() override;

    void setIntervals(Intervals intervals) { m_intervals = intervals; }
    Intervals intervals() const { return m_intervals; }
    /// Starts watching a task id (polled at once).
    void watch(const QString &taskId);
    void unwatch(const QString &taskId);
    bool isWatching(const QString &taskId) const;
    /// Polls every watched task now (tasks with a request in flight are left alone).
    void refreshNow();

    ConnectionState connectionState() const { return m_state; }
    /// When a task was last brought up to date, or invalid.
    QDateTime lastUpdated(const QString &taskId) const;
    /// Seconds until the next scheduled poll of any task, or -1 when none is scheduled.
    int secondsToNextRefresh() const;

Q_SIGNALS:
    /// A poll of the task was answered (changed or not).
    void updated(const QString &taskId, const QDateTime &at);
    /// Once a second while something is scheduled, for "next refresh in N s".
    void nextRefreshIn(int seconds);
    void connectionStateChanged(godwit::service::ConnectionState state);
    /// The task reached a terminal state; it is no longer polled.
    void finished(const QString &taskId, const QString &state);
    /// The task no longer exists on the server; it was removed from the store.
    void gone(const QString &taskId);
    /// A poll failed; the text is for a person.
    void pollFailed(const QString &taskId, const QString &error);

private:
    struct Watch
    {
        QTimer *timer = nullptr;
        QPointer<HttpJob> inFlight;
        int failures = 0;
        QDateTime updated;
        qint64 dueAtMs = -1;
    };
    void poll(const QString &key);
    void schedule(const QString &key, int delayMs);
    void setState(ConnectionState state);

    DmsClient &m_client;
    core::ResourceStore &m_tasks;
    Intervals m_intervals;
    QHash<QString, Watch> m_watches; // lower-case id -> watch
    QHash<QString, QString> m_ids;   // lower-case id -> id as given
    QTimer m_countdown;
    ConnectionState m_state = ConnectionState::Connecting;
};

} // namespace godwit::service
