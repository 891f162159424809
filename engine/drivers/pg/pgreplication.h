#pragma once

#include <QString>

#include <memory>
#include <optional>

#include <libpq-fe.h>

#include "engine/drivers/pg/pgconninfo.h"

namespace godwit::engine::pg {

/// A walsender connection (replication=database) to one database, for the replication commands
/// a normal connection cannot run. Closed when destroyed.
class ReplicationConnection final
{
public:
    /// Opens it with `settings` (usually those of a normal connection to the same database) plus
    /// replication=database. nullptr with libpq's message, passwords masked, on failure.
    static std::unique_ptr<ReplicationConnection> open(ConnectionSettings settings, QString *error);
    ~ReplicationConnection();
    ReplicationConnection(const ReplicationConnection &) = delete;
    ReplicationConnection &operator=(const ReplicationConnection &) = delete;

    struct CreatedSlot
    {
        QString consistentPoint; ///< the LSN from which the slot streams changes
        QString snapshotName;    ///< valid until the next command on this connection or its close
    };
    /// CREATE_REPLICATION_SLOT `name` LOGICAL `plugin` exporting a snapshot. `name` must be a plain
    /// lower-case identifier. Waits for transactions running on the server to end, as PostgreSQL
    /// must; cancel() interrupts the wait.
    std::optional<CreatedSlot> createLogicalSlot(const QString &name, const QString &plugin, QString *error);

    /// Asks the server to cancel the running command; callable from any thread.
    bool cancel();

private:
    ReplicationConnection(PGconn *conn, PGcancel *cancel);

    PGconn *m_conn = nullptr;
    PGcancel *m_cancel = nullptr;
};

} // namespace godwit::engine::pg
