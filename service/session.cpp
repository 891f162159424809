#include "service/session.h"

#include <QRandomGenerator>

#include "core/dmstypes.h"
#include "service/tokenprovider.h"

namespace godwit::service {

int RetryPolicy::backoffMs(int attempt) const
{
    const double exponential = double(baseDelayMs) * double(1 << std::min(attempt - 1, 16));
    const double capped = std::min(exponential, double(maxDelayMs));
    // Jitter between half and all of the delay keeps many clients from retrying in step.
    return int(capped * (0.5 + 0.5 * QRandomGenerator::global()->generateDouble()));
}

Session::Session(QUrl baseUrl, TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_apiVersion(QLatin1String(core::dms::kApiVersion))
    , m_tokens(tokens)
{
    // TLS errors are errors: nothing here ever ignores them. The system proxy is honoured.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    if (m_tokens)
        connect(m_tokens, &TokenProvider::refreshed, this, &Session::onRefreshed);
}

bool Session::isSameOrigin(const QUrl &url) const
{
    return url.scheme().compare(m_baseUrl.scheme(), Qt::CaseInsensitive) == 0
           && url.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) == 0
           && url.port(url.scheme() == QLatin1String("https") ? 443 : 80)
                  == m_baseUrl.port(m_baseUrl.scheme() == QLatin1String("https") ? 443 : 80);
}

void Session::withToken(QObject *context, std::function<void(const QString &, const QString &)> send)
{
    if (!m_tokens) {
        send(QString(), QString());
        return;
    }
    if (!m_refreshing && !m_tokens->currentToken().isEmpty()) {
        send(m_tokens->currentToken(), QString());
        return;
    }
    m_parked.append({context, std::move(send)});
    if (!m_refreshing) {
        m_refreshing = true;
        m_tokens->refresh();
    }
}

void Session::tokenRejected(const QString &token, QObject *context,
                            std::function<void(const QString &, const QString &)> retry)
{
    if (!m_tokens) {
        retry(QString(), tr("The server requires authentication, and this profile has no credentials."));
        return;
    }
    // Someone else already refreshed since this token was sent: retry with the new one.
    if (!m_refreshing && !m_tokens->currentToken().isEmpty() && m_tokens->currentToken() != token) {
        retry(m_tokens->currentToken(), QString());
        return;
    }
    m_parked.append({context, std::move(retry)});
    if (!m_refreshing) {
        m_refreshing = true;
        m_tokens->refresh();
    }
}

void Session::onRefreshed(bool ok, const QString &error)
{
    m_refreshing = false;
    const QList<Parked> parked = std::exchange(m_parked, {});
    const QString token = ok ? m_tokens->currentToken() : QString();
    for (const Parked &p : parked) {
        if (p.context)
            p.call(token, ok ? QString() : error);
    }
}

} // namespace godwit::service
