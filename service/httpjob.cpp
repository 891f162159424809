#include "service/httpjob.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

#include "service/session.h"

namespace godwit::service {

Q_LOGGING_CATEGORY(lcHttp, "godwit.service.http", QtInfoMsg)

HttpJob::HttpJob(Session &session, Request request, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_request(std::move(request))
    , m_currentUrl(m_request.url)
    , m_clientRequestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        m_session.withToken(this, [this](const QString &token, const QString &error) {
            if (!error.isEmpty()) {
                finish(ServiceError::http(401, QStringLiteral("AuthenticationFailed"), error));
                return;
            }
            send(token);
        });
    });
}

HttpJob::~HttpJob()
{
    // A job deleted before it finished (its client went away) reports nothing.
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray HttpJob::header(const QByteArray &name) const
{
    for (const auto &[n, v] : m_headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return QByteArray();
}

void HttpJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_retryTimer.start(0);
}

void HttpJob::abort()
{
    m_retryTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finish(ServiceError::canceled());
}

void HttpJob::sendNext(Request request)
{
    m_request = std::move(request);
    m_currentUrl = m_request.url;
    m_attempts = 0;
    m_redirects = 0;
    m_refreshedOnce = false;
    m_retryTimer.start(0);
}

void HttpJob::send(const QString &token)
{
    if (m_finished)
        return;
    ++m_attempts;
    QNetworkRequest req(m_currentUrl);
    req.setTransferTimeout(m_session.transferTimeoutMs);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("x-ms-client-request-id", m_clientRequestId.toLatin1());
    // The one place a token is attached, and only for the session's own origin.
    m_sentToken = m_session.isSameOrigin(m_currentUrl) ? token : QString();
    if (!m_sentToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_sentToken.toUtf8());
    if (!m_request.body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    m_reply = m_session.network().sendCustomRequest(req, m_request.method, m_request.body);
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);
}

bool HttpJob::shouldRetry(int httpStatus, QNetworkReply::NetworkError error) const
{
    if (m_attempts > m_session.retryPolicy.maxRetries)
        return false;
    if (httpStatus == 0) {
        // Not sent at all: safe for every method.
        if (error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError)
            return true;
        // The server may have received it: only idempotent requests go again.
        return m_request.idempotent
               && (error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::TimeoutError
                   || error == QNetworkReply::OperationCanceledError
                   || error == QNetworkReply::TemporaryNetworkFailureError
                   || error == QNetworkReply::NetworkSessionFailedError || error == QNetworkReply::UnknownNetworkError
                   || error == QNetworkReply::ProxyConnectionClosedError);
    }
    if (!m_request.idempotent)
        return false; // a command or cancel the server may have acted on is never resent
    return httpStatus == 408 || httpStatus == 429 || httpStatus == 500 || httpStatus == 502 || httpStatus == 503
           || httpStatus == 504;
}

int HttpJob::retryAfterMs() const
{
    for (const char *name : {"retry-after-ms", "x-ms-retry-after-ms"}) {
        bool ok = false;
        const int ms = header(name).trimmed().toInt(&ok);
        if (ok && ms >= 0)
            return ms;
    }
    const QByteArray value = header("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok && seconds >= 0)
        return seconds * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid())
        return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
    return -1;
}

void HttpJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    if (!reply)
        return;
    reply->deleteLater();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_body = reply->readAll();
    m_headers.clear();
    for (const auto &pair : reply->rawHeaderPairs())
        m_headers.append({pair.first, pair.second});
    const QNetworkReply::NetworkError networkError = m_status == 0 ? reply->error() : QNetworkReply::NoError;
    qCDebug(lcHttp).noquote() << m_request.method << m_currentUrl.path() << m_status << networkError;

    // Redirects: followed by hand so a token never travels to another origin.
    if (m_status == 301 || m_status == 302 || m_status == 303 || m_status == 307 || m_status == 308) {
        const QUrl target = m_currentUrl.resolved(QUrl(QString::fromUtf8(header("Location"))));
        if (++m_redirects > 5 || !target.isValid()) {
            finish(ServiceError::protocol(m_status, tr("too many redirects")));
            return;
        }
        if (target.scheme() == QLatin1String("http") && m_currentUrl.scheme() == QLatin1String("https")) {
            finish(
                ServiceError::protocol(m_status, tr("the server redirected from HTTPS to plain HTTP; not followed")));
            return;
        }
        m_currentUrl = target;
        if (m_status == 303) {
            m_request.method = "GET";
            m_request.body.clear();
        }
        --m_attempts;
        send(m_session.isSameOrigin(target) ? m_sentToken : QString());
        return;
    }

    if (m_status == 401 && !m_refreshedOnce && !m_sentToken.isEmpty()) {
        m_refreshedOnce = true;
        const QJsonObject envelope = QJsonDocument::fromJson(m_body).object().value(QLatin1String("error")).toObject();
        ServiceError rejected = ServiceError::http(401, envelope.value(QLatin1String("code")).toString(),
                                                   envelope.value(QLatin1String("message")).toString());
        m_session.tokenRejected(m_sentToken, this,
                                [this, rejected](const QString &token, const QString &error) mutable {
                                    if (!error.isEmpty()) {
                                        rejected.hint = error; // the server's words stay as they were
                                        finish(rejected);
                                        return;
                                    }
                                    --m_attempts;
                                    send(token);
                                });
        return;
    }

    if (shouldRetry(m_status, networkError)) {
        const int after = retryAfterMs();
        scheduleRetry(after >= 0 ? after : m_session.retryPolicy.backoffMs(m_attempts));
        return;
    }

    if (m_status == 0) {
        finish(ServiceError::transport(networkError, reply->errorString()));
        return;
    }
    m_json = QJsonObject();
    if (!m_body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(m_body, &parseError);
        if (doc.isObject()) {
            m_json = doc.object();
        } else if (m_status < 400 && header("Content-Type").contains("json")) {
            finish(ServiceError::protocol(m_status, tr("malformed JSON: %1").arg(parseError.errorString())));
            return;
        }
    }
    if (m_status >= 400) {
        const QJsonObject envelope = m_json.value(QLatin1String("error")).toObject();
        finish(ServiceError::http(m_status, envelope.value(QLatin1String("code")).toString(),
                                  envelope.value(QLatin1String("message")).toString(),
                                  envelope.value(QLatin1String("details")).toArray()));
        return;
    }
    onResponse();
}

void HttpJob::scheduleRetry(int delayMs)
{
    qCDebug(lcHttp) << "retrying" << m_request.method << m_currentUrl.path() << "in" << delayMs << "ms";
    m_retryTimer.start(std::max(0, delayMs));
}

void HttpJob::onResponse()
{
    finish();
}

void HttpJob::finish(ServiceError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    error.clientRequestId = m_clientRequestId;
    error.requestId = QString::fromLatin1(header("x-ms-request-id"));
    m_error = error;
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace godwit::service
