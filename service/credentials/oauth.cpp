#include "service/credentials/oauth.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include "core/clock.h"

namespace godwit::service {

Q_LOGGING_CATEGORY(lcAuth, "godwit.service.auth", QtInfoMsg)

namespace oauth {

QByteArray formEncode(const Fields &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    // The system generator: seeded by the operating system, fit for secrets.
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &c : data)
        c = char(random->bounded(256));
    return base64Url(data);
}

QString pkceChallenge(const QString &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

} // namespace oauth

core::Secret TokenResponse::accessToken() const
{
    return core::Secret(json.value(QLatin1String("access_token")).toString());
}

core::Secret TokenResponse::refreshToken() const
{
    return core::Secret(json.value(QLatin1String("refresh_token")).toString());
}

qint64 TokenResponse::expiresIn() const
{
    const QJsonValue value = json.value(QLatin1String("expires_in"));
    if (value.isDouble())
        return qint64(value.toDouble());
    return value.toString().toLongLong();
}

namespace {

TokenResponse interpret(QNetworkReply *reply, const QUrl &url, int timeoutMs)
{
    TokenResponse out;
    out.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = url.host();
    if (out.httpStatus == 0) {
        const QNetworkReply::NetworkError error = reply->error();
        // The transfer timeout aborts the reply; nothing else aborts it while it is connected.
        if (error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError) {
            out.outcome = TokenResponse::Outcome::Timeout;
            out.message = TokenResponse::tr("The sign-in server %1 did not answer within %n second(s).", nullptr,
                                            std::max(1, (timeoutMs + 999) / 1000))
                              .arg(host);
        } else {
            out.outcome = TokenResponse::Outcome::Transport;
            out.message
                = TokenResponse::tr("The sign-in server %1 could not be reached: %2").arg(host, reply->errorString());
        }
        return out;
    }

    const QByteArray body = reply->readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    out.json = document.object();
    const QString oauthError = out.json.value(QLatin1String("error")).toString();
    if (!oauthError.isEmpty()) {
        out.outcome = TokenResponse::Outcome::OAuthError;
        out.error = oauthError;
        out.errorDescription = out.json.value(QLatin1String("error_description")).toString();
        out.message
            = out.errorDescription.isEmpty()
                  ? TokenResponse::tr("The sign-in server answered “%1”.").arg(out.error)
                  : TokenResponse::tr("The sign-in server answered “%1”: %2").arg(out.error, out.errorDescription);
        return out;
    }
    if (out.httpStatus < 200 || out.httpStatus >= 300) {
        out.outcome = TokenResponse::Outcome::HttpError;
        out.message
            = TokenResponse::tr("The sign-in server %1 answered with HTTP status %2.").arg(host).arg(out.httpStatus);
        return out;
    }
    if (!document.isObject()) {
        out.outcome = TokenResponse::Outcome::Malformed;
        out.message = TokenResponse::tr("The sign-in server's answer could not be understood: %1")
                          .arg(parseError.error == QJsonParseError::NoError ? TokenResponse::tr("not a JSON object")
                                                                            : parseError.errorString());
        return out;
    }
    out.outcome = TokenResponse::Outcome::Ok;
    return out;
}

} // namespace

QNetworkReply *postForm(QNetworkAccessManager &network, const QUrl &url, const oauth::Fields &fields, int timeoutMs,
                        QObject *context, std::function<void(const TokenResponse &)> done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs);
    // A token request is never sent on to somewhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    QString grant;
    for (const auto &[name, value] : fields) {
        if (name == QLatin1String("grant_type"))
            grant = value;
    }
    qCDebug(lcAuth).noquote() << "POST" << url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo) << grant;
    QNetworkReply *reply = network.post(request, oauth::formEncode(fields));
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, url, timeoutMs, done = std::move(done)] {
        reply->deleteLater();
        const TokenResponse response = interpret(reply, url, timeoutMs);
        if (!response.ok())
            qCInfo(lcAuth).noquote() << "token endpoint" << url.host() << "failed:" << response.httpStatus
                                     << response.error;
        done(response);
    });
    return reply;
}

QString CachedTokenProvider::currentToken() const
{
    if (m_token.isEmpty())
        return QString();
    if (!m_expiresAt.isValid())
        return m_token.reveal();
    const qint64 lifetime = m_obtainedAt.secsTo(m_expiresAt);
    const qint64 margin = std::min<qint64>(m_marginSeconds, std::max<qint64>(0, lifetime / 2));
    if (core::Clock::current().now().secsTo(m_expiresAt) <= margin)
        return QString(); // about to expire: the caller refreshes first
    return m_token.reveal();
}

void CachedTokenProvider::refresh()
{
    if (m_refreshing)
        return; // the refresh under way answers for this one too
    m_refreshing = true;
    // Always asynchronous, even when the answer is known at once. A refresh ended (cancelled)
    // before it started does not start.
    const quint64 serial = ++m_refreshSerial;
    QTimer::singleShot(0, this, [this, serial] {
        if (m_refreshing && serial == m_refreshSerial)
            startRefresh();
    });
}

void CachedTokenProvider::clearToken()
{
    m_token = core::Secret();
    m_obtainedAt = QDateTime();
    m_expiresAt = QDateTime();
}

void CachedTokenProvider::succeed(const core::Secret &token, const QDateTime &expiresAt)
{
    m_token = token;
    m_obtainedAt = core::Clock::current().now();
    m_expiresAt = expiresAt;
    m_refreshing = false;
    qCDebug(lcAuth).noquote() << metaObject()->className() << "got an access token"
                              << (expiresAt.isValid()
                                      ? QString(QStringLiteral("valid until ") + expiresAt.toString(Qt::ISODate))
                                      : QStringLiteral("without expiry"));
    Q_EMIT refreshed(true, QString());
}

void CachedTokenProvider::fail(const QString &error)
{
    m_refreshing = false;
    qCInfo(lcAuth).noquote() << metaObject()->className() << "could not get a token:" << error;
    Q_EMIT refreshed(false, error);
}

} // namespace godwit::service
