#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include "service/serviceerror.h"

namespace godwit::service {

class Session;

/// One REST call: sends with the session's token, retries what may be retried, follows
/// redirects (dropping the token when they leave the origin), and emits finished() exactly once,
/// then deletes itself unless told otherwise.
class HttpJob : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QUrl url;
        QByteArray body;        ///< JSON, or empty
        bool idempotent = true; ///< false for POST commands and cancel: never resent once sent
    };

    HttpJob(Session &session, Request request, QObject *parent = nullptr);
    ~HttpJob() override;

    /// Starts the request (once).
    void start();
    /// Aborts: finished() follows with a Canceled error.
    void abort();
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    bool ok() const { return !m_error.isError(); }
    const ServiceError &error() const { return m_error; }
    int status() const { return m_status; }
    QByteArray body() const { return m_body; }
    QJsonObject json() const { return m_json; }
    QByteArray header(const QByteArray &name) const;
    QString clientRequestId() const { return m_clientRequestId; }
    int attempts() const { return m_attempts; }
    const Request &request() const { return m_request; }

Q_SIGNALS:
    void finished(godwit::service::HttpJob *job);

protected:
    /// Subclasses continue a multi-step operation here; the default finishes the job.
    virtual void onResponse();
    /// Sends another request under this job (same client request id, same retry rules).
    void sendNext(Request request);
    void finish(ServiceError error = {});
    Session &session() { return m_session; }

private:
    void send(const QString &token);
    void onReplyFinished();
    void scheduleRetry(int delayMs);
    bool shouldRetry(int httpStatus, QNetworkReply::NetworkError error) const;
    int retryAfterMs() const;

    Session &m_session;
    Request m_request;
    QUrl m_currentUrl;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QString m_clientRequestId;
    QString m_sentToken;
    ServiceError m_error;
    int m_status = 0;
    QByteArray m_body;
    QJsonObject m_json;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    int m_attempts = 0;
    int m_redirects = 0;
    bool m_refreshedOnce = false;
    bool m_finished = false;
    bool m_autoDelete = true;
    bool m_started = false;
};

} // namespace godwit::service
