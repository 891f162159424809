#pragma once

#include <memory>

#include "engine/runner/executor.h"

namespace godwit::engine {

/// `Migrate.MySql.AzureDbForMySql`: the offline migration of MySQL/MariaDB databases.
///
/// Per database, one after the other: the target database is created (same character set and
/// collation) unless it exists; every selected table (tableMap keys, all base tables when empty) is
/// created from SHOW CREATE TABLE (an existing target table is emptied instead), then its rows are
/// copied under one consistent snapshot of the source, each table in one target transaction; then
/// views, routines and the tables' triggers are created (failures there are warnings). A cancel
/// rolls back the table being copied. Output: a MigrationLevelOutput, a DatabaseLevelOutput per
/// database and a TableLevelOutput per table (docs/mysql-migration.md).
std::unique_ptr<Executor> makeMigrateMySqlOfflineExecutor();

} // namespace godwit::engine
