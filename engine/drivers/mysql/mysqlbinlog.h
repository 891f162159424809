#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

#include "engine/drivers/mysql/mysqlconnection.h"

struct st_mariadb_rpl;
struct st_mariadb_rpl_event;

namespace godwit::engine::mysql {

/// A place in a server's binary log.
struct BinlogPosition
{
    QString file;
    quint64 offset = 0;

    bool isValid() const { return !file.isEmpty() && offset > 0; }
    /// Binary log files are numbered in order (name.000001, name.000002, ...).
    friend bool operator<(const BinlogPosition &a, const BinlogPosition &b)
    {
        return a.file != b.file ? a.file < b.file : a.offset < b.offset;
    }
    QString toString() const { return QStringLiteral("%1:%2").arg(file).arg(offset); }
};

/// One column value of a row image, as the SQL literal that matches it on another server.
struct BinlogValue
{
    bool null = false;
    /// An integer column: `integer` holds the bits, signedness is the column's (see literalFor()).
    bool isInteger = false;
    qint64 integer = 0;
    int integerBytes = 8;
    /// Anything else, ready to paste into SQL (X'…' for strings, '…' for temporal values, digits).
    QByteArray literal;

    /// The literal, reading an integer as unsigned when the column is.
    QByteArray literalFor(bool unsignedColumn) const;
};

/// What the reader saw in the binary log.
struct BinlogEvent
{
    enum class Kind {
        Rows,      ///< inserted, updated or deleted rows of one table
        Commit,    ///< a transaction ended (XID or COMMIT)
        Statement, ///< any other statement (DDL, ...)
        Heartbeat, ///< the server had nothing to send: the reader is at the end of the log
        Other,
    };
    enum class RowChange { Insert, Update, Delete };

    Kind kind = Kind::Other;
    /// Where the next event starts: the position to resume from after handling this one.
    BinlogPosition next;
    /// When the source wrote the event (seconds since the epoch; 0 for a heartbeat).
    quint32 timestamp = 0;
    QString database;
    QString table;
    RowChange change = RowChange::Insert;
    /// Row images in order; an update has two per row: before, then after.
    QList<QList<BinlogValue>> rows;
    QString statement;
};

/// Reads a server's binary log from a position, as a replica does (COM_BINLOG_DUMP through
/// MariaDB Connector/C's replication API). The log must be in ROW format with full row images.
/// The server sends a heartbeat every second when it has nothing else, so next() returns at least
/// that often and the caller can look at cancels and commands.
class BinlogReader final
{
public:
    /// Starts reading at `start` as replica `serverId` (must differ from every real replica's).
    static std::unique_ptr<BinlogReader> open(const ConnectSettings &settings, const BinlogPosition &start,
                                              quint32 serverId, QString *error);
    ~BinlogReader();
    BinlogReader(const BinlogReader &) = delete;
    BinlogReader &operator=(const BinlogReader &) = delete;

    /// The next event; std::nullopt with *error when the stream broke.
    std::optional<BinlogEvent> next(QString *error);

private:
    BinlogReader() = default;

    std::unique_ptr<Connection> m_conn;
    st_mariadb_rpl *m_rpl = nullptr;
    QString m_file;
    /// The last table map event of each table id (row events refer to it).
    QHash<quint64, st_mariadb_rpl_event *> m_tableMaps;
};

} // namespace godwit::engine::mysql
