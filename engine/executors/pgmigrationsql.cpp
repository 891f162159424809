#include "engine/executors/pgmigrationsql.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QHash>
#include <QThread>

namespace godwit::engine::pgmigration {

double Table::estimatedRows() const
{
    double total = 0;
    for (const Leaf &leaf : leaves) {
        if (leaf.tuples < 0)
            return -1;
        total += leaf.tuples;
    }
    return total;
}

std::optional<QList<Table>> listTables(pg::Connection &conn, QString *error)
{
    const bool generatedColumns = conn.serverVersionNum() >= 120000;
    const QString columnFilter = generatedColumns
                                     ? QStringLiteral("a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''")
                                     : QStringLiteral("a.attnum > 0 AND NOT a.attisdropped");
    // Built-in types (oid below FirstNormalObjectId) with binary send and receive functions carry
    // no server-specific ids in COPY's binary format; arrays and composites of other types do.
    // One literal with %1 for the column filter: QStringBuilder chains of long literals trip a
    // false -Warray-bounds in GCC 12 at -O2.
    const QString sql
        = QStringLiteral(
              "WITH RECURSIVE roots AS ("
              "  SELECT c.oid, n.nspname, c.relname, c.relkind"
              "    FROM pg_catalog.pg_class c"
              "    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
              "   WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relpersistence IN ('p', 'u')"
              "     AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
              "     AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'"
              "     AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d"
              "                      WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass"
              "                        AND d.objid = c.oid AND d.deptype = 'e')"
              "), tree (root, relid) AS ("
              "  SELECT oid, oid FROM roots"
              "  UNION ALL"
              "  SELECT t.root, i.inhrelid FROM tree t"
              "    JOIN pg_catalog.pg_inherits i ON i.inhparent = t.relid"
              "    JOIN pg_catalog.pg_class p ON p.oid = i.inhrelid AND p.relispartition"
              "), leaves AS ("
              "  SELECT t.root, l.oid, l.relpersistence, l.reltuples, l.relreplident,"
              "         pg_catalog.format('%I.%I', ln.nspname, l.relname) AS ident"
              "    FROM tree t"
              "    JOIN pg_catalog.pg_class l ON l.oid = t.relid AND l.relkind = 'r'"
              "    JOIN pg_catalog.pg_namespace ln ON ln.oid = l.relnamespace"
              ")"
              "SELECT r.oid AS root_oid, r.nspname AS root_schema, r.relname AS root_name,"
              "       r.relkind = 'p' AS partitioned, pg_catalog.format('%I.%I', r.nspname, r.relname) AS root_ident,"
              "       l.oid AS leaf_oid, l.ident AS leaf_ident, l.relpersistence = 'u' AS unlogged,"
              "       pg_catalog.pg_table_size(l.oid) AS bytes, l.reltuples::float8 AS tuples,"
              "       l.relreplident::text AS replica_identity,"
              "       EXISTS (SELECT 1 FROM pg_catalog.pg_index x WHERE x.indrelid = l.oid AND x.indisprimary)"
              "         AS has_pk,"
              "       (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ',' ORDER BY a.attnum)"
              "          FROM pg_catalog.pg_attribute a WHERE a.attrelid = l.oid AND %1"
              ") AS columns,"
              "       (SELECT coalesce(bool_and(ty.oid < 16384 AND ty.typsend::oid <> 0 AND ty.typreceive::oid <> 0"
              "                                  AND (ty.typelem = 0 OR ty.typelem < 16384)), true)"
              "          FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid"
              "         WHERE a.attrelid = l.oid AND %1"
              ") AS binary_ok"
              "  FROM roots r"
              "  LEFT JOIN leaves l ON l.root = r.oid"
              " ORDER BY r.nspname COLLATE \"C\", r.relname COLLATE \"C\", r.oid, l.oid")
              .arg(columnFilter);
    const pg::QueryResult r = conn.exec(sql);
    if (!r.ok) {
        *error = r.error;
        return std::nullopt;
    }
    QList<Table> tables;
    for (qsizetype row = 0; row < r.rowCount(); ++row) {
        const QString oid = r.value(row, u"root_oid");
        if (tables.isEmpty() || tables.last().oid != oid) {
            Table table;
            table.oid = oid;
            table.schema = r.value(row, u"root_schema");
            table.name = r.value(row, u"root_name");
            table.displayName = QString(table.schema + QLatin1Char('.') + table.name);
            table.ident = r.value(row, u"root_ident");
            table.partitioned = r.boolValue(row, u"partitioned");
            tables.append(table);
        }
        if (r.isNull(row, u"leaf_oid"))
            continue;
        Leaf leaf;
        leaf.oid = r.value(row, u"leaf_oid");
        leaf.ident = r.value(row, u"leaf_ident");
        leaf.columns = r.value(row, u"columns");
        leaf.binary = r.boolValue(row, u"binary_ok");
        leaf.bytes = r.value(row, u"bytes").toLongLong();
        leaf.tuples = r.value(row, u"tuples").toDouble();
        const QString identity = r.value(row, u"replica_identity");
        leaf.replicaIdentity = identity.isEmpty() ? QLatin1Char('d') : identity.at(0);
        leaf.hasPrimaryKey = r.boolValue(row, u"has_pk");
        leaf.unlogged = r.boolValue(row, u"unlogged");
        tables.last().leaves.append(leaf);
    }
    return tables;
}

QList<Table> selectTables(pg::Connection &conn, const QList<Table> &tables, const QStringList &selection,
                          QStringList *missing)
{
    if (selection.isEmpty())
        return tables;
    QHash<QString, qsizetype> byName;
    QHash<QString, qsizetype> byOid;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        byName.insert(tables.at(i).displayName, i);
        byOid.insert(tables.at(i).oid, i);
    }
    QList<qsizetype> chosen;
    for (const QString &name : selection) {
        qsizetype index = byName.value(name, -1);
        if (index < 0) {
            // A name written the SQL way ("Sales"."Orders", or unqualified on the search path).
            const pg::QueryResult r
                = conn.exec(QStringLiteral("SELECT pg_catalog.to_regclass($1)::oid"), {QVariant(name)});
            if (r.ok && r.rowCount() == 1 && !r.isNull(0, 0))
                index = byOid.value(r.value(0, 0), -1);
        }
        if (index < 0) {
            missing->append(name);
            continue;
        }
        if (!chosen.contains(index))
            chosen.append(index);
    }
    std::sort(chosen.begin(), chosen.end());
    QList<Table> out;
    for (const qsizetype i : std::as_const(chosen))
        out.append(tables.at(i));
    return out;
}

QString objectName(const QString &taskKey, const QString &database)
{
    const QByteArray hash
        = QCryptographicHash::hash(QString(taskKey + QLatin1Char('\n') + database).toUtf8(), QCryptographicHash::Sha256)
              .toHex();
    return QString(QStringLiteral("godwit_") + QString::fromLatin1(hash.left(12)));
}

QString quoteIdent(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QString(QLatin1Char('"') + quoted + QLatin1Char('"'));
}

QString quoteLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (quoted.contains(QLatin1Char('\\'))) {
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        return QString(QStringLiteral("E'") + quoted + QLatin1Char('\''));
    }
    return QString(QLatin1Char('\'') + quoted + QLatin1Char('\''));
}

QString textArray(const QStringList &values)
{
    QStringList items;
    items.reserve(values.size());
    for (QString value : values) {
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        value.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        items.append(QString(QLatin1Char('"') + value + QLatin1Char('"')));
    }
    return QString(QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}'));
}

std::optional<bool> subscriptionExists(pg::Connection &target, const QString &name, bool *enabled, QString *error)
{
    const pg::QueryResult r = target.exec(
        QStringLiteral(
            "SELECT s.subenabled FROM pg_catalog.pg_subscription s"
            " JOIN pg_catalog.pg_database d ON d.oid = s.subdbid AND d.datname = pg_catalog.current_database()"
            " WHERE s.subname = $1"),
        {QVariant(name)});
    if (!r.ok) {
        *error = r.error;
        return std::nullopt;
    }
    if (enabled)
        *enabled = r.rowCount() == 1 && r.value(0, 0) == QLatin1String("t");
    return r.rowCount() == 1;
}

bool slotExists(pg::Connection &source, const QString &name, QString *error)
{
    const pg::QueryResult r = source.exec(
        QStringLiteral("SELECT 1 FROM pg_catalog.pg_replication_slots WHERE slot_name = $1"), {QVariant(name)});
    if (!r.ok)
        *error = r.error;
    return r.ok && r.rowCount() == 1;
}

bool dropSubscription(pg::Connection &target, const QString &name, QString *error)
{
    bool enabled = false;
    const auto exists = subscriptionExists(target, name, &enabled, error);
    if (!exists)
        return false;
    if (!*exists)
        return true;
    const QString ident = quoteIdent(name);
    // Without its slot the subscription can be dropped while the source is unreachable; the slot
    // is dropped on the source directly.
    if (enabled
        && !target.exec(QString(QStringLiteral("ALTER SUBSCRIPTION ") + ident + QStringLiteral(" DISABLE")), {}, error)
                .ok)
        return false;
    if (!target
             .exec(QString(QStringLiteral("ALTER SUBSCRIPTION ") + ident + QStringLiteral(" SET (slot_name = NONE)")),
                   {}, error)
             .ok)
        return false;
    return target.exec(QString(QStringLiteral("DROP SUBSCRIPTION ") + ident), {}, error).ok;
}

bool dropPublication(pg::Connection &source, const QString &name, QString *error)
{
    return source.exec(QString(QStringLiteral("DROP PUBLICATION IF EXISTS ") + quoteIdent(name)), {}, error).ok;
}

bool dropSlot(pg::Connection &source, const QString &name, QString *error)
{
    // A subscription that was just disabled or dropped lets go of its walsender within a moment;
    // one that does not is ended, so no slot is ever left behind to hold WAL on the source.
    QDeadlineTimer patience(3000);
    QDeadlineTimer deadline(20000);
    for (;;) {
        const pg::QueryResult r
            = source.exec(QStringLiteral("SELECT active_pid FROM pg_catalog.pg_replication_slots WHERE slot_name = $1"),
                          {QVariant(name)});
        if (!r.ok) {
            *error = r.error;
            return false;
        }
        if (r.rowCount() == 0)
            return true;
        if (!r.isNull(0, 0)) {
            if (deadline.hasExpired()) {
                *error = QStringLiteral("the slot is still in use by process %1").arg(r.value(0, 0));
                return false;
            }
            if (patience.hasExpired())
                source.exec(QStringLiteral("SELECT pg_catalog.pg_terminate_backend($1::int)"),
                            {QVariant(r.value(0, 0))});
            QThread::msleep(100);
            continue;
        }
        const pg::QueryResult drop
            = source.exec(QStringLiteral("SELECT pg_catalog.pg_drop_replication_slot($1)"), {QVariant(name)});
        if (drop.ok || drop.sqlState == QLatin1String("42704"))
            return true;
        // 55006: it became active again between the two statements.
        if (drop.sqlState != QLatin1String("55006") || deadline.hasExpired()) {
            *error = drop.error;
            return false;
        }
        QThread::msleep(100);
    }
}

bool syncSequences(pg::Connection &source, pg::Connection &target, int *count, QString *error)
{
    const pg::QueryResult values
        = source.exec(QStringLiteral("SELECT pg_catalog.format('%I.%I', schemaname, sequencename), last_value"
                                     "  FROM pg_catalog.pg_sequences WHERE last_value IS NOT NULL"));
    if (!values.ok) {
        *error = values.error;
        return false;
    }
    QStringList idents;
    QStringList lastValues;
    for (qsizetype row = 0; row < values.rowCount(); ++row) {
        idents.append(values.value(row, 0));
        lastValues.append(values.value(row, 1));
    }
    *count = 0;
    if (idents.isEmpty())
        return true;
    const pg::QueryResult set = target.exec(
        QStringLiteral("SELECT count(pg_catalog.setval(c.oid, v.last_value, true))"
                       "  FROM unnest($1::text[], $2::bigint[]) AS v(ident, last_value)"
                       "  JOIN pg_catalog.pg_class c ON c.oid = pg_catalog.to_regclass(v.ident) AND c.relkind = 'S'"),
        {QVariant(textArray(idents)),
         QVariant(QString(QLatin1Char('{') + lastValues.join(QLatin1Char(',')) + QLatin1Char('}')))});
    if (!set.ok) {
        *error = set.error;
        return false;
    }
    *count = set.value(0, 0).toInt();
    return true;
}

} // namespace godwit::engine::pgmigration
