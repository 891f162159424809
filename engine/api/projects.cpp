#include "core/clock.h"
#include "core/redaction.h"
#include "engine/api/api.h"
#include "engine/api/handlers.h"

namespace godwit::engine {

namespace {

const QLatin1String kProperties("properties");

QJsonObject renderProject(const StoredResource &r)
{
    return r.body;
}

ApiResponse store(Api &api, const core::ResourceId &id, const std::optional<StoredResource> &existing, QJsonObject body,
                  int status)
{
    // The project may carry connection infos with passwords: the body keeps none, the sealed
    // copy keeps them for the tasks that need them.
    const QJsonObject full
        = existing
              ? core::restoreSecrets(body, api.store().secretDocument(existing->id).value_or(QJsonObject())).toObject()
              : body;
    const QJsonObject redacted = core::redactSecrets(full);
    QString error;
    if (!api.store().put({existing ? existing->id : id.toString(), QStringLiteral("projects"), id.parent()->toString(),
                          redacted, existing ? existing->seq : 0},
                         full == redacted ? std::nullopt : std::optional<QJsonObject>(full), &error))
        throw ApiError{500, QStringLiteral("InternalServerError"), error, {}};
    return ApiResponse::json(status, redacted);
}

} // namespace

ApiResponse ProjectsHandler::list(Api &api, const ApiRequest &request, const RouteParams &params)
{
    api::requireParent(api.store(), params.serviceId());
    const int offset = api::pageOffset(request);
    int total = 0;
    const auto items = api.store().children(params.serviceId().toString(), QStringLiteral("projects"), offset,
                                            api.options().pageSize, &total);
    return api::page(request, items, offset, total, renderProject);
}

ApiResponse ProjectsHandler::get(Api &api, const ApiRequest &, const RouteParams &params)
{
    return ApiResponse::json(200, renderProject(api::requireResource(api.store(), params.projectId())));
}

ApiResponse ProjectsHandler::put(Api &api, const ApiRequest &request, const RouteParams &params)
{
    api::requireValidName(params.project, QStringLiteral("project"));
    const StoredResource service = api::requireParent(api.store(), params.serviceId());
    const QJsonObject incoming = request.jsonObject();
    if (!incoming.value(kProperties).isObject())
        throw ApiError::invalidContent(QStringLiteral("properties: required field missing (a project needs at least "
                                                      "sourcePlatform and targetPlatform)"));
    api::requireValid(incoming, QStringLiteral("Project"));
    api::requireTrackedResource(incoming, true);
    const core::ResourceId id = params.projectId();
    const auto existing = api.store().get(id.toString());
    const QString location = incoming.value(QLatin1String("location")).toString();
    if (existing) {
        const QString was = existing->body.value(QLatin1String("location")).toString();
        if (was.compare(location, Qt::CaseInsensitive) != 0)
            throw ApiError::conflict(
                QStringLiteral("InvalidResourceLocation"),
                QStringLiteral("The project '%1' already exists in location '%2'.").arg(params.project, was));
    }
    const QJsonObject previous = existing ? existing->body : QJsonObject();
    QJsonObject props = incoming.value(kProperties).toObject();
    props.insert(QStringLiteral("provisioningState"), QStringLiteral("Succeeded"));
    props.insert(QStringLiteral("creationTime"),
                 previous.value(kProperties)
                     .toObject()
                     .value(QLatin1String("creationTime"))
                     .toString(core::Clock::current().now().toUTC().toString(Qt::ISODateWithMs)));
    QJsonObject body{
        {QStringLiteral("id"), existing ? existing->id : id.toString()},
        {QStringLiteral("name"), existing ? previous.value(QLatin1String("name")).toString() : params.project},
        {QStringLiteral("type"), id.resourceType()},
        {QStringLiteral("location"), existing ? previous.value(QLatin1String("location")).toString() : location},
        {QStringLiteral("etag"), api::newEtag()},
        {QStringLiteral("systemData"), api::systemData(previous.value(QLatin1String("systemData")).toObject())},
        {QStringLiteral("properties"), props},
    };
    if (incoming.contains(QLatin1String("tags")))
        body.insert(QStringLiteral("tags"), incoming.value(QLatin1String("tags")));
    Q_UNUSED(service);
    return store(api, id, existing, body, existing ? 200 : 201);
}

ApiResponse ProjectsHandler::patch(Api &api, const ApiRequest &request, const RouteParams &params)
{
    const StoredResource existing = api::requireResource(api.store(), params.projectId());
    const QJsonObject incoming = request.jsonObject();
    api::requireTrackedResource(incoming, false);
    QJsonObject body = existing.body;
    const QString location = incoming.value(QLatin1String("location")).toString();
    if (!location.isEmpty()
        && location.compare(body.value(QLatin1String("location")).toString(), Qt::CaseInsensitive) != 0)
        throw ApiError::conflict(QStringLiteral("InvalidResourceLocation"),
                                 QStringLiteral("The location of a project cannot change (it is '%1').")
                                     .arg(body.value(QLatin1String("location")).toString()));
    if (incoming.contains(QLatin1String("tags")))
        body.insert(QStringLiteral("tags"), incoming.value(QLatin1String("tags")));
    QJsonObject props = body.value(kProperties).toObject();
    const QJsonObject changes = incoming.value(kProperties).toObject();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it.key() != QLatin1String("provisioningState") && it.key() != QLatin1String("creationTime"))
            props.insert(it.key(), it.value());
    }
    body.insert(kProperties, props);
    body.insert(QStringLiteral("etag"), api::newEtag());
    body.insert(QStringLiteral("systemData"), api::systemData(body.value(QLatin1String("systemData")).toObject()));
    api::requireValid(body, QStringLiteral("Project"));
    return store(api, params.projectId(), existing, body, 200);
}

ApiResponse ProjectsHandler::remove(Api &api, const ApiRequest &request, const RouteParams &params)
{
    const auto existing = api.store().get(params.projectId().toString());
    if (!existing)
        return ApiResponse::empty(204);
    if (TasksHandler::hasActiveTasks(api, params.projectId())) {
        if (!request.queryFlag(QStringLiteral("deleteRunningTasks")))
            throw ApiError::conflict(
                QStringLiteral("ProjectHasRunningTasks"),
                QStringLiteral("The project '%1' has queued or running tasks. Cancel them, or delete "
                               "with deleteRunningTasks=true to cancel them.")
                    .arg(params.project));
        TasksHandler::cancelActiveTasks(api, params.projectId());
    }
    api.store().remove(existing->id);
    return ApiResponse::empty(200);
}

} // namespace godwit::engine
