#pragma once

#include <QAbstractHttpServer>
#include <QUrl>

namespace godwit::engine {

class Api;

/// Serves the Api over HTTP(S): turns each request into an ApiRequest and writes the response.
class HttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HttpServer(Api &api, QObject *parent = nullptr);

    /// The scheme://host:port clients reach this server at (set once listening).
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Api &m_api;
    QUrl m_baseUrl;
};

} // namespace godwit::engine
