#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QSystemTrayIcon;

namespace godwit::core {
class ResourceStore;
}

namespace godwit::ui {

/// Tells the user when a task they follow changes state, fails, completes or becomes ready for
/// its cutover: a tray message where the desktop has a tray, and always the notified() signal.
class TaskNotifier final : public QObject
{
    Q_OBJECT
public:
    explicit TaskNotifier(core::ResourceStore &tasks, QObject *parent = nullptr);
    ~TaskNotifier() override;

    /// ConsoleSettings::notifications: when off, nothing is shown or signalled.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    /// Whether the tray icon is used (when the desktop has a tray at all).
    bool hasTray() const { return m_tray != nullptr; }

    /// Starts following a task; its current state is taken as known (no message for it).
    void follow(const QString &taskId);
    void unfollow(const QString &taskId);
    bool isFollowing(const QString &taskId) const;
    /// The databases of a task whose cutover readiness holds now; those newly ready are notified.
    void setReadyDatabases(const QString &taskId, const QStringList &databases);

Q_SIGNALS:
    /// A notification, shown in the tray where there is one.
    void notified(const QString &taskId, const QString &title, const QString &message);

private:
    void check(int row);
    void notify(const QString &taskId, const QString &title, const QString &message, bool critical);

    core::ResourceStore &m_tasks;
    QHash<QString, QString> m_states; ///< lower-case id -> last known state
    QHash<QString, QSet<QString>> m_ready;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_enabled = true;
};

} // namespace godwit::ui
