#include "engine/api/api.h"
#include "engine/api/handlers.h"
#include "engine/runner/taskrunner.h"

namespace godwit::engine {

namespace {

const QLatin1String kProperties("properties");
const QLatin1String kProvisioningState("provisioningState");

QJsonObject defaultSku()
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("Premium_4vCores")},
                       {QStringLiteral("tier"), QStringLiteral("Premium")},
                       {QStringLiteral("family"), QStringLiteral("Premium")},
                       {QStringLiteral("size"), QStringLiteral("4 vCores")},
                       {QStringLiteral("capacity"), 1}};
}

void setProvisioningState(Api &api, const QString &id, const QString &state)
{
    api.store().update(id, [&](QJsonObject &body) {
        QJsonObject props = body.value(kProperties).toObject();
        props.insert(kProvisioningState, state);
        body.insert(kProperties, props);
        body.insert(QStringLiteral("etag"), api::newEtag());
        return true;
    });
}

QString provisioningState(const StoredResource &r)
{
    return r.body.value(kProperties).toObject().value(kProvisioningState).toString();
}

void refuseWhileBusy(Api &api, const core::ResourceId &id)
{
    if (TasksHandler::hasActiveTasks(api, id))
        throw ApiError::badRequest(
            QStringLiteral("ServiceIsBusy"),
            QStringLiteral("The service '%1' has queued or running tasks; wait for them or cancel them first.")
                .arg(id.service));
}

// Members of a service a client may set; the rest is the engine's.
QJsonObject writableProperties(const QJsonObject &incoming, const QJsonObject &previous)
{
    QJsonObject props = previous;
    for (auto it = incoming.constBegin(); it != incoming.constEnd(); ++it) {
        if (it.key() == kProvisioningState || it.key() == QLatin1String("publicKey"))
            continue; // read-only: ignored if submitted
        props.insert(it.key(), it.value());
    }
    return props;
}

ApiResponse withOperation(Api &api, const ApiRequest &request, const RouteParams &params, const QString &location,
                          ApiResponse response, std::function<void()> done)
{
    for (const auto &h : api.startOperation(request, params.subscription, location, std::move(done)))
        response.header(h.first, h.second);
    return response;
}

} // namespace

ApiResponse ServicesHandler::list(Api &api, const ApiRequest &request, const RouteParams &params)
{
    const int offset = api::pageOffset(request);
    int total = 0;
    const auto items
        = api.store().services(params.subscription, params.resourceGroup, offset, api.options().pageSize, &total);
    return api::page(request, items, offset, total, [](const StoredResource &r) { return r.body; });
}

ApiResponse ServicesHandler::get(Api &api, const ApiRequest &, const RouteParams &params)
{
    return ApiResponse::json(200, api::requireResource(api.store(), params.serviceId()).body);
}

ApiResponse ServicesHandler::put(Api &api, const ApiRequest &request, const RouteParams &params)
{
    api::requireValidName(params.service, QStringLiteral("service"));
    const QJsonObject incoming = request.jsonObject();
    api::requireValid(incoming, QStringLiteral("DataMigrationService"));
    api::requireTrackedResource(incoming, true);
    const core::ResourceId id = params.serviceId();
    const auto existing = api.store().get(id.toString());
    const QString location = incoming.value(QLatin1String("location")).toString();
    if (existing) {
        refuseWhileBusy(api, id);
        const QString was = existing->body.value(QLatin1String("location")).toString();
        if (was.compare(location, Qt::CaseInsensitive) != 0)
            throw ApiError::conflict(
                QStringLiteral("InvalidResourceLocation"),
                QStringLiteral("The resource '%1' already exists in location '%2'; a service cannot move to '%3'.")
                    .arg(params.service, was, location));
    }
    const QJsonObject previous = existing ? existing->body : QJsonObject();
    QJsonObject body{
        {QStringLiteral("id"), existing ? existing->id : id.toString()},
        {QStringLiteral("name"), existing ? existing->body.value(QLatin1String("name")).toString() : params.service},
        {QStringLiteral("type"), id.resourceType()},
        {QStringLiteral("location"), existing ? previous.value(QLatin1String("location")).toString() : location},
        {QStringLiteral("kind"), incoming.value(QLatin1String("kind")).toString(QStringLiteral("vm"))},
        {QStringLiteral("sku"),
         incoming.contains(QLatin1String("sku")) ? incoming.value(QLatin1String("sku")) : QJsonValue(defaultSku())},
        {QStringLiteral("etag"), api::newEtag()},
        {QStringLiteral("systemData"), api::systemData(previous.value(QLatin1String("systemData")).toObject())},
    };
    if (incoming.contains(QLatin1String("tags")))
        body.insert(QStringLiteral("tags"), incoming.value(QLatin1String("tags")));
    QJsonObject props = writableProperties(incoming.value(kProperties).toObject(), {});
    props.insert(kProvisioningState, existing ? QStringLiteral("Succeeded") : QStringLiteral("Accepted"));
    body.insert(kProperties, props);
    QString error;
    if (!api.store().put({body.value(QLatin1String("id")).toString(), QStringLiteral("services"), QString(), body, 0},
                         std::nullopt, &error))
        throw ApiError{500, QStringLiteral("InternalServerError"), error, {}};
    const QString storedId = body.value(QLatin1String("id")).toString();
    if (!existing)
        api.runner().setServiceStopped(storedId, false);
    return withOperation(api, request, params, body.value(QLatin1String("location")).toString(),
                         ApiResponse::json(existing ? 200 : 201, body),
                         [&api, storedId] { setProvisioningState(api, storedId, QStringLiteral("Succeeded")); });
}

ApiResponse ServicesHandler::patch(Api &api, const ApiRequest &request, const RouteParams &params)
{
    const StoredResource existing = api::requireResource(api.store(), params.serviceId());
    const QJsonObject incoming = request.jsonObject();
    api::requireTrackedResource(incoming, false);
    refuseWhileBusy(api, params.serviceId());
    QJsonObject body = existing.body;
    const QString location = incoming.value(QLatin1String("location")).toString();
    if (!location.isEmpty()
        && location.compare(body.value(QLatin1String("location")).toString(), Qt::CaseInsensitive) != 0)
        throw ApiError::conflict(QStringLiteral("InvalidResourceLocation"),
                                 QStringLiteral("The location of a service cannot change (it is '%1').")
                                     .arg(body.value(QLatin1String("location")).toString()));
    for (const char *member : {"tags", "sku", "kind"}) {
        if (incoming.contains(QLatin1String(member)))
            body.insert(QLatin1String(member), incoming.value(QLatin1String(member)));
    }
    body.insert(kProperties,
                writableProperties(incoming.value(kProperties).toObject(), body.value(kProperties).toObject()));
    body.insert(QStringLiteral("etag"), api::newEtag());
    body.insert(QStringLiteral("systemData"), api::systemData(body.value(QLatin1String("systemData")).toObject()));
    api::requireValid(body, QStringLiteral("DataMigrationService"));
    api.store().put({existing.id, existing.kind, existing.parentKey, body, existing.seq}, std::nullopt, nullptr);
    const QString id = existing.id;
    return withOperation(api, request, params, body.value(QLatin1String("location")).toString(),
                         ApiResponse::json(200, body),
                         [&api, id] { setProvisioningState(api, id, QStringLiteral("Succeeded")); });
}

ApiResponse ServicesHandler::remove(Api &api, const ApiRequest &request, const RouteParams &params)
{
    const auto existing = api.store().get(params.serviceId().toString());
    if (!existing)
        return ApiResponse::empty(204);
    if (TasksHandler::hasActiveTasks(api, params.serviceId())) {
        if (!request.queryFlag(QStringLiteral("deleteRunningTasks")))
            throw ApiError::conflict(
                QStringLiteral("ServiceHasRunningTasks"),
                QStringLiteral("The service '%1' has queued or running tasks. Cancel them, or delete "
                               "with deleteRunningTasks=true to cancel them.")
                    .arg(params.service));
        TasksHandler::cancelActiveTasks(api, params.serviceId());
    }
    setProvisioningState(api, existing->id, QStringLiteral("Deleting"));
    const QString id = existing->id;
    return withOperation(api, request, params, existing->body.value(QLatin1String("location")).toString(),
                         ApiResponse::empty(202), [&api, id] { api.store().remove(id); });
}

ApiResponse ServicesHandler::start(Api &api, const ApiRequest &request, const RouteParams &params)
{
    const StoredResource existing = api::requireResource(api.store(), params.serviceId());
    const QString id = existing.id;
    setProvisioningState(api, id, QStringLiteral("Starting"));
    return withOperation(api, request, params, existing.body.value(QLatin1String("location")).toString(),
                         ApiResponse::empty(202), [&api, id] {
                             setProvisioningState(api, id, QStringLiteral("Succeeded"));
                             api.runner().setServiceStopped(id, false);
                         });
}

ApiResponse ServicesHandler::stop(Api &api, const ApiRequest &request, const RouteParams &params)
{
    const StoredResource existing = api::requireResource(api.store(), params.serviceId());
    refuseWhileBusy(api, params.serviceId());
    const QString id = existing.id;
    api.runner().setServiceStopped(id, true);
    setProvisioningState(api, id, QStringLiteral("Stopping"));
    return withOperation(api, request, params, existing.body.value(QLatin1String("location")).toString(),
                         ApiResponse::empty(202),
                         [&api, id] { setProvisioningState(api, id, QStringLiteral("Stopped")); });
}

ApiResponse ServicesHandler::checkStatus(Api &api, const ApiRequest &, const RouteParams &params)
{
    const StoredResource existing = api::requireResource(api.store(), params.serviceId());
    const QString state = provisioningState(existing);
    QString status = QStringLiteral("Online");
    if (state == QLatin1String("Stopped") || state == QLatin1String("Stopping") || state == QLatin1String("Starting")
        || state == QLatin1String("Deleting"))
        status = state;
    else if (state == QLatin1String("Accepted"))
        status = QStringLiteral("Deploying");
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("agentVersion"), QStringLiteral("godwit-engine")},
                                              {QStringLiteral("status"), status},
                                              {QStringLiteral("vmSize"), QStringLiteral("local")},
                                              {QStringLiteral("supportedTaskTypes"),
                                               QJsonArray::fromStringList(api.runner().supportedTaskTypes())}});
}

ApiResponse ServicesHandler::skus(Api &api, const ApiRequest &, const RouteParams &params)
{
    api::requireResource(api.store(), params.serviceId());
    QJsonArray value;
    for (const auto &[name, size] :
         {std::pair{"Standard_1vCores", "1 vCores"}, std::pair{"Standard_2vCores", "2 vCores"},
          std::pair{"Standard_4vCores", "4 vCores"}, std::pair{"Premium_4vCores", "4 vCores"}}) {
        const QString tier = QString::fromLatin1(name).section(QLatin1Char('_'), 0, 0);
        value.append(QJsonObject{
            {QStringLiteral("resourceType"), QStringLiteral("Microsoft.DataMigration/services")},
            {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                                {QStringLiteral("family"), tier},
                                                {QStringLiteral("size"), QString::fromLatin1(size)},
                                                {QStringLiteral("tier"), tier}}},
            {QStringLiteral("capacity"), QJsonObject{{QStringLiteral("minimum"), 1},
                                                     {QStringLiteral("maximum"), 1},
                                                     {QStringLiteral("default"), 1},
                                                     {QStringLiteral("scaleType"), QStringLiteral("none")}}},
        });
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("value"), value}});
}

ApiResponse ServicesHandler::checkChildrenName(Api &api, const ApiRequest &request, const RouteParams &params)
{
    api::requireResource(api.store(), params.serviceId());
    const QJsonObject body = request.jsonObject();
    api::requireValid(body, QStringLiteral("NameAvailabilityRequest"));
    const QString name = body.value(QLatin1String("name")).toString();
    const QString type = body.value(QLatin1String("type")).toString().section(QLatin1Char('/'), -1).toLower();
    QJsonObject out;
    if (!core::isValidResourceName(name)) {
        out = {{QStringLiteral("nameAvailable"), false},
               {QStringLiteral("reason"), QStringLiteral("Invalid")},
               {QStringLiteral("message"), QStringLiteral("The name '%1' is not a valid resource name.").arg(name)}};
        return ApiResponse::json(200, out);
    }
    core::ResourceId candidate;
    if (type == QLatin1String("projects"))
        candidate = params.serviceId().projectId(name);
    else if (type == QLatin1String("servicetasks"))
        candidate = params.serviceId().serviceTaskId(name);
    else if ((type == QLatin1String("tasks") || type == QLatin1String("files")) && !params.project.isEmpty())
        candidate = type == QLatin1String("tasks") ? params.projectId().taskId(name) : params.projectId().fileId(name);
    else
        throw ApiError::badRequest(
            QStringLiteral("InvalidRequestContent"),
            QStringLiteral("type: '%1' is not a child resource type here; use projects or serviceTasks, "
                           "or tasks and files under a project.")
                .arg(body.value(QLatin1String("type")).toString()));
    const bool taken = api.store().get(candidate.toString()).has_value();
    out = {{QStringLiteral("nameAvailable"), !taken}};
    if (taken) {
        out.insert(QStringLiteral("reason"), QStringLiteral("AlreadyExists"));
        out.insert(QStringLiteral("message"), QStringLiteral("The name '%1' is already in use.").arg(name));
    }
    return ApiResponse::json(200, out);
}

} // namespace godwit::engine
