#include "engine/api/common.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include "core/clock.h"

namespace godwit::engine::api {

QString newEtag()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64());
}

QJsonObject systemData(const QJsonObject &previous)
{
    const QString now = core::Clock::current().now().toUTC().toString(Qt::ISODateWithMs);
    QJsonObject data = previous;
    if (!data.contains(QLatin1String("createdAt"))) {
        data.insert(QStringLiteral("createdBy"), QStringLiteral("godwit-engine"));
        data.insert(QStringLiteral("createdByType"), QStringLiteral("Application"));
        data.insert(QStringLiteral("createdAt"), now);
    }
    data.insert(QStringLiteral("lastModifiedBy"), QStringLiteral("godwit-engine"));
    data.insert(QStringLiteral("lastModifiedByType"), QStringLiteral("Application"));
    data.insert(QStringLiteral("lastModifiedAt"), now);
    return data;
}

void requireValidName(const QString &name, const QString &what)
{
    if (!core::isValidResourceName(name))
        throw ApiError::badRequest(QStringLiteral("InvalidResourceName"),
                                   QStringLiteral("The %1 name '%2' is invalid: use 1 to 260 characters, none of "
                                                  "<>%&:\\?/#* or control characters, not ending in a dot or space.")
                                       .arg(what, name));
}

StoredResource requireResource(Store &store, const core::ResourceId &id)
{
    auto r = store.get(id.toString());
    if (!r)
        throw ApiError::notFound(id.resourceType(), id.name(), id.resourceGroup);
    return *r;
}

StoredResource requireParent(Store &store, const core::ResourceId &parent)
{
    auto r = store.get(parent.toString());
    if (!r)
        throw ApiError{
            404,
            QStringLiteral("ParentResourceNotFound"),
            QStringLiteral("Can not perform requested operation on nested resource. Parent resource '%1' not found.")
                .arg(parent.name()),
            {}};
    return *r;
}

void requireValid(const QJsonObject &body, const QString &definition)
{
    const core::Issues issues = core::Validator(core::Validator::Direction::Request).validate(body, definition);
    QJsonArray details;
    QString first;
    for (const core::Issue &issue : issues) {
        if (!issue.isError())
            continue;
        if (first.isEmpty())
            first = issue.toString();
        QJsonObject detail{{QStringLiteral("code"), QStringLiteral("InvalidRequestContent")},
                           {QStringLiteral("message"), issue.message}};
        if (!issue.path.isEmpty())
            detail.insert(QStringLiteral("target"), issue.path);
        details.append(detail);
    }
    if (!details.isEmpty())
        throw ApiError{400, QStringLiteral("InvalidRequestContent"),
                       QStringLiteral("The request content is not a valid %1: %2").arg(definition, first), details};
}

void requireTrackedResource(const QJsonObject &body, bool locationRequired)
{
    // Refused as requireValid refuses: the member named in the message and as the detail's target.
    const auto refuse = [](const QString &target, const QString &problem) {
        const QString message = QStringLiteral("%1: %2").arg(target, problem);
        return ApiError{400, QStringLiteral("InvalidRequestContent"), message,
                        QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("InvalidRequestContent")},
                                               {QStringLiteral("message"), message},
                                               {QStringLiteral("target"), target}}}};
    };
    const QJsonValue location = body.value(QLatin1String("location"));
    if (!location.isUndefined() && !location.isNull() && !location.isString())
        throw refuse(QStringLiteral("location"),
                     QStringLiteral("expected a string (the region), got %1")
                         .arg(QString::fromUtf8(QJsonDocument(QJsonArray{location}).toJson(QJsonDocument::Compact))
                                  .mid(1)
                                  .chopped(1)));
    if (locationRequired && location.toString().trimmed().isEmpty())
        throw ApiError::badRequest(QStringLiteral("LocationRequired"),
                                   QStringLiteral("The location property is required for this definition."));
    const QJsonValue tags = body.value(QLatin1String("tags"));
    if (tags.isUndefined() || tags.isNull())
        return;
    if (!tags.isObject())
        throw refuse(QStringLiteral("tags"), QStringLiteral("expected an object of names and text values"));
    const QJsonObject map = tags.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString())
            throw refuse(QStringLiteral("tags.%1").arg(it.key()),
                         QStringLiteral("expected a text value; tag values are strings"));
    }
}

int pageOffset(const ApiRequest &request)
{
    bool ok = false;
    const int offset = request.queryValue(QStringLiteral("$skiptoken")).toInt(&ok);
    return ok && offset > 0 ? offset : 0;
}

ApiResponse page(const ApiRequest &request, const QList<StoredResource> &items, int offset, int total,
                 const std::function<QJsonObject(const StoredResource &)> &render)
{
    QJsonArray value;
    for (const StoredResource &r : items)
        value.append(render(r));
    QJsonObject body{{QStringLiteral("value"), value}};
    const int next = offset + int(items.size());
    if (next < total) {
        QUrl url = request.baseUrl;
        QString path;
        for (const QString &s : request.segments)
            path += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(s));
        url.setPath(path, QUrl::StrictMode);
        QUrlQuery query = request.query;
        query.removeAllQueryItems(QStringLiteral("$skiptoken"));
        query.addQueryItem(QStringLiteral("$skiptoken"), QString::number(next));
        url.setQuery(query);
        body.insert(QStringLiteral("nextLink"), url.toString(QUrl::FullyEncoded));
    }
    return ApiResponse::json(200, body);
}

} // namespace godwit::engine::api
