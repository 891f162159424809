// DmsClient against the real engine over loopback: every operation, paging, long-running
// operations, task lifecycle and errors.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>

#include <gtest/gtest.h>

#include <QJsonDocument>

#include "awaitjob.h"
#include "core/dmstypes.h"
#include "core/validator.h"
#include "support/pgcluster.h"
#include "core/taskrules.h"
#include "connectedengine.h"
#include "core/resourcestore.h"
#include "service/dmsclient.h"
#include "service/explorer.h"
#include "service/session.h"
#include "support/printers.h"

using namespace godwit;
using test::await;

namespace {

const QString kSub = QStringLiteral("00000000-0000-0000-0000-000000000001");
const QString kRg = QStringLiteral("migrations");

struct Connected : test::ConnectedEngine
{
    explicit Connected(engine::EngineOptions options = {})
        : ConnectedEngine(std::move(options))
    {
        session.lroMinPollMs = 20;
    }
};

core::ResourceId serviceId()
{
    return core::ResourceId::forService(kSub, kRg, QStringLiteral("svc"));
}

QJsonObject serviceBody()
{
    return QJsonObject{
        {QStringLiteral("location"), QStringLiteral("local")},
        {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Premium_4vCores")}}},
        {QStringLiteral("properties"), QJsonObject{}}};
}

QJsonObject projectBody()
{
    return QJsonObject{{QStringLiteral("location"), QStringLiteral("local")},
                       {QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("sourcePlatform"), QStringLiteral("PostgreSql")},
                                    {QStringLiteral("targetPlatform"), QStringLiteral("AzureDbForPostgreSql")}}}};
}

QString stateOf(const QJsonObject &task)
{
    return task.value(QLatin1String("properties")).toObject().value(QLatin1String("state")).toString();
}

} // namespace

TEST(DmsClient, ServiceLifecycleFollowsLongRunningOperations)
{
    engine::EngineOptions options;
    options.lroDelayMs = 150;
    Connected c(options);
    const auto created = await(c.client.createOrUpdateService(serviceId(), serviceBody()));
    ASSERT_TRUE(created.ok) << qPrintable(created.error.userText());
    // The job ends with the final resource, not the first "Accepted" answer.
    EXPECT_EQ(created.json[QLatin1String("properties")][QLatin1String("provisioningState")].toString(),
              QStringLiteral("Succeeded"));

    const auto stopped = await(c.client.stopService(serviceId()));
    ASSERT_TRUE(stopped.ok) << qPrintable(stopped.error.userText());
    EXPECT_EQ(await(c.client.getService(serviceId()))
                  .json[QLatin1String("properties")][QLatin1String("provisioningState")]
                  .toString(),
              QStringLiteral("Stopped"));
    EXPECT_EQ(await(c.client.checkServiceStatus(serviceId())).json[QLatin1String("status")].toString(),
              QStringLiteral("Stopped"));
    ASSERT_TRUE(await(c.client.startService(serviceId())).ok);
    const auto updated = await(c.client.updateService(
        serviceId(),
        QJsonObject{{QStringLiteral("tags"), QJsonObject{{QStringLiteral("owner"), QStringLiteral("dba")}}}}));
    ASSERT_TRUE(updated.ok) << qPrintable(updated.error.userText());
    EXPECT_EQ(updated.json[QLatin1String("tags")][QLatin1String("owner")].toString(), QStringLiteral("dba"));

    EXPECT_EQ(await(c.client.listServices(kSub)).items.size(), 1);
    EXPECT_EQ(await(c.client.listServices(kSub, kRg)).items.size(), 1);
    EXPECT_FALSE(await(c.client.listServiceSkus(serviceId())).items.isEmpty());
    EXPECT_FALSE(await(c.client.checkNameAvailability(kSub, QStringLiteral("local"), QStringLiteral("svc")))
                     .json[QLatin1String("nameAvailable")]
                     .toBool());

    const auto deleted = await(c.client.deleteService(serviceId()));
    ASSERT_TRUE(deleted.ok) << qPrintable(deleted.error.userText());
    const auto gone = await(c.client.getService(serviceId()));
    EXPECT_FALSE(gone.ok);
    EXPECT_EQ(gone.error.httpStatus, 404);
    EXPECT_EQ(gone.error.code, QStringLiteral("ResourceNotFound"));
    EXPECT_FALSE(gone.error.requestId.isEmpty());
}

TEST(DmsClient, ListsFollowEveryPage)
{
    engine::EngineOptions options;
    options.pageSize = 3;
    Connected c(options);
    ASSERT_TRUE(await(c.client.createOrUpdateService(serviceId(), serviceBody())).ok);
    for (int i = 0; i < 10; ++i)
        ASSERT_TRUE(
            await(c.client.createOrUpdateProject(
                      serviceId().projectId(QStringLiteral("p%1").arg(i, 2, 10, QLatin1Char('0'))), projectBody()))
                .ok);
    const auto all = await(c.client.listProjects(serviceId()));
    ASSERT_TRUE(all.ok);
    ASSERT_EQ(all.items.size(), 10);
    EXPECT_EQ(all.items.first()[QLatin1String("name")].toString(), QStringLiteral("p00"));
    EXPECT_EQ(all.items.last()[QLatin1String("name")].toString(), QStringLiteral("p09"));
}

TEST(DmsClient, ProjectsTasksAndFiles)
{
    Connected c;
    ASSERT_TRUE(await(c.client.createOrUpdateService(serviceId(), serviceBody())).ok);
    const core::ResourceId project = serviceId().projectId(QStringLiteral("proj"));
    ASSERT_TRUE(await(c.client.createOrUpdateProject(project, projectBody())).ok);
    EXPECT_EQ(await(c.client.getProject(project)).json[QLatin1String("name")].toString(), QStringLiteral("proj"));
    EXPECT_TRUE(
        await(c.client.updateProject(project, QJsonObject{{QStringLiteral("tags"),
                                                           QJsonObject{{QStringLiteral("a"), QStringLiteral("b")}}}}))
            .ok);

    // A task that runs: a connection test against a port nothing listens on fails with a reason.
    const core::ResourceId task = project.taskId(QStringLiteral("probe"));
    const QJsonObject body
        = test::pgConnectTask(QStringLiteral("127.0.0.1"), 1, QStringLiteral("u"), QStringLiteral("p"));
    const auto created = await(c.client.createOrUpdateTask(task, body));
    ASSERT_TRUE(created.ok) << qPrintable(created.error.userText());
    EXPECT_EQ(created.status, 201);
    QString state = stateOf(created.json);
    for (int i = 0; i < 200 && !core::TaskRules::isTerminal(state); ++i)
        state = stateOf(await(c.client.getTask(task)).json);
    EXPECT_EQ(state, QStringLiteral("Failed"));
    EXPECT_EQ(await(c.client.listTasks(project, QStringLiteral("ConnectToSource.PostgreSql.Sync"))).items.size(), 1);
    EXPECT_EQ(await(c.client.listTasks(project, QStringLiteral("GetUserTablesPostgreSql"))).items.size(), 0);

    const auto cancel = await(c.client.cancelTask(task));
    EXPECT_FALSE(cancel.ok);
    EXPECT_EQ(cancel.error.httpStatus, 409);
    EXPECT_EQ(cancel.error.code, QStringLiteral("TaskNotCancellable"));
    const auto command = await(c.client.sendCommand(
        task,
        QJsonObject{{QStringLiteral("commandType"), QStringLiteral("Migrate.Sync.Complete.Database")},
                    {QStringLiteral("input"), QJsonObject{{QStringLiteral("databaseName"), QStringLiteral("x")}}}}));
    EXPECT_FALSE(command.ok);
    EXPECT_EQ(command.error.httpStatus, 400);
    EXPECT_TRUE(await(c.client.updateTask(
                          task, QJsonObject{{QStringLiteral("properties"),
                                             QJsonObject{{QStringLiteral("clientData"),
                                                          QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}}}}}}))
                    .ok);
    EXPECT_TRUE(await(c.client.deleteTask(task)).ok);

    // Service tasks live under the service.
    const core::ResourceId serviceTask = serviceId().serviceTaskId(QStringLiteral("check"));
    ASSERT_TRUE(await(c.client.createOrUpdateTask(
                          serviceTask,
                          QJsonObject{{QStringLiteral("properties"),
                                       QJsonObject{{QStringLiteral("taskType"), QStringLiteral("Service.Check.OCI")},
                                                   {QStringLiteral("input"), QJsonObject{}}}}}))
                    .ok);
    EXPECT_EQ(await(c.client.listTasks(serviceId())).items.size(), 1);

    const core::ResourceId file = project.fileId(QStringLiteral("f"));
    ASSERT_TRUE(await(c.client.createOrUpdateFile(
                          file, QJsonObject{{QStringLiteral("properties"),
                                             QJsonObject{{QStringLiteral("filePath"), QStringLiteral("a.sql")}}}}))
                    .ok);
    EXPECT_TRUE(await(c.client.updateFile(file, QJsonObject{{QStringLiteral("properties"),
                                                             QJsonObject{{QStringLiteral("mediaType"),
                                                                          QStringLiteral("text/plain")}}}}))
                    .ok);
    EXPECT_EQ(await(c.client.listFiles(project)).items.size(), 1);
    EXPECT_FALSE(await(c.client.readFile(file)).json[QLatin1String("uri")].toString().isEmpty());
    EXPECT_FALSE(await(c.client.readWriteFile(file)).json[QLatin1String("uri")].toString().isEmpty());
    EXPECT_TRUE(await(c.client.getFile(file)).ok);
    EXPECT_TRUE(await(c.client.deleteFile(file)).ok);
    EXPECT_TRUE(
        await(c.client.checkChildNameAvailability(serviceId(), QStringLiteral("proj"), QStringLiteral("projects"))).ok);
    EXPECT_TRUE(await(c.client.deleteProject(project, true)).ok);

    EXPECT_FALSE(await(c.client.listSkus(kSub)).items.isEmpty());
    EXPECT_EQ(await(c.client.listUsages(kSub, QStringLiteral("local"))).items.size(), 1);
    EXPECT_EQ(await(c.client.listOperations()).items.size(), 39);
}

TEST(DmsClient, UnreachableEngineIsReportedAsSuch)
{
    service::StaticTokenProvider tokens(QStringLiteral("t"));
    service::Session session(QUrl(QStringLiteral("http://127.0.0.1:1")), &tokens);
    session.retryPolicy.maxRetries = 1;
    session.retryPolicy.baseDelayMs = 10;
    service::DmsClient client(session);
    const auto out = await(client.getService(serviceId()));
    EXPECT_FALSE(out.ok);
    EXPECT_EQ(out.error.kind, service::ServiceError::Kind::Transport);
    EXPECT_EQ(out.attempts, 2); // refused connections are retried: nothing was sent
    EXPECT_TRUE(out.error.userText().contains(QLatin1String("refused"))) << qPrintable(out.error.userText());
}

// The whole lifecycle of a task that does real work: a connection test against a real
// PostgreSQL server, created, polled to its end and read back through the client.
TEST(DmsClient, RunsARealPostgreSqlConnectionTestToTheEnd)
{
    test::PgCluster cluster;
    QString error;
    ASSERT_TRUE(cluster.start(&error)) << qPrintable(error);
    Connected c;
    ASSERT_TRUE(await(c.client.createOrUpdateService(serviceId(), serviceBody())).ok);
    const core::ResourceId project = serviceId().projectId(QStringLiteral("proj"));
    ASSERT_TRUE(await(c.client.createOrUpdateProject(project, projectBody())).ok);
    const core::ResourceId task = project.taskId(QStringLiteral("source-check"));
    core::dms::ConnectToSourcePostgreSqlSyncTaskInput input;
    input.setSourceConnectionInfo(cluster.connectionInfo(test::PgCluster::superUser(), cluster.superPassword()));
    core::dms::ConnectToSourcePostgreSqlSyncTaskProperties props;
    props.setInput(input);
    core::dms::ProjectTask body;
    body.setProperties(props);
    const auto created = await(c.client.createOrUpdateTask(task, body.toJson()));
    ASSERT_TRUE(created.ok) << qPrintable(created.error.userText());
    EXPECT_FALSE(
        created.json[QLatin1String("properties")][QLatin1String("input")][QLatin1String("sourceConnectionInfo")]
            .toObject()
            .contains(QLatin1String("password")));

    QJsonObject last;
    for (int i = 0; i < 300; ++i) {
        last = await(c.client.getTask(task)).json;
        if (core::TaskRules::isTerminal(stateOf(last)))
            break;
    }
    ASSERT_EQ(stateOf(last), QStringLiteral("Succeeded")) << QJsonDocument(last).toJson().constData();
    const auto result
        = core::dms::ProjectTask(last).properties().as<core::dms::ConnectToSourcePostgreSqlSyncTaskProperties>();
    ASSERT_EQ(result.output().size(), 1);
    EXPECT_TRUE(result.output().first().sourceServerVersion().startsWith(QLatin1String("15.")));
    EXPECT_TRUE(result.output().first().databases().contains(QStringLiteral("postgres")));
    EXPECT_TRUE(
        core::Validator(core::Validator::Direction::Response).validate(last, QStringLiteral("ProjectTask")).isEmpty());
}

namespace {

bool turnUntil(const std::function<bool()> &done)
{
    QDeadlineTimer deadline(15000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

} // namespace

TEST(Explorer, ADeletedProjectIsGoneNotAnErrorAndARefreshAskedForMeanwhileRuns)
{
    Connected c;
    ASSERT_TRUE(await(c.client.createOrUpdateService(serviceId(), serviceBody())).ok);
    const core::ResourceId kept = serviceId().projectId(QStringLiteral("kept"));
    const core::ResourceId gone = serviceId().projectId(QStringLiteral("gone"));
    ASSERT_TRUE(await(c.client.createOrUpdateProject(kept, projectBody())).ok);
    ASSERT_TRUE(await(c.client.createOrUpdateProject(gone, projectBody())).ok);

    core::Stores stores;
    service::Explorer explorer(c.client, stores, serviceId().subscription, serviceId().resourceGroup);
    QStringList failures;
    int refreshed = 0;
    QObject::connect(&explorer, &service::Explorer::failed, [&](const QString &error) { failures.append(error); });
    QObject::connect(&explorer, &service::Explorer::refreshed, [&] { ++refreshed; });

    // Selecting the project refreshes; a refresh asked for meanwhile runs after it, not never.
    explorer.setCurrentProject(gone.toString());
    explorer.refresh();
    ASSERT_TRUE(turnUntil([&] { return refreshed == 2; })) << refreshed;
    EXPECT_TRUE(stores.projects.contains(gone.toString()));

    // The selected project is deleted (by someone else, or from the console): it is gone from the
    // stores, and its 404 is no error to show.
    ASSERT_TRUE(await(c.client.deleteProject(gone)).ok);
    explorer.refresh();
    ASSERT_TRUE(turnUntil([&] { return refreshed == 3; })) << refreshed;
    EXPECT_TRUE(failures.isEmpty()) << qPrintable(failures.join(QLatin1Char('\n')));
    EXPECT_FALSE(stores.projects.contains(gone.toString()));
    EXPECT_TRUE(stores.projects.contains(kept.toString()));
    EXPECT_EQ(stores.tasks.count(), 0);
}
