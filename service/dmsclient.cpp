#include "service/dmsclient.h"

#include <QJsonDocument>

#include "service/session.h"

namespace godwit::service {

namespace {

QString providerPath(const QString &subscription)
{
    return QStringLiteral("/subscriptions/%1/providers/Microsoft.DataMigration")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(subscription)));
}

QUrlQuery flag(const char *name, bool value)
{
    QUrlQuery q;
    if (value)
        q.addQueryItem(QString::fromLatin1(name), QStringLiteral("true"));
    return q;
}

QByteArray bodyOf(const QJsonObject &body)
{
    return body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

DmsClient::DmsClient(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

QUrl DmsClient::url(const QString &path, const QUrlQuery &extra) const
{
    QUrl u = m_session.baseUrl();
    QString base = u.path(QUrl::FullyEncoded);
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + path, QUrl::TolerantMode);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"), m_session.apiVersion());
    for (const auto &[k, v] : extra.queryItems(QUrl::FullyDecoded))
        query.addQueryItem(k, v);
    u.setQuery(query);
    return u;
}

HttpJob *DmsClient::call(const QByteArray &method, const QString &path, const QJsonObject &body, const QUrlQuery &query,
                         bool idempotent)
{
    // Jobs belong to the client: they must not outlive the session they send through.
    auto *job = new HttpJob(m_session, HttpJob::Request{method, url(path, query), bodyOf(body), idempotent}, this);
    job->start();
    return job;
}

LroJob *DmsClient::lro(const QByteArray &method, const QString &path, const QJsonObject &body, const QUrlQuery &query,
                       bool idempotent)
{
    auto *job = new LroJob(m_session, HttpJob::Request{method, url(path, query), bodyOf(body), idempotent}, this);
    job->start();
    return job;
}

ListJob *DmsClient::list(const QString &path, const QUrlQuery &query)
{
    auto *job = new ListJob(m_session, url(path, query), this);
    job->start();
    return job;
}

ListJob *DmsClient::listServices(const QString &subscription)
{
    return list(providerPath(subscription) + QStringLiteral("/services"));
}

ListJob *DmsClient::listServices(const QString &subscription, const QString &resourceGroup)
{
    return list(QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.DataMigration/services")
                    .arg(QString::fromUtf8(QUrl::toPercentEncoding(subscription)),
                         QString::fromUtf8(QUrl::toPercentEncoding(resourceGroup))));
}

HttpJob *DmsClient::getService(const core::ResourceId &service)
{
    return call("GET", service.toString());
}

LroJob *DmsClient::createOrUpdateService(const core::ResourceId &service, const QJsonObject &body)
{
    return lro("PUT", service.toString(), body);
}

LroJob *DmsClient::updateService(const core::ResourceId &service, const QJsonObject &body)
{
    return lro("PATCH", service.toString(), body);
}

LroJob *DmsClient::deleteService(const core::ResourceId &service, bool deleteRunningTasks)
{
    return lro("DELETE", service.toString(), {}, flag("deleteRunningTasks", deleteRunningTasks));
}

LroJob *DmsClient::startService(const core::ResourceId &service)
{
    return lro("POST", service.toString() + QStringLiteral("/start"), {}, {}, false);
}

LroJob *DmsClient::stopService(const core::ResourceId &service)
{
    return lro("POST", service.toString() + QStringLiteral("/stop"), {}, {}, false);
}

HttpJob *DmsClient::checkServiceStatus(const core::ResourceId &service)
{
    // A read in POST clothing: safe to send again.
    return call("POST", service.toString() + QStringLiteral("/checkStatus"));
}

ListJob *DmsClient::listServiceSkus(const core::ResourceId &service)
{
    return list(service.toString() + QStringLiteral("/skus"));
}

HttpJob *DmsClient::checkNameAvailability(const QString &subscription, const QString &location, const QString &name,
                                          const QString &type)
{
    return call("POST",
                providerPath(subscription)
                    + QStringLiteral("/locations/%1/checkNameAvailability")
                          .arg(QString::fromUtf8(QUrl::toPercentEncoding(location))),
                QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("type"), type}});
}

HttpJob *DmsClient::checkChildNameAvailability(const core::ResourceId &parent, const QString &name, const QString &type)
{
    return call("POST", parent.toString() + QStringLiteral("/checkNameAvailability"),
                QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("type"), type}});
}

ListJob *DmsClient::listProjects(const core::ResourceId &service)
{
    return list(service.toString() + QStringLiteral("/projects"));
}

HttpJob *DmsClient::getProject(const core::ResourceId &project)
{
    return call("GET", project.toString());
}

HttpJob *DmsClient::createOrUpdateProject(const core::ResourceId &project, const QJsonObject &body)
{
    return call("PUT", project.toString(), body);
}

HttpJob *DmsClient::updateProject(const core::ResourceId &project, const QJsonObject &body)
{
    return call("PATCH", project.toString(), body);
}

HttpJob *DmsClient::deleteProject(const core::ResourceId &project, bool deleteRunningTasks)
{
    return call("DELETE", project.toString(), {}, flag("deleteRunningTasks", deleteRunningTasks));
}

ListJob *DmsClient::listTasks(const core::ResourceId &parent, const QString &taskType)
{
    QUrlQuery query;
    if (!taskType.isEmpty())
        query.addQueryItem(QStringLiteral("taskType"), taskType);
    const QString child
        = parent.kind == core::ResourceId::Kind::Service ? QStringLiteral("/serviceTasks") : QStringLiteral("/tasks");
    return list(parent.toString() + child, query);
}

HttpJob *DmsClient::getTask(const core::ResourceId &task, const QString &expand)
{
    QUrlQuery query;
    if (!expand.isEmpty())
        query.addQueryItem(QStringLiteral("$expand"), expand);
    return call("GET", task.toString(), {}, query);
}

HttpJob *DmsClient::createOrUpdateTask(const core::ResourceId &task, const QJsonObject &body)
{
    return call("PUT", task.toString(), body);
}

HttpJob *DmsClient::updateTask(const core::ResourceId &task, const QJsonObject &body)
{
    return call("PATCH", task.toString(), body);
}

HttpJob *DmsClient::deleteTask(const core::ResourceId &task, bool deleteRunningTasks)
{
    return call("DELETE", task.toString(), {}, flag("deleteRunningTasks", deleteRunningTasks));
}

HttpJob *DmsClient::cancelTask(const core::ResourceId &task)
{
    return call("POST", task.toString() + QStringLiteral("/cancel"), {}, {}, false);
}

HttpJob *DmsClient::sendCommand(const core::ResourceId &task, const QJsonObject &command)
{
    return call("POST", task.toString() + QStringLiteral("/command"), command, {}, false);
}

ListJob *DmsClient::listFiles(const core::ResourceId &project)
{
    return list(project.toString() + QStringLiteral("/files"));
}

HttpJob *DmsClient::getFile(const core::ResourceId &file)
{
    return call("GET", file.toString());
}

HttpJob *DmsClient::createOrUpdateFile(const core::ResourceId &file, const QJsonObject &body)
{
    return call("PUT", file.toString(), body);
}

HttpJob *DmsClient::updateFile(const core::ResourceId &file, const QJsonObject &body)
{
    return call("PATCH", file.toString(), body);
}

HttpJob *DmsClient::deleteFile(const core::ResourceId &file)
{
    return call("DELETE", file.toString());
}

HttpJob *DmsClient::readFile(const core::ResourceId &file)
{
    return call("POST", file.toString() + QStringLiteral("/read"));
}

HttpJob *DmsClient::readWriteFile(const core::ResourceId &file)
{
    return call("POST", file.toString() + QStringLiteral("/readwrite"));
}

ListJob *DmsClient::listSkus(const QString &subscription)
{
    return list(providerPath(subscription) + QStringLiteral("/skus"));
}

ListJob *DmsClient::listUsages(const QString &subscription, const QString &location)
{
    return list(providerPath(subscription)
                + QStringLiteral("/locations/%1/usages").arg(QString::fromUtf8(QUrl::toPercentEncoding(location))));
}

ListJob *DmsClient::listOperations()
{
    return list(QStringLiteral("/providers/Microsoft.DataMigration/operations"));
}

} // namespace godwit::service
