#include "engine/drivers/mysql/mysqlbinlog.h"

#include <QDateTime>

#include <mysql.h>
#include <mariadb_rpl.h>

namespace godwit::engine::mysql {

namespace {

QString text(const MARIADB_STRING &s)
{
    return s.str ? QString::fromUtf8(s.str, qsizetype(s.length)) : QString();
}

QByteArray twoDigits(unsigned v)
{
    return QByteArray::number(v).rightJustified(2, '0');
}

QByteArray fraction(unsigned long micros)
{
    return micros ? QByteArray('.' + QByteArray::number(qulonglong(micros)).rightJustified(6, '0')) : QByteArray();
}

QByteArray temporal(const MYSQL_TIME &tm)
{
    QByteArray out = "'";
    if (tm.time_type == MYSQL_TIMESTAMP_TIME) {
        if (tm.neg)
            out += '-';
        out += twoDigits(tm.hour + tm.day * 24) + ':' + twoDigits(tm.minute) + ':' + twoDigits(tm.second)
               + fraction(tm.second_part);
    } else {
        out += QByteArray::number(tm.year).rightJustified(4, '0') + '-' + twoDigits(tm.month) + '-' + twoDigits(tm.day);
        if (tm.time_type != MYSQL_TIMESTAMP_DATE)
            out += ' ' + twoDigits(tm.hour) + ':' + twoDigits(tm.minute) + ':' + twoDigits(tm.second)
                   + fraction(tm.second_part);
    }
    out += '\'';
    return out;
}

int integerBytes(enum_field_types type)
{
    switch (type) {
    case MYSQL_TYPE_TINY:
    case MYSQL_TYPE_YEAR:
        return 1;
    case MYSQL_TYPE_SHORT:
        return 2;
    case MYSQL_TYPE_INT24:
        return 3;
    case MYSQL_TYPE_LONG:
        return 4;
    default:
        return 8;
    }
}

BinlogValue convert(const MARIADB_RPL_VALUE &v)
{
    BinlogValue out;
    if (v.is_null) {
        out.null = true;
        out.literal = "NULL";
        return out;
    }
    switch (v.field_type) {
    case MYSQL_TYPE_TINY:
    case MYSQL_TYPE_SHORT:
    case MYSQL_TYPE_INT24:
    case MYSQL_TYPE_LONG:
    case MYSQL_TYPE_LONGLONG:
    case MYSQL_TYPE_YEAR:
        out.isInteger = true;
        out.integer = v.val.ll;
        out.integerBytes = integerBytes(v.field_type);
        out.literal = QByteArray::number(v.val.ll);
        break;
    case MYSQL_TYPE_FLOAT:
        out.literal = QByteArray::number(double(v.val.f), 'g', 9);
        break;
    case MYSQL_TYPE_DOUBLE:
        out.literal = QByteArray::number(v.val.d, 'g', 17);
        break;
    case MYSQL_TYPE_DATE:
    case MYSQL_TYPE_NEWDATE:
    case MYSQL_TYPE_DATETIME:
    case MYSQL_TYPE_DATETIME2:
    case MYSQL_TYPE_TIME:
    case MYSQL_TYPE_TIME2:
        out.literal = temporal(v.val.tm);
        break;
    case MYSQL_TYPE_TIMESTAMP:
    case MYSQL_TYPE_TIMESTAMP2: {
        // The session's time zone is UTC (Connection::open), so a UTC text is the same instant.
        const QDateTime at = QDateTime::fromSecsSinceEpoch(qint64(v.val.ts.second), Qt::UTC);
        out.literal = QByteArray('\'' + at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1()
                                 + fraction(v.val.ts.second_part) + '\'');
        break;
    }
    case MYSQL_TYPE_DECIMAL:
    case MYSQL_TYPE_NEWDECIMAL:
        out.literal = QByteArray(v.val.str.str, qsizetype(v.val.str.length));
        break;
    default:
        // Strings, blobs, bits, JSON: their bytes exactly, in the column's own character set.
        out.literal = Connection::hexLiteral(v.val.str.str, static_cast<unsigned long>(v.val.str.length));
        break;
    }
    return out;
}

} // namespace

QByteArray BinlogValue::literalFor(bool unsignedColumn) const
{
    if (!isInteger || !unsignedColumn || integer >= 0)
        return literal;
    if (integerBytes >= 8)
        return QByteArray::number(quint64(integer));
    return QByteArray::number(quint64(integer) & ((quint64(1) << (integerBytes * 8)) - 1));
}

std::unique_ptr<BinlogReader> BinlogReader::open(const ConnectSettings &settings, const BinlogPosition &start,
                                                 quint32 serverId, QString *error)
{
    std::unique_ptr<BinlogReader> reader(new BinlogReader());
    unsigned code = 0;
    ConnectSettings s = settings;
    s.readTimeout = 30; // heartbeats come every second; silence for this long means the link is gone
    reader->m_conn = Connection::open(s, QString(), error, &code);
    if (!reader->m_conn)
        return nullptr;
    // A heartbeat every second (nanoseconds) when there is nothing to send; checksums as the
    // server writes them; MariaDB's own events (GTID, annotations) understood.
    const QueryResult setup
        = reader->m_conn->execAll({QStringLiteral("SET @master_heartbeat_period = 1000000000"),
                                   QStringLiteral("SET @master_binlog_checksum = @@global.binlog_checksum"),
                                   QStringLiteral("SET @mariadb_slave_capability = 4")});
    if (!setup.ok) {
        *error = setup.error;
        return nullptr;
    }
    reader->m_rpl = mariadb_rpl_init(reader->m_conn->raw());
    if (!reader->m_rpl) {
        *error = QStringLiteral("the client library could not start reading the binary log");
        return nullptr;
    }
    const QByteArray file = start.file.toUtf8();
    mariadb_rpl_optionsv(reader->m_rpl, MARIADB_RPL_FILENAME, file.constData(), size_t(file.size()));
    mariadb_rpl_optionsv(reader->m_rpl, MARIADB_RPL_START, static_cast<unsigned long>(start.offset));
    mariadb_rpl_optionsv(reader->m_rpl, MARIADB_RPL_SERVER_ID, static_cast<unsigned int>(serverId));
    mariadb_rpl_optionsv(reader->m_rpl, MARIADB_RPL_FLAGS, 0u);
    if (mariadb_rpl_open(reader->m_rpl) != 0) {
        *error = QString::fromUtf8(mysql_error(reader->m_conn->raw()));
        if (error->isEmpty())
            *error = QString::fromUtf8(mariadb_rpl_error(reader->m_rpl));
        return nullptr;
    }
    reader->m_file = start.file;
    return reader;
}

BinlogReader::~BinlogReader()
{
    for (st_mariadb_rpl_event *event : std::as_const(m_tableMaps))
        mariadb_free_rpl_event(event);
    if (m_rpl)
        mariadb_rpl_close(m_rpl);
}

std::optional<BinlogEvent> BinlogReader::next(QString *error)
{
    MARIADB_RPL_EVENT *event = mariadb_rpl_fetch(m_rpl, nullptr);
    if (!event) {
        *error = QString::fromUtf8(mysql_error(m_conn->raw()));
        if (error->isEmpty())
            *error = QString::fromUtf8(mariadb_rpl_error(m_rpl));
        if (error->isEmpty())
            *error = QStringLiteral("the server ended the binary log stream");
        return std::nullopt;
    }
    BinlogEvent out;
    out.timestamp = event->timestamp;
    bool keep = false;
    switch (event->event_type) {
    case ROTATE_EVENT:
        m_file = text(event->event.rotate.filename);
        out.next = {m_file, event->event.rotate.position};
        out.kind = BinlogEvent::Kind::Other;
        break;
    case HEARTBEAT_LOG_EVENT:
        out.kind = BinlogEvent::Kind::Heartbeat;
        if (event->event.heartbeat.filename.length > 0)
            m_file = text(event->event.heartbeat.filename);
        out.timestamp = 0;
        break;
    case TABLE_MAP_EVENT: {
        const quint64 id = event->event.table_map.table_id;
        if (st_mariadb_rpl_event *old = m_tableMaps.take(id))
            mariadb_free_rpl_event(old);
        m_tableMaps.insert(id, event);
        keep = true;
        break;
    }
    case XID_EVENT:
        out.kind = BinlogEvent::Kind::Commit;
        break;
    case QUERY_EVENT: {
        const QString statement = text(event->event.query.statement).trimmed();
        if (statement.compare(QLatin1String("COMMIT"), Qt::CaseInsensitive) == 0) {
            out.kind = BinlogEvent::Kind::Commit;
        } else if (statement.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) != 0) {
            out.kind = BinlogEvent::Kind::Statement;
            out.statement = statement;
            out.database = text(event->event.query.database);
        }
        break;
    }
    default:
        if (IS_ROW_EVENT(event)) {
            st_mariadb_rpl_event *map = m_tableMaps.value(event->event.rows.table_id);
            if (!map) {
                *error = QStringLiteral("a row event refers to table id %1 without a table map")
                             .arg(event->event.rows.table_id);
                mariadb_free_rpl_event(event);
                return std::nullopt;
            }
            out.kind = BinlogEvent::Kind::Rows;
            out.database = text(map->event.table_map.database);
            out.table = text(map->event.table_map.table);
            switch (event->event.rows.type) {
            case WRITE_ROWS:
                out.change = BinlogEvent::RowChange::Insert;
                break;
            case UPDATE_ROWS:
                out.change = BinlogEvent::RowChange::Update;
                break;
            default:
                out.change = BinlogEvent::RowChange::Delete;
                break;
            }
            MARIADB_RPL_ROW *rows = mariadb_rpl_extract_rows(m_rpl, map, event);
            if (!rows && event->event.rows.row_count > 0) {
                *error = QStringLiteral("could not decode a row event of %1.%2: %3")
                             .arg(out.database, out.table, QString::fromUtf8(mariadb_rpl_error(m_rpl)));
                mariadb_free_rpl_event(event);
                return std::nullopt;
            }
            for (MARIADB_RPL_ROW *row = rows; row; row = row->next) {
                QList<BinlogValue> values;
                values.reserve(int(row->column_count));
                for (uint32_t i = 0; i < row->column_count; ++i)
                    values.append(convert(row->columns[i]));
                out.rows.append(values);
            }
        }
        break;
    }
    if (out.kind != BinlogEvent::Kind::Other || !out.next.isValid())
        out.next = {m_file, event->next_event_pos};
    if (!keep)
        mariadb_free_rpl_event(event);
    return out;
}

} // namespace godwit::engine::mysql
