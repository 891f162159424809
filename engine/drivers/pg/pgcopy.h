#pragma once

#include <QString>

#include <atomic>
#include <functional>

#include "engine/drivers/pg/pgconnection.h"

namespace godwit::engine::pg {

/// What to copy from one table to another.
struct CopySpec
{
    QString sourceTable; ///< schema-qualified and quoted
    QString targetTable; ///< schema-qualified and quoted
    /// Quoted column names, comma-separated, the same on both sides; empty copies every column
    /// (a table without ordinary columns).
    QString columns;
    /// PostgreSQL's binary format: faster, and exact, but only for types whose binary form carries
    /// no server-specific type ids (built-in scalar types and arrays of them).
    bool binary = false;
    /// Empties the target table in the copy's own transaction and loads it with COPY FREEZE, so
    /// the rows need no later freezing; the copy can then be run again without duplicating rows.
    bool truncateAndFreeze = true;
};

struct CopyOutcome
{
    bool ok = false;
    bool stopped = false;
    qint64 rows = 0;
    QString error;
};

/// Streams one table from `source` to `target` with COPY TO STDOUT / COPY FROM STDIN, as it is
/// read: nothing is buffered beyond one row. `source` must already be in the transaction (and
/// snapshot) to read; the target side runs in its own transaction, committed when the copy
/// succeeds. `progress` receives the running row count now and then; `stop` ends the copy early
/// (the target transaction is rolled back). Cancel either connection from another thread to
/// interrupt a blocked read or write.
CopyOutcome copyTable(Connection &source, Connection &target, const CopySpec &spec,
                      const std::function<void(qint64 rows)> &progress, const std::atomic<bool> &stop);

} // namespace godwit::engine::pg
