#include <QJsonDocument>
#include <QUuid>

#include "core/clock.h"
#include "core/redaction.h"
#include "core/schema.h"
#include "core/taskrules.h"
#include "engine/api/api.h"
#include "engine/api/handlers.h"
#include "engine/runner/taskrunner.h"

namespace godwit::engine {

namespace {

const QLatin1String kProperties("properties");

bool isServiceTask(const RouteParams &params)
{
    return params.project.isEmpty();
}

core::ResourceId taskId(const RouteParams &params)
{
    return isServiceTask(params) ? params.serviceId().serviceTaskId(params.task)
                                 : params.projectId().taskId(params.task);
}

core::ResourceId parentId(const RouteParams &params)
{
    return isServiceTask(params) ? params.serviceId() : params.projectId();
}

QString kindOf(const RouteParams &params)
{
    return isServiceTask(params) ? QStringLiteral("serviceTasks") : QStringLiteral("tasks");
}

/// The task as returned: output only when asked for with $expand=output.
QJsonObject render(const QJsonObject &body, bool withOutput)
{
    if (withOutput)
        return body;
    QJsonObject out = body;
    QJsonObject props = out.value(kProperties).toObject();
    props.remove(QStringLiteral("output"));
    out.insert(kProperties, props);
    return out;
}

bool expandsOutput(const ApiRequest &request)
{
    const QStringList parts = request.queryValue(QStringLiteral("$expand")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return std::any_of(parts.cbegin(), parts.cend(), [](const QString &p) {
        return p.trimmed().compare(QLatin1String("output"), Qt::CaseInsensitive) == 0;
    });
}

QString stateOf(const QJsonObject &body)
{
    return body.value(kProperties).toObject().value(QLatin1String("state")).toString();
}

/// Input problems found at creation: the task is stored and fails validation, as Azure does.
QJsonArray inputErrors(const QJsonObject &task, const QStringList &supported)
{
    const core::Schema &schema = core::Schema::instance();
    const QJsonObject props = task.value(kProperties).toObject();
    const QString taskType = props.value(QLatin1String("taskType")).toString();
    if (!schema.taskPropertiesFor(taskType))
        return {odataError(QStringLiteral("TaskTypeNotSupported"),
                           QStringLiteral("'%1' is not a task type of API version %2. This engine executes: %3.")
                               .arg(taskType, schema.apiVersion(), supported.join(QStringLiteral(", "))))};
    if (!supported.contains(taskType))
        return {odataError(QStringLiteral("TaskTypeNotSupported"),
                           QStringLiteral("This engine does not execute %1 tasks. It executes: %2.")
                               .arg(taskType, supported.join(QStringLiteral(", "))))};
    QJsonArray details;
    QStringList messages;
    for (const core::Issue &issue :
         core::Validator(core::Validator::Direction::Request).validate(task, QStringLiteral("ProjectTask"))) {
        if (!issue.isError())
            continue;
        messages.append(issue.toString());
        details.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("InvalidInput")},
                                   {QStringLiteral("message"), issue.toString()},
                                   {QStringLiteral("target"), issue.path}});
    }
    if (details.isEmpty())
        return {};
    return {odataError(QStringLiteral("InvalidInput"),
                       QStringLiteral("The task input is not valid: %1").arg(messages.join(QStringLiteral("; "))),
                       details)};
}

} // namespace

bool TasksHandler::hasActiveTasks(Api &api, const core::ResourceId &scope)
{
    const QString prefix = scope.key() + QLatin1Char('/');
    for (const StoredResource &r : api.store().tasksInStates({QStringLiteral("Queued"), QStringLiteral("Running")})) {
        if (r.id.toLower().startsWith(prefix))
            return true;
    }
    return false;
}

void TasksHandler::cancelActiveTasks(Api &api, const core::ResourceId &scope)
{
    const QString prefix = scope.key() + QLatin1Char('/');
    for (const StoredResource &r : api.store().tasksInStates({QStringLiteral("Queued"), QStringLiteral("Running")})) {
        if (r.id.toLower().startsWith(prefix))
            api.runner().cancel(r.id);
    }
}

ApiResponse TasksHandler::list(Api &api, const ApiRequest &request, const RouteParams &params)
{
    api::requireParent(api.store(), parentId(params));
    const int offset = api::pageOffset(request);
    int total = 0;
    const auto items = api.store().children(parentId(params).toString(), kindOf(params), offset, api.options().pageSize,
                                            &total, request.queryValue(QStringLiteral("taskType")));
    return api::page(request, items, offset, total, [](const StoredResource &r) { return render(r.body, false); });
}

ApiResponse TasksHandler::get(Api &api, const ApiRequest &request, const RouteParams &params)
{
    return ApiResponse::json(200,
                             render(api::requireResource(api.store(), taskId(params)).body, expandsOutput(request)));
}

ApiResponse TasksHandler::put(Api &api, const ApiRequest &request, const RouteParams &params)
{
    api::requireValidName(params.task, QStringLiteral("task"));
    api::requireParent(api.store(), parentId(params));
    const QJsonObject incoming = request.jsonObject();
    const QJsonValue propsValue = incoming.value(kProperties);
    if (!propsValue.isObject())
        throw ApiError::invalidContent(QStringLiteral("properties: required field missing; a task is "
                                                      "{\"properties\": {\"taskType\": ..., \"input\": ...}}"));
    const QJsonObject incomingProps = propsValue.toObject();
    if (!incomingProps.value(QLatin1String("taskType")).isString())
        throw ApiError::invalidContent(QStringLiteral("properties.taskType: required field missing or not a string"));
    const QString taskType = incomingProps.value(QLatin1String("taskType")).toString();

    const core::ResourceId id = taskId(params);
    const auto existing = api.store().get(id.toString());
    // A re-sent task carries no secrets: keep the stored ones where the client sent none.
    const QJsonObject previousFull
        = existing ? api.store().secretDocument(existing->id).value_or(existing->body) : QJsonObject();
    QJsonObject props;
    props.insert(QStringLiteral("taskType"), taskType);
    if (incomingProps.contains(QLatin1String("input")))
        props.insert(
            QStringLiteral("input"),
            existing ? core::restoreSecrets(incomingProps.value(QLatin1String("input")),
                                            previousFull.value(kProperties).toObject().value(QLatin1String("input")))
                     : incomingProps.value(QLatin1String("input")));
    if (incomingProps.contains(QLatin1String("clientData")))
        props.insert(QStringLiteral("clientData"), incomingProps.value(QLatin1String("clientData")));

    if (existing && !core::TaskRules::isTerminal(stateOf(existing->body))) {
        // A retried PUT of the same task is answered with the task; a different one is refused.
        const QJsonObject was = previousFull.value(kProperties).toObject();
        if (was.value(QLatin1String("taskType")) == props.value(QLatin1String("taskType"))
            && was.value(QLatin1String("input")) == props.value(QLatin1String("input")))
            return ApiResponse::json(200, render(existing->body, false));
        throw ApiError::conflict(
            QStringLiteral("TaskIsRunning"),
            QStringLiteral("The task '%1' is %2; cancel it before changing it, or use another name.")
                .arg(params.task, stateOf(existing->body)));
    }

    const core::Schema &schema = core::Schema::instance();
    const QString propsDefinition = schema.taskPropertiesFor(taskType).value_or(QString());
    const QString now = core::Clock::current().now().toUTC().toString(Qt::ISODateWithMs);
    if (!propsDefinition.isEmpty() && schema.effectiveProperty(propsDefinition, QStringLiteral("taskId")))
        props.insert(QStringLiteral("taskId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!propsDefinition.isEmpty() && schema.effectiveProperty(propsDefinition, QStringLiteral("createdOn")))
        props.insert(QStringLiteral("createdOn"), now);
    if (!propsDefinition.isEmpty() && schema.effectiveProperty(propsDefinition, QStringLiteral("isCloneable")))
        props.insert(QStringLiteral("isCloneable"), true);
    props.insert(QStringLiteral("commands"), QJsonArray());

    QJsonObject body{
        {QStringLiteral("id"), existing ? existing->id : id.toString()},
        {QStringLiteral("name"), existing ? existing->body.value(QLatin1String("name")).toString() : params.task},
        {QStringLiteral("type"), id.resourceType()},
        {QStringLiteral("etag"), api::newEtag()},
        {QStringLiteral("systemData"),
         api::systemData(existing ? existing->body.value(QLatin1String("systemData")).toObject() : QJsonObject())},
    };
    QJsonObject checked = body;
    checked.insert(kProperties, props);
    const QJsonArray errors = inputErrors(checked, api.runner().supportedTaskTypes());
    props.insert(QStringLiteral("state"),
                 errors.isEmpty() ? QStringLiteral("Queued") : QStringLiteral("FailedInputValidation"));
    props.insert(QStringLiteral("errors"), errors);
    body.insert(kProperties, props);

    const QJsonObject redacted = core::redactSecrets(body);
    QString error;
    if (!api.store().put({body.value(QLatin1String("id")).toString(), kindOf(params), parentId(params).toString(),
                          redacted, existing ? existing->seq : 0},
                         body, &error))
        throw ApiError{500, QStringLiteral("InternalServerError"), error, {}};
    if (errors.isEmpty())
        api.runner().enqueue(body.value(QLatin1String("id")).toString());
    return ApiResponse::json(existing ? 200 : 201, render(redacted, false));
}

ApiResponse TasksHandler::patch(Api &api, const ApiRequest &request, const RouteParams &params)
{
    const StoredResource existing = api::requireResource(api.store(), taskId(params));
    const QJsonObject incoming = request.jsonObject();
    const QJsonObject changes = incoming.value(kProperties).toObject();
    const QString sentType = changes.value(QLatin1String("taskType")).toString();
    const QString storedType = existing.body.value(kProperties).toObject().value(QLatin1String("taskType")).toString();
    if (!sentType.isEmpty() && sentType != storedType)
        throw ApiError::badRequest(
            QStringLiteral("InvalidRequestContent"),
            QStringLiteral("properties.taskType: a %1 task cannot become a %2 task").arg(storedType, sentType));
    // Only client data can change on an existing task; the rest is the task's own record.
    api.store().update(existing.id, [&](QJsonObject &body) {
        QJsonObject props = body.value(kProperties).toObject();
        if (changes.contains(QLatin1String("clientData")))
            props.insert(QStringLiteral("clientData"), changes.value(QLatin1String("clientData")));
        body.insert(kProperties, props);
        body.insert(QStringLiteral("etag"), api::newEtag());
        body.insert(QStringLiteral("systemData"), api::systemData(body.value(QLatin1String("systemData")).toObject()));
        return true;
    });
    return ApiResponse::json(200, render(api.store().get(existing.id)->body, false));
}

ApiResponse TasksHandler::remove(Api &api, const ApiRequest &, const RouteParams &params)
{
    const auto existing = api.store().get(taskId(params).toString());
    if (!existing)
        return ApiResponse::empty(204);
    // Deleting a task cancels it first, as the operation documents.
    api.runner().cancel(existing->id);
    api.store().remove(existing->id);
    return ApiResponse::empty(200);
}

ApiResponse TasksHandler::cancel(Api &api, const ApiRequest &, const RouteParams &params)
{
    const StoredResource existing = api::requireResource(api.store(), taskId(params));
    const QString state = stateOf(existing.body);
    if (!core::TaskRules::canCancel(state) || !api.runner().cancel(existing.id))
        throw ApiError::conflict(QStringLiteral("TaskNotCancellable"),
                                 QStringLiteral("The task '%1' is %2; only queued or running tasks can be cancelled.")
                                     .arg(params.task, state));
    return ApiResponse::json(200, render(api.store().get(existing.id)->body, false));
}

ApiResponse TasksHandler::command(Api &api, const ApiRequest &request, const RouteParams &params)
{
    const StoredResource existing = api::requireResource(api.store(), taskId(params));
    const QJsonObject command = request.jsonObject();
    const QJsonObject props = existing.body.value(kProperties).toObject();
    if (const auto rejection = core::TaskRules::checkCommand(props, command)) {
        if (rejection->kind == core::TaskRules::Rejection::Kind::Invalid)
            throw ApiError::badRequest(QStringLiteral("InvalidCommand"), rejection->message);
        throw ApiError::conflict(QStringLiteral("CommandNotAccepted"), rejection->message);
    }
    const QString commandId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject recorded{{QStringLiteral("commandType"), command.value(QLatin1String("commandType"))},
                         {QStringLiteral("state"), QStringLiteral("Accepted")},
                         {QStringLiteral("errors"), QJsonArray()},
                         {QStringLiteral("commandId"), commandId}};
    if (command.contains(QLatin1String("input")))
        recorded.insert(QStringLiteral("input"), core::redactSecrets(command.value(QLatin1String("input"))));
    if (!api.runner().deliverCommand(existing.id, {commandId, command}))
        throw ApiError::conflict(
            QStringLiteral("CommandNotAccepted"),
            QStringLiteral("The task '%1' is not running in this engine right now.").arg(params.task));
    api.store().update(existing.id, [&](QJsonObject &body) {
        QJsonObject p = body.value(kProperties).toObject();
        QJsonArray commands = p.value(QLatin1String("commands")).toArray();
        commands.append(recorded);
        p.insert(QStringLiteral("commands"), commands);
        body.insert(kProperties, p);
        return true;
    });
    // The echo follows the command's own shape: commandId only where the API has it.
    QJsonObject echo = recorded;
    if (!core::Schema::instance().effectiveProperty(
            core::Schema::instance()
                .resolveSubtype(QStringLiteral("CommandProperties"),
                                command.value(QLatin1String("commandType")).toString())
                .value_or(QString()),
            QStringLiteral("commandId")))
        echo.remove(QStringLiteral("commandId"));
    return ApiResponse::json(200, echo);
}

} // namespace godwit::engine
