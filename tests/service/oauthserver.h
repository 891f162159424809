#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QString>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

#include "service/keychain.h"
#include "service/tokenprovider.h"

class QTcpSocket;

namespace godwit::test {

/// A local Microsoft identity platform (v2) stand-in that speaks the real wire protocol:
/// form-encoded requests, JSON answers, OAuth error bodies. It serves
/// `/<tenant>/oauth2/v2.0/token` (client_credentials, authorization_code with PKCE S256 checked
/// against the stored challenge, refresh_token with rotation, device_code with a scripted
/// sequence), `/<tenant>/oauth2/v2.0/devicecode` and `/<tenant>/oauth2/v2.0/authorize` (answers
/// with a redirect to the redirect URI carrying a code and the state, as after a sign-in).
class OAuthServer final : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray contentType;
        QMap<QString, QString> form; ///< the decoded form body
        qint64 atMs = 0;             ///< when it arrived, since the server started
        QString field(const char *name) const { return form.value(QString::fromLatin1(name)); }
    };

    explicit OAuthServer(QObject *parent = nullptr);

    /// The authority host to give Cloud::custom().
    QUrl url() const;
    QString tenant = QStringLiteral("contoso.example");
    QString clientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    QString clientSecret = QStringLiteral("s3cr+t&=value~");
    int expiresIn = 3600;

    // Device code flow
    QString userCode = QStringLiteral("GDWT-4242");
    int deviceInterval = 1;
    int deviceExpiresIn = 900;
    /// Answers to successive device-code polls: "authorization_pending", "slow_down",
    /// "expired_token", "access_denied" or "ok" (also when the script is empty).
    QStringList deviceScript;

    /// Authorize: when set, the redirect carries this error instead of a code.
    QString authorizeError;

    const QList<Request> &requests() const { return m_requests; }
    /// The token requests with this grant_type.
    QList<Request> tokenRequests(const QString &grantType) const;
    /// The last access and refresh tokens issued.
    QString lastAccessToken() const { return m_lastAccessToken; }
    QString lastRefreshToken() const { return m_lastRefreshToken; }
    /// Refresh tokens that are currently valid.
    const QSet<QString> &validRefreshTokens() const { return m_refreshTokens; }

private:
    struct AuthorizationCode
    {
        QString challenge;
        QString redirectUri;
        QString clientId;
    };

    void onConnection();
    void handle(QTcpSocket *socket, const Request &request);
    void respond(QTcpSocket *socket, int status, const QByteArray &body,
                 const QByteArray &contentType = "application/json; charset=utf-8",
                 const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    void respondError(QTcpSocket *socket, int status, const QString &error, const QString &description);
    void respondTokens(QTcpSocket *socket, const QString &scope, bool withRefreshToken);
    void token(QTcpSocket *socket, const Request &request);
    void deviceCode(QTcpSocket *socket, const Request &request);
    void authorize(QTcpSocket *socket, const Request &request);

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QList<Request> m_requests;
    QHash<QString, AuthorizationCode> m_codes;
    QSet<QString> m_refreshTokens;
    QString m_deviceCode;
    QString m_lastAccessToken;
    QString m_lastRefreshToken;
    int m_issued = 0;
};

// Waiting helpers for the credential tests: each runs the event loop until the answer comes.

/// How a token refresh ended.
struct RefreshOutcome
{
    bool finished = false;
    bool ok = false;
    QString error;
    int signalCount = 0; ///< refreshed() emissions, including any stray one after the first
};

/// Calls `start` (default: provider.refresh()) and waits for refreshed() (at most `timeoutMs`).
RefreshOutcome awaitRefresh(service::TokenProvider &provider, const std::function<void()> &start = {},
                            int timeoutMs = 15000);
/// Runs the event loop until `condition` holds or `timeoutMs` pass; returns the condition.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 15000);
/// Runs the event loop for `ms`.
void spin(int ms);
/// Starts a keychain operation and waits for its result.
service::KeychainResult awaitKeychain(const std::function<void(service::Keychain::Callback)> &operation,
                                      int timeoutMs = 20000);

} // namespace godwit::test
