#include "enginefixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

#include "core/taskrules.h"

namespace godwit::test {

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return QByteArray();
}

EngineFixture::EngineFixture(engine::EngineOptions options)
    : m_options(std::move(options))
{
    m_options.dataDir = m_dir.path() + QStringLiteral("/data");
    m_options.address = QHostAddress::LocalHost;
    m_options.port = 0;
    if (m_options.token.isEmpty())
        m_options.token = engine::Engine::generateToken();
    if (m_options.lroDelayMs == 300)
        m_options.lroDelayMs = 50;
    start();
}

EngineFixture::~EngineFixture()
{
    m_engine.reset();
}

void EngineFixture::start()
{
    QString error;
    m_engine = engine::Engine::start(m_options, &error);
    if (!m_engine)
        ADD_FAILURE() << "engine did not start: " << qPrintable(error);
}

void EngineFixture::restart()
{
    m_engine->shutdown();
    m_engine.reset();
    start();
}

QString EngineFixture::rg(const QString &rest)
{
    return QStringLiteral("/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/migrations/providers/"
                          "Microsoft.DataMigration/")
           + rest;
}

QUrl EngineFixture::url(const QString &path, const QString &query) const
{
    QUrl u = m_engine->url();
    u.setPath(path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

HttpReply EngineFixture::request(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                 const QList<std::pair<QByteArray, QByteArray>> &headers, bool authenticate)
{
    QNetworkRequest req(url);
    req.setTransferTimeout(20000);
    if (authenticate)
        req.setRawHeader("Authorization", "Bearer " + m_options.token.toUtf8());
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.append({pair.first, pair.second});
    if (reply->error() != QNetworkReply::NoError && out.status == 0)
        out.networkError = reply->errorString();
    reply->deleteLater();
    return out;
}

HttpReply EngineFixture::get(const QString &path, const QString &query)
{
    return request("GET", url(path, query));
}

HttpReply EngineFixture::put(const QString &path, const QJsonObject &body)
{
    return request("PUT", url(path), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply EngineFixture::patch(const QString &path, const QJsonObject &body)
{
    return request("PATCH", url(path), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply EngineFixture::post(const QString &path, const QJsonObject &body)
{
    return request("POST", url(path),
                   body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply EngineFixture::del(const QString &path, const QString &query)
{
    return request("DELETE", url(path, query));
}

void EngineFixture::createServiceAndProject(const QString &service, const QString &project)
{
    const HttpReply s = put(
        rg(QStringLiteral("services/") + service),
        QJsonObject{{QStringLiteral("location"), QStringLiteral("local")},
                    {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Premium_4vCores")}}},
                    {QStringLiteral("properties"), QJsonObject{}}});
    ASSERT_EQ(s.status, 201) << s.body.constData();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        const HttpReply g = get(rg(QStringLiteral("services/") + service));
        if (g.json()[QLatin1String("properties")][QLatin1String("provisioningState")].toString()
            == QLatin1String("Succeeded"))
            break;
        QThread::msleep(20);
        QCoreApplication::processEvents();
    }
    const HttpReply p
        = put(rg(QStringLiteral("services/%1/projects/%2").arg(service, project)),
              QJsonObject{{QStringLiteral("location"), QStringLiteral("local")},
                          {QStringLiteral("properties"),
                           QJsonObject{{QStringLiteral("sourcePlatform"), QStringLiteral("PostgreSql")},
                                       {QStringLiteral("targetPlatform"), QStringLiteral("AzureDbForPostgreSql")}}}});
    ASSERT_EQ(p.status, 201) << p.body.constData();
}

HttpReply EngineFixture::waitForTask(const QString &path, const std::function<bool(const QString &)> &done)
{
    QElapsedTimer timer;
    timer.start();
    HttpReply last;
    while (timer.elapsed() < 20000) {
        last = get(path, QStringLiteral("api-version=2025-06-30&$expand=output"));
        if (done(last.json()[QLatin1String("properties")][QLatin1String("state")].toString()))
            return last;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return last;
}

QJsonObject EngineFixture::waitForProperties(const QString &path, const std::function<bool(const QJsonObject &)> &done,
                                             int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject last;
    while (timer.elapsed() < timeoutMs) {
        last = get(path, QStringLiteral("api-version=2025-06-30&$expand=output"))
                   .json()
                   .value(QLatin1String("properties"))
                   .toObject();
        if (done(last))
            return last;
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return last;
}

QJsonObject EngineFixture::waitUntilEnded(const QString &path, int timeoutMs)
{
    return waitForProperties(
        path,
        [](const QJsonObject &p) { return core::TaskRules::isTerminal(p.value(QLatin1String("state")).toString()); },
        timeoutMs);
}

HttpReply EngineFixture::completeDatabase(const QString &path, const QString &database)
{
    return post(path + QStringLiteral("/command"),
                QJsonObject{{QStringLiteral("commandType"), QStringLiteral("Migrate.Sync.Complete.Database")},
                            {QStringLiteral("input"), QJsonObject{{QStringLiteral("databaseName"), database}}}});
}

QJsonObject pgConnectTask(const QString &server, int port, const QString &userName, const QString &password)
{
    QJsonObject info{{QStringLiteral("type"), QStringLiteral("PostgreSqlConnectionInfo")},
                     {QStringLiteral("serverName"), server},
                     {QStringLiteral("port"), port}};
    if (!userName.isEmpty())
        info.insert(QStringLiteral("userName"), userName);
    if (!password.isEmpty())
        info.insert(QStringLiteral("password"), password);
    return QJsonObject{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("taskType"), QStringLiteral("ConnectToSource.PostgreSql.Sync")},
                     {QStringLiteral("input"), QJsonObject{{QStringLiteral("sourceConnectionInfo"), info}}}}}};
}

} // namespace godwit::test
