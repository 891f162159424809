#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

#include "core/resourceid.h"
#include "service/jobs.h"

namespace godwit::service {

class Session;

/// Typed calls for every operation of the DMS API 2025-06-30. Each returns a started job that
/// emits finished() once and deletes itself; lists follow nextLink to the end, service operations
/// are polled to their end.
class DmsClient final : public QObject
{
    Q_OBJECT
public:
    explicit DmsClient(Session &session, QObject *parent = nullptr);
    Session &session() { return m_session; }

    // Services
    ListJob *listServices(const QString &subscription);
    ListJob *listServices(const QString &subscription, const QString &resourceGroup);
    HttpJob *getService(const core::ResourceId &service);
    LroJob *createOrUpdateService(const core::ResourceId &service, const QJsonObject &body);
    LroJob *updateService(const core::ResourceId &service, const QJsonObject &body);
    LroJob *deleteService(const core::ResourceId &service, bool deleteRunningTasks = false);
    LroJob *startService(const core::ResourceId &service);
    LroJob *stopService(const core::ResourceId &service);
    HttpJob *checkServiceStatus(const core::ResourceId &service);
    ListJob *listServiceSkus(const core::ResourceId &service);
    HttpJob *checkNameAvailability(const QString &subscription, const QString &location, const QString &name,
                                   const QString &type = QStringLiteral("services"));
    /// Whether a child name (type "projects", "serviceTasks"; or "tasks"/"files" with a project)
    /// is free under a service or project.
    HttpJob *checkChildNameAvailability(const core::ResourceId &parent, const QString &name, const QString &type);

    // Projects
    ListJob *listProjects(const core::ResourceId &service);
    HttpJob *getProject(const core::ResourceId &project);
    HttpJob *createOrUpdateProject(const core::ResourceId &project, const QJsonObject &body);
    HttpJob *updateProject(const core::ResourceId &project, const QJsonObject &body);
    HttpJob *deleteProject(const core::ResourceId &project, bool deleteRunningTasks = false);

    // Tasks and service tasks (the id's kind says which)
    ListJob *listTasks(const core::ResourceId &parent, const QString &taskType = {});
    HttpJob *getTask(const core::ResourceId &task, const QString &expand = QStringLiteral("output"));
    HttpJob *createOrUpdateTask(const core::ResourceId &task, const QJsonObject &body);
    HttpJob *updateTask(const core::ResourceId &task, const QJsonObject &body);
    HttpJob *deleteTask(const core::ResourceId &task, bool deleteRunningTasks = false);
    /// Never resent once it may have reached the server.
    HttpJob *cancelTask(const core::ResourceId &task);
    /// Never resent once it may have reached the server.
    HttpJob *sendCommand(const core::ResourceId &task, const QJsonObject &command);

    // Files
    ListJob *listFiles(const core::ResourceId &project);
    HttpJob *getFile(const core::ResourceId &file);
    HttpJob *createOrUpdateFile(const core::ResourceId &file, const QJsonObject &body);
    HttpJob *updateFile(const core::ResourceId &file, const QJsonObject &body);
    HttpJob *deleteFile(const core::ResourceId &file);
    HttpJob *readFile(const core::ResourceId &file);
    HttpJob *readWriteFile(const core::ResourceId &file);

    // Subscription and location
    ListJob *listSkus(const QString &subscription);
    ListJob *listUsages(const QString &subscription, const QString &location);
    ListJob *listOperations();

    /// The URL of a path under the endpoint, with api-version and extra query items.
    QUrl url(const QString &path, const QUrlQuery &extra = {}) const;

private:
    HttpJob *call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                  const QUrlQuery &query = {}, bool idempotent = true);
    LroJob *lro(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                const QUrlQuery &query = {}, bool idempotent = true);
    ListJob *list(const QString &path, const QUrlQuery &query = {});

    Session &m_session;
};

} // namespace godwit::service
