#include "engine/drivers/pg/pgreplication.h"

#include <QRegularExpression>

#include "core/secret.h"

namespace godwit::engine::pg {

namespace {

QString trimmed(const char *text)
{
    return text ? QString::fromUtf8(text).trimmed() : QString();
}

} // namespace

std::unique_ptr<ReplicationConnection> ReplicationConnection::open(ConnectionSettings settings, QString *error)
{
    settings.set("replication", "database");
    PGconn *conn = settings.connect();
    if (!conn) {
        *error = QStringLiteral("out of memory while connecting");
        return nullptr;
    }
    if (PQstatus(conn) != CONNECTION_OK) {
        QString message = trimmed(PQerrorMessage(conn));
        const QString password = settings.password();
        if (!password.isEmpty())
            message.replace(password, core::Secret::mask());
        PQfinish(conn);
        *error = message;
        return nullptr;
    }
    return std::unique_ptr<ReplicationConnection>(new ReplicationConnection(conn, PQgetCancel(conn)));
}

ReplicationConnection::ReplicationConnection(PGconn *conn, PGcancel *cancel)
    : m_conn(conn)
    , m_cancel(cancel)
{
}

ReplicationConnection::~ReplicationConnection()
{
    if (m_cancel)
        PQfreeCancel(m_cancel);
    PQfinish(m_conn);
}

std::optional<ReplicationConnection::CreatedSlot>
ReplicationConnection::createLogicalSlot(const QString &name, const QString &plugin, QString *error)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!plain.match(name).hasMatch() || !plain.match(plugin).hasMatch()) {
        *error = QStringLiteral("invalid slot or plugin name");
        return std::nullopt;
    }
    // PostgreSQL 15 introduced the option list; older servers take the bare keyword.
    const QString command
        = PQserverVersion(m_conn) >= 150000
              ? QStringLiteral("CREATE_REPLICATION_SLOT %1 LOGICAL %2 (SNAPSHOT 'export')").arg(name, plugin)
              : QStringLiteral("CREATE_REPLICATION_SLOT %1 LOGICAL %2 EXPORT_SNAPSHOT").arg(name, plugin);
    PGresult *res = PQexec(m_conn, command.toUtf8().constData());
    std::optional<CreatedSlot> slot;
    if (res && PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1) {
        const int point = PQfnumber(res, "consistent_point");
        const int snapshot = PQfnumber(res, "snapshot_name");
        if (point >= 0 && snapshot >= 0 && !PQgetisnull(res, 0, snapshot))
            slot = CreatedSlot{QString::fromUtf8(PQgetvalue(res, 0, point)),
                               QString::fromUtf8(PQgetvalue(res, 0, snapshot))};
        else
            *error = QStringLiteral("the server did not export a snapshot with the slot");
    } else {
        *error = trimmed(res ? PQresultErrorMessage(res) : PQerrorMessage(m_conn));
        if (error->isEmpty())
            *error = trimmed(PQerrorMessage(m_conn));
    }
    PQclear(res);
    // Collect what remains of the command so the connection stays idle (and the snapshot alive).
    while (PGresult *rest = PQgetResult(m_conn))
        PQclear(rest);
    return slot;
}

bool ReplicationConnection::cancel()
{
    if (!m_cancel)
        return false;
    char message[256] = {};
    return PQcancel(m_cancel, message, int(sizeof message)) == 1;
}

} // namespace godwit::engine::pg
