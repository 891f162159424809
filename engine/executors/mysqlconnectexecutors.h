#pragma once

#include <memory>

#include "engine/runner/executor.h"

namespace godwit::engine {

/// `ConnectToSource.MySql`: connects to the source server and reports its version (serverProperties),
/// brand, the databases the user can see, and every unmet prerequisite as validationErrors with a
/// remedy: privileges to read the data and, unless isOfflineMigration, binary logging in ROW format
/// with full row images and the replication privileges an online migration needs. Failing checks
/// leave the task Succeeded, as Azure does; an unreachable server or rejected login fails it.
std::unique_ptr<Executor> makeConnectToSourceMySqlExecutor();

/// `ConnectToTarget.AzureDbForMySql`: connects to the target server and reports its version and
/// databases; checks that the user may create and load databases and that the target is not older
/// than the source.
std::unique_ptr<Executor> makeConnectToTargetMySqlExecutor();

/// `GetUserTablesMySql`: lists the base tables of each selected database in one output item's
/// databasesToTables map ("database.table" names, hasRows), plus two members the console uses
/// beyond the API: `estimatedRows` and `hasPrimaryKey`. A database that cannot be read gets a
/// validation error; the task fails only when none could be read.
std::unique_ptr<Executor> makeGetUserTablesMySqlExecutor();

} // namespace godwit::engine
