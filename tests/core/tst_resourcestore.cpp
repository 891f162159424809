// The observable stores: every change is announced once, equal data announces nothing.

#include <QSignalSpy>

#include <gtest/gtest.h>

#include "support/printers.h"

#include "core/resourcestore.h"

using godwit::core::ResourceStore;

namespace {

const QString kProject
    = QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.DataMigration/services/svc/projects/p");

QJsonObject taskResource(const QString &name, const QString &state)
{
    return QJsonObject{{QStringLiteral("id"), QString(kProject + QStringLiteral("/tasks/") + name)},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("properties"), QJsonObject{{QStringLiteral("state"), state}}}};
}

} // namespace

TEST(ResourceStore, AnnouncesAddChangeRemoveOnce)
{
    ResourceStore store;
    QSignalSpy aboutToAdd(&store, &ResourceStore::aboutToAdd);
    QSignalSpy added(&store, &ResourceStore::added);
    QSignalSpy changed(&store, &ResourceStore::changed);
    QSignalSpy removed(&store, &ResourceStore::removed);

    EXPECT_TRUE(store.upsert(taskResource(QStringLiteral("t1"), QStringLiteral("Queued"))));
    EXPECT_TRUE(store.upsert(taskResource(QStringLiteral("t2"), QStringLiteral("Queued"))));
    EXPECT_EQ(aboutToAdd.count(), 2);
    EXPECT_EQ(added.count(), 2);
    EXPECT_EQ(added.at(1).at(0).toInt(), 1);

    EXPECT_FALSE(store.upsert(taskResource(QStringLiteral("t1"), QStringLiteral("Queued"))));
    EXPECT_EQ(changed.count(), 0);
    EXPECT_TRUE(store.upsert(taskResource(QStringLiteral("t1"), QStringLiteral("Running"))));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toInt(), 0);

    // ARM ids are case-insensitive.
    EXPECT_EQ(store.indexOf((kProject + QStringLiteral("/tasks/T2")).toUpper()), 1);
    EXPECT_TRUE(store.remove(kProject.toLower() + QStringLiteral("/tasks/t1")));
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.at(0).at(0).toInt(), 0);
    EXPECT_EQ(store.count(), 1);
    EXPECT_EQ(store.indexOf(kProject + QStringLiteral("/tasks/t2")), 0);
    EXPECT_FALSE(store.upsert(QJsonObject{{QStringLiteral("name"), QStringLiteral("no id")}}));
}

TEST(ResourceStore, SnapshotAppliesChangesOnly)
{
    ResourceStore store;
    store.applySnapshot(kProject, {taskResource(QStringLiteral("a"), QStringLiteral("Running")),
                                   taskResource(QStringLiteral("b"), QStringLiteral("Running")),
                                   taskResource(QStringLiteral("c"), QStringLiteral("Queued"))});
    // A task of another project is not touched by this project's listing.
    const QString other = QStringLiteral(
        "/subscriptions/s/resourceGroups/g/providers/Microsoft.DataMigration/services/svc/projects/q/tasks/z");
    store.upsert(QJsonObject{{QStringLiteral("id"), other}});

    QSignalSpy added(&store, &ResourceStore::added);
    QSignalSpy changed(&store, &ResourceStore::changed);
    QSignalSpy removed(&store, &ResourceStore::removed);
    const int changes = store.applySnapshot(kProject, {taskResource(QStringLiteral("a"), QStringLiteral("Running")),
                                                       taskResource(QStringLiteral("c"), QStringLiteral("Running")),
                                                       taskResource(QStringLiteral("d"), QStringLiteral("Queued"))});
    EXPECT_EQ(changes, 3);
    EXPECT_EQ(added.count(), 1);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_TRUE(store.contains(other));
    EXPECT_EQ(store.childIds(kProject).size(), 3);
    EXPECT_EQ(store.applySnapshot(kProject, {taskResource(QStringLiteral("a"), QStringLiteral("Running")),
                                             taskResource(QStringLiteral("c"), QStringLiteral("Running")),
                                             taskResource(QStringLiteral("d"), QStringLiteral("Queued"))}),
              0);
}

TEST(ResourceStore, AnIdWhoseCasingChangesStaysOneResource)
{
    ResourceStore store;
    store.upsert(taskResource(QStringLiteral("t1"), QStringLiteral("Queued")));
    QJsonObject recased = taskResource(QStringLiteral("T1"), QStringLiteral("Running"));
    EXPECT_TRUE(store.upsert(recased));
    EXPECT_EQ(store.count(), 1);
    EXPECT_EQ(store.indexOf(kProject + QStringLiteral("/tasks/t1")), 0);
    EXPECT_EQ(store.indexOf(kProject + QStringLiteral("/tasks/T1")), 0);
    // A listing with the new casing keeps it; removing by either casing works.
    EXPECT_EQ(store.applySnapshot(kProject, {recased}), 0);
    EXPECT_TRUE(store.remove(kProject + QStringLiteral("/tasks/t1")));
    EXPECT_EQ(store.count(), 0);
    EXPECT_EQ(store.indexOf(kProject + QStringLiteral("/tasks/T1")), -1);
}
