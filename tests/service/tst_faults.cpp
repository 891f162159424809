// The request layer against a server that misbehaves: retries, timeouts, redirects, 401s.

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include "awaitjob.h"
#include "faultserver.h"
#include "service/dmsclient.h"
#include "service/session.h"
#include "support/printers.h"

using namespace godwit;
using test::FaultServer;

namespace {

const QByteArray kTask
    = R"({"id":"/subscriptions/s/resourceGroups/g/providers/Microsoft.DataMigration/services/v/projects/p/tasks/t","name":"t","properties":{"taskType":"GetUserTablesPostgreSql","state":"Running"}})";

core::ResourceId taskId()
{
    return core::ResourceId::forService(QStringLiteral("s"), QStringLiteral("g"), QStringLiteral("v"))
        .projectId(QStringLiteral("p"))
        .taskId(QStringLiteral("t"));
}

struct Client
{
    explicit Client(const QUrl &url, const QString &token = QStringLiteral("tok"))
        : tokens(token)
        , session(url, &tokens)
        , client(session)
    {
        session.retryPolicy.baseDelayMs = 10;
        session.retryPolicy.maxDelayMs = 50;
    }
    service::StaticTokenProvider tokens;
    service::Session session;
    service::DmsClient client;
};

/// A token provider that hands out "fresh-N" on each refresh and counts them.
class CountingTokens final : public service::TokenProvider
{
public:
    QString currentToken() const override { return m_token; }
    void refresh() override
    {
        ++refreshes;
        QTimer::singleShot(30, this, [this] {
            m_token = QStringLiteral("fresh-%1").arg(refreshes);
            Q_EMIT refreshed(true, QString());
        });
    }
    int refreshes = 0;

private:
    QString m_token = QStringLiteral("stale");
};

} // namespace

TEST(RequestFaults, ThrottledRequestsWaitForRetryAfterThenSucceed)
{
    FaultServer server;
    server.enqueue(FaultServer::Action::respond(429, R"({"error":{"code":"TooManyRequests","message":"slow down"}})",
                                                {{"Retry-After", "1"}}));
    server.enqueue(FaultServer::Action::respond(200, kTask));
    Client c(server.url());
    QElapsedTimer timer;
    timer.start();
    const auto out = test::await(c.client.getTask(taskId()));
    EXPECT_TRUE(out.ok) << qPrintable(out.error.userText());
    EXPECT_EQ(out.attempts, 2);
    EXPECT_GE(timer.elapsed(), 900); // the server's Retry-After was honoured, not the 10 ms backoff
    ASSERT_EQ(server.received().size(), 2);
    // The same client request id on both attempts, so the server can tell it is a retry.
    EXPECT_EQ(server.received()[0].header("x-ms-client-request-id"),
              server.received()[1].header("x-ms-client-request-id"));
    EXPECT_EQ(out.finishedSignals, 1);
}

TEST(RequestFaults, ServerErrorsAndResetsAreRetriedForIdempotentRequests)
{
    FaultServer server;
    server.enqueue(FaultServer::Action::respond(503));
    server.enqueue(FaultServer::Action::reset());
    server.enqueue(FaultServer::Action::respond(200, kTask));
    Client c(server.url());
    const auto out = test::await(c.client.getTask(taskId()));
    EXPECT_TRUE(out.ok) << qPrintable(out.error.userText());
    EXPECT_EQ(server.received().size(), 3); // the reset is retried (by Qt's transport or by the job)
    EXPECT_EQ(out.json.value(QLatin1String("name")).toString(), QStringLiteral("t"));
}

TEST(RequestFaults, RetriesAreBounded)
{
    FaultServer server;
    for (int i = 0; i < 10; ++i)
        server.enqueue(
            FaultServer::Action::respond(500, R"({"error":{"code":"InternalServerError","message":"boom"}})"));
    Client c(server.url());
    c.session.retryPolicy.maxRetries = 2;
    const auto out = test::await(c.client.getTask(taskId()));
    EXPECT_FALSE(out.ok);
    EXPECT_EQ(server.received().size(), 3);
    EXPECT_EQ(out.error.httpStatus, 500);
    EXPECT_EQ(out.error.code, QStringLiteral("InternalServerError"));
    EXPECT_EQ(out.error.message, QStringLiteral("boom"));
    EXPECT_TRUE(out.error.userText().contains(QLatin1String("boom")));
    EXPECT_TRUE(out.error.userText().contains(out.error.clientRequestId));
}

TEST(RequestFaults, CommandsAndCancelAreNeverResent)
{
    FaultServer server;
    server.enqueue(FaultServer::Action::respond(503, R"({"error":{"code":"ServiceUnavailable","message":"busy"}})"));
    server.enqueue(FaultServer::Action::reset());
    Client c(server.url());
    const auto command = test::await(c.client.sendCommand(
        taskId(), QJsonObject{{QStringLiteral("commandType"), QStringLiteral("Migrate.Sync.Complete.Database")}}));
    EXPECT_FALSE(command.ok);
    EXPECT_EQ(command.error.httpStatus, 503);
    EXPECT_EQ(command.attempts, 1);
    ASSERT_EQ(server.received().size(), 1);

    // A connection reset before any answer: the job does not send the cancel again. (Qt's HTTP
    // layer may re-send once on a connection that closed without answering; it carries the same
    // x-ms-client-request-id, by which the engine recognises and does not repeat it.)
    server.enqueue(FaultServer::Action::respond(503, R"({"error":{"code":"ServiceUnavailable","message":"busy"}})"));
    const auto cancel = test::await(c.client.cancelTask(taskId()));
    EXPECT_FALSE(cancel.ok);
    EXPECT_EQ(cancel.attempts, 1);
    ASSERT_GE(server.received().size(), 2);
    for (qsizetype i = 2; i < server.received().size(); ++i)
        EXPECT_EQ(server.received()[i].header("x-ms-client-request-id"),
                  server.received()[1].header("x-ms-client-request-id"));
}

TEST(RequestFaults, MalformedJsonIsAProtocolError)
{
    FaultServer server;
    server.enqueue(FaultServer::Action::respond(200, "{\"id\": "));
    Client c(server.url());
    const auto out = test::await(c.client.getTask(taskId()));
    EXPECT_FALSE(out.ok);
    EXPECT_EQ(out.error.kind, service::ServiceError::Kind::Protocol);
    EXPECT_TRUE(out.error.userText().contains(QLatin1String("could not be understood")));
}

TEST(RequestFaults, AnAnswerThatNeverEndsTimesOut)
{
    FaultServer server;
    server.enqueue(FaultServer::Action::hang());
    server.enqueue(FaultServer::Action::hang());
    Client c(server.url());
    c.session.transferTimeoutMs = 300;
    c.session.retryPolicy.maxRetries = 1;
    const auto out = test::await(c.client.getTask(taskId()));
    EXPECT_FALSE(out.ok);
    EXPECT_EQ(out.error.kind, service::ServiceError::Kind::Transport);
    EXPECT_EQ(out.attempts, 2);
    EXPECT_TRUE(out.error.userText().contains(QLatin1String("did not answer in time")))
        << qPrintable(out.error.userText());
}

TEST(RequestFaults, RedirectsToAnotherHostDropTheToken)
{
    FaultServer other(QHostAddress(QStringLiteral("127.0.0.2")));
    other.enqueue(FaultServer::Action::respond(200, kTask));
    FaultServer server;
    QUrl target = other.url();
    target.setPath(QStringLiteral("/elsewhere"));
    server.enqueue(FaultServer::Action::respond(307, {}, {{"Location", target.toString().toUtf8()}}));
    Client c(server.url(), QStringLiteral("secret-token"));
    const auto out = test::await(c.client.getTask(taskId()));
    EXPECT_TRUE(out.ok) << qPrintable(out.error.userText());
    ASSERT_EQ(server.received().size(), 1);
    EXPECT_EQ(server.received()[0].header("Authorization"), QByteArray("Bearer secret-token"));
    ASSERT_EQ(other.received().size(), 1);
    EXPECT_TRUE(other.received()[0].header("Authorization").isEmpty());
}

TEST(RequestFaults, A401StartsExactlyOneRefreshWhileOtherRequestsWait)
{
    FaultServer server;
    server.enqueue(
        FaultServer::Action::respond(401, R"({"error":{"code":"ExpiredAuthenticationToken","message":"expired"}})"));
    server.enqueue(
        FaultServer::Action::respond(401, R"({"error":{"code":"ExpiredAuthenticationToken","message":"expired"}})"));
    server.enqueue(FaultServer::Action::respond(200, kTask));
    server.enqueue(FaultServer::Action::respond(200, kTask));
    CountingTokens tokens;
    service::Session session(server.url(), &tokens);
    service::DmsClient client(session);
    const auto outs = test::awaitAll({client.getTask(taskId()), client.getTask(taskId())});
    EXPECT_TRUE(outs[0].ok) << qPrintable(outs[0].error.userText());
    EXPECT_TRUE(outs[1].ok) << qPrintable(outs[1].error.userText());
    EXPECT_EQ(tokens.refreshes, 1);
    EXPECT_EQ(server.received()[2].header("Authorization"), QByteArray("Bearer fresh-1"));
    EXPECT_EQ(server.received()[3].header("Authorization"), QByteArray("Bearer fresh-1"));
}

TEST(RequestFaults, AStaticTokenThatIsRejectedFailsWithAClearMessage)
{
    FaultServer server;
    server.enqueue(FaultServer::Action::respond(
        401, R"({"error":{"code":"InvalidAuthenticationToken","message":"The access token is invalid."}})"));
    Client c(server.url());
    const auto out = test::await(c.client.getTask(taskId()));
    EXPECT_FALSE(out.ok);
    EXPECT_EQ(out.error.httpStatus, 401);
    EXPECT_EQ(out.error.code, QStringLiteral("InvalidAuthenticationToken")); // the server's words, verbatim
    EXPECT_EQ(out.error.message, QStringLiteral("The access token is invalid."));
    EXPECT_TRUE(out.error.userText().contains(QLatin1String("engine's token"))) << qPrintable(out.error.userText());
    EXPECT_EQ(server.received().size(), 1);
}
