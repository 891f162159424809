#pragma once

#include <memory>

#include "engine/runner/executor.h"

namespace godwit::engine {

/// `Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2`: the online migration of PostgreSQL databases.
///
/// Per database, one after the other: the pre-data schema (pg_dump/pg_restore), a logical slot
/// with an exported snapshot, a parallel COPY of every selected table under that snapshot, the
/// post-data schema (indexes, constraints, triggers), then a subscription on the target that
/// streams the source's changes from that slot. A database is READY_TO_COMPLETE once its load is
/// done and the subscription has (almost) caught up; `Migrate.Sync.Complete.Database` waits for
/// zero lag, copies sequence values and removes the subscription, publication and slot. Cancel
/// removes them too. An engine shutdown leaves a replicating database as it is and the next start
/// continues it; a database still loading is started again from scratch. The output and every case:
/// docs/pg-online-migration.md.
std::unique_ptr<Executor> makeMigratePostgreSqlSyncExecutor();

} // namespace godwit::engine
