#include "engine/api/request.h"

#include <QJsonDocument>

#include "engine/http/apierror.h"

namespace godwit::engine {

QString ApiRequest::queryValue(const QString &name) const
{
    // Query parameter names are case-insensitive in ARM.
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QString();
}

bool ApiRequest::queryFlag(const QString &name) const
{
    return queryValue(name).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QJsonObject ApiRequest::jsonObject() const
{
    if (body.trimmed().isEmpty())
        throw ApiError::invalidContent(QStringLiteral("The request content is empty; a JSON object is required."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError::invalidContent(
            QStringLiteral("The request content was invalid and could not be deserialized: %1 at offset %2.")
                .arg(error.errorString())
                .arg(error.offset));
    if (!doc.isObject())
        throw ApiError::invalidContent(QStringLiteral("The request content must be a JSON object."));
    return doc.object();
}

} // namespace godwit::engine
