#include "engine/http/apierror.h"

namespace godwit::engine {

QJsonObject ApiError::envelope() const
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    error.insert(QStringLiteral("details"), details);
    return QJsonObject{{QStringLiteral("error"), error}};
}

ApiError ApiError::notFound(const QString &resourceType, const QString &name, const QString &resourceGroup)
{
    return {404,
            QStringLiteral("ResourceNotFound"),
            QStringLiteral("The Resource '%1/%2' under resource group '%3' was not found.")
                .arg(resourceType, name, resourceGroup),
            {}};
}

} // namespace godwit::engine
