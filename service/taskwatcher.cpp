#include "service/taskwatcher.h"

#include "core/clock.h"
#include "core/resourceid.h"
#include "core/resourcestore.h"
#include "core/taskrules.h"
#include "service/dmsclient.h"

namespace godwit::service {

TaskWatcher::TaskWatcher(DmsClient &client, core::ResourceStore &tasks, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tasks(tasks)
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        const int seconds = secondsToNextRefresh();
        if (seconds >= 0)
            Q_EMIT nextRefreshIn(seconds);
    });
}

TaskWatcher::~TaskWatcher()
{
    for (Watch &w : m_watches) {
        if (w.inFlight)
            w.inFlight->abort();
    }
}

void TaskWatcher::watch(const QString &taskId)
{
    const QString key = taskId.toLower();
    if (m_watches.contains(key))
        return;
    Watch w;
    w.timer = new QTimer(this);
    w.timer->setSingleShot(true);
    connect(w.timer, &QTimer::timeout, this, [this, key] { poll(key); });
    m_watches.insert(key, w);
    m_ids.insert(key, taskId);
    schedule(key, 0);
    if (!m_countdown.isActive())
        m_countdown.start();
}

void TaskWatcher::unwatch(const QString &taskId)
{
    const QString key = taskId.toLower();
    auto it = m_watches.find(key);
    if (it == m_watches.end())
        return;
    if (it->inFlight)
        it->inFlight->abort();
    delete it->timer;
    m_watches.erase(it);
    m_ids.remove(key);
    if (m_watches.isEmpty())
        m_countdown.stop();
}

bool TaskWatcher::isWatching(const QString &taskId) const
{
    return m_watches.contains(taskId.toLower());
}

void TaskWatcher::refreshNow()
{
    const QStringList keys = m_watches.keys();
    for (const QString &key : keys) {
        if (!m_watches.value(key).inFlight)
            schedule(key, 0);
    }
}

QDateTime TaskWatcher::lastUpdated(const QString &taskId) const
{
    return m_watches.value(taskId.toLower()).updated;
}

int TaskWatcher::secondsToNextRefresh() const
{
    qint64 soonest = -1;
    const qint64 now = core::Clock::current().elapsedMs();
    for (const Watch &w : m_watches) {
        if (w.dueAtMs >= 0 && (soonest < 0 || w.dueAtMs < soonest))
            soonest = w.dueAtMs;
    }
    return soonest < 0 ? -1 : int(std::max<qint64>(0, (soonest - now + 999) / 1000));
}

void TaskWatcher::schedule(const QString &key, int delayMs)
{
    auto it = m_watches.find(key);
    if (it == m_watches.end())
        return;
    it->dueAtMs = core::Clock::current().elapsedMs() + delayMs;
    it->timer->start(delayMs);
}

void TaskWatcher::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT connectionStateChanged(state);
}

void TaskWatcher::poll(const QString &key)
{
    auto it = m_watches.find(key);
    if (it == m_watches.end() || it->inFlight)
        return;
    const auto resourceId = core::ResourceId::parse(m_ids.value(key));
    if (!resourceId)
        return;
    it->dueAtMs = -1;
    HttpJob *job = m_client.getTask(*resourceId, QStringLiteral("output"));
    it->inFlight = job;
    connect(job, &HttpJob::finished, this, [this, key](HttpJob *done) {
        auto w = m_watches.find(key);
        if (w == m_watches.end())
            return;
        w->inFlight.clear();
        const QString id = m_ids.value(key);
        if (!done->ok()) {
            const ServiceError &e = done->error();
            if (e.kind == ServiceError::Kind::Canceled)
                return;
            if (e.kind == ServiceError::Kind::Http && e.httpStatus == 404) {
                m_tasks.remove(id);
                Q_EMIT gone(id);
                unwatch(id);
                return;
            }
            setState(e.kind == ServiceError::Kind::Transport ? ConnectionState::Unreachable
                     : e.httpStatus == 401                   ? ConnectionState::Unauthorized
                                                             : ConnectionState::Connected);
            Q_EMIT pollFailed(id, e.userText());
            ++w->failures;
            const int backoff = std::min(m_intervals.maxBackoffMs, m_intervals.runningMs << std::min(w->failures, 10));
            schedule(key, backoff);
            return;
        }
        setState(ConnectionState::Connected);
        w->failures = 0;
        w->updated = core::Clock::current().now();
        m_tasks.upsert(done->json()); // equal data emits nothing
        Q_EMIT updated(id, w->updated);
        const QString state
            = done->json().value(QLatin1String("properties")).toObject().value(QLatin1String("state")).toString();
        if (core::TaskRules::isTerminal(state)) {
            Q_EMIT finished(id, state);
            unwatch(id);
            return;
        }
        schedule(key, state == QLatin1String("Running") ? m_intervals.runningMs : m_intervals.queuedMs);
    });
}

} // namespace godwit::service
