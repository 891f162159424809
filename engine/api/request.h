#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace godwit::engine {

/// An HTTP request as the API handlers see it, independent of the HTTP server.
struct ApiRequest
{
    QString method;       ///< GET, PUT, POST, PATCH, DELETE
    QStringList segments; ///< path segments, percent-decoded one by one
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    QUrl baseUrl; ///< scheme://host:port of the engine, for nextLink and LRO headers

    QString queryValue(const QString &name) const;
    bool queryFlag(const QString &name) const;
    /// The body as a JSON object; throws ApiError (400 InvalidRequestContent) otherwise.
    QJsonObject jsonObject() const;
};

/// An HTTP response: status, headers and an optional JSON body.
struct ApiResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QJsonObject body;
    bool hasBody = true;
    QByteArray raw;         ///< a non-JSON body (file content), sent when set
    QByteArray contentType; ///< of raw

    static ApiResponse json(int status, QJsonObject body) { return {status, {}, std::move(body), true, {}, {}}; }
    static ApiResponse empty(int status) { return {status, {}, {}, false, {}, {}}; }
    static ApiResponse bytes(int status, QByteArray data, QByteArray type)
    {
        return {status, {}, {}, false, std::move(data), std::move(type)};
    }
    ApiResponse &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

} // namespace godwit::engine
