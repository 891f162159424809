// The models over the stores: each passes QAbstractItemModelTester and turns store changes into
// exact row signals, never a reset on a poll.

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include "core/resourcestore.h"
#include "models/resourcetablemodel.h"
#include "models/roles.h"
#include "models/statekind.h"
#include "models/taskfilterproxymodel.h"
#include "models/taskoutputmodel.h"
#include "support/printers.h"

using namespace godwit;
using models::TasksModel;

namespace {

const QString kProjectA
    = QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.DataMigration/services/svc/projects/a");
const QString kProjectB
    = QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.DataMigration/services/svc/projects/b");

QJsonObject task(const QString &project, const QString &name, const QString &type, const QString &state,
                 const QString &created)
{
    return QJsonObject{{QStringLiteral("id"), QString(project + QStringLiteral("/tasks/") + name)},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("properties"), QJsonObject{{QStringLiteral("taskType"), type},
                                                                  {QStringLiteral("state"), state},
                                                                  {QStringLiteral("createdOn"), created}}}};
}

QJsonArray output(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).array();
}

} // namespace

TEST(TasksModel, StoreChangesBecomeRowSignals)
{
    core::ResourceStore store;
    TasksModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    store.applySnapshot(kProjectA, {task(kProjectA, QStringLiteral("t1"), QStringLiteral("GetUserTablesPostgreSql"),
                                         QStringLiteral("Queued"), QStringLiteral("2025-07-01T10:00:00Z")),
                                    task(kProjectA, QStringLiteral("t2"),
                                         QStringLiteral("Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2"),
                                         QStringLiteral("Running"), QStringLiteral("2025-07-01T09:00:00Z"))});
    EXPECT_EQ(inserted.count(), 2);
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(1, TasksModel::State).data().toString(), QStringLiteral("Running"));
    EXPECT_EQ(model.index(0, TasksModel::Project).data().toString(), QStringLiteral("a"));

    // The same poll again: nothing. One task changed: one dataChanged for that row only.
    store.applySnapshot(kProjectA, {task(kProjectA, QStringLiteral("t1"), QStringLiteral("GetUserTablesPostgreSql"),
                                         QStringLiteral("Queued"), QStringLiteral("2025-07-01T10:00:00Z")),
                                    task(kProjectA, QStringLiteral("t2"),
                                         QStringLiteral("Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2"),
                                         QStringLiteral("Running"), QStringLiteral("2025-07-01T09:00:00Z"))});
    EXPECT_EQ(changed.count(), 0);
    store.applySnapshot(kProjectA,
                        {task(kProjectA, QStringLiteral("t1"), QStringLiteral("GetUserTablesPostgreSql"),
                              QStringLiteral("FailedInputValidation"), QStringLiteral("2025-07-01T10:00:00Z"))});
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 0);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(model.index(0, TasksModel::State).data().toString(), QStringLiteral("Failed input validation"));
    EXPECT_EQ(model.index(0, TasksModel::State).data(models::RawValueRole).toString(),
              QStringLiteral("FailedInputValidation"));
    EXPECT_EQ(reset.count(), 0);
}

TEST(TaskFilterProxyModel, FiltersByProjectTypeStateAndTextAndSortsOnRawValues)
{
    core::ResourceStore store;
    TasksModel model(store);
    models::TaskFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    store.upsert(task(kProjectA, QStringLiteral("inventory-tables"), QStringLiteral("GetUserTablesPostgreSql"),
                      QStringLiteral("Succeeded"), QStringLiteral("2025-07-01T10:00:00Z")));
    store.upsert(task(kProjectA, QStringLiteral("inventory-online"),
                      QStringLiteral("Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2"), QStringLiteral("Running"),
                      QStringLiteral("2025-06-30T09:00:00Z")));
    store.upsert(task(kProjectB, QStringLiteral("sales-online"),
                      QStringLiteral("Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2"), QStringLiteral("Running"),
                      QStringLiteral("2025-07-02T09:00:00Z")));
    EXPECT_EQ(proxy.rowCount(), 3);
    proxy.setParentId(kProjectA.toUpper());
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setStates({QStringLiteral("Running")});
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setStates({});
    proxy.setTaskTypes({QStringLiteral("GetUserTablesPostgreSql")});
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setTaskTypes({});
    proxy.setParentId(QString());
    proxy.setText(QStringLiteral("ONLINE"));
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setText(QString());
    // Created sorts as time: "2025-06-30" before "2025-07-01" whatever the locale's text says.
    proxy.sort(TasksModel::Created, Qt::AscendingOrder);
    EXPECT_EQ(proxy.index(0, TasksModel::Name).data().toString(), QStringLiteral("inventory-online"));
    EXPECT_EQ(proxy.index(2, TasksModel::Name).data().toString(), QStringLiteral("sales-online"));
}

TEST(TaskOutputModel, PollsUpdateCellsInPlace)
{
    models::TaskOutputModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setOutput(output(R"([
      {"resultType":"MigrationLevelOutput","id":"m","state":"PENDING"},
      {"resultType":"DatabaseLevelOutput","id":"db|inventory","databaseName":"inventory","migrationState":"RUNNING",
       "fullLoadCompletedTables":1,"fullLoadLoadingTables":1,"fullLoadQueuedTables":0,"fullLoadErroredTables":0,
       "incomingChanges":10,"appliedChanges":4,"latency":2},
      {"resultType":"TableLevelOutput","id":"or|inventory|public|orders","databaseName":"inventory","tableName":"public.orders",
       "state":"COMPLETED","fullLoadTotalRows":1000,"cdcInsertCounter":5},
      {"resultType":"TableLevelOutput","id":"or|inventory|public|items","databaseName":"inventory","tableName":"public.items",
       "state":"FULL_LOAD","fullLoadTotalRows":200},
      {"resultType":"ErrorOutput","id":"e1","error":{"message":"a warning"}}
    ])"));
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex db = model.index(0, 0);
    EXPECT_EQ(db.data().toString(), QStringLiteral("inventory"));
    EXPECT_EQ(model.rowCount(db), 2);
    EXPECT_EQ(model.index(0, models::TaskOutputModel::Pending).data(models::RawValueRole).toLongLong(), 6);
    EXPECT_EQ(model.index(0, models::TaskOutputModel::Rows, db).data(models::RawValueRole).toLongLong(), 1000);
    EXPECT_EQ(model.errors().size(), 1);
    EXPECT_EQ(model.migration().value(QLatin1String("state")).toString(), QStringLiteral("PENDING"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // Next poll: items finished loading, orders got more inserts, a second database appeared.
    model.setOutput(output(R"([
      {"resultType":"DatabaseLevelOutput","id":"db|inventory","databaseName":"inventory","migrationState":"READY_TO_COMPLETE",
       "fullLoadCompletedTables":2,"fullLoadLoadingTables":0,"fullLoadQueuedTables":0,"fullLoadErroredTables":0,
       "incomingChanges":12,"appliedChanges":12,"latency":0},
      {"resultType":"TableLevelOutput","id":"or|inventory|public|orders","databaseName":"inventory","tableName":"public.orders",
       "state":"COMPLETED","fullLoadTotalRows":1000,"cdcInsertCounter":7},
      {"resultType":"TableLevelOutput","id":"or|inventory|public|items","databaseName":"inventory","tableName":"public.items",
       "state":"COMPLETED","fullLoadTotalRows":200},
      {"resultType":"DatabaseLevelOutput","id":"db|sales","databaseName":"sales","migrationState":"RUNNING"}
    ])"));
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(inserted.count(), 1); // the sales database
    EXPECT_EQ(removed.count(), 0);
    EXPECT_EQ(changed.count(), 3); // inventory, orders, items
    EXPECT_EQ(model.index(0, models::TaskOutputModel::State).data().toString(), QStringLiteral("READY_TO_COMPLETE"));
    EXPECT_EQ(
        model.index(0, models::TaskOutputModel::Inserts, model.index(0, 0)).data(models::RawValueRole).toLongLong(), 7);

    // A table that is gone is removed, not the whole tree.
    model.setOutput(output(R"([
      {"resultType":"DatabaseLevelOutput","id":"db|inventory","databaseName":"inventory","migrationState":"READY_TO_COMPLETE",
       "fullLoadCompletedTables":2,"fullLoadLoadingTables":0,"fullLoadQueuedTables":0,"fullLoadErroredTables":0,
       "incomingChanges":12,"appliedChanges":12,"latency":0},
      {"resultType":"TableLevelOutput","id":"or|inventory|public|orders","databaseName":"inventory","tableName":"public.orders",
       "state":"COMPLETED","fullLoadTotalRows":1000,"cdcInsertCounter":7}
    ])"));
    EXPECT_EQ(removed.count(), 2); // items, and the sales database
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 1);
    EXPECT_EQ(reset.count(), 0);
}

TEST(ServicesAndProjectsModels, ShowTheirColumns)
{
    core::ResourceStore services;
    models::ServicesModel model(services);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    services.upsert(QJsonObject{
        {QStringLiteral("id"),
         QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.DataMigration/services/svc")},
        {QStringLiteral("name"), QStringLiteral("svc")},
        {QStringLiteral("location"), QStringLiteral("westeurope")},
        {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Premium_4vCores")}}},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("provisioningState"), QStringLiteral("Stopped")}}}});
    EXPECT_EQ(model.index(0, models::ServicesModel::State).data().toString(), QStringLiteral("Stopped"));
    EXPECT_EQ(model.index(0, models::ServicesModel::Sku).data().toString(), QStringLiteral("Premium_4vCores"));
    EXPECT_EQ(model.headerData(models::ServicesModel::Location, Qt::Horizontal).toString(), QStringLiteral("Location"));

    core::ResourceStore projects;
    models::ProjectsModel pmodel(projects);
    QAbstractItemModelTester ptester(&pmodel, QAbstractItemModelTester::FailureReportingMode::Fatal);
    projects.upsert(
        QJsonObject{{QStringLiteral("id"), kProjectA},
                    {QStringLiteral("name"), QStringLiteral("a")},
                    {QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("sourcePlatform"), QStringLiteral("PostgreSql")},
                                 {QStringLiteral("targetPlatform"), QStringLiteral("AzureDbForPostgreSql")},
                                 {QStringLiteral("creationTime"), QStringLiteral("2025-07-01T10:00:00Z")}}}});
    EXPECT_EQ(pmodel.index(0, models::ProjectsModel::Target).data().toString(), QStringLiteral("AzureDbForPostgreSql"));
    EXPECT_EQ(pmodel.index(0, models::ProjectsModel::Created).data(models::RawValueRole).toDateTime(),
              QDateTime(QDate(2025, 7, 1), QTime(10, 0), Qt::UTC));
}

TEST(StateKind, EveryStateEnumMapsToTheKindItsIconShows)
{
    using models::StateKind;
    using models::stateKind;
    // TaskState.
    EXPECT_EQ(stateKind(QStringLiteral("Queued")), StateKind::Queued);
    EXPECT_EQ(stateKind(QStringLiteral("Running")), StateKind::Running);
    EXPECT_EQ(stateKind(QStringLiteral("Succeeded")), StateKind::Succeeded);
    EXPECT_EQ(stateKind(QStringLiteral("Failed")), StateKind::Failed);
    EXPECT_EQ(stateKind(QStringLiteral("FailedInputValidation")), StateKind::Failed);
    EXPECT_EQ(stateKind(QStringLiteral("Faulted")), StateKind::Failed);
    EXPECT_EQ(stateKind(QStringLiteral("Canceled")), StateKind::Canceled);
    EXPECT_EQ(stateKind(QStringLiteral("Unknown")), StateKind::None);
    // SyncDatabaseMigrationReportingState, with its misspelt wire value.
    EXPECT_EQ(stateKind(QStringLiteral("INITIALIAZING")), StateKind::Queued);
    EXPECT_EQ(stateKind(QStringLiteral("RUNNING")), StateKind::Running);
    EXPECT_EQ(stateKind(QStringLiteral("READY_TO_COMPLETE")), StateKind::Warning);
    EXPECT_EQ(stateKind(QStringLiteral("COMPLETE")), StateKind::Succeeded);
    EXPECT_EQ(stateKind(QStringLiteral("CANCELLED")), StateKind::Canceled);
    // SyncTableMigrationState.
    EXPECT_EQ(stateKind(QStringLiteral("BEFORE_LOAD")), StateKind::Queued);
    EXPECT_EQ(stateKind(QStringLiteral("FULL_LOAD")), StateKind::Running);
    EXPECT_EQ(stateKind(QStringLiteral("COMPLETED")), StateKind::Succeeded);
    EXPECT_EQ(stateKind(QStringLiteral("ERROR")), StateKind::Failed);
    // MigrationState and what nobody knows.
    EXPECT_EQ(stateKind(QStringLiteral("Warning")), StateKind::Warning);
    EXPECT_EQ(stateKind(QStringLiteral("InProgress")), StateKind::Running);
    EXPECT_EQ(stateKind(QStringLiteral("SOMETHING_NEW")), StateKind::None);
    EXPECT_EQ(stateKind(QString()), StateKind::None);
}

TEST(TasksModel, TheStateCellSaysItsKindAndTellsTheStateInItsTooltip)
{
    core::ResourceStore store;
    TasksModel model(store);
    store.applySnapshot(
        kProjectA,
        {task(kProjectA, QStringLiteral("t1"), QStringLiteral("GetUserTablesPostgreSql"),
              QStringLiteral("FailedInputValidation"), QStringLiteral("2025-07-01T10:00:00Z")),
         task(kProjectA, QStringLiteral("t2"), QStringLiteral("Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2"),
              QStringLiteral("Running"), QStringLiteral("2025-07-01T09:00:00Z"))});
    const QModelIndex failed = model.index(0, TasksModel::State);
    EXPECT_EQ(failed.data(models::StateKindRole).toInt(), int(models::StateKind::Failed));
    EXPECT_EQ(failed.data().toString(), QStringLiteral("Failed input validation"));
    EXPECT_EQ(failed.data(Qt::ToolTipRole).toString(), QStringLiteral("State: Failed input validation"));
    EXPECT_EQ(model.index(1, TasksModel::State).data(models::StateKindRole).toInt(), int(models::StateKind::Running));
    // Only the state column carries a kind, so only it shows an icon.
    EXPECT_FALSE(model.index(1, TasksModel::Name).data(models::StateKindRole).isValid());
}
