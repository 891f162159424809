#include "service/credentials/aadtokenprovider.h"

#include "core/clock.h"

namespace godwit::service {

AadTokenProvider::AadTokenProvider(Cloud cloud, QString tenant, QString clientId, QObject *parent)
    : CachedTokenProvider(parent)
    , m_cloud(std::move(cloud))
    , m_tenant(std::move(tenant))
    , m_clientId(std::move(clientId))
{
    // Token requests never follow redirects; TLS errors are never ignored.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl AadTokenProvider::tokenEndpoint() const
{
    return m_cloud.oauthEndpoint(m_tenant, QStringLiteral("token"));
}

void AadTokenProvider::post(const QUrl &url, oauth::Fields fields, std::function<void(const TokenResponse &)> done)
{
    abortRequest();
    fields.prepend({QStringLiteral("client_id"), m_clientId});
    m_reply = postForm(m_network, url, fields, m_requestTimeoutMs, this,
                       [this, done = std::move(done)](const TokenResponse &response) {
                           m_reply.clear();
                           done(response);
                       });
}

void AadTokenProvider::abortRequest()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->disconnect();
    reply->abort();
    reply->deleteLater();
}

bool AadTokenProvider::takeAccessToken(const TokenResponse &response, QString *error)
{
    const core::Secret token = response.accessToken();
    if (token.isEmpty()) {
        *error = tr("The sign-in server's answer has no access token.");
        return false;
    }
    const qint64 expiresIn = response.expiresIn();
    succeed(token, expiresIn > 0 ? core::Clock::current().now().addSecs(expiresIn) : QDateTime());
    return true;
}

QString InteractiveTokenProvider::refreshTokenName()
{
    return QStringLiteral("refresh-token");
}

InteractiveTokenProvider::InteractiveTokenProvider(Cloud cloud, QString tenant, QString clientId, Keychain *keychain,
                                                   KeychainScope scope, QObject *parent)
    : AadTokenProvider(std::move(cloud), std::move(tenant), std::move(clientId), parent)
    , m_keychain(keychain)
    , m_scope(std::move(scope))
{
}

QString InteractiveTokenProvider::requestedScopes() const
{
    return QString(cloud().armScope() + QStringLiteral(" offline_access"));
}

void InteractiveTokenProvider::signIn()
{
    // Applies to the refresh under way if it has not looked at the keychain yet, else to the next.
    m_forceInteractive = true;
    refresh();
}

void InteractiveTokenProvider::cancel()
{
    if (!isRefreshing())
        return;
    ++m_generation;
    m_interactive = false;
    m_forceInteractive = false;
    stopInteractive();
    abortRequest();
    fail(tr("The sign-in was cancelled."));
}

void InteractiveTokenProvider::startRefresh()
{
    const int generation = ++m_generation;
    if (std::exchange(m_forceInteractive, false) || !m_keychain) {
        beginInteractive();
        return;
    }
    m_keychain->read(m_scope, refreshTokenName(), this, [this, generation](const KeychainResult &result) {
        if (generation != m_generation)
            return; // cancelled meanwhile
        if (result.ok() && !result.value.isEmpty()) {
            redeemRefreshToken(result.value);
            return;
        }
        if (result.status != KeychainResult::Status::NotFound)
            Q_EMIT warning(result.error);
        beginInteractive();
    });
}

void InteractiveTokenProvider::redeemRefreshToken(const core::Secret &refreshToken)
{
    const int generation = m_generation;
    post(tokenEndpoint(),
         {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
          {QStringLiteral("refresh_token"), refreshToken.reveal()},
          {QStringLiteral("scope"), requestedScopes()}},
         [this, generation](const TokenResponse &response) {
             if (generation != m_generation)
                 return;
             if (response.ok()) {
                 completeSignIn(response);
                 return;
             }
             if (response.outcome == TokenResponse::Outcome::OAuthError) {
                 // Refused (expired, revoked, consent needed): forget it and ask the person again.
                 qCInfo(lcAuth).noquote()
                     << "the saved refresh token was refused (" << response.error << "); signing in again";
                 if (m_keychain)
                     m_keychain->remove(m_scope, refreshTokenName(), nullptr, {});
                 beginInteractive();
                 return;
             }
             // The server could not be asked: a browser window would not help.
             failSignIn(QString(tr("Renewing the sign-in failed.") + QLatin1Char(' ') + response.message));
         });
}

void InteractiveTokenProvider::beginInteractive()
{
    m_interactive = true;
    qCInfo(lcAuth).noquote() << metaObject()->className() << "starts an interactive sign-in at"
                             << cloud().authorityHost.host();
    startInteractive();
}

void InteractiveTokenProvider::completeSignIn(const TokenResponse &response)
{
    const int generation = m_generation;
    if (response.accessToken().isEmpty()) {
        failSignIn(tr("The sign-in server's answer has no access token."));
        return;
    }
    m_interactive = false;
    stopInteractive();
    const core::Secret refreshToken = response.refreshToken();
    if (refreshToken.isEmpty() || !m_keychain) {
        QString error;
        takeAccessToken(response, &error);
        return;
    }
    // The refresh token goes to the keychain only; the refresh ends once it is there.
    m_keychain->write(m_scope, refreshTokenName(), refreshToken, this,
                      [this, generation, response](const KeychainResult &result) {
                          if (generation != m_generation)
                              return;
                          if (!result.ok())
                              Q_EMIT warning(QString(tr("Signed in, but the sign-in could not be kept for the next "
                                                        "start.")
                                                     + QLatin1Char(' ') + result.error));
                          QString error;
                          takeAccessToken(response, &error);
                      });
}

void InteractiveTokenProvider::failSignIn(const QString &error)
{
    m_interactive = false;
    stopInteractive();
    fail(error);
}

} // namespace godwit::service
