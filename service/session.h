#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

#include "service/tokenprovider.h"

namespace godwit::service {

/// Retry rules for transient failures: exponential backoff with jitter, Retry-After honoured.
struct RetryPolicy
{
    int maxRetries = 4;
    int baseDelayMs = 800;
    int maxDelayMs = 60000;
    /// Delay before retry number `attempt` (1-based) when the server gave no Retry-After.
    int backoffMs(int attempt) const;
};

/// One connection to a DMS endpoint (an engine or Azure Resource Manager): base URL, API version,
/// network access, timeouts, retry policy and the one place where bearer tokens are added.
class Session final : public QObject
{
    Q_OBJECT
public:
    Session(QUrl baseUrl, TokenProvider *tokens, QObject *parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    QString apiVersion() const { return m_apiVersion; }
    QNetworkAccessManager &network() { return m_network; }
    TokenProvider *tokens() const { return m_tokens; }

    RetryPolicy retryPolicy;
    int transferTimeoutMs = 30000; ///< control calls and polls
    int lroMinPollMs = 1000;       ///< long-running operations: at least this between polls

    /// Whether a URL may receive this session's token (same scheme, host and port as the base).
    bool isSameOrigin(const QUrl &url) const;

    /// Calls `send` with the current token; if a refresh is in progress (or needed), parks the
    /// call until it ends. `send` gets an empty token and the error when the refresh failed.
    void withToken(QObject *context, std::function<void(const QString &token, const QString &error)> send);
    /// A request was answered 401 with `token`: starts exactly one refresh (later 401s for the
    /// same token join it) and parks the caller's retry until it ends.
    void tokenRejected(const QString &token, QObject *context,
                       std::function<void(const QString &token, const QString &error)> retry);

private:
    void onRefreshed(bool ok, const QString &error);

    QUrl m_baseUrl;
    QString m_apiVersion;
    QNetworkAccessManager m_network;
    QPointer<TokenProvider> m_tokens;
    bool m_refreshing = false;
    struct Parked
    {
        QPointer<QObject> context;
        std::function<void(const QString &, const QString &)> call;
    };
    QList<Parked> m_parked;
};

} // namespace godwit::service
