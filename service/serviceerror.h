#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkReply>
#include <QString>

namespace godwit::service {

/// Why a request failed: the transport, the HTTP status, the ARM error envelope as the server
/// sent it, and the request ids to quote to whoever runs the server.
struct ServiceError
{
    Q_DECLARE_TR_FUNCTIONS(godwit::service::ServiceError)
public:
    enum class Kind {
        None,
        Transport, ///< no HTTP answer: refused, unreachable, TLS, timeout
        Http,      ///< an HTTP error status (with the ARM envelope when there is one)
        Protocol,  ///< an answer that is not what the API promises (malformed JSON, ...)
        Canceled,  ///< aborted by the caller
    };

    Kind kind = Kind::None;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    int httpStatus = 0;
    QString code;    ///< error.code of the envelope
    QString message; ///< error.message of the envelope, verbatim
    QJsonArray details;
    QString transportText;   ///< Qt's description of a transport error
    QString hint;            ///< what to do about it, when we know (e.g. the sign-in failed)
    QString requestId;       ///< x-ms-request-id of the response
    QString clientRequestId; ///< the x-ms-client-request-id we sent

    bool isError() const { return kind != Kind::None; }

    static ServiceError http(int status, QString code, QString message, QJsonArray details = {});
    static ServiceError transport(QNetworkReply::NetworkError error, QString text);
    static ServiceError protocol(int status, QString message);
    static ServiceError canceled();
    /// One translated paragraph for a person: what failed, the server's own words, the ids.
    QString userText() const;
};

} // namespace godwit::service
