#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

#include "engine/drivers/mysql/mysqlconnection.h"

/// What the offline and the online MySQL migrations share: reading a database's tables and other
/// objects, creating them on the target and copying rows.
namespace godwit::engine::mysqlmigration {

/// One base table of a source database.
struct SourceTable
{
    QString name;
    /// The table's name in the target database (tableMap), when it differs.
    QString targetName;
    /// Columns an INSERT names: every column but generated ones, in table order.
    QStringList insertColumns;
    /// Columns of the primary key (empty when there is none), in key order.
    QStringList primaryKey;
    /// Every column, in table order (the binary log's row images follow this order).
    QStringList allColumns;
    /// unsignedColumns[i]: allColumns[i] is an UNSIGNED integer.
    QList<bool> unsignedColumns;
    /// SHOW CREATE TABLE, unqualified (it runs in the target database).
    QString createStatement;
    /// information_schema.TABLES.AUTO_INCREMENT, or -1.
    qint64 autoIncrement = -1;

    QString target() const { return targetName.isEmpty() ? name : targetName; }
};

/// The base tables of `database` (all of them when `only` is empty), or std::nullopt with *error.
std::optional<QList<SourceTable>> readTables(mysql::Connection &source, const QString &database,
                                             const QStringList &only, QString *error);

/// Session settings of a connection that loads a target: no foreign key or unique checks while
/// loading, zero kept in AUTO_INCREMENT columns, UTC.
bool prepareTargetSession(mysql::Connection &target, QString *error);
/// Session settings of a connection that reads a source for a long time.
bool prepareSourceSession(mysql::Connection &source, QString *error);

/// Creates the target database (with the source database's character set and collation) unless it
/// exists.
bool createTargetDatabase(mysql::Connection &source, mysql::Connection &target, const QString &sourceDatabase,
                          const QString &targetDatabase, QString *error);

/// Creates `table` in the target database unless it exists; an existing table is emptied (the API:
/// "Target database will be truncated before starting migration"). *created tells which.
bool prepareTargetTable(mysql::Connection &target, const QString &targetDatabase, const SourceTable &table,
                        bool *created, QString *error);

/// How a table copy ended.
struct CopyResult
{
    bool ok = false;
    bool cancelled = false;
    qint64 rows = 0;
    QString error;
};

/// Copies every row of a table in one target transaction (a failed or cancelled copy is rolled
/// back and the target table emptied, so it never holds part of the rows). The source reads
/// within whatever transaction (snapshot) its connection has open. `cancelled` is polled between
/// batches; `progress` gets the rows copied so far.
CopyResult copyTable(mysql::Connection &source, mysql::Connection &target, const QString &sourceDatabase,
                     const QString &targetDatabase, const SourceTable &table, const std::function<bool()> &cancelled,
                     const std::function<void(qint64)> &progress);

/// One view, trigger or routine that could not be created on the target (a warning, not a failure).
struct ObjectProblem
{
    QString object;
    QString error;
};

/// Creates the source database's views (in dependency order), routines and the triggers of the
/// given tables on the target, without DEFINER clauses (the target's user becomes the definer).
/// Returns how many were created; problems are appended to *problems.
int copyProgrammableObjects(mysql::Connection &source, mysql::Connection &target, const QString &sourceDatabase,
                            const QString &targetDatabase, const QStringList &tables, QList<ObjectProblem> *problems);

/// Sets the AUTO_INCREMENT counter of a target table to the source's.
bool copyAutoIncrement(mysql::Connection &target, const QString &targetDatabase, const SourceTable &table,
                       QString *error);

} // namespace godwit::engine::mysqlmigration
