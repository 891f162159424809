#include "ui/singleinstance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QPointer>
#include <QStandardPaths>

namespace godwit::ui {

Q_LOGGING_CATEGORY(lcInstance, "godwit.ui.instance")

namespace {

constexpr int kWaitMs = 2000;

} // namespace

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : QObject(parent)
    , m_name(serverName.isEmpty() ? defaultServerName() : std::move(serverName))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    return dir + QStringLiteral("/godwit-console.socket");
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::claim(const QStringList &arguments)
{
    {
        QLocalSocket socket;
        socket.connectToServer(m_name);
        if (socket.waitForConnected(kWaitMs)) {
            QByteArray message = QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact);
            message.append('\n');
            socket.write(message);
            socket.waitForBytesWritten(kWaitMs);
            // The answer says the other console took it; without one it is hung or gone.
            if (socket.waitForReadyRead(kWaitMs) && socket.readAll().startsWith("ok"))
                return false;
            qCWarning(lcInstance) << "the running console did not answer; starting another one";
        }
    }
    // Nobody answered: a socket left behind by a console that crashed is removed.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        qCWarning(lcInstance) << "cannot listen on" << m_name << m_server->errorString();
        return true;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    return true;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine();
            QStringList arguments;
            for (const QJsonValue &v : QJsonDocument::fromJson(line).array())
                arguments.append(v.toString());
            socket->write("ok\n");
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT activated(arguments);
        });
    }
}

} // namespace godwit::ui
