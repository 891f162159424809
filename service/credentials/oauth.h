#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <functional>

#include "core/secret.h"
#include "service/tokenprovider.h"

namespace godwit::service {

/// Sign-in and token traffic. Never a token or secret in it: only hosts, grant types and errors.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace oauth {

/// Name/value pairs of an application/x-www-form-urlencoded body.
using Fields = QList<std::pair<QString, QString>>;

/// Encodes a form body; every reserved character is percent-encoded (a '+' in a secret stays a '+').
QByteArray formEncode(const Fields &fields);
/// base64url without padding (RFC 7636 appendix A).
QString base64Url(const QByteArray &bytes);
/// `bytes` of cryptographically random data, base64url encoded: PKCE verifiers and states.
QString randomToken(int bytes = 32);
/// The S256 code challenge of a PKCE code verifier.
QString pkceChallenge(const QString &verifier);

} // namespace oauth

/// What an OAuth endpoint answered to one form POST.
struct TokenResponse
{
    Q_DECLARE_TR_FUNCTIONS(godwit::service::TokenResponse)
public:
    enum class Outcome {
        Ok,         ///< a 2xx JSON object
        OAuthError, ///< the server's `error` (and `error_description`)
        HttpError,  ///< an HTTP error status without an OAuth error
        Transport,  ///< no answer: refused, unreachable, TLS failure
        Timeout,    ///< no complete answer within the request timeout
        Malformed,  ///< an answer that is not a JSON object
    };

    Outcome outcome = Outcome::Transport;
    int httpStatus = 0;
    QJsonObject json;
    QString error;            ///< OAuth `error`, verbatim
    QString errorDescription; ///< OAuth `error_description`, verbatim
    QString message;          ///< one translated sentence for a person (with the server's words)

    bool ok() const { return outcome == Outcome::Ok; }
    core::Secret accessToken() const;
    core::Secret refreshToken() const;
    /// `expires_in` in seconds (number or numeric string); 0 when absent.
    qint64 expiresIn() const;
};

/// POSTs a form to an OAuth endpoint with a transfer timeout and calls `done` exactly once (unless
/// `context` is destroyed or the returned reply is aborted after disconnecting it). TLS errors
/// stay errors; the application's proxy settings apply.
QNetworkReply *postForm(QNetworkAccessManager &network, const QUrl &url, const oauth::Fields &fields, int timeoutMs,
                        QObject *context, std::function<void(const TokenResponse &)> done);

/// A token provider that keeps one access token in memory with its expiry. currentToken() stops
/// handing it out a margin before it expires, so the session's next request refreshes it in time;
/// concurrent refresh() calls join the one under way.
class CachedTokenProvider : public TokenProvider
{
    Q_OBJECT
public:
    using TokenProvider::TokenProvider;

    QString currentToken() const override;
    void refresh() override;

    bool isRefreshing() const { return m_refreshing; }
    /// When the current token expires (invalid when unknown or there is none).
    QDateTime expiresAt() const { return m_expiresAt; }
    /// How long before expiry a token is no longer handed out (default 5 minutes; at most half
    /// the token's lifetime).
    void setRefreshMarginSeconds(int seconds) { m_marginSeconds = seconds; }
    /// Drops the access token from memory.
    void clearToken();

protected:
    /// Gets a new token; ends with succeed() or fail(), exactly once.
    virtual void startRefresh() = 0;
    void succeed(const core::Secret &token, const QDateTime &expiresAt);
    void fail(const QString &error);

private:
    core::Secret m_token;
    QDateTime m_obtainedAt;
    QDateTime m_expiresAt;
    int m_marginSeconds = 300;
    bool m_refreshing = false;
    quint64 m_refreshSerial = 0;
};

} // namespace godwit::service
