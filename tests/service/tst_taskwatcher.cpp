// TaskWatcher against the real engine: polls until terminal, updates the store with changes only.

#include <QEventLoop>
#include <QSignalSpy>
#include <QTimer>

#include <gtest/gtest.h>

#include "awaitjob.h"
#include "core/resourcestore.h"
#include "connectedengine.h"
#include "service/dmsclient.h"
#include "service/session.h"
#include "service/taskwatcher.h"
#include "support/printers.h"

using namespace godwit;

namespace {

const core::ResourceId kService = core::ResourceId::forService(QStringLiteral("00000000-0000-0000-0000-000000000001"),
                                                               QStringLiteral("migrations"), QStringLiteral("svc"));

} // namespace

TEST(TaskWatcher, PollsUntilTerminalAndStoresOnlyChanges)
{
    test::ConnectedEngine c;
    service::DmsClient &client = c.client;
    c.engine.createServiceAndProject();
    const core::ResourceId project = kService.projectId(QStringLiteral("proj"));

    // A queued task on a stopped service: polled, but nothing changes between polls.
    ASSERT_TRUE(test::await(client.stopService(kService)).ok);
    const core::ResourceId queued = project.taskId(QStringLiteral("queued"));
    ASSERT_TRUE(test::await(client.createOrUpdateTask(queued, test::pgConnectTask(QStringLiteral("127.0.0.1"), 1))).ok);

    core::ResourceStore store;
    service::TaskWatcher watcher(client, store);
    watcher.setIntervals({50, 50, 1000});
    QSignalSpy updated(&watcher, &service::TaskWatcher::updated);
    QSignalSpy changed(&store, &core::ResourceStore::changed);
    QSignalSpy added(&store, &core::ResourceStore::added);
    watcher.watch(queued.toString());
    for (int i = 0; i < 100 && updated.count() < 5; ++i)
        updated.wait(200);
    EXPECT_GE(updated.count(), 5);
    EXPECT_EQ(added.count(), 1);
    EXPECT_EQ(changed.count(), 0); // same task five times: no change announced
    EXPECT_EQ(watcher.connectionState(), service::ConnectionState::Connected);
    EXPECT_TRUE(watcher.lastUpdated(queued.toString()).isValid());

    // Start the service: the task runs, fails (nothing listens on port 1), and polling stops.
    QSignalSpy finished(&watcher, &service::TaskWatcher::finished);
    ASSERT_TRUE(test::await(client.startService(kService)).ok);
    for (int i = 0; i < 100 && finished.isEmpty(); ++i)
        finished.wait(200);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.at(0).at(1).toString(), QStringLiteral("Failed"));
    EXPECT_FALSE(watcher.isWatching(queued.toString()));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(store.resource(queued.toString())[QLatin1String("properties")][QLatin1String("state")].toString(),
              QStringLiteral("Failed"));

    // A deleted task disappears from the store.
    QSignalSpy gone(&watcher, &service::TaskWatcher::gone);
    watcher.watch(queued.toString());
    ASSERT_TRUE(test::await(client.deleteTask(queued)).ok);
    watcher.refreshNow();
    for (int i = 0; i < 50 && gone.isEmpty() && store.contains(queued.toString()); ++i)
        gone.wait(100);
    // Either the watcher saw the task terminal before the delete, or it saw it gone.
    EXPECT_TRUE(gone.count() == 1 || !watcher.isWatching(queued.toString()));
}

TEST(TaskWatcher, UnreachableEngineIsReportedAndRetried)
{
    service::StaticTokenProvider tokens(QStringLiteral("t"));
    service::Session session(QUrl(QStringLiteral("http://127.0.0.1:1")), &tokens);
    session.retryPolicy.maxRetries = 0;
    service::DmsClient client(session);
    core::ResourceStore store;
    service::TaskWatcher watcher(client, store);
    watcher.setIntervals({50, 50, 200});
    QSignalSpy failed(&watcher, &service::TaskWatcher::pollFailed);
    watcher.watch(kService.projectId(QStringLiteral("p")).taskId(QStringLiteral("t")).toString());
    for (int i = 0; i < 50 && failed.count() < 2; ++i)
        failed.wait(200);
    EXPECT_GE(failed.count(), 2);
    EXPECT_EQ(watcher.connectionState(), service::ConnectionState::Unreachable);
    EXPECT_GE(watcher.secondsToNextRefresh(), 0);
}
