// Applying a poll of 10,000 tasks to the task store: the work a list refresh does on the UI
// thread. Prints median timings; the target is under 20 ms for a poll.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

#include "core/resourcestore.h"

namespace {

const QString kProject
    = QStringLiteral("/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DataMigration/services/svc/projects/p");

/// A task as a list returns it: no output, but its input and system data.
QJsonObject listed(int i, int version)
{
    return QJsonObject{
        {QStringLiteral("id"), QString(kProject + QStringLiteral("/tasks/task-%1").arg(i))},
        {QStringLiteral("name"), QStringLiteral("task-%1").arg(i)},
        {QStringLiteral("type"), QStringLiteral("Microsoft.DataMigration/services/projects/tasks")},
        {QStringLiteral("etag"), QStringLiteral("W/\"%1\"").arg(version)},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("taskType"), QStringLiteral("ConnectToSource.PostgreSql.Sync")},
             {QStringLiteral("state"), version == 0 ? QStringLiteral("Queued") : QStringLiteral("Succeeded")},
             {QStringLiteral("input"),
              QJsonObject{{QStringLiteral("sourceConnectionInfo"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("PostgreSqlConnectionInfo")},
                                       {QStringLiteral("serverName"), QStringLiteral("pg%1.internal").arg(i % 7)},
                                       {QStringLiteral("port"), 5432}}}}}}},
    };
}

QJsonObject task(int i, int version)
{
    QJsonArray output;
    for (int t = 0; t < 4; ++t)
        output.append(QJsonObject{{QStringLiteral("resultType"), QStringLiteral("TableLevelOutput")},
                                  {QStringLiteral("id"), QStringLiteral("or|db|public|t%1").arg(t)},
                                  {QStringLiteral("tableName"), QStringLiteral("public.t%1").arg(t)},
                                  {QStringLiteral("fullLoadTotalRows"), qint64(1000 * t + version)},
                                  {QStringLiteral("state"), QStringLiteral("COMPLETED")}});
    return QJsonObject{
        {QStringLiteral("id"), QString(kProject + QStringLiteral("/tasks/task-%1").arg(i))},
        {QStringLiteral("name"), QStringLiteral("task-%1").arg(i)},
        {QStringLiteral("type"), QStringLiteral("Microsoft.DataMigration/services/projects/tasks")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("taskType"), QStringLiteral("Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2")},
                     {QStringLiteral("state"), version == 0 ? QStringLiteral("Queued") : QStringLiteral("Running")},
                     {QStringLiteral("output"), output}}},
    };
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = 10000;
    const int runs = 11;
    QList<QJsonObject> base, fewChanged, allChanged;
    for (int i = 0; i < count; ++i) {
        base.append(task(i, 0));
        fewChanged.append(task(i, i % 20 == 0 ? 1 : 0)); // 5 % changed
        allChanged.append(task(i, 2));
    }

    QList<double> fill, unchanged, few, all;
    for (int r = 0; r < runs; ++r) {
        // A poll brings freshly parsed documents: nothing shared with what the store holds.
        QList<QJsonObject> again;
        for (int i = 0; i < count; ++i)
            again.append(task(i, 0));
        godwit::core::ResourceStore store;
        int changes = 0;
        QObject::connect(&store, &godwit::core::ResourceStore::changed, [&](int) { ++changes; });
        QElapsedTimer t;
        t.start();
        store.applySnapshot(kProject, base);
        fill.append(t.nsecsElapsed() / 1e6);
        t.restart();
        store.applySnapshot(kProject, again);
        unchanged.append(t.nsecsElapsed() / 1e6);
        t.restart();
        store.applySnapshot(kProject, fewChanged);
        few.append(t.nsecsElapsed() / 1e6);
        t.restart();
        store.applySnapshot(kProject, allChanged);
        all.append(t.nsecsElapsed() / 1e6);
        if (changes != count / 20 + count) {
            std::fprintf(stderr, "unexpected change count %d\n", changes);
            return 1;
        }
    }
    // The same with tasks as a list poll returns them (no output).
    QList<double> listedUnchanged, listedFew;
    for (int r = 0; r < runs; ++r) {
        QList<QJsonObject> first, same, changedFew;
        for (int i = 0; i < count; ++i) {
            first.append(listed(i, 0));
            same.append(listed(i, 0));
            changedFew.append(listed(i, i % 20 == 0 ? 1 : 0));
        }
        godwit::core::ResourceStore store;
        store.applySnapshot(kProject, first);
        QElapsedTimer t;
        t.start();
        store.applySnapshot(kProject, same);
        listedUnchanged.append(t.nsecsElapsed() / 1e6);
        t.restart();
        store.applySnapshot(kProject, changedFew);
        listedFew.append(t.nsecsElapsed() / 1e6);
    }
    std::printf("applying a poll of %d tasks to the store (median of %d runs)\n", count, runs);
    std::printf(" tasks as a list returns them (no output):\n");
    std::printf("  poll, nothing changed %8.2f ms   (target < 20 ms)\n", median(listedUnchanged));
    std::printf("  poll, 5%% changed      %8.2f ms   (target < 20 ms)\n", median(listedFew));
    std::printf(" tasks with their output (four table items each):\n");
    std::printf("  first fill            %8.2f ms\n", median(fill));
    std::printf("  poll, nothing changed %8.2f ms   (target < 20 ms)\n", median(unchanged));
    std::printf("  poll, 5%% changed      %8.2f ms   (target < 20 ms)\n", median(few));
    std::printf("  poll, all changed     %8.2f ms\n", median(all));
    return 0;
}
