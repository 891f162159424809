#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

#include "engine/engine.h"

namespace godwit::test {

/// One HTTP exchange with the engine.
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString networkError;

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const;
    QString errorCode() const
    {
        return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
    QString errorMessage() const
    {
        return json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    }
};

/// The body of a PostgreSQL connection test (ConnectToSource.PostgreSql.Sync) of `server`:`port`, with
/// the user name and the password when they are given.
QJsonObject pgConnectTask(const QString &server, int port, const QString &userName = {}, const QString &password = {});

/// A real engine on a loopback port in a temporary data directory, and a small HTTP client for it.
class EngineFixture
{
public:
    explicit EngineFixture(engine::EngineOptions options = {});
    ~EngineFixture();

    engine::Engine &engine() { return *m_engine; }
    QString dataDir() const { return m_dir.path(); }
    /// Stops the engine (as on SIGTERM) and starts a new one on the same data directory.
    void restart();

    /// A path under the test subscription/resource group, e.g. "services/svc/projects/p".
    static QString rg(const QString &rest);
    QUrl url(const QString &path, const QString &query = QStringLiteral("api-version=2025-06-30")) const;

    HttpReply request(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                      const QList<std::pair<QByteArray, QByteArray>> &headers = {}, bool authenticate = true);
    HttpReply get(const QString &path, const QString &query = QStringLiteral("api-version=2025-06-30"));
    HttpReply put(const QString &path, const QJsonObject &body);
    HttpReply patch(const QString &path, const QJsonObject &body);
    HttpReply post(const QString &path, const QJsonObject &body = {});
    HttpReply del(const QString &path, const QString &query = QStringLiteral("api-version=2025-06-30"));

    /// Creates a service and waits until it is provisioned; then a project.
    void createServiceAndProject(const QString &service = QStringLiteral("svc"),
                                 const QString &project = QStringLiteral("proj"));
    /// Polls a task until its state satisfies `done` (or ~20 s pass); returns the last GET.
    HttpReply waitForTask(const QString &path, const std::function<bool(const QString &state)> &done);
    /// Polls a task with its output until `done` holds for its properties or `timeoutMs` pass;
    /// returns the last properties.
    QJsonObject waitForProperties(const QString &path, const std::function<bool(const QJsonObject &properties)> &done,
                                  int timeoutMs = 60000);
    /// Polls a task until it has ended (a terminal state); returns the last properties.
    QJsonObject waitUntilEnded(const QString &path, int timeoutMs = 60000);
    /// Sends the cutover command (Migrate.Sync.Complete.Database) for a database of an online migration.
    HttpReply completeDatabase(const QString &path, const QString &database);

private:
    void start();

    QTemporaryDir m_dir;
    engine::EngineOptions m_options;
    std::unique_ptr<engine::Engine> m_engine;
    QNetworkAccessManager m_network;
};

} // namespace godwit::test
