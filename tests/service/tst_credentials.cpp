// The token providers against a local OAuth server speaking the real protocol, a fake `az` on
// PATH, a scripted DMS endpoint and the private gnome-keyring of scripts/test.

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QUuid>

#include <gtest/gtest.h>

#include "awaitjob.h"
#include "core/clock.h"
#include "faultserver.h"
#include "oauthserver.h"
#include "service/credentials/azureclitokenprovider.h"
#include "service/credentials/browsersignintokenprovider.h"
#include "service/credentials/clientsecrettokenprovider.h"
#include "service/credentials/cloud.h"
#include "service/credentials/devicecodetokenprovider.h"
#include "service/credentials/keychaintokenprovider.h"
#include "service/dmsclient.h"
#include "service/session.h"
#include "support/printers.h"

using namespace godwit;
using service::Cloud;
using service::Keychain;
using service::KeychainResult;
using service::KeychainScope;
using test::awaitKeychain;
using test::awaitRefresh;
using test::FaultServer;
using test::OAuthServer;

namespace {

const QByteArray kTask
    = R"({"id":"/subscriptions/s/resourceGroups/g/providers/Microsoft.DataMigration/services/v/projects/p/tasks/t","name":"t","properties":{"taskType":"GetUserTablesPostgreSql","state":"Running"}})";

core::ResourceId taskId()
{
    return core::ResourceId::forService(QStringLiteral("s"), QStringLiteral("g"), QStringLiteral("v"))
        .projectId(QStringLiteral("p"))
        .taskId(QStringLiteral("t"));
}

/// The cloud of the test: Resource Manager wherever the test says, sign-in at the OAuth server.
Cloud cloudOf(const OAuthServer &server, const QUrl &arm = QUrl(QStringLiteral("https://management.azure.com")))
{
    return Cloud::custom(arm, server.url(), QStringLiteral("https://management.azure.com/"));
}

/// A keychain with its own index file, and a scope no other test uses.
struct KeychainFixture
{
    KeychainFixture()
        : keychain(dir.filePath(QStringLiteral("godwit.conf")))
        , scope{QStringLiteral("https://management.azure.com/%1").arg(QUuid::createUuid().toString(QUuid::Id128)),
                QStringLiteral("profile")}
    {
    }
    ~KeychainFixture()
    {
        awaitKeychain([&](Keychain::Callback done) { keychain.forgetScope(scope, nullptr, std::move(done)); });
    }
    KeychainResult write(const QString &name, const QString &value)
    {
        return awaitKeychain([&](Keychain::Callback done) {
            keychain.write(scope, name, core::Secret(value), nullptr, std::move(done));
        });
    }
    KeychainResult read(const QString &name)
    {
        return awaitKeychain([&](Keychain::Callback done) { keychain.read(scope, name, nullptr, std::move(done)); });
    }

    QTemporaryDir dir;
    Keychain keychain;
    KeychainScope scope;
};

bool hasSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

const char *const kNeedsSessionBus
    = "this test needs the private D-Bus session with an unlocked gnome-keyring that scripts/test starts";

/// What the browser got back from the loopback listener.
struct BrowserVisit
{
    QPointer<QNetworkReply> reply;
    bool finished = false;
    int status = 0;
    QByteArray body;
    QUrl finalUrl;

    void start(QNetworkAccessManager &browser, const QUrl &url)
    {
        reply = browser.get(QNetworkRequest(url));
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, r = reply.data()] {
            finished = true;
            status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            body = r->readAll();
            finalUrl = r->url();
            r->deleteLater();
        });
    }
};

} // namespace

// --- Clouds and OAuth helpers ---------------------------------------------------------------

TEST(Clouds, KnowTheirResourceManagerAuthorityAndAudience)
{
    const Cloud pub = Cloud::publicCloud();
    EXPECT_EQ(pub.armEndpoint, QUrl(QStringLiteral("https://management.azure.com")));
    EXPECT_EQ(pub.authorityHost, QUrl(QStringLiteral("https://login.microsoftonline.com")));
    EXPECT_EQ(pub.armScope(), QStringLiteral("https://management.azure.com/.default"));
    EXPECT_EQ(pub.oauthEndpoint(QStringLiteral("contoso.onmicrosoft.com"), QStringLiteral("token")),
              QUrl(QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token")));

    const Cloud gov = Cloud::usGovernment();
    EXPECT_EQ(gov.armEndpoint.host(), QStringLiteral("management.usgovcloudapi.net"));
    EXPECT_EQ(gov.authorityHost.host(), QStringLiteral("login.microsoftonline.us"));
    EXPECT_EQ(gov.armResource, QStringLiteral("https://management.usgovcloudapi.net/"));

    const Cloud china = Cloud::china();
    EXPECT_EQ(china.armEndpoint.host(), QStringLiteral("management.chinacloudapi.cn"));
    EXPECT_EQ(china.authorityHost.host(), QStringLiteral("login.chinacloudapi.cn"));
    EXPECT_EQ(china.armScope(), QStringLiteral("https://management.chinacloudapi.cn/.default"));

    const Cloud custom = Cloud::custom(QUrl(QStringLiteral("https://management.local.azurestack.external")),
                                       QUrl(QStringLiteral("https://login.example/adfs/")));
    EXPECT_TRUE(custom.isValid());
    EXPECT_EQ(custom.armResource, QStringLiteral("https://management.local.azurestack.external/"));
    EXPECT_EQ(custom.oauthEndpoint(QStringLiteral("t"), QStringLiteral("devicecode")),
              QUrl(QStringLiteral("https://login.example/adfs/t/oauth2/v2.0/devicecode")));
    EXPECT_FALSE(Cloud::custom(QUrl(QStringLiteral("https://arm.example")), QUrl()).isValid());

    for (Cloud::Kind kind : {Cloud::Kind::Public, Cloud::Kind::UsGovernment, Cloud::Kind::China, Cloud::Kind::Custom}) {
        Cloud::Kind parsed = Cloud::Kind::Public;
        EXPECT_TRUE(Cloud::kindFromName(Cloud::kindName(kind), &parsed));
        EXPECT_EQ(parsed, kind);
    }
    EXPECT_STREQ(service::kAzureCliClientId, "04b07795-8ddb-461a-bbee-02f9e1bf7b46");
}

TEST(OAuthHelpers, PkceChallengeIsS256Base64UrlWithoutPadding)
{
    // RFC 7636 appendix B.
    EXPECT_EQ(service::oauth::pkceChallenge(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
              QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const QString verifier = service::oauth::randomToken(32);
    EXPECT_EQ(verifier.size(), 43);
    EXPECT_NE(verifier, service::oauth::randomToken(32));
    for (QChar c : verifier)
        EXPECT_TRUE(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')) << int(c.unicode());
}

TEST(OAuthHelpers, FormEncodingKeepsReservedCharactersIntact)
{
    EXPECT_EQ(service::oauth::formEncode({{QStringLiteral("client_secret"), QStringLiteral("a+b&c=d e~ü")},
                                          {QStringLiteral("scope"), QStringLiteral("x/.default offline_access")}}),
              QByteArray("client_secret=a%2Bb%26c%3Dd%20e~%C3%BC&scope=x%2F.default%20offline_access"));
}

// --- Service principal (client credentials) -------------------------------------------------

TEST(ClientSecretTokens, AreIssuedForTheArmScopeWithTheSecretFromTheKeychain)
{
    ASSERT_TRUE(hasSessionBus()) << kNeedsSessionBus;
    OAuthServer server;
    KeychainFixture kc;
    ASSERT_TRUE(kc.write(service::ClientSecretTokenProvider::clientSecretName(), server.clientSecret).ok());
    service::ClientSecretTokenProvider tokens(cloudOf(server), server.tenant, server.clientId, &kc.keychain, kc.scope);
    EXPECT_TRUE(tokens.currentToken().isEmpty());

    const auto out = awaitRefresh(tokens);
    ASSERT_TRUE(out.ok) << qPrintable(out.error);
    EXPECT_EQ(out.signalCount, 1);
    EXPECT_EQ(tokens.currentToken(), server.lastAccessToken());
    EXPECT_TRUE(tokens.expiresAt().isValid());

    const auto requests = server.tokenRequests(QStringLiteral("client_credentials"));
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests[0].path, QStringLiteral("/contoso.example/oauth2/v2.0/token"));
    EXPECT_EQ(requests[0].field("scope"), QStringLiteral("https://management.azure.com/.default"));
    EXPECT_EQ(requests[0].field("client_id"), server.clientId);
    // Reserved characters of the secret arrived as they are.
    EXPECT_EQ(requests[0].field("client_secret"), server.clientSecret);
}

TEST(ClientSecretTokens, AWrongSecretFailsWithTheServersWordsVerbatim)
{
    ASSERT_TRUE(hasSessionBus()) << kNeedsSessionBus;
    OAuthServer server;
    KeychainFixture kc;
    ASSERT_TRUE(kc.write(service::ClientSecretTokenProvider::clientSecretName(), QStringLiteral("wrong")).ok());
    service::ClientSecretTokenProvider tokens(cloudOf(server), server.tenant, server.clientId, &kc.keychain, kc.scope);
    const auto out = awaitRefresh(tokens);
    ASSERT_TRUE(out.finished);
    EXPECT_FALSE(out.ok);
    EXPECT_TRUE(out.error.contains(QLatin1String("invalid_client"))) << qPrintable(out.error);
    EXPECT_TRUE(out.error.contains(QLatin1String("AADSTS7000215: Invalid client secret provided.")))
        << qPrintable(out.error);
    EXPECT_TRUE(out.error.contains(QLatin1String("service principal"))) << qPrintable(out.error);
    EXPECT_TRUE(tokens.currentToken().isEmpty());
}

TEST(ClientSecretTokens, AMissingSecretIsReportedWithoutAsking)
{
    ASSERT_TRUE(hasSessionBus()) << kNeedsSessionBus;
    OAuthServer server;
    KeychainFixture kc;
    service::ClientSecretTokenProvider tokens(cloudOf(server), server.tenant, server.clientId, &kc.keychain, kc.scope);
    const auto out = awaitRefresh(tokens);
    EXPECT_FALSE(out.ok);
    EXPECT_TRUE(out.error.contains(QLatin1String("no client secret is saved"))) << qPrintable(out.error);
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST(ClientSecretTokens, ASilentTokenEndpointTimesOut)
{
    ASSERT_TRUE(hasSessionBus()) << kNeedsSessionBus;
    FaultServer silent;
    silent.enqueue(FaultServer::Action::hang());
    KeychainFixture kc;
    ASSERT_TRUE(kc.write(service::ClientSecretTokenProvider::clientSecretName(), QStringLiteral("x")).ok());
    service::ClientSecretTokenProvider tokens(
        Cloud::custom(QUrl(QStringLiteral("https://management.azure.com")), silent.url()), QStringLiteral("t"),
        QStringLiteral("c"), &kc.keychain, kc.scope);
    tokens.setRequestTimeoutMs(300);
    QElapsedTimer timer;
    timer.start();
    const auto out = awaitRefresh(tokens);
    ASSERT_TRUE(out.finished);
    EXPECT_FALSE(out.ok);
    EXPECT_TRUE(out.error.contains(QLatin1String("did not answer"))) << qPrintable(out.error);
    EXPECT_LT(timer.elapsed(), 10000);
    ASSERT_EQ(silent.received().size(), 1);
    EXPECT_EQ(silent.received()[0].header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
}

// --- A 401 from the DMS endpoint ------------------------------------------------------------

TEST(CredentialsWithSession, A401FromTheDmsEndpointRefreshesTheTokenExactlyOnce)
{
    ASSERT_TRUE(hasSessionBus()) << kNeedsSessionBus;
    OAuthServer oauth;
    FaultServer arm;
    KeychainFixture kc;
    ASSERT_TRUE(kc.write(service::ClientSecretTokenProvider::clientSecretName(), oauth.clientSecret).ok());
    service::ClientSecretTokenProvider tokens(cloudOf(oauth, arm.url()), oauth.tenant, oauth.clientId, &kc.keychain,
                                              kc.scope);
    service::Session session(arm.url(), &tokens);
    service::DmsClient client(session);

    // The first request has no token yet: the session gets one first.
    arm.enqueue(FaultServer::Action::respond(200, kTask));
    const auto first = test::await(client.getTask(taskId()));
    ASSERT_TRUE(first.ok) << qPrintable(first.error.userText());
    const QString firstToken = oauth.lastAccessToken();
    ASSERT_EQ(arm.received().size(), 1);
    EXPECT_EQ(arm.received()[0].header("Authorization"), QByteArray("Bearer " + firstToken.toLatin1()));
    ASSERT_EQ(oauth.tokenRequests(QStringLiteral("client_credentials")).size(), 1);

    // Both requests are refused with that token; one refresh serves both.
    const QByteArray expired
        = R"({"error":{"code":"ExpiredAuthenticationToken","message":"The access token expiry UTC time is earlier than current UTC time."}})";
    arm.enqueue(FaultServer::Action::respond(401, expired));
    arm.enqueue(FaultServer::Action::respond(401, expired));
    arm.enqueue(FaultServer::Action::respond(200, kTask));
    arm.enqueue(FaultServer::Action::respond(200, kTask));
    const auto outs = test::awaitAll({client.getTask(taskId()), client.getTask(taskId())});
    EXPECT_TRUE(outs[0].ok) << qPrintable(outs[0].error.userText());
    EXPECT_TRUE(outs[1].ok) << qPrintable(outs[1].error.userText());
    EXPECT_EQ(oauth.tokenRequests(QStringLiteral("client_credentials")).size(), 2); // exactly one refresh
    const QString secondToken = oauth.lastAccessToken();
    EXPECT_NE(secondToken, firstToken);
    ASSERT_EQ(arm.received().size(), 5);
    EXPECT_EQ(arm.received()[1].header("Authorization"), QByteArray("Bearer " + firstToken.toLatin1()));
    EXPECT_EQ(arm.received()[2].header("Authorization"), QByteArray("Bearer " + firstToken.toLatin1()));
    EXPECT_EQ(arm.received()[3].header("Authorization"), QByteArray("Bearer " + secondToken.toLatin1()));
    EXPECT_EQ(arm.received()[4].header("Authorization"), QByteArray("Bearer " + secondToken.toLatin1()));
}

TEST(CredentialsWithSession, ATokenAboutToExpireIsRefreshedBeforeTheRequest)
{
    ASSERT_TRUE(hasSessionBus()) << kNeedsSessionBus;
    core::ManualClock clock;
    core::Clock::install(&clock);
    OAuthServer oauth;
    oauth.expiresIn = 3600;
    FaultServer arm;
    KeychainFixture kc;
    ASSERT_TRUE(kc.write(service::ClientSecretTokenProvider::clientSecretName(), oauth.clientSecret).ok());
    service::ClientSecretTokenProvider tokens(cloudOf(oauth, arm.url()), oauth.tenant, oauth.clientId, &kc.keychain,
                                              kc.scope);
    ASSERT_TRUE(awaitRefresh(tokens).ok);
    const QString firstToken = tokens.currentToken();
    ASSERT_FALSE(firstToken.isEmpty());

    clock.advance(3600 * 1000 - 299 * 1000); // within five minutes of expiry
    EXPECT_TRUE(tokens.currentToken().isEmpty());
    service::Session session(arm.url(), &tokens);
    service::DmsClient client(session);
    arm.enqueue(FaultServer::Action::respond(200, kTask));
    const auto out = test::await(client.getTask(taskId()));
    core::Clock::install(nullptr);
    ASSERT_TRUE(out.ok) << qPrintable(out.error.userText());
    EXPECT_EQ(oauth.tokenRequests(QStringLiteral("client_credentials")).size(), 2);
    ASSERT_EQ(arm.received().size(), 1); // never sent with the old token, never refused
    EXPECT_EQ(arm.received()[0].header("Authorization"), QByteArray("Bearer " + oauth.lastAccessToken().toLatin1()));
    EXPECT_NE(oauth.lastAccessToken(), firstToken);
}

// --- Device code ----------------------------------------------------------------------------

TEST(DeviceCodeSignIn, ShowsTheCodeAndPollsHonouringSlowDown)
{
    ASSERT_TRUE(hasSessionBus()) << kNeedsSessionBus;
    OAuthServer server;
    server.deviceInterval = 1;
    server.deviceScript = {QStringLiteral("authorization_pending"), QStringLiteral("slow_down"),
                           QStringLiteral("authorization_pending"), QStringLiteral("ok")};
    KeychainFixture kc;
    service::DeviceCodeTokenProvider tokens(cloudOf(server), server.tenant, server.clientId, &kc.keychain, kc.scope);
    constexpr int unitMs = 40; // one server "second"
    tokens.setTimeUnitMs(unitMs);
    QString userCode;
    QUrl verification;
    QString message;
    int shown = 0;
    QObject::connect(&tokens, &service::DeviceCodeTokenProvider::deviceCodeReady,
                     [&](const QString &code, const QUrl &uri, const QString &text) {
                         ++shown;
                         userCode = code;
                         verification = uri;
                         message = text;
                     });

    const auto out = awaitRefresh(tokens);
    ASSERT_TRUE(out.ok) << qPrintable(out.error);
    EXPECT_EQ(out.signalCount, 1);
    EXPECT_EQ(shown, 1);
    EXPECT_EQ(userCode, server.userCode);
    EXPECT_EQ(verification, QUrl(QString(server.url().toString() + QStringLiteral("/devicelogin"))));
    EXPECT_TRUE(message.contains(server.userCode));
    EXPECT_EQ(tokens.currentToken(), server.lastAccessToken());

    const auto devicecode = std::count_if(server.requests().begin(), server.requests().end(),
                                          [](const auto &r) { return r.path.endsWith(QLatin1String("/devicecode")); });
    EXPECT_EQ(devicecode, 1);
    const auto polls = server.tokenRequests(QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    ASSERT_EQ(polls.size(), 4);
    EXPECT_EQ(tokens.polls(), 4);
    EXPECT_EQ(tokens.pollInterval(), 1 + 5); // slow_down added five seconds
    for (const auto &poll : polls) {
        EXPECT_TRUE(poll.field("device_code").startsWith(QLatin1String("dc-")));
        EXPECT_EQ(poll.field("client_id"), server.clientId);
    }
    // Polls 1-3 are one interval apart; after slow_down (answer to poll 2) they are six apart.
    // Lower bounds only: timers never fire early, but a busy machine may fire them late.
    const qint64 before = polls[1].atMs - polls[0].atMs;
    const qint64 after = polls[2].atMs - polls[1].atMs;
    const qint64 afterAgain = polls[3].atMs - polls[2].atMs;
    EXPECT_GE(before, unitMs - 5);
    EXPECT_GE(after, 6 * unitMs - 5) << "before " << before << " ms, after " << after << " ms";
    EXPECT_GE(afterAgain, 6 * unitMs - 5);

    // The refresh token went to the keychain.
    const auto saved = kc.read(service::InteractiveTokenProvider::refreshTokenName());
    ASSERT_TRUE(saved.ok()) << qPrintable(saved.error);
    EXPECT_EQ(saved.value.reveal(), server.lastRefreshToken());
}

TEST(DeviceCodeSignIn, AnExpiredCodeFailsClearly)
{
    OAuthServer server;
    server.deviceScript = {QStringLiteral("authorization_pending"), QStringLiteral("expired_token")};
    service::DeviceCodeTokenProvider tokens(cloudOf(server), server.tenant, server.clientId, nullptr, {});
    tokens.setTimeUnitMs(10);
    const auto out = awaitRefresh(tokens);
    ASSERT_TRUE(out.finished);
    EXPECT_FALSE(out.ok);
    EXPECT_TRUE(out.error.contains(QLatin1String("expired"))) << qPrintable(out.error);
    EXPECT_TRUE(out.error.contains(QLatin1String("AADSTS70020"))) << qPrintable(out.error);
    EXPECT_EQ(tokens.polls(), 2);
    EXPECT_TRUE(tokens.currentToken().isEmpty());
}

TEST(DeviceCodeSignIn, ADeclinedSignInFailsClearly)
{
    OAuthServer server;
    server.deviceScript = {QStringLiteral("access_denied")};
    service::DeviceCodeTokenProvider tokens(cloudOf(server), server.tenant, server.clientId, nullptr, {});
    tokens.setTimeUnitMs(10);
    const auto out = awaitRefresh(tokens);
    EXPECT_FALSE(out.ok);
    EXPECT_TRUE(out.error.contains(QLatin1String("declined"))) << qPrintable(out.error);
    EXPECT_TRUE(out.error.contains(QLatin1String("access_denied"))) << qPrintable(out.error);
}

TEST(DeviceCodeSignIn, TheLocalExpiryEndsPollingEvenIfTheServerKeepsSayingPending)
{
    OAuthServer server;
    server.deviceExpiresIn = 4;
    for (int i = 0; i < 50; ++i)
        server.deviceScript.append(QStringLiteral("authorization_pending"));
    service::DeviceCodeTokenProvider tokens(cloudOf(server), server.tenant, server.clientId, nullptr, {});
    tokens.setTimeUnitMs(20);
    const auto out = awaitRefresh(tokens);
    EXPECT_FALSE(out.ok);
    EXPECT_TRUE(out.error.contains(QLatin1String("expired"))) << qPrintable(out.error);
    EXPECT_LE(tokens.polls(), 4);
}

TEST(DeviceCodeSignIn, CanBeCancelledAndThenStopsPolling)
{
    OAuthServer server;
    for (int i = 0; i < 50; ++i)
        server.deviceScript.append(QStringLiteral("authorization_pending"));
    service::DeviceCodeTokenProvider tokens(cloudOf(server), server.tenant, server.clientId, nullptr, {});
    tokens.setTimeUnitMs(20);
    const auto out = awaitRefresh(tokens, [&] {
        tokens.refresh();
        QObject::connect(&tokens, &service::DeviceCodeTokenProvider::deviceCodeReady, &tokens,
                         [&] { QTimer::singleShot(100, &tokens, [&] { tokens.cancel(); }); });
    });
    ASSERT_TRUE(out.finished);
    EXPECT_FALSE(out.ok);
    EXPECT_TRUE(out.error.contains(QLatin1String("cancelled"))) << qPrintable(out.error);
    EXPECT_FALSE(tokens.isSigningIn());
    const int polls = tokens.polls();
    const qsizetype requests = server.requests().size();
    test::spin(200);
    EXPECT_EQ(tokens.polls(), polls);
    EXPECT_EQ(server.requests().size(), requests);
}

TEST(DeviceCodeSignIn, ACancelRightAfterRefreshStartsNothing)
{
    OAuthServer server;
    service::DeviceCodeTokenProvider tokens(cloudOf(server), server.tenant, server.clientId, nullptr, {});
    const auto out = awaitRefresh(tokens, [&] {
        tokens.refresh();
        tokens.cancel();
    });
    EXPECT_FALSE(out.ok);
    EXPECT_EQ(out.signalCount, 1);
    test::spin(100);
    EXPECT_TRUE(server.requests().isEmpty());
}

// --- Browser sign-in (authorization code + PKCE) --------------------------------------------

TEST(BrowserSignIn, CompletesThroughTheLoopbackRedirectAndKeepsTheRefreshTokenInTheKeychain)
{
    ASSERT_TRUE(hasSessionBus()) << kNeedsSessionBus;
    OAuthServer server;
    KeychainFixture kc;
    QUrl authorizeUrl;
    QNetworkAccessManager browser;
    BrowserVisit visit;
    {
        service::BrowserSignInTokenProvider tokens(cloudOf(server), server.tenant, server.clientId, &kc.keychain,
                                                   kc.scope);
        QObject::connect(&tokens, &service::BrowserSignInTokenProvider::openBrowserRequested, [&](const QUrl &url) {
            authorizeUrl = url;
            visit.start(browser, url); // the person signs in; the server redirects to the listener
        });
        const auto out = awaitRefresh(tokens);
        ASSERT_TRUE(out.ok) << qPrintable(out.error);
        EXPECT_EQ(out.signalCount, 1);
        EXPECT_EQ(tokens.currentToken(), server.lastAccessToken());

        // What the browser was sent to.
        const QUrlQuery query(authorizeUrl);
        const auto param
            = [&](const char *name) { return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded); };
        EXPECT_EQ(authorizeUrl.path(), QStringLiteral("/contoso.example/oauth2/v2.0/authorize"));
        EXPECT_EQ(param("response_type"), QStringLiteral("code"));
        EXPECT_EQ(param("code_challenge_method"), QStringLiteral("S256"));
        EXPECT_EQ(param("code_challenge").size(), 43);
        EXPECT_GE(param("state").size(), 16);
        EXPECT_EQ(param("scope"), QStringLiteral("https://management.azure.com/.default offline_access"));
        const QUrl redirect(param("redirect_uri"));
        EXPECT_EQ(redirect.scheme(), QStringLiteral("http"));
        EXPECT_EQ(redirect.host(), QStringLiteral("127.0.0.1"));
        EXPECT_GT(redirect.port(), 0);
        EXPECT_EQ(redirect.path(), QStringLiteral("/"));

        // The code was redeemed with the verifier of that challenge and the same redirect URI.
        const auto exchanges = server.tokenRequests(QStringLiteral("authorization_code"));
        ASSERT_EQ(exchanges.size(), 1);
        EXPECT_EQ(service::oauth::pkceChallenge(exchanges[0].field("code_verifier")), param("code_challenge"));
        EXPECT_EQ(exchanges[0].field("redirect_uri"), param("redirect_uri"));

        // The browser got the success page from the listener.
        ASSERT_TRUE(test::waitUntil([&] { return visit.finished; }, 5000));
        EXPECT_EQ(visit.status, 200);
        EXPECT_EQ(visit.finalUrl.host(), QStringLiteral("127.0.0.1"));
        EXPECT_TRUE(visit.body.contains("godwit-signin-success")) << visit.body.constData();

        // The listener is gone once the answer is in.
        EXPECT_TRUE(tokens.redirectUri().isEmpty());
    }

    // The refresh token is in the keychain, and only there.
    const QString refreshToken = server.lastRefreshToken();
    const auto saved = kc.read(service::InteractiveTokenProvider::refreshTokenName());
    ASSERT_TRUE(saved.ok()) << qPrintable(saved.error);
    EXPECT_EQ(saved.value.reveal(), refreshToken);

    // A new provider (the next start of Godwit) renews silently with it: no browser this time.
    service::BrowserSignInTokenProvider again(cloudOf(server), server.tenant, server.clientId, &kc.keychain, kc.scope);
    int browserOpened = 0;
    QObject::connect(&again, &service::BrowserSignInTokenProvider::openBrowserRequested, [&] { ++browserOpened; });
    const auto renewed = awaitRefresh(again);
    ASSERT_TRUE(renewed.ok) << qPrintable(renewed.error);
    EXPECT_EQ(browserOpened, 0);
    const auto refreshes = server.tokenRequests(QStringLiteral("refresh_token"));
    ASSERT_EQ(refreshes.size(), 1);
    EXPECT_EQ(refreshes[0].field("refresh_token"), refreshToken);
    EXPECT_EQ(again.currentToken(), server.lastAccessToken());
    // The rotated refresh token replaced the old one.
    EXPECT_EQ(kc.read(service::InteractiveTokenProvider::refreshTokenName()).value.reveal(), server.lastRefreshToken());
    EXPECT_NE(server.lastRefreshToken(), refreshToken);
}

TEST(BrowserSignIn, ARefusedRefreshTokenFallsBackToTheBrowser)
{
    ASSERT_TRUE(hasSessionBus()) << kNeedsSessionBus;
    OAuthServer server;
    KeychainFixture kc;
    ASSERT_TRUE(kc.write(service::InteractiveTokenProvider::refreshTokenName(), QStringLiteral("revoked")).ok());
    QNetworkAccessManager browser;
    BrowserVisit visit;
    service::BrowserSignInTokenProvider tokens(cloudOf(server), server.tenant, server.clientId, &kc.keychain, kc.scope);
    QObject::connect(&tokens, &service::BrowserSignInTokenProvider::openBrowserRequested,
                     [&](const QUrl &url) { visit.start(browser, url); });
    const auto out = awaitRefresh(tokens);
    ASSERT_TRUE(out.ok) << qPrintable(out.error);
    EXPECT_EQ(server.tokenRequests(QStringLiteral("refresh_token")).size(), 1);
    EXPECT_EQ(server.tokenRequests(QStringLiteral("authorization_code")).size(), 1);
    EXPECT_EQ(kc.read(service::InteractiveTokenProvider::refreshTokenName()).value.reveal(), server.lastRefreshToken());
}

TEST(BrowserSignIn, APkceVerifierMismatchIsRejectedByTheServerAndReported)
{
    OAuthServer server;
    QNetworkAccessManager browser;
    BrowserVisit visit;
    service::BrowserSignInTokenProvider tokens(cloudOf(server), server.tenant, server.clientId, nullptr, {});
    QObject::connect(&tokens, &service::BrowserSignInTokenProvider::openBrowserRequested, [&](const QUrl &url) {
        // The authorization request reaches the server with another challenge than the one
        // this client holds the verifier of.
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("code_challenge"));
        query.addQueryItem(QStringLiteral("code_challenge"),
                           service::oauth::pkceChallenge(service::oauth::randomToken(32)));
        QUrl tampered = url;
        tampered.setQuery(query);
        visit.start(browser, tampered);
    });
    const auto out = awaitRefresh(tokens);
    ASSERT_TRUE(out.finished);
    EXPECT_FALSE(out.ok);
    EXPECT_TRUE(out.error.contains(QLatin1String("invalid_grant"))) << qPrintable(out.error);
    EXPECT_TRUE(out.error.contains(QLatin1String("AADSTS501481"))) << qPrintable(out.error);
    EXPECT_TRUE(tokens.currentToken().isEmpty());
    ASSERT_EQ(server.tokenRequests(QStringLiteral("authorization_code")).size(), 1);

    // The browser was told too.
    ASSERT_TRUE(test::waitUntil([&] { return visit.finished; }, 5000));
    EXPECT_EQ(visit.status, 400);
    EXPECT_TRUE(visit.body.contains("godwit-signin-failure"));
    EXPECT_TRUE(visit.body.contains("AADSTS501481"));
}

TEST(BrowserSignIn, ACallbackWithAWrongStateIsRejected)
{
    OAuthServer server;
    QNetworkAccessManager browser;
    BrowserVisit visit;
    service::BrowserSignInTokenProvider tokens(cloudOf(server), server.tenant, server.clientId, nullptr, {});
    QObject::connect(&tokens, &service::BrowserSignInTokenProvider::openBrowserRequested, [&](const QUrl &url) {
        // Another site drives the browser to the listener with a code of its own.
        QUrl forged(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        forged.setQuery(QStringLiteral("code=attacker-code&state=forged-state"));
        visit.start(browser, forged);
    });
    const auto out = awaitRefresh(tokens);
    ASSERT_TRUE(out.finished);
    EXPECT_FALSE(out.ok);
    EXPECT_TRUE(out.error.contains(QLatin1String("state"))) << qPrintable(out.error);
    EXPECT_TRUE(server.tokenRequests(QStringLiteral("authorization_code")).isEmpty()); // the code was never redeemed
    ASSERT_TRUE(test::waitUntil([&] { return visit.finished; }, 5000));
    EXPECT_EQ(visit.status, 400);
    EXPECT_TRUE(visit.body.contains("godwit-signin-failure"));
    EXPECT_TRUE(visit.body.contains("state"));
    EXPECT_TRUE(tokens.redirectUri().isEmpty()); // no longer listening
}

TEST(BrowserSignIn, AnErrorFromTheServerIsShownVerbatim)
{
    OAuthServer server;
    server.authorizeError = QStringLiteral("access_denied");
    QNetworkAccessManager browser;
    BrowserVisit visit;
    service::BrowserSignInTokenProvider tokens(cloudOf(server), server.tenant, server.clientId, nullptr, {});
    QObject::connect(&tokens, &service::BrowserSignInTokenProvider::openBrowserRequested,
                     [&](const QUrl &url) { visit.start(browser, url); });
    const auto out = awaitRefresh(tokens);
    EXPECT_FALSE(out.ok);
    EXPECT_TRUE(out.error.contains(QLatin1String("access_denied"))) << qPrintable(out.error);
    EXPECT_TRUE(out.error.contains(QLatin1String("AADSTS65004: User declined to consent to access the app.")))
        << qPrintable(out.error);
    ASSERT_TRUE(test::waitUntil([&] { return visit.finished; }, 5000));
    EXPECT_EQ(visit.status, 400);
    EXPECT_TRUE(visit.body.contains("AADSTS65004"));
}

TEST(BrowserSignIn, OtherPathsAreNotAnswersAndTheSignInGoesOn)
{
    OAuthServer server;
    QNetworkAccessManager browser;
    BrowserVisit favicon;
    BrowserVisit visit;
    service::BrowserSignInTokenProvider tokens(cloudOf(server), server.tenant, server.clientId, nullptr, {});
    QObject::connect(&tokens, &service::BrowserSignInTokenProvider::openBrowserRequested, [&](const QUrl &url) {
        favicon.start(browser, tokens.redirectUri().resolved(QUrl(QStringLiteral("/favicon.ico"))));
        QObject::connect(favicon.reply, &QNetworkReply::finished, &tokens, [&, url] { visit.start(browser, url); });
    });
    const auto out = awaitRefresh(tokens);
    ASSERT_TRUE(out.ok) << qPrintable(out.error);
    EXPECT_EQ(favicon.status, 404);
    ASSERT_TRUE(test::waitUntil([&] { return visit.finished; }, 5000));
    EXPECT_EQ(visit.status, 200);
}

TEST(BrowserSignIn, TimesOutWhenTheBrowserNeverAnswers)
{
    OAuthServer server;
    service::BrowserSignInTokenProvider tokens(cloudOf(server), server.tenant, server.clientId, nullptr, {});
    tokens.setSignInTimeoutMs(200);
    QUrl redirect;
    QObject::connect(&tokens, &service::BrowserSignInTokenProvider::openBrowserRequested,
                     [&] { redirect = tokens.redirectUri(); });
    const auto out = awaitRefresh(tokens);
    EXPECT_FALSE(out.ok);
    EXPECT_TRUE(out.error.contains(QLatin1String("did not finish"))) << qPrintable(out.error);
    ASSERT_TRUE(redirect.isValid());
    // The port is closed again.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    EXPECT_FALSE(probe.waitForConnected(1000));
}

TEST(BrowserSignIn, ResultPagesComeFromResourcesAndEscapeTheMessage)
{
    const QByteArray success = service::BrowserSignInTokenProvider::resultPage(true);
    EXPECT_TRUE(success.startsWith("<!DOCTYPE html>"));
    EXPECT_TRUE(success.contains("godwit-signin-success"));
    const QByteArray failure
        = service::BrowserSignInTokenProvider::resultPage(false, QStringLiteral("<script>alert(1)</script> & more"));
    EXPECT_TRUE(failure.contains("godwit-signin-failure"));
    EXPECT_TRUE(failure.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
    EXPECT_FALSE(failure.contains("<script>"));
    EXPECT_FALSE(failure.contains("{{message}}"));
}

// --- Azure CLI --------------------------------------------------------------------------------

namespace {

/// A fake `az` first on PATH for the lifetime of the object.
class FakeAz
{
public:
    explicit FakeAz(const QByteArray &body)
    {
        const QString path = m_dir.filePath(QStringLiteral("az"));
        QFile script(path);
        if (script.open(QIODevice::WriteOnly)) {
            script.write("#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + argsFile().toUtf8() + "'\n" + body);
            script.close();
        }
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_oldPath = qgetenv("PATH");
        qputenv("PATH", m_dir.path().toUtf8() + ':' + m_oldPath);
    }
    ~FakeAz() { qputenv("PATH", m_oldPath); }
    QString argsFile() const { return m_dir.filePath(QStringLiteral("args")); }
    QStringList arguments() const
    {
        QFile file(argsFile());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QStringList out = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        out.removeAll(QString());
        return out;
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_oldPath;
};

} // namespace

TEST(AzureCliTokens, ComeFromTheCliWithTheArmResourceAndExpiry)
{
    const qint64 expiresOn = QDateTime::currentSecsSinceEpoch() + 3000;
    FakeAz az(
        "cat <<'EOF'\n{\n  \"accessToken\": \"eyJ0eXAiOiJKV1Qi.cli-token\",\n  \"expiresOn\": \"2030-01-01 "
        "00:00:00.000000\",\n  \"expires_on\": "
        + QByteArray::number(expiresOn)
        + ",\n  \"subscription\": \"sub-1\",\n  \"tenant\": \"tenant-1\",\n  \"tokenType\": \"Bearer\"\n}\nEOF\n");
    service::AzureCliTokenProvider tokens(Cloud::usGovernment(), QStringLiteral("tenant-1"), QStringLiteral("sub-1"));
    const auto out = awaitRefresh(tokens);
    ASSERT_TRUE(out.ok) << qPrintable(out.error);
    EXPECT_EQ(tokens.currentToken(), QStringLiteral("eyJ0eXAiOiJKV1Qi.cli-token"));
    EXPECT_EQ(tokens.expiresAt().toSecsSinceEpoch(), expiresOn); // expires_on wins over expiresOn
    EXPECT_EQ(az.arguments(),
              (QStringList{QStringLiteral("account"), QStringLiteral("get-access-token"), QStringLiteral("--resource"),
                           QStringLiteral("https://management.usgovcloudapi.net/"), QStringLiteral("--output"),
                           QStringLiteral("json"), QStringLiteral("--subscription"), QStringLiteral("sub-1")}));
}

TEST(AzureCliTokens, PassTheTenantWhenThereIsNoSubscription)
{
    service::AzureCliTokenProvider tokens(Cloud::publicCloud(), QStringLiteral("contoso.example"), QString());
    EXPECT_EQ(tokens.arguments(),
              (QStringList{QStringLiteral("account"), QStringLiteral("get-access-token"), QStringLiteral("--resource"),
                           QStringLiteral("https://management.azure.com/"), QStringLiteral("--output"),
                           QStringLiteral("json"), QStringLiteral("--tenant"), QStringLiteral("contoso.example")}));
}

TEST(AzureCliTokens, ReadTheOlderLocalTimeExpiry)
{
    core::Secret token;
    QDateTime expiresAt;
    QString error;
    ASSERT_TRUE(service::AzureCliTokenProvider::parseOutput(
        R"({"accessToken":"t","expiresOn":"2031-02-03 04:05:06.123456","tokenType":"Bearer"})", &token, &expiresAt,
        &error));
    EXPECT_EQ(token.reveal(), QStringLiteral("t"));
    EXPECT_EQ(expiresAt, QDateTime(QDate(2031, 2, 3), QTime(4, 5, 6), Qt::LocalTime).toUTC());
    EXPECT_FALSE(service::AzureCliTokenProvider::parseOutput("not json", &token, &expiresAt, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(service::AzureCliTokenProvider::parseOutput(R"({"tokenType":"Bearer"})", &token, &expiresAt, &error));
    EXPECT_TRUE(error.contains(QLatin1String("no access token")));
}

TEST(AzureCliTokens, AreRefreshedBeforeTheyExpire)
{
    core::ManualClock clock;
    core::Clock::install(&clock);
    const qint64 expiresOn = clock.now().toSecsSinceEpoch() + 3600;
    FakeAz az(R"(echo '{"accessToken":"first","expires_on":)" + QByteArray::number(expiresOn) + "}'\n");
    service::AzureCliTokenProvider tokens(Cloud::publicCloud(), QString(), QString());
    ASSERT_TRUE(awaitRefresh(tokens).ok);
    EXPECT_EQ(tokens.currentToken(), QStringLiteral("first"));
    clock.advance((3600 - 301) * 1000);
    EXPECT_EQ(tokens.currentToken(), QStringLiteral("first"));
    clock.advance(2000); // inside the last five minutes: the session will ask for a new one
    EXPECT_TRUE(tokens.currentToken().isEmpty());
    core::Clock::install(nullptr);
}

TEST(AzureCliTokens, AMissingCliIsAClearError)
{
    service::AzureCliTokenProvider tokens(Cloud::publicCloud(), QString(), QString());
    tokens.setProgram(QStringLiteral("az-not-installed-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
    const auto out = awaitRefresh(tokens);
    ASSERT_TRUE(out.finished);
    EXPECT_FALSE(out.ok);
    EXPECT_TRUE(out.error.contains(QLatin1String("was not found"))) << qPrintable(out.error);
    EXPECT_EQ(out.signalCount, 1);
}

TEST(AzureCliTokens, TheCliErrorIsShownVerbatim)
{
    FakeAz az("echo \"ERROR: Please run 'az login' to setup account.\" >&2\nexit 1\n");
    service::AzureCliTokenProvider tokens(Cloud::publicCloud(), QString(), QString());
    const auto out = awaitRefresh(tokens);
    EXPECT_FALSE(out.ok);
    EXPECT_TRUE(out.error.contains(QLatin1String("ERROR: Please run 'az login' to setup account.")))
        << qPrintable(out.error);
    EXPECT_TRUE(out.error.contains(QLatin1String("exit code 1"))) << qPrintable(out.error);
}

TEST(AzureCliTokens, AHangingCliTimesOut)
{
    FakeAz az("exec sleep 30\n");
    service::AzureCliTokenProvider tokens(Cloud::publicCloud(), QString(), QString());
    tokens.setTimeoutMs(300);
    QElapsedTimer timer;
    timer.start();
    const auto out = awaitRefresh(tokens);
    EXPECT_FALSE(out.ok);
    EXPECT_TRUE(out.error.contains(QLatin1String("did not answer"))) << qPrintable(out.error);
    EXPECT_LT(timer.elapsed(), 10000);
}

// --- A remote engine's token ------------------------------------------------------------------

TEST(EngineTokens, ComeFromTheKeychainAndARejectedOneIsReported)
{
    ASSERT_TRUE(hasSessionBus()) << kNeedsSessionBus;
    KeychainFixture kc;
    FaultServer engine;
    ASSERT_TRUE(kc.write(service::KeychainTokenProvider::engineTokenName(), QStringLiteral("engine-token-1")).ok());
    service::KeychainTokenProvider tokens(&kc.keychain, kc.scope);
    service::Session session(engine.url(), &tokens);
    service::DmsClient client(session);
    engine.enqueue(FaultServer::Action::respond(200, kTask));
    const auto ok = test::await(client.getTask(taskId()));
    ASSERT_TRUE(ok.ok) << qPrintable(ok.error.userText());
    EXPECT_EQ(engine.received()[0].header("Authorization"), QByteArray("Bearer engine-token-1"));

    // The engine now refuses it and nobody saved another one.
    engine.enqueue(FaultServer::Action::respond(
        401, R"({"error":{"code":"InvalidAuthenticationToken","message":"The access token is invalid."}})"));
    const auto refused = test::await(client.getTask(taskId()));
    EXPECT_FALSE(refused.ok);
    EXPECT_EQ(refused.error.httpStatus, 401);
    EXPECT_TRUE(refused.error.userText().contains(QLatin1String("rejected the token saved")))
        << qPrintable(refused.error.userText());

    // A new token saved in the profile is picked up by the next refresh.
    ASSERT_TRUE(kc.write(service::KeychainTokenProvider::engineTokenName(), QStringLiteral("engine-token-2")).ok());
    engine.enqueue(FaultServer::Action::respond(
        401, R"({"error":{"code":"InvalidAuthenticationToken","message":"The access token is invalid."}})"));
    engine.enqueue(FaultServer::Action::respond(200, kTask));
    const auto renewed = test::await(client.getTask(taskId()));
    ASSERT_TRUE(renewed.ok) << qPrintable(renewed.error.userText());
    EXPECT_EQ(engine.received().last().header("Authorization"), QByteArray("Bearer engine-token-2"));
}
