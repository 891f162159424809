#pragma once

#include <memory>

#include "engine/runner/executor.h"

namespace godwit::engine {

/// `ConnectToSource.PostgreSql.Sync`: connects to the source server and reports its version, the
/// databases the user can connect to, and every prerequisite of an online migration that is not
/// met (wal_level, REPLICATION, free replication slots and WAL senders) as validationErrors with a
/// remedy. Failing checks leave the task Succeeded, as Azure does; an unreachable server fails it.
std::unique_ptr<Executor> makeConnectToSourcePostgreSqlExecutor();

/// `ConnectToTarget.AzureDbForPostgreSql.Sync`: connects to the target server and reports its
/// version and databases; checks that the user may create databases and that the target's major
/// version is not older than the source's.
std::unique_ptr<Executor> makeConnectToTargetPostgreSqlExecutor();

/// `GetUserTablesPostgreSql`: lists the user tables of each selected database ("schema.table",
/// partitioned tables once as their parent), with hasRows and two members the console uses beyond
/// the API: `estimatedRows` (-1 when unknown) and `hasPrimaryKey`.
std::unique_ptr<Executor> makeGetUserTablesPostgreSqlExecutor();

} // namespace godwit::engine
