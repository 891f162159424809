#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace godwit::engine {

class Api;
class HttpServer;
class Store;
class TaskRunner;
class BuiltinExecutors;

/// Everything the engine needs to start.
struct EngineOptions
{
    QString dataDir;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 7420; ///< 0 picks a free port
    QString token;       ///< bearer token clients must send
    QString tlsCertificate;
    QString tlsKey;
    int pageSize = 100;
    int lroDelayMs = 300;
    int workers = 4;
    int perServiceLimit = 2;
    qint64 maxBodyBytes = 4 << 20;
};

/// The local migration engine: store, task runner, API and HTTP server, started together.
/// The console embeds it; godwit-engine runs it standalone.
class Engine final : public QObject
{
    Q_OBJECT
public:
    /// Opens the store, recovers tasks, starts listening. nullptr with a reason on failure.
    static std::unique_ptr<Engine> start(const EngineOptions &options, QString *error);
    ~Engine() override;

    /// Where clients reach the API, e.g. http://127.0.0.1:7420
    QUrl url() const;
    QString token() const { return m_options.token; }
    /// Stops accepting requests and stops running tasks so the next start can recover them.
    void shutdown();

    /// A fresh random 256-bit token, hex encoded.
    static QString generateToken();

private:
    explicit Engine(EngineOptions options);

    EngineOptions m_options;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<BuiltinExecutors> m_executors;
    std::unique_ptr<TaskRunner> m_runner;
    std::unique_ptr<Api> m_api;
    std::unique_ptr<HttpServer> m_server;
    QUrl m_url;
};

} // namespace godwit::engine
