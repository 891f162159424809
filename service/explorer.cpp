#include "service/explorer.h"

#include "core/resourcestore.h"
#include "service/dmsclient.h"

namespace godwit::service {

Explorer::Explorer(DmsClient &client, core::Stores &stores, QString subscription, QString resourceGroup,
                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_stores(stores)
    , m_subscription(std::move(subscription))
    , m_resourceGroup(std::move(resourceGroup))
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &Explorer::refresh);
}

void Explorer::start()
{
    m_timer.start();
    refresh();
}

void Explorer::setCurrentProject(const QString &projectId)
{
    if (m_project.compare(projectId, Qt::CaseInsensitive) == 0)
        return;
    m_project = projectId;
    refresh();
}

void Explorer::setState(ConnectionState state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Explorer::refresh()
{
    // A refresh asked for while one is under way (after a change the person made) runs when it ends.
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    m_again = false;
    m_firstError.clear();
    ListJob *services = m_client.listServices(m_subscription, m_resourceGroup);
    connect(services, &HttpJob::finished, this, [this](HttpJob *job) {
        if (!job->ok()) {
            m_busy = false;
            setState(job->error().kind == ServiceError::Kind::Transport ? ConnectionState::Unreachable
                     : job->error().httpStatus == 401                   ? ConnectionState::Unauthorized
                                                                        : ConnectionState::Connected);
            Q_EMIT failed(job->error().userText());
            return;
        }
        setState(ConnectionState::Connected);
        const auto *servicesJob = static_cast<ListJob *>(job);
        QList<QJsonObject> items;
        for (const QJsonValue &v : servicesJob->items())
            items.append(v.toObject());
        // Services of this resource group: remove the ones that are gone.
        const QString scope = QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.DataMigration")
                                  .arg(m_subscription, m_resourceGroup);
        m_stores.services.applySnapshot(scope, items);

        // Then every service's projects, and the current project's tasks.
        m_pending = int(items.size()) + (m_project.isEmpty() ? 0 : 1);
        if (m_pending == 0) {
            step(0);
            return;
        }
        for (const QJsonObject &service : std::as_const(items)) {
            const auto id = core::ResourceId::parse(service.value(QLatin1String("id")).toString());
            if (!id) {
                step(--m_pending);
                continue;
            }
            ListJob *projects = m_client.listProjects(*id);
            const QString serviceId = id->toString();
            connect(projects, &HttpJob::finished, this, [this, serviceId](HttpJob *p) {
                if (p->ok()) {
                    QList<QJsonObject> list;
                    for (const QJsonValue &v : static_cast<ListJob *>(p)->items())
                        list.append(v.toObject());
                    m_stores.projects.applySnapshot(serviceId, list);
                } else if (p->error().httpStatus == 404) {
                    // Deleted since the services were listed: gone, with its projects.
                    m_stores.projects.applySnapshot(serviceId, {});
                } else if (m_firstError.isEmpty()) {
                    m_firstError = p->error().userText();
                }
                step(--m_pending);
            });
        }
        if (!m_project.isEmpty()) {
            const auto project = core::ResourceId::parse(m_project);
            if (!project) {
                step(--m_pending);
                return;
            }
            ListJob *tasks = m_client.listTasks(*project);
            const QString projectId = m_project;
            connect(tasks, &HttpJob::finished, this, [this, projectId](HttpJob *t) {
                if (t->ok()) {
                    QList<QJsonObject> list;
                    for (const QJsonValue &v : static_cast<ListJob *>(t)->items()) {
                        // Lists carry no output: keep the output a watcher already fetched.
                        QJsonObject task = v.toObject();
                        const QJsonObject known = m_stores.tasks.resource(task.value(QLatin1String("id")).toString());
                        const QJsonValue output
                            = known.value(QLatin1String("properties")).toObject().value(QLatin1String("output"));
                        if (!output.isUndefined()) {
                            QJsonObject props = task.value(QLatin1String("properties")).toObject();
                            props.insert(QStringLiteral("output"), output);
                            task.insert(QStringLiteral("properties"), props);
                        }
                        list.append(task);
                    }
                    m_stores.tasks.applySnapshot(projectId, list);
                } else if (t->error().httpStatus == 404) {
                    // The project was deleted: it has no tasks to show.
                    m_stores.tasks.applySnapshot(projectId, {});
                } else if (m_firstError.isEmpty()) {
                    m_firstError = t->error().userText();
                }
                step(--m_pending);
            });
        }
    });
}

void Explorer::step(int pending)
{
    if (pending > 0)
        return;
    m_busy = false;
    if (!m_firstError.isEmpty())
        Q_EMIT failed(m_firstError);
    Q_EMIT refreshed();
    if (m_again)
        refresh();
}

} // namespace godwit::service
