#include "engine/http/httpserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>

#include "engine/api/api.h"

namespace godwit::engine {

Q_LOGGING_CATEGORY(lcHttp, "godwit.engine.http", QtInfoMsg)

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

} // namespace

HttpServer::HttpServer(Api &api, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
{
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiRequest r;
    r.method = methodName(request.method());
    // Segments are decoded one by one, so an encoded "/" stays inside its segment.
    const QString path = request.url().path(QUrl::FullyEncoded);
    const QStringList raw = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : raw)
        r.segments.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    r.query = request.query();
    for (const auto &[name, value] : request.headers())
        r.headers.insert(name.toLower(), value);
    r.body = request.body();
    r.baseUrl = m_baseUrl;

    const ApiResponse response = m_api.handle(r);
    qCDebug(lcHttp).noquote() << r.method << path << response.status;

    QHttpServerResponder responder = makeResponder(request, socket);
    QByteArray body;
    QByteArray contentType;
    if (!response.raw.isNull()) {
        body = response.raw;
        contentType = response.contentType;
    } else if (response.hasBody) {
        body = QJsonDocument(response.body).toJson(QJsonDocument::Compact);
        contentType = "application/json; charset=utf-8";
    }
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    if (!contentType.isEmpty())
        responder.writeHeader("Content-Type", contentType);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest answers every request.
}

} // namespace godwit::engine
