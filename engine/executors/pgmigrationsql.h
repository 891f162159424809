#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

#include "engine/drivers/pg/pgconnection.h"

/// The catalog queries and the replication objects of an online PostgreSQL migration: which
/// tables a database has and how to copy them, and how the publication, slot and subscription are
/// found and removed again.
namespace godwit::engine::pgmigration {

/// A relation that holds rows: an ordinary table or a leaf partition of a partitioned table.
struct Leaf
{
    QString oid;   ///< on the source
    QString ident; ///< schema-qualified and quoted
    /// Quoted column names without generated and dropped columns, comma-separated.
    QString columns;
    /// Every column type can travel in COPY's binary format between two servers.
    bool binary = false;
    qint64 bytes = 0;
    double tuples = -1; ///< the planner's estimate; -1 when the table was never analyzed
    QChar replicaIdentity;
    bool hasPrimaryKey = false;
    bool unlogged = false;

    /// Whether logical replication can carry its updates and deletes only with REPLICA IDENTITY FULL.
    bool needsFullIdentity() const
    {
        return (replicaIdentity == QLatin1Char('d') && !hasPrimaryKey) || replicaIdentity == QLatin1Char('n');
    }
};

/// A user table as the API names it ("schema.table"), with the leaves that hold its rows.
struct Table
{
    QString oid;
    QString schema;
    QString name;
    QString displayName; ///< "schema.table", unquoted
    QString ident;       ///< schema-qualified and quoted
    bool partitioned = false;
    QList<Leaf> leaves;

    bool unlogged() const { return !leaves.isEmpty() && leaves.first().unlogged; }
    double estimatedRows() const;
};

/// Every user table of the connected database (not system or extension tables), partitioned
/// tables once with their leaf partitions, ordered by schema and name.
std::optional<QList<Table>> listTables(pg::Connection &conn, QString *error);

/// The tables `selection` names ("schema.table" as the API lists them, or any SQL name the source
/// resolves); an empty selection means every table. Names that match nothing go to *missing.
QList<Table> selectTables(pg::Connection &conn, const QList<Table> &tables, const QStringList &selection,
                          QStringList *missing);

/// The name of the publication, slot and subscription of one database of one task: "godwit_"
/// and 12 hex digits of a hash of both, so a restarted task finds them again.
QString objectName(const QString &taskKey, const QString &database);

QString quoteIdent(const QString &name);
/// A SQL string literal (E'' form when the text holds a backslash).
QString quoteLiteral(const QString &text);
/// A text[] literal for a statement parameter.
QString textArray(const QStringList &values);

/// Whether the subscription exists in the connected database; *enabled says whether it runs.
std::optional<bool> subscriptionExists(pg::Connection &target, const QString &name, bool *enabled, QString *error);
bool slotExists(pg::Connection &source, const QString &name, QString *error);

/// Disables and drops the subscription without touching the source (its slot is dropped there
/// separately); nothing to do when it does not exist.
bool dropSubscription(pg::Connection &target, const QString &name, QString *error);
bool dropPublication(pg::Connection &source, const QString &name, QString *error);
/// Drops the replication slot, waiting for a walsender that still uses it to go away and ending it
/// after a few seconds; nothing to do when it does not exist.
bool dropSlot(pg::Connection &source, const QString &name, QString *error);

/// Sets every sequence of the target to the source's value; *count receives how many.
bool syncSequences(pg::Connection &source, pg::Connection &target, int *count, QString *error);

} // namespace godwit::engine::pgmigration
