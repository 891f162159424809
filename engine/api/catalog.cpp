#include "core/schema.h"
#include "engine/api/api.h"
#include "engine/api/handlers.h"

namespace godwit::engine {

ApiResponse CatalogHandler::resourceSkus(Api &, const ApiRequest &, const RouteParams &)
{
    QJsonArray value;
    for (const char *name : {"Standard_1vCores", "Standard_2vCores", "Standard_4vCores", "Premium_4vCores"}) {
        const QString sku = QString::fromLatin1(name);
        const QString tier = sku.section(QLatin1Char('_'), 0, 0);
        value.append(QJsonObject{
            {QStringLiteral("resourceType"), QStringLiteral("services")},
            {QStringLiteral("name"), sku},
            {QStringLiteral("tier"), tier},
            {QStringLiteral("family"), tier},
            {QStringLiteral("size"),
             sku.section(QLatin1Char('_'), 1).replace(QStringLiteral("vCores"), QStringLiteral(" vCores"))},
            {QStringLiteral("kind"), QStringLiteral("vm")},
            {QStringLiteral("locations"), QJsonArray{QStringLiteral("local")}},
            {QStringLiteral("capacity"), QJsonObject{{QStringLiteral("minimum"), 1},
                                                     {QStringLiteral("maximum"), 1},
                                                     {QStringLiteral("default"), 1},
                                                     {QStringLiteral("scaleType"), QStringLiteral("None")}}},
            {QStringLiteral("restrictions"), QJsonArray()},
        });
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("value"), value}});
}

ApiResponse CatalogHandler::usages(Api &api, const ApiRequest &, const RouteParams &params)
{
    int total = 0;
    int inLocation = 0;
    for (const StoredResource &r : api.store().services(params.subscription, QString(), 0, 1 << 30, &total)) {
        if (r.body.value(QLatin1String("location")).toString().compare(params.location, Qt::CaseInsensitive) == 0)
            ++inLocation;
    }
    const QJsonObject quota{
        {QStringLiteral("id"),
         QStringLiteral("/subscriptions/%1/providers/Microsoft.DataMigration/locations/%2/usages/Services")
             .arg(params.subscription, params.location)},
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("value"), QStringLiteral("Services")},
                     {QStringLiteral("localizedValue"), QStringLiteral("DMS service instances per region")}}},
        {QStringLiteral("currentValue"), inLocation},
        {QStringLiteral("limit"), 100},
        {QStringLiteral("unit"), QStringLiteral("Count")},
    };
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("value"), QJsonArray{quota}}});
}

ApiResponse CatalogHandler::checkName(Api &api, const ApiRequest &request, const RouteParams &params)
{
    const QJsonObject body = request.jsonObject();
    api::requireValid(body, QStringLiteral("NameAvailabilityRequest"));
    const QString name = body.value(QLatin1String("name")).toString();
    if (!core::isValidResourceName(name))
        return ApiResponse::json(
            200, QJsonObject{{QStringLiteral("nameAvailable"), false},
                             {QStringLiteral("reason"), QStringLiteral("Invalid")},
                             {QStringLiteral("message"),
                              QStringLiteral("The name '%1' is not a valid resource name.").arg(name)}});
    int total = 0;
    for (const StoredResource &r : api.store().services(params.subscription, QString(), 0, 1 << 30, &total)) {
        if (r.body.value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return ApiResponse::json(200, QJsonObject{{QStringLiteral("nameAvailable"), false},
                                                      {QStringLiteral("reason"), QStringLiteral("AlreadyExists")},
                                                      {QStringLiteral("message"),
                                                       QStringLiteral("The name '%1' is already in use.").arg(name)}});
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("nameAvailable"), true}});
}

ApiResponse CatalogHandler::operations(Api &, const ApiRequest &, const RouteParams &)
{
    QJsonArray value;
    for (const core::Schema::Operation &op : core::Schema::instance().operations()) {
        const QString resource = op.operationId.section(QLatin1Char('_'), 0, 0);
        value.append(QJsonObject{
            {QStringLiteral("name"),
             QStringLiteral("Microsoft.DataMigration/%1/%2").arg(resource.toLower(), op.method.toLower())},
            {QStringLiteral("isDataAction"), false},
            {QStringLiteral("display"),
             QJsonObject{{QStringLiteral("provider"), QStringLiteral("Microsoft.DataMigration")},
                         {QStringLiteral("resource"), resource},
                         {QStringLiteral("operation"), op.operationId},
                         {QStringLiteral("description"), QString(op.method + QLatin1Char(' ') + op.path)}}},
            {QStringLiteral("origin"), QStringLiteral("user")},
        });
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("value"), value}});
}

ApiResponse CatalogHandler::operationStatus(Api &api, const ApiRequest &, const RouteParams &params)
{
    const auto status = api.store().operation(params.operation);
    if (!status)
        throw ApiError{404,
                       QStringLiteral("OperationNotFound"),
                       QStringLiteral("The operation '%1' was not found.").arg(params.operation),
                       {}};
    return ApiResponse::json(200, *status);
}

ApiResponse CatalogHandler::operationResult(Api &api, const ApiRequest &request, const RouteParams &params)
{
    const auto status = api.store().operation(params.operation);
    if (!status)
        throw ApiError{404,
                       QStringLiteral("OperationNotFound"),
                       QStringLiteral("The operation '%1' was not found.").arg(params.operation),
                       {}};
    const QString state = status->value(QLatin1String("status")).toString();
    if (state == QLatin1String("InProgress")) {
        ApiResponse r = ApiResponse::empty(202);
        QUrl location = request.baseUrl;
        QString path;
        for (const QString &s : request.segments)
            path += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(s));
        location.setPath(path, QUrl::StrictMode);
        location.setQuery(request.query);
        r.header("Location", location.toString(QUrl::FullyEncoded).toUtf8());
        r.header("Retry-After", QByteArray::number(std::max(0, (api.options().lroDelayMs + 999) / 1000)));
        return r;
    }
    if (state == QLatin1String("Succeeded"))
        return ApiResponse::empty(204);
    ApiError error{500, QStringLiteral("OperationFailed"), QStringLiteral("The operation failed."), {}};
    const QJsonObject e = status->value(QLatin1String("error")).toObject();
    if (!e.isEmpty()) {
        error.code = e.value(QLatin1String("code")).toString(error.code);
        error.message = e.value(QLatin1String("message")).toString(error.message);
    }
    throw error;
}

} // namespace godwit::engine
