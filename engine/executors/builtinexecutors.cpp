#include "engine/executors/builtinexecutors.h"

#include <QStringList>

#include "engine/executors/mysqlconnectexecutors.h"
#include "engine/executors/mysqlmigrationexecutor.h"
#include "engine/executors/mysqlsyncexecutor.h"
#include "engine/executors/pgconnectexecutors.h"
#include "engine/executors/pgmigrationexecutor.h"

namespace godwit::engine {

namespace {

struct Entry
{
    const char *taskType;
    std::unique_ptr<Executor> (*make)();
};

const Entry kExecutors[] = {
    {"ConnectToSource.PostgreSql.Sync", &makeConnectToSourcePostgreSqlExecutor},
    {"ConnectToTarget.AzureDbForPostgreSql.Sync", &makeConnectToTargetPostgreSqlExecutor},
    {"GetUserTablesPostgreSql", &makeGetUserTablesPostgreSqlExecutor},
    {"Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2", &makeMigratePostgreSqlSyncExecutor},
    {"ConnectToSource.MySql", &makeConnectToSourceMySqlExecutor},
    {"ConnectToTarget.AzureDbForMySql", &makeConnectToTargetMySqlExecutor},
    {"GetUserTablesMySql", &makeGetUserTablesMySqlExecutor},
    {"Migrate.MySql.AzureDbForMySql", &makeMigrateMySqlOfflineExecutor},
    {"Migrate.MySql.AzureDbForMySql.Sync", &makeMigrateMySqlSyncExecutor},
};

} // namespace

std::unique_ptr<Executor> BuiltinExecutors::create(const QString &taskType) const
{
    for (const Entry &e : kExecutors) {
        if (taskType == QLatin1String(e.taskType))
            return e.make();
    }
    return nullptr;
}

QStringList BuiltinExecutors::supportedTaskTypes() const
{
    QStringList types;
    for (const Entry &e : kExecutors)
        types.append(QString::fromLatin1(e.taskType));
    return types;
}

} // namespace godwit::engine
