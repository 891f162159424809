#include "engine/engine.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>

#include "engine/api/api.h"
#include "engine/executors/builtinexecutors.h"
#include "engine/http/httpserver.h"
#include "engine/runner/taskrunner.h"
#include "engine/storage/store.h"

namespace godwit::engine {

Engine::Engine(EngineOptions options)
    : m_options(std::move(options))
{
}

Engine::~Engine()
{
    shutdown();
}

QString Engine::generateToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return QString::fromLatin1(bytes.toHex());
}

std::unique_ptr<Engine> Engine::start(const EngineOptions &options, QString *error)
{
    const bool loopback = options.address.isLoopback();
    const bool tls = !options.tlsCertificate.isEmpty() || !options.tlsKey.isEmpty();
    if (!loopback && !tls) {
        *error = QStringLiteral("refusing to listen on %1 without TLS: pass --tls-cert and --tls-key, or listen on "
                                "127.0.0.1")
                     .arg(options.address.toString());
        return nullptr;
    }
    if (options.token.isEmpty()) {
        *error = QStringLiteral("no bearer token: every request must be authenticated");
        return nullptr;
    }
    std::unique_ptr<Engine> engine(new Engine(options));
    engine->m_store = Store::open(options.dataDir, error);
    if (!engine->m_store)
        return nullptr;
    engine->m_executors = std::make_unique<BuiltinExecutors>();
    engine->m_runner = std::make_unique<TaskRunner>(*engine->m_store, *engine->m_executors,
                                                    TaskRunner::Options{options.workers, options.perServiceLimit});
    ApiOptions apiOptions;
    apiOptions.pageSize = options.pageSize;
    apiOptions.lroDelayMs = options.lroDelayMs;
    apiOptions.maxBodyBytes = options.maxBodyBytes;
    apiOptions.blobDir = QDir(options.dataDir).filePath(QStringLiteral("files"));
    apiOptions.token = options.token;
    engine->m_api = std::make_unique<Api>(*engine->m_store, *engine->m_runner, apiOptions);

    // Stopped services stay stopped across restarts.
    for (const StoredResource &service : engine->m_store->ofKind(QStringLiteral("services"))) {
        const QString state = service.body.value(QLatin1String("properties"))
                                  .toObject()
                                  .value(QLatin1String("provisioningState"))
                                  .toString();
        if (state == QLatin1String("Stopped") || state == QLatin1String("Stopping"))
            engine->m_runner->setServiceStopped(service.id, true);
    }

    engine->m_server = std::make_unique<HttpServer>(*engine->m_api);
    if (tls) {
        QFile certFile(options.tlsCertificate);
        QFile keyFile(options.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the TLS certificate or key");
            return nullptr;
        }
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (cert.isNull() || key.isNull()) {
            *error = QStringLiteral("the TLS certificate or key is not valid PEM");
            return nullptr;
        }
        engine->m_server->sslSetup(cert, key);
    }
    const quint16 port = engine->m_server->listen(options.address, options.port);
    if (port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(options.address.toString()).arg(options.port);
        return nullptr;
    }
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(options.address.toString());
    url.setPort(port);
    engine->m_url = url;
    engine->m_server->setBaseUrl(url);
    engine->m_runner->recover();
    return engine;
}

QUrl Engine::url() const
{
    return m_url;
}

void Engine::shutdown()
{
    if (m_server) {
        for (QTcpServer *server : m_server->servers())
            server->close();
    }
    if (m_runner)
        m_runner->shutdown();
}

} // namespace godwit::engine
