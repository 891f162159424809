#include "engine/executors/mysqlcopy.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QRegularExpression>
#include <QWaitCondition>

#include <deque>
#include <thread>

namespace godwit::engine::mysqlmigration {

namespace {

using mysql::Connection;
using mysql::QueryResult;

QString qualified(const QString &database, const QString &table)
{
    return QString(Connection::quoteIdent(database) + QLatin1Char('.') + Connection::quoteIdent(table));
}

// Removes "DEFINER=`user`@`host`" (with any quoting) from a CREATE statement.
QString withoutDefiner(QString statement)
{
    static const QRegularExpression definer(
        QStringLiteral("\\s+DEFINER\\s*=\\s*(`(?:[^`]|``)*`|'(?:[^']|'')*'|[^\\s@]+)@(`(?:[^`]|``)*`|'(?:[^']|'')*'|"
                       "[^\\s]+)"),
        QRegularExpression::CaseInsensitiveOption);
    statement.replace(definer, QString());
    return statement;
}

// SHOW CREATE TABLE with the target's table name.
QString createStatementFor(const SourceTable &table)
{
    if (table.targetName.isEmpty() || table.targetName == table.name)
        return table.createStatement;
    QString statement = table.createStatement;
    const QString from = Connection::quoteIdent(table.name);
    const qsizetype at = statement.indexOf(from);
    if (at >= 0)
        statement.replace(at, from.size(), Connection::quoteIdent(table.targetName));
    return statement;
}

// Appends a UTF-8 string literal for a session with backslash escapes (the copy sessions'
// sql_mode has no NO_BACKSLASH_ESCAPES). Byte by byte is exact for UTF-8: no byte of a multi-byte
// character is a quote or a backslash. Needs no connection, so a statement can be built on one
// thread while another sends the previous one.
void appendUtf8Literal(QByteArray &out, const char *data, unsigned long length)
{
    out.append('\'');
    const char *runStart = data;
    const char *const end = data + length;
    for (const char *p = data; p != end; ++p) {
        const char *escape = nullptr;
        switch (*p) {
        case '\0':
            escape = "\\0";
            break;
        case '\n':
            escape = "\\n";
            break;
        case '\r':
            escape = "\\r";
            break;
        case '\\':
            escape = "\\\\";
            break;
        case '\'':
            escape = "\\'";
            break;
        case '"':
            escape = "\\\"";
            break;
        case '\x1a':
            escape = "\\Z";
            break;
        default:
            continue;
        }
        out.append(runStart, p - runStart);
        out.append(escape, 2);
        runStart = p + 1;
    }
    out.append(runStart, end - runStart);
    out.append('\'');
}

// Appends "(v1,v2,...)" for a row read with the text protocol, as literals the target reads back
// to the same values.
void appendRow(QByteArray &out, const QList<mysql::StreamColumn> &columns, const mysql::StreamRow &row)
{
    out.append('(');
    for (int i = 0; i < row.count; ++i) {
        if (i > 0)
            out.append(',');
        if (!row.values[i])
            out.append("NULL");
        else if (columns.at(i).binary)
            Connection::appendHexLiteral(out, row.values[i], row.lengths[i]);
        else if (columns.at(i).numeric)
            out.append(row.values[i], qsizetype(row.lengths[i]));
        else
            appendUtf8Literal(out, row.values[i], row.lengths[i]);
    }
    out.append(')');
}

QString columnList(const SourceTable &table)
{
    QStringList quoted;
    for (const QString &c : table.insertColumns)
        quoted.append(Connection::quoteIdent(c));
    return quoted.join(QStringLiteral(", "));
}

} // namespace

std::optional<QList<SourceTable>> readTables(Connection &source, const QString &database, const QStringList &only,
                                             QString *error)
{
    const QueryResult tables
        = source.exec(QStringLiteral("SELECT TABLE_NAME, AUTO_INCREMENT FROM information_schema.TABLES"
                                     " WHERE TABLE_SCHEMA = %1 AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")
                          .arg(source.literal(database)));
    if (!tables.ok) {
        *error = tables.error;
        return std::nullopt;
    }
    QList<SourceTable> out;
    QStringList found;
    for (qsizetype row = 0; row < tables.rowCount(); ++row) {
        const QString name = tables.value(row, 0);
        if (!only.isEmpty() && !only.contains(name))
            continue;
        found.append(name);
        SourceTable t;
        t.name = name;
        t.autoIncrement = tables.isNull(row, 1) ? -1 : tables.value(row, 1).toLongLong();
        const QueryResult columns
            = source.exec(QStringLiteral("SELECT COLUMN_NAME, EXTRA, COLUMN_KEY FROM information_schema.COLUMNS"
                                         " WHERE TABLE_SCHEMA = %1 AND TABLE_NAME = %2 ORDER BY ORDINAL_POSITION")
                              .arg(source.literal(database), source.literal(name)));
        if (!columns.ok) {
            *error = columns.error;
            return std::nullopt;
        }
        for (qsizetype c = 0; c < columns.rowCount(); ++c) {
            const QString column = columns.value(c, 0);
            t.allColumns.append(column);
            t.unsignedColumns.append(columns.value(c, 2).contains(QLatin1String("unsigned"), Qt::CaseInsensitive));
            const QString extra = columns.value(c, 1).toUpper();
            if (!extra.contains(QLatin1String("GENERATED")) && !extra.contains(QLatin1String("VIRTUAL"))
                && !extra.contains(QLatin1String("PERSISTENT")) && !extra.contains(QLatin1String("STORED")))
                t.insertColumns.append(column);
        }
        const QueryResult key
            = source.exec(QStringLiteral("SELECT COLUMN_NAME FROM information_schema.STATISTICS"
                                         " WHERE TABLE_SCHEMA = %1 AND TABLE_NAME = %2 AND INDEX_NAME = 'PRIMARY'"
                                         " ORDER BY SEQ_IN_INDEX")
                              .arg(source.literal(database), source.literal(name)));
        if (!key.ok) {
            *error = key.error;
            return std::nullopt;
        }
        for (const QStringList &r : key.rows)
            t.primaryKey.append(r.at(0));
        const QueryResult create = source.exec(QStringLiteral("SHOW CREATE TABLE %1").arg(qualified(database, name)));
        if (!create.ok || create.rowCount() != 1) {
            *error = create.ok ? QStringLiteral("SHOW CREATE TABLE returned nothing for %1").arg(name) : create.error;
            return std::nullopt;
        }
        t.createStatement = create.value(0, 1);
        out.append(t);
    }
    for (const QString &wanted : only) {
        if (!found.contains(wanted)) {
            *error = QStringLiteral("the source database %1 has no table %2").arg(database, wanted);
            return std::nullopt;
        }
    }
    return out;
}

bool prepareTargetSession(Connection &target, QString *error)
{
    const QueryResult r = target.execAll(
        {QStringLiteral("SET SESSION foreign_key_checks = 0"), QStringLiteral("SET SESSION unique_checks = 0"),
         QStringLiteral("SET SESSION sql_mode = 'NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION'"),
         QStringLiteral("SET SESSION time_zone = '+00:00'")});
    if (!r.ok)
        *error = r.error;
    return r.ok;
}

bool prepareSourceSession(Connection &source, QString *error)
{
    const QueryResult r = source.execAll({QStringLiteral("SET SESSION net_write_timeout = 3600"),
                                          QStringLiteral("SET SESSION net_read_timeout = 3600"),
                                          QStringLiteral("SET SESSION time_zone = '+00:00'")});
    if (!r.ok)
        *error = r.error;
    return r.ok;
}

bool createTargetDatabase(Connection &source, Connection &target, const QString &sourceDatabase,
                          const QString &targetDatabase, QString *error)
{
    const QueryResult charset = source.exec(
        QStringLiteral("SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA"
                       " WHERE SCHEMA_NAME = %1")
            .arg(source.literal(sourceDatabase)));
    if (!charset.ok || charset.rowCount() != 1) {
        *error = charset.ok ? QStringLiteral("the source has no database %1").arg(sourceDatabase) : charset.error;
        return false;
    }
    const QueryResult r
        = target.exec(QStringLiteral("CREATE DATABASE IF NOT EXISTS %1 CHARACTER SET %2 COLLATE %3")
                          .arg(Connection::quoteIdent(targetDatabase), Connection::quoteIdent(charset.value(0, 0)),
                               Connection::quoteIdent(charset.value(0, 1))));
    if (!r.ok)
        *error = r.error;
    return r.ok;
}

bool prepareTargetTable(Connection &target, const QString &targetDatabase, const SourceTable &table, bool *created,
                        QString *error)
{
    const QueryResult exists = target.exec(
        QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = %1 AND TABLE_NAME = %2")
            .arg(target.literal(targetDatabase), target.literal(table.target())));
    if (!exists.ok) {
        *error = exists.error;
        return false;
    }
    QueryResult r;
    if (exists.value(0, 0).toInt() > 0) {
        *created = false;
        r = target.exec(QStringLiteral("TRUNCATE TABLE %1").arg(qualified(targetDatabase, table.target())));
    } else {
        *created = true;
        r = target.exec(QStringLiteral("USE %1").arg(Connection::quoteIdent(targetDatabase)));
        if (r.ok)
            r = target.exec(createStatementFor(table));
    }
    if (!r.ok)
        *error = r.error;
    return r.ok;
}

CopyResult copyTable(Connection &source, Connection &target, const QString &sourceDatabase,
                     const QString &targetDatabase, const SourceTable &table, const std::function<bool()> &cancelled,
                     const std::function<void(qint64)> &progress)
{
    CopyResult result;
    if (table.insertColumns.isEmpty()) {
        result.ok = true;
        return result;
    }
    const QString names = columnList(table);
    const QByteArray insertHead
        = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(qualified(targetDatabase, table.target()), names).toUtf8();

    // Statements stay well below the target's max_allowed_packet.
    qint64 maxStatement = 4 * 1024 * 1024;
    const QueryResult packet = target.exec(QStringLiteral("SELECT @@max_allowed_packet"));
    if (packet.ok && packet.rowCount() == 1)
        maxStatement = std::min(maxStatement, packet.value(0, 0).toLongLong() / 2);

    QueryResult begin = target.exec(QStringLiteral("START TRANSACTION"));
    if (!begin.ok) {
        result.error = begin.error;
        return result;
    }

    // Reading and sending overlap: this thread reads rows and builds INSERTs, a writer thread sends
    // them to the target, at most two statements ahead.
    struct Batch
    {
        QByteArray statement;
        qint64 rows = 0;
    };
    QMutex mutex;
    QWaitCondition changed;
    std::deque<Batch> queue;
    bool readerDone = false;
    QString failure;
    qint64 written = 0;
    std::thread writer([&] {
        QMutexLocker lock(&mutex);
        for (;;) {
            while (queue.empty() && !readerDone)
                changed.wait(&mutex);
            if (queue.empty())
                return;
            Batch batch = std::move(queue.front());
            queue.pop_front();
            changed.wakeAll();
            lock.unlock();
            const QueryResult r = target.execUtf8(batch.statement);
            lock.relock();
            if (!r.ok) {
                failure = r.error;
                queue.clear();
                changed.wakeAll();
                return;
            }
            written += batch.rows;
        }
    });
    const auto newStatement = [maxStatement] {
        QByteArray statement;
        statement.reserve(qsizetype(maxStatement) + 65536);
        return statement;
    };
    QByteArray statement = newStatement();
    qint64 pendingRows = 0;
    bool stop = false;
    QElapsedTimer sinceProgress;
    sinceProgress.start();

    // Hands the statement being built to the writer; false when the writer failed.
    const auto flush = [&]() -> bool {
        QMutexLocker lock(&mutex);
        while (queue.size() >= 2 && failure.isEmpty())
            changed.wait(&mutex);
        if (!failure.isEmpty())
            return false;
        if (pendingRows > 0) {
            queue.push_back(Batch{std::move(statement), pendingRows});
            changed.wakeAll();
            statement = newStatement();
            pendingRows = 0;
        }
        if (sinceProgress.elapsed() >= 500) {
            const qint64 rows = written;
            lock.unlock();
            progress(rows);
            sinceProgress.restart();
        }
        return true;
    };

    const QueryResult read
        = source.stream(QStringLiteral("SELECT %1 FROM %2").arg(names, qualified(sourceDatabase, table.name)),
                        [&](const QList<mysql::StreamColumn> &columns, const mysql::StreamRow &row) {
                            if (cancelled()) {
                                stop = true;
                                return false;
                            }
                            statement.append(pendingRows == 0 ? insertHead : QByteArrayLiteral(","));
                            appendRow(statement, columns, row);
                            ++pendingRows;
                            if (statement.size() >= maxStatement && !flush()) {
                                stop = true;
                                return false;
                            }
                            return true;
                        });
    if (!stop && read.ok)
        flush();
    {
        QMutexLocker lock(&mutex);
        if (stop || !read.ok)
            queue.clear();
        readerDone = true;
        changed.wakeAll();
    }
    writer.join();
    result.rows = written;
    if (!read.ok && failure.isEmpty() && !stop)
        failure = read.error;

    if (stop || !failure.isEmpty()) {
        // Nothing of a failed or cancelled copy stays: roll back, then empty the table for engines
        // without transactions.
        target.exec(QStringLiteral("ROLLBACK"));
        target.exec(QStringLiteral("TRUNCATE TABLE %1").arg(qualified(targetDatabase, table.target())));
        result.cancelled = failure.isEmpty();
        result.error = failure;
        result.rows = 0;
        return result;
    }
    const QueryResult commit = target.exec(QStringLiteral("COMMIT"));
    if (!commit.ok) {
        target.exec(QStringLiteral("TRUNCATE TABLE %1").arg(qualified(targetDatabase, table.target())));
        result.error = commit.error;
        result.rows = 0;
        return result;
    }
    progress(result.rows);
    result.ok = true;
    return result;
}

int copyProgrammableObjects(Connection &source, Connection &target, const QString &sourceDatabase,
                            const QString &targetDatabase, const QStringList &tables, QList<ObjectProblem> *problems)
{
    int created = 0;
    const QueryResult use = target.exec(QStringLiteral("USE %1").arg(Connection::quoteIdent(targetDatabase)));
    if (!use.ok) {
        problems->append({targetDatabase, use.error});
        return 0;
    }

    // Views: created in rounds until no more succeed, so a view on a view waits for it.
    const QueryResult views = source.exec(
        QStringLiteral("SELECT TABLE_NAME FROM information_schema.VIEWS WHERE TABLE_SCHEMA = %1 ORDER BY TABLE_NAME")
            .arg(source.literal(sourceDatabase)));
    QList<std::pair<QString, QString>> pending; // name, statement
    for (const QStringList &row : views.rows) {
        const QueryResult create
            = source.exec(QStringLiteral("SHOW CREATE VIEW %1").arg(qualified(sourceDatabase, row.at(0))));
        if (!create.ok || create.rowCount() != 1) {
            problems->append({row.at(0), create.error});
            continue;
        }
        QString statement = withoutDefiner(create.value(0, 1));
        // A view names its tables with the source database; the target database may be called otherwise.
        statement.replace(QString(Connection::quoteIdent(sourceDatabase) + QLatin1Char('.')),
                          QString(Connection::quoteIdent(targetDatabase) + QLatin1Char('.')));
        pending.append({row.at(0), statement});
    }
    QHash<QString, QString> lastError;
    for (bool progress = true; progress && !pending.isEmpty();) {
        progress = false;
        for (qsizetype i = 0; i < pending.size();) {
            target.exec(QStringLiteral("DROP VIEW IF EXISTS %1").arg(Connection::quoteIdent(pending.at(i).first)));
            const QueryResult r = target.exec(pending.at(i).second);
            if (r.ok) {
                ++created;
                progress = true;
                pending.removeAt(i);
            } else {
                lastError.insert(pending.at(i).first, r.error);
                ++i;
            }
        }
    }
    for (const auto &view : pending)
        problems->append({view.first, lastError.value(view.first)});

    // Routines.
    const QueryResult routines = source.exec(
        QStringLiteral("SELECT ROUTINE_NAME, ROUTINE_TYPE FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = %1"
                       " ORDER BY ROUTINE_TYPE, ROUTINE_NAME")
            .arg(source.literal(sourceDatabase)));
    for (const QStringList &row : routines.rows) {
        const QString kind = row.at(1).toUpper() == QLatin1String("FUNCTION") ? QStringLiteral("FUNCTION")
                                                                              : QStringLiteral("PROCEDURE");
        const QueryResult create
            = source.exec(QStringLiteral("SHOW CREATE %1 %2").arg(kind, qualified(sourceDatabase, row.at(0))));
        const int column
            = create.columnIndex(kind == QLatin1String("FUNCTION") ? u"Create Function" : u"Create Procedure");
        if (!create.ok || create.rowCount() != 1 || column < 0 || create.isNull(0, column)) {
            problems->append(
                {row.at(0), create.ok ? QStringLiteral("the user may not read the routine's body") : create.error});
            continue;
        }
        target.exec(QStringLiteral("DROP %1 IF EXISTS %2").arg(kind, Connection::quoteIdent(row.at(0))));
        const QueryResult r = target.exec(withoutDefiner(create.value(0, column)));
        if (r.ok)
            ++created;
        else
            problems->append({row.at(0), r.error});
    }

    // Triggers of the migrated tables, after their rows are in (they must not fire while loading).
    const QueryResult triggers
        = source.exec(QStringLiteral("SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE FROM information_schema.TRIGGERS"
                                     " WHERE TRIGGER_SCHEMA = %1 ORDER BY EVENT_OBJECT_TABLE, ACTION_ORDER")
                          .arg(source.literal(sourceDatabase)));
    for (const QStringList &row : triggers.rows) {
        if (!tables.contains(row.at(1)))
            continue;
        const QueryResult create
            = source.exec(QStringLiteral("SHOW CREATE TRIGGER %1").arg(qualified(sourceDatabase, row.at(0))));
        const int column = create.columnIndex(u"SQL Original Statement");
        if (!create.ok || create.rowCount() != 1 || column < 0) {
            problems->append({row.at(0), create.error});
            continue;
        }
        target.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(Connection::quoteIdent(row.at(0))));
        const QueryResult r = target.exec(withoutDefiner(create.value(0, column)));
        if (r.ok)
            ++created;
        else
            problems->append({row.at(0), r.error});
    }
    return created;
}

bool copyAutoIncrement(Connection &target, const QString &targetDatabase, const SourceTable &table, QString *error)
{
    if (table.autoIncrement <= 0)
        return true;
    const QueryResult r = target.exec(QStringLiteral("ALTER TABLE %1 AUTO_INCREMENT = %2")
                                          .arg(qualified(targetDatabase, table.target()))
                                          .arg(table.autoIncrement));
    if (!r.ok)
        *error = r.error;
    return r.ok;
}

} // namespace godwit::engine::mysqlmigration
