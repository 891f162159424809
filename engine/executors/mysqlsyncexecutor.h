#pragma once

#include <memory>

#include "engine/runner/executor.h"

namespace godwit::engine {

/// `Migrate.MySql.AzureDbForMySql.Sync`: the online migration of MySQL/MariaDB databases.
///
/// A full load of every selected table under one consistent snapshot whose binary log position is
/// known (MariaDB: START TRANSACTION WITH CONSISTENT SNAPSHOT and binlog_snapshot_file/position;
/// MySQL: the same inside FLUSH TABLES WITH READ LOCK), then the binary log (ROW format) is read
/// from that position as a replica and every changed row is made equal on the target: the row is
/// read again from the source by its primary key and copied over, or deleted when the source no
/// longer has it. That is idempotent, exact for every column type, and converges on the source's
/// state. A database is READY_TO_COMPLETE once the reader has reached the end of the log;
/// `Migrate.Sync.Complete.Database` waits until everything written before it is applied and
/// completes the database. Tables without a primary key are copied once and reported in ERROR
/// (their changes cannot be matched). An engine shutdown while replicating leaves the task Running;
/// the next start continues from the last checkpoint (the end of the last applied transaction, kept
/// in the output). The output and every case: docs/mysql-migration.md.
std::unique_ptr<Executor> makeMigrateMySqlSyncExecutor();

} // namespace godwit::engine
