#include "ui/tasknotifier.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <QSystemTrayIcon>

#include "core/resourceid.h"
#include "core/resourcestore.h"
#include "core/taskrules.h"

namespace godwit::ui {

namespace {

QString stateOf(const QJsonObject &task)
{
    return task.value(QLatin1String("properties")).toObject().value(QLatin1String("state")).toString();
}

QString nameOf(const QString &taskId)
{
    const auto id = core::ResourceId::parse(taskId);
    return id ? id->name() : taskId;
}

} // namespace

TaskNotifier::TaskNotifier(core::ResourceStore &tasks, QObject *parent)
    : QObject(parent)
    , m_tasks(tasks)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setObjectName(QStringLiteral("taskNotifierTrayIcon"));
        m_tray->setToolTip(tr("Godwit"));
        m_tray->show();
    }
    connect(&tasks, &core::ResourceStore::changed, this, &TaskNotifier::check);
    connect(&tasks, &core::ResourceStore::added, this, &TaskNotifier::check);
}

TaskNotifier::~TaskNotifier() = default;

void TaskNotifier::follow(const QString &taskId)
{
    const QString key = taskId.toLower();
    if (m_states.contains(key))
        return;
    m_states.insert(key, stateOf(m_tasks.resource(taskId)));
}

void TaskNotifier::unfollow(const QString &taskId)
{
    m_states.remove(taskId.toLower());
    m_ready.remove(taskId.toLower());
}

bool TaskNotifier::isFollowing(const QString &taskId) const
{
    return m_states.contains(taskId.toLower());
}

void TaskNotifier::check(int row)
{
    const QString id = m_tasks.idAt(row);
    const QString key = id.toLower();
    auto it = m_states.find(key);
    if (it == m_states.end())
        return;
    const QString state = stateOf(m_tasks.at(row));
    if (state.isEmpty() || state == *it)
        return;
    const QString before = *it;
    *it = state;
    const QString name = nameOf(id);
    if (state == QLatin1String("Succeeded"))
        notify(id, tr("Task completed"), tr("%1 succeeded.").arg(name), false);
    else if (state == QLatin1String("Failed") || state == QLatin1String("FailedInputValidation")
             || state == QLatin1String("Faulted"))
        notify(id, tr("Task failed"), tr("%1 is %2.").arg(name, state), true);
    else if (before.isEmpty())
        return; // first sight of a task that was listed before it was polled
    else
        notify(id, tr("Task state changed"), tr("%1 went from %2 to %3.").arg(name, before, state), false);
}

void TaskNotifier::setReadyDatabases(const QString &taskId, const QStringList &databases)
{
    QSet<QString> &known = m_ready[taskId.toLower()];
    const QSet<QString> now(databases.cbegin(), databases.cend());
    QStringList fresh;
    for (const QString &db : databases) {
        if (!known.contains(db))
            fresh.append(db);
    }
    known = now;
    if (!fresh.isEmpty())
        notify(taskId, tr("Ready for cutover"),
               tr("%1: %2 caught up and can be cut over.").arg(nameOf(taskId), fresh.join(QStringLiteral(", "))),
               false);
}

void TaskNotifier::notify(const QString &taskId, const QString &title, const QString &message, bool critical)
{
    if (!m_enabled)
        return;
    if (m_tray)
        m_tray->showMessage(title, message, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information);
    Q_EMIT notified(taskId, title, message);
}

} // namespace godwit::ui
