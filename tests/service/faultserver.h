#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QQueue>
#include <QTcpServer>
#include <QUrl>

namespace godwit::test {

/// A small scripted HTTP server for what a well-behaved engine never does: throttling, 5xx,
/// resets, malformed bodies, answers that never end, redirects. Each request takes the next
/// scripted action.
class FaultServer final : public QObject
{
    Q_OBJECT
public:
    struct Action
    {
        enum class Kind { Respond, Reset, Hang };
        Kind kind = Kind::Respond;
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;

        static Action respond(int status, QByteArray body = {}, QList<std::pair<QByteArray, QByteArray>> headers = {});
        static Action reset();
        static Action hang();
    };
    struct Received
    {
        QByteArray method;
        QByteArray path;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    explicit FaultServer(const QHostAddress &address = QHostAddress::LocalHost);
    QUrl url() const;
    void enqueue(const Action &action) { m_script.enqueue(action); }
    const QList<Received> &received() const { return m_received; }

private:
    void onConnection();
    QTcpServer m_server;
    QQueue<Action> m_script;
    QList<Received> m_received;
};

} // namespace godwit::test
