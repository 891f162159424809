#include "faultserver.h"

#include <QTcpSocket>

namespace godwit::test {

FaultServer::Action FaultServer::Action::respond(int status, QByteArray body,
                                                 QList<std::pair<QByteArray, QByteArray>> headers)
{
    return {Kind::Respond, status, std::move(headers), std::move(body)};
}

FaultServer::Action FaultServer::Action::reset()
{
    return {Kind::Reset, 0, {}, {}};
}

FaultServer::Action FaultServer::Action::hang()
{
    return {Kind::Hang, 0, {}, {}};
}

QByteArray FaultServer::Received::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return QByteArray();
}

FaultServer::FaultServer(const QHostAddress &address)
{
    m_server.listen(address, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &FaultServer::onConnection);
}

QUrl FaultServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(m_server.serverAddress().toString());
    u.setPort(m_server.serverPort());
    return u;
}

void FaultServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                Received r;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
                r.method = requestLine.value(0);
                r.path = requestLine.value(1);
                qsizetype length = 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon < 0)
                        continue;
                    const QByteArray name = lines[i].left(colon).trimmed();
                    const QByteArray value = lines[i].mid(colon + 1).trimmed();
                    r.headers.append({name, value});
                    if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                        length = value.toLongLong();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                r.body = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                m_received.append(r);
                const Action action
                    = m_script.isEmpty()
                          ? Action::respond(500, "{\"error\":{\"code\":\"Unscripted\",\"message\":\"no action left\"}}")
                          : m_script.dequeue();
                switch (action.kind) {
                case Action::Kind::Reset:
                    socket->abort();
                    return;
                case Action::Kind::Hang:
                    return;
                case Action::Kind::Respond: {
                    QByteArray out = "HTTP/1.1 " + QByteArray::number(action.status) + " Status\r\n";
                    for (const auto &[n, v] : action.headers)
                        out += n + ": " + v + "\r\n";
                    out += "Content-Length: " + QByteArray::number(action.body.size()) + "\r\n";
                    if (!action.body.isEmpty())
                        out += "Content-Type: application/json\r\n";
                    out += "\r\n" + action.body;
                    socket->write(out);
                    break;
                }
                }
            }
        });
    }
}

} // namespace godwit::test
