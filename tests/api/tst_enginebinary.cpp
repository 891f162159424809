// The godwit-engine program as scripts and the console start it.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

#include "support/printers.h"

namespace {

int getStatus(const QUrl &url, const QByteArray &token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

} // namespace

TEST(EngineBinary, PrintsWhereItListensCreatesAPrivateTokenAndStopsOnSigterm)
{
    QTemporaryDir dir;
    QProcess engine;
    engine.start(QStringLiteral(GODWIT_ENGINE_BINARY),
                 {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
                  dir.filePath(QStringLiteral("data")), QStringLiteral("--token-file"),
                  dir.filePath(QStringLiteral("token"))});
    ASSERT_TRUE(engine.waitForStarted());
    ASSERT_TRUE(engine.waitForReadyRead(15000)) << engine.readAllStandardError().constData();
    const QJsonObject ready = QJsonDocument::fromJson(engine.readLine()).object();
    const QUrl url(ready.value(QLatin1String("url")).toString());
    EXPECT_EQ(url.host(), QStringLiteral("127.0.0.1"));
    EXPECT_GT(url.port(), 0);
    EXPECT_EQ(ready.value(QLatin1String("apiVersion")).toString(), QStringLiteral("2025-06-30"));

    QFile tokenFile(dir.filePath(QStringLiteral("token")));
    ASSERT_TRUE(tokenFile.open(QIODevice::ReadOnly));
    const QByteArray token = tokenFile.readAll().trimmed();
    EXPECT_EQ(token.size(), 64); // 256 bits, hex
    EXPECT_EQ(
        tokenFile.permissions()
            & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::Permissions());

    QUrl services = url;
    services.setPath(QStringLiteral("/subscriptions/s/providers/Microsoft.DataMigration/services"));
    services.setQuery(QStringLiteral("api-version=2025-06-30"));
    EXPECT_EQ(getStatus(services, token), 200);
    EXPECT_EQ(getStatus(services, "wrong"), 401);

    ::kill(pid_t(engine.processId()), SIGTERM);
    ASSERT_TRUE(engine.waitForFinished(15000));
    EXPECT_EQ(engine.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(engine.exitCode(), 0);

    // The same token file is used again on the next start.
    QProcess again;
    again.start(QStringLiteral(GODWIT_ENGINE_BINARY),
                {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
                 dir.filePath(QStringLiteral("data")), QStringLiteral("--token-file"),
                 dir.filePath(QStringLiteral("token"))});
    ASSERT_TRUE(again.waitForReadyRead(15000));
    const QUrl url2(QJsonDocument::fromJson(again.readLine()).object().value(QLatin1String("url")).toString());
    services.setPort(url2.port());
    EXPECT_EQ(getStatus(services, token), 200);
    again.terminate();
    EXPECT_TRUE(again.waitForFinished(15000));
}

TEST(EngineBinary, RefusesToListenBeyondLoopbackWithoutTls)
{
    QTemporaryDir dir;
    QProcess engine;
    engine.start(QStringLiteral(GODWIT_ENGINE_BINARY),
                 {QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"), QStringLiteral("--data-dir"),
                  dir.filePath(QStringLiteral("data"))});
    ASSERT_TRUE(engine.waitForFinished(15000));
    EXPECT_EQ(engine.exitCode(), 2);
    EXPECT_TRUE(engine.readAllStandardError().contains("without TLS"));
    EXPECT_TRUE(engine.readAllStandardOutput().isEmpty());
}

TEST(EngineBinary, BadArgumentsNameTheOption)
{
    QProcess engine;
    engine.start(QStringLiteral(GODWIT_ENGINE_BINARY), {QStringLiteral("--listen"), QStringLiteral("localhost")});
    ASSERT_TRUE(engine.waitForFinished(15000));
    EXPECT_EQ(engine.exitCode(), 2);
    EXPECT_TRUE(engine.readAllStandardError().contains("--listen"));
}
