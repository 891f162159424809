#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace godwit::engine {

/// A failed request: HTTP status plus the ARM error envelope. Handlers throw it; the server
/// turns it into a response in exactly one place.
struct ApiError
{
    int status = 500;
    QString code;
    QString message;
    QJsonArray details; ///< ODataError objects

    /// {"error": {"code", "message", "details"}}
    QJsonObject envelope() const;

    static ApiError badRequest(const QString &code, const QString &message) { return {400, code, message, {}}; }
    static ApiError notFound(const QString &resourceType, const QString &name, const QString &resourceGroup);
    static ApiError conflict(const QString &code, const QString &message) { return {409, code, message, {}}; }
    static ApiError invalidContent(const QString &message)
    {
        return {400, QStringLiteral("InvalidRequestContent"), message, {}};
    }
};

} // namespace godwit::engine
