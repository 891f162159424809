#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "core/resourceid.h"
#include "core/validator.h"
#include "engine/api/request.h"
#include "engine/http/apierror.h"
#include "engine/storage/store.h"

namespace godwit::engine {

class Api;

/// Named path parameters of a matched route (subscriptionId, groupName, serviceName, ...).
struct RouteParams
{
    QString subscription;
    QString resourceGroup;
    QString service;
    QString project;
    QString task;
    QString file;
    QString location;
    QString operation;

    core::ResourceId serviceId() const { return core::ResourceId::forService(subscription, resourceGroup, service); }
    core::ResourceId projectId() const { return serviceId().projectId(project); }
};

namespace api {

/// A fresh opaque entity tag, as ARM writes them (base64 of random bytes).
QString newEtag();
/// systemData for a resource created or changed now.
QJsonObject systemData(const QJsonObject &previous);
/// Checks a resource name; throws 400 InvalidResourceName.
void requireValidName(const QString &name, const QString &what);
/// The stored resource, or 404 naming it.
StoredResource requireResource(Store &store, const core::ResourceId &id);
/// 404 ParentResourceNotFound when the parent does not exist.
StoredResource requireParent(Store &store, const core::ResourceId &parent);
/// Validates a request body against a definition; throws 400 with every error as a detail.
void requireValid(const QJsonObject &body, const QString &definition);
/// The members every tracked resource (service, project) has: `location` a string (required when
/// `locationRequired`, as on create or replace), `tags` an object of strings. requireValid lets a
/// number stand for a string (real payloads send them) and PATCH bodies are not validated against a
/// definition; a region or tag that is not text is refused here. Throws 400 naming the member.
void requireTrackedResource(const QJsonObject &body, bool locationRequired);
/// A list response {value, nextLink} for one page; nextLink only when more items follow.
ApiResponse page(const ApiRequest &request, const QList<StoredResource> &items, int offset, int total,
                 const std::function<QJsonObject(const StoredResource &)> &render);
/// The page offset requested with $skiptoken.
int pageOffset(const ApiRequest &request);

} // namespace api
} // namespace godwit::engine
