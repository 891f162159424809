#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

#include "core/resourceid.h"
#include "service/connectionstate.h"

namespace godwit::core {
struct Stores;
}

namespace godwit::service {

class DmsClient;

/// Keeps the stores of one connection current: services of a resource group, their projects,
/// and the tasks of the selected project, refreshed on an interval and on demand. One refresh
/// at a time; lists replace what they list (changes only).
class Explorer final : public QObject
{
    Q_OBJECT
public:
    Explorer(DmsClient &client, core::Stores &stores, QString subscription, QString resourceGroup,
             QObject *parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    void start();
    /// Stops the periodic refresh (start() resumes it); a refresh under way ends normally.
    void stop() { m_timer.stop(); }
    bool isRunning() const { return m_timer.isActive(); }
    /// Refreshes now, or right after the refresh under way. A service or project deleted meanwhile
    /// (its children answer 404) is taken as gone, not as an error.
    void refresh();
    /// The project whose tasks are kept current (empty: none).
    void setCurrentProject(const QString &projectId);
    QString subscription() const { return m_subscription; }
    QString resourceGroup() const { return m_resourceGroup; }
    ConnectionState state() const { return m_state; }

Q_SIGNALS:
    void refreshed();
    void failed(const QString &error);
    void stateChanged(godwit::service::ConnectionState state);

private:
    void step(int pending);
    void setState(ConnectionState state);

    DmsClient &m_client;
    core::Stores &m_stores;
    QString m_subscription;
    QString m_resourceGroup;
    QString m_project;
    QTimer m_timer;
    bool m_busy = false;
    bool m_again = false; ///< a refresh was asked for while one ran
    int m_pending = 0;
    QString m_firstError;
    ConnectionState m_state = ConnectionState::Connecting;
};

} // namespace godwit::service
