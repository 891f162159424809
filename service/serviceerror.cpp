#include "service/serviceerror.h"

namespace godwit::service {

ServiceError ServiceError::http(int status, QString code, QString message, QJsonArray details)
{
    ServiceError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.code = std::move(code);
    e.message = std::move(message);
    e.details = std::move(details);
    return e;
}

ServiceError ServiceError::transport(QNetworkReply::NetworkError error, QString text)
{
    ServiceError e;
    e.kind = Kind::Transport;
    e.networkError = error;
    e.transportText = std::move(text);
    return e;
}

ServiceError ServiceError::protocol(int status, QString message)
{
    ServiceError e;
    e.kind = Kind::Protocol;
    e.httpStatus = status;
    e.message = std::move(message);
    return e;
}

ServiceError ServiceError::canceled()
{
    ServiceError e;
    e.kind = Kind::Canceled;
    return e;
}

QString ServiceError::userText() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Canceled:
        text = tr("The request was cancelled.");
        break;
    case Kind::Transport:
        switch (networkError) {
        case QNetworkReply::ConnectionRefusedError:
            text = tr("The server refused the connection. Is the engine running, and is the address right?");
            break;
        case QNetworkReply::HostNotFoundError:
            text = tr("The server's host name could not be resolved.");
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            text = tr("The server did not answer in time.");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            text = tr("The secure connection failed: the server's certificate was not accepted.");
            break;
        default:
            text = tr("The request could not be sent: %1").arg(transportText);
            break;
        }
        break;
    case Kind::Http:
        if (!code.isEmpty() || !message.isEmpty())
            text = tr("The server answered %1 %2: %3").arg(httpStatus).arg(code, message);
        else
            text = tr("The server answered with HTTP status %1.").arg(httpStatus);
        break;
    case Kind::Protocol:
        text = tr("The server's answer could not be understood: %1").arg(message);
        break;
    }
    if (!hint.isEmpty())
        text += QLatin1Char(' ') + hint;
    if (!clientRequestId.isEmpty())
        text += QLatin1Char(' ')
                + tr("(request %1%2)")
                      .arg(clientRequestId, requestId.isEmpty() ? QString() : tr(", server id %1").arg(requestId));
    return text;
}

} // namespace godwit::service
