#pragma once

#include <QNetworkAccessManager>
#include <QPointer>
#include <QString>

#include "service/credentials/cloud.h"
#include "service/credentials/oauth.h"
#include "service/keychain.h"

namespace godwit::service {

/// Common ground of the Microsoft Entra ID (Azure AD) providers: the cloud, tenant and client,
/// the token endpoint, and requests with a timeout. Requests use the application's proxy
/// settings: each program calls QNetworkProxyFactory::setUseSystemConfiguration(true) once at
/// start (the library never changes that process-wide setting).
class AadTokenProvider : public CachedTokenProvider
{
    Q_OBJECT
public:
    static constexpr int kDefaultRequestTimeoutMs = 30000;

    AadTokenProvider(Cloud cloud, QString tenant, QString clientId, QObject *parent = nullptr);

    const Cloud &cloud() const { return m_cloud; }
    QString tenant() const { return m_tenant; }
    QString clientId() const { return m_clientId; }
    QUrl tokenEndpoint() const;
    /// The transfer timeout of every request to the sign-in server.
    void setRequestTimeoutMs(int ms) { m_requestTimeoutMs = ms; }
    int requestTimeoutMs() const { return m_requestTimeoutMs; }

protected:
    /// POSTs `fields` (client_id added) to `url`; one request at a time per provider.
    void post(const QUrl &url, oauth::Fields fields, std::function<void(const TokenResponse &)> done);
    /// Stops the request under way without calling its callback.
    void abortRequest();
    /// Takes the access token of a successful token response; false (and `error`) when it has none.
    bool takeAccessToken(const TokenResponse &response, QString *error);
    QNetworkAccessManager &network() { return m_network; }

private:
    Cloud m_cloud;
    QString m_tenant;
    QString m_clientId;
    int m_requestTimeoutMs = kDefaultRequestTimeoutMs;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
};

/// A provider for a person's sign-in (browser or device code). The refresh token lives only in
/// the keychain (under the given scope, name "refresh-token"): refresh() first redeems it
/// silently and falls back to the interactive sign-in when there is none or it is refused.
class InteractiveTokenProvider : public AadTokenProvider
{
    Q_OBJECT
public:
    /// The keychain entry of the refresh token.
    static QString refreshTokenName();

    /// `keychain` may be null: then nothing survives the process and every refresh signs in again.
    InteractiveTokenProvider(Cloud cloud, QString tenant, QString clientId, Keychain *keychain, KeychainScope scope,
                             QObject *parent = nullptr);

    /// Starts the interactive sign-in now, skipping the refresh token; ends with refreshed().
    void signIn();
    /// Stops a sign-in under way: refreshed(false, ...) follows.
    virtual void cancel();
    bool isSigningIn() const { return m_interactive; }
    /// The scopes asked for: Resource Manager and a refresh token.
    QString requestedScopes() const;

Q_SIGNALS:
    /// Something the person should know that did not stop the sign-in (e.g. the refresh token
    /// could not be saved, so the next start signs in again).
    void warning(const QString &text);

protected:
    void startRefresh() override;
    /// Runs the interactive flow; it ends with completeSignIn() or failSignIn().
    virtual void startInteractive() = 0;
    /// Stops whatever the interactive flow has under way (timers, listeners, requests).
    virtual void stopInteractive() = 0;
    /// A token response of the interactive flow or the refresh: keeps the refresh token in the
    /// keychain, the access token in memory, and ends the refresh.
    void completeSignIn(const TokenResponse &response);
    void failSignIn(const QString &error);

private:
    void redeemRefreshToken(const core::Secret &refreshToken);
    void beginInteractive();

    QPointer<Keychain> m_keychain;
    KeychainScope m_scope;
    bool m_interactive = false;
    bool m_forceInteractive = false;
    int m_generation = 0;
};

} // namespace godwit::service
