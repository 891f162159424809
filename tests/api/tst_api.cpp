// The engine's REST API over real HTTP on loopback: routes, status codes, headers, paging,
// long-running operations, errors, authentication, limits, secrets and restarts.

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <gtest/gtest.h>

#include "enginefixture.h"
#include "support/printers.h"

using namespace godwit;
using test::EngineFixture;
using test::HttpReply;

namespace {

const QString kService = EngineFixture::rg(QStringLiteral("services/svc"));
const QString kProject = EngineFixture::rg(QStringLiteral("services/svc/projects/proj"));

QJsonObject pgConnectTask(const QString &server, const QString &password)
{
    return test::pgConnectTask(server, 1, QStringLiteral("migrator"), password);
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString stateOf(const HttpReply &r)
{
    return r.json()[QLatin1String("properties")][QLatin1String("state")].toString();
}

} // namespace

TEST(EngineApi, EveryRequestNeedsTheBearerToken)
{
    EngineFixture f;
    const HttpReply missing = f.request("GET", f.url(kService), {}, {}, false);
    EXPECT_EQ(missing.status, 401);
    EXPECT_EQ(missing.errorCode(), QStringLiteral("AuthenticationFailed"));
    EXPECT_EQ(missing.header("WWW-Authenticate"), QByteArray("Bearer"));
    const HttpReply wrong = f.request("GET", f.url(kService), {}, {{"Authorization", "Bearer nope"}}, false);
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(wrong.errorCode(), QStringLiteral("InvalidAuthenticationToken"));
    EXPECT_FALSE(wrong.header("x-ms-request-id").isEmpty());
}

TEST(EngineApi, ApiVersionIsRequiredAndChecked)
{
    EngineFixture f;
    const HttpReply none = f.get(kService, QString());
    EXPECT_EQ(none.status, 400);
    EXPECT_EQ(none.errorCode(), QStringLiteral("MissingApiVersionParameter"));
    const HttpReply old = f.get(kService, QStringLiteral("api-version=2021-06-30"));
    EXPECT_EQ(old.status, 400);
    EXPECT_EQ(old.errorCode(), QStringLiteral("InvalidApiVersionParameter"));
    EXPECT_TRUE(old.errorMessage().contains(QLatin1String("2025-06-30")));
}

TEST(EngineApi, UnknownRoutesAndMethodsGetArmErrors)
{
    EngineFixture f;
    const HttpReply unknown = f.get(EngineFixture::rg(QStringLiteral("widgets/w")));
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.errorCode(), QStringLiteral("InvalidResourceType"));
    const HttpReply method = f.request("POST", f.url(kService));
    EXPECT_EQ(method.status, 405);
    EXPECT_EQ(method.errorCode(), QStringLiteral("MethodNotAllowed"));
    const HttpReply missing = f.get(kService);
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(missing.errorCode(), QStringLiteral("ResourceNotFound"));
    EXPECT_EQ(
        missing.errorMessage(),
        QStringLiteral(
            "The Resource 'Microsoft.DataMigration/services/svc' under resource group 'migrations' was not found."));
}

TEST(EngineApi, ServiceCreationIsALongRunningOperation)
{
    engine::EngineOptions options;
    options.lroDelayMs = 400;
    EngineFixture f(options);
    const HttpReply created = f.put(kService, QJsonObject{{QStringLiteral("location"), QStringLiteral("westeurope")},
                                                          {QStringLiteral("properties"), QJsonObject{}}});
    ASSERT_EQ(created.status, 201) << created.body.constData();
    EXPECT_EQ(created.json()[QLatin1String("properties")][QLatin1String("provisioningState")].toString(),
              QStringLiteral("Accepted"));
    EXPECT_EQ(created.json()[QLatin1String("type")].toString(), QStringLiteral("Microsoft.DataMigration/services"));
    EXPECT_EQ(created.json()[QLatin1String("kind")].toString(), QStringLiteral("vm"));
    const QUrl status(QString::fromUtf8(created.header("Azure-AsyncOperation")));
    const QUrl location(QString::fromUtf8(created.header("Location")));
    ASSERT_TRUE(status.isValid() && status.path().contains(QLatin1String("/locations/westeurope/operationStatuses/")));
    EXPECT_TRUE(status.query().contains(QLatin1String("api-version=2025-06-30")));
    EXPECT_EQ(created.header("Retry-After"), QByteArray("1"));

    const HttpReply inProgress = f.request("GET", status);
    EXPECT_EQ(inProgress.json()[QLatin1String("status")].toString(), QStringLiteral("InProgress"));
    EXPECT_EQ(f.request("GET", location).status, 202);

    QElapsedTimer timer;
    timer.start();
    QString state;
    while (timer.elapsed() < 5000 && state != QLatin1String("Succeeded")) {
        spin(50);
        state = f.request("GET", status).json()[QLatin1String("status")].toString();
    }
    EXPECT_EQ(state, QStringLiteral("Succeeded"));
    EXPECT_EQ(f.request("GET", location).status, 204);
    EXPECT_EQ(f.get(kService).json()[QLatin1String("properties")][QLatin1String("provisioningState")].toString(),
              QStringLiteral("Succeeded"));

    // A second PUT updates in place (200) and a service cannot move.
    const HttpReply again = f.put(
        kService, QJsonObject{{QStringLiteral("location"), QStringLiteral("westeurope")},
                              {QStringLiteral("tags"), QJsonObject{{QStringLiteral("team"), QStringLiteral("dba")}}}});
    EXPECT_EQ(again.status, 200);
    EXPECT_NE(again.json()[QLatin1String("etag")], created.json()[QLatin1String("etag")]);
    const HttpReply moved = f.put(kService, QJsonObject{{QStringLiteral("location"), QStringLiteral("eastus")}});
    EXPECT_EQ(moved.status, 409);
    EXPECT_EQ(moved.errorCode(), QStringLiteral("InvalidResourceLocation"));
}

TEST(EngineApi, BadBodiesAreRefusedWithTheFieldNamed)
{
    EngineFixture f;
    const HttpReply noLocation = f.put(kService, QJsonObject{{QStringLiteral("properties"), QJsonObject{}}});
    EXPECT_EQ(noLocation.status, 400);
    EXPECT_EQ(noLocation.errorCode(), QStringLiteral("InvalidRequestContent"));
    EXPECT_TRUE(noLocation.errorMessage().contains(QLatin1String("location: required field missing")))
        << qPrintable(noLocation.errorMessage());
    ASSERT_EQ(noLocation.json()[QLatin1String("error")][QLatin1String("details")].toArray().size(), 1);

    // The members ARM's tracked resources have are checked too: a number is not a region, tags are text.
    const HttpReply numberLocation = f.put(kService, QJsonObject{{QStringLiteral("location"), 5}});
    EXPECT_EQ(numberLocation.status, 400);
    EXPECT_EQ(numberLocation.errorCode(), QStringLiteral("InvalidRequestContent"));
    EXPECT_TRUE(numberLocation.errorMessage().startsWith(QLatin1String("location: expected a string")))
        << qPrintable(numberLocation.errorMessage());
    const HttpReply emptyLocation = f.put(kService, QJsonObject{{QStringLiteral("location"), QStringLiteral(" ")}});
    EXPECT_EQ(emptyLocation.status, 400);
    EXPECT_EQ(emptyLocation.errorCode(), QStringLiteral("LocationRequired"));
    const HttpReply numberTag
        = f.put(kService, QJsonObject{{QStringLiteral("location"), QStringLiteral("local")},
                                      {QStringLiteral("tags"), QJsonObject{{QStringLiteral("cost"), 12}}}});
    EXPECT_EQ(numberTag.status, 400);
    EXPECT_TRUE(numberTag.errorMessage().startsWith(QLatin1String("tags.cost:")))
        << qPrintable(numberTag.errorMessage());
    EXPECT_EQ(f.get(kService).status, 404) << "nothing of a refused request is kept";

    const HttpReply notJson = f.request("PUT", f.url(kService), "{\"location\": ");
    EXPECT_EQ(notJson.status, 400);
    EXPECT_EQ(notJson.errorCode(), QStringLiteral("InvalidRequestContent"));
    const HttpReply array = f.request("PUT", f.url(kService), "[1,2]");
    EXPECT_EQ(array.status, 400);

    const HttpReply badName = f.put(EngineFixture::rg(QStringLiteral("services/bad%3Aname")),
                                    QJsonObject{{QStringLiteral("location"), QStringLiteral("local")}});
    EXPECT_EQ(badName.status, 400);
    EXPECT_EQ(badName.errorCode(), QStringLiteral("InvalidResourceName"));

    const HttpReply huge = f.request("PUT", f.url(kService), QByteArray(5 << 20, ' '));
    EXPECT_EQ(huge.status, 413);
    EXPECT_EQ(huge.errorCode(), QStringLiteral("RequestEntityTooLarge"));

    f.createServiceAndProject();
    const HttpReply noPlatforms
        = f.put(kProject, QJsonObject{{QStringLiteral("location"), QStringLiteral("local")},
                                      {QStringLiteral("properties"),
                                       QJsonObject{{QStringLiteral("sourcePlatform"), QStringLiteral("PostgreSql")}}}});
    EXPECT_EQ(noPlatforms.status, 400);
    EXPECT_TRUE(
        noPlatforms.errorMessage().contains(QLatin1String("properties.targetPlatform: required field missing")));
    const HttpReply projectTags
        = f.put(kProject,
                QJsonObject{{QStringLiteral("location"), QStringLiteral("local")},
                            {QStringLiteral("tags"), QJsonArray{QStringLiteral("a")}},
                            {QStringLiteral("properties"),
                             QJsonObject{{QStringLiteral("sourcePlatform"), QStringLiteral("PostgreSql")},
                                         {QStringLiteral("targetPlatform"), QStringLiteral("AzureDbForPostgreSql")}}}});
    EXPECT_EQ(projectTags.status, 400);
    EXPECT_TRUE(projectTags.errorMessage().contains(QLatin1String("tags:"))) << qPrintable(projectTags.errorMessage());

    const HttpReply orphan = f.put(EngineFixture::rg(QStringLiteral("services/none/projects/p")),
                                   QJsonObject{{QStringLiteral("location"), QStringLiteral("local")}});
    EXPECT_EQ(orphan.status, 404);
    EXPECT_EQ(orphan.errorCode(), QStringLiteral("ParentResourceNotFound"));
}

TEST(EngineApi, ListsPageWithNextLink)
{
    engine::EngineOptions options;
    options.pageSize = 2;
    EngineFixture f(options);
    f.createServiceAndProject(QStringLiteral("svc"), QStringLiteral("p0"));
    for (int i = 1; i < 5; ++i)
        ASSERT_EQ(
            f.put(EngineFixture::rg(QStringLiteral("services/svc/projects/p%1").arg(i)),
                  QJsonObject{{QStringLiteral("location"), QStringLiteral("local")},
                              {QStringLiteral("properties"),
                               QJsonObject{{QStringLiteral("sourcePlatform"), QStringLiteral("MySQL")},
                                           {QStringLiteral("targetPlatform"), QStringLiteral("AzureDbForMySql")}}}})
                .status,
            201);
    QStringList names;
    QUrl next = f.url(EngineFixture::rg(QStringLiteral("services/svc/projects")));
    int pages = 0;
    while (next.isValid() && pages < 10) {
        const HttpReply page = f.request("GET", next);
        ASSERT_EQ(page.status, 200);
        for (const QJsonValue &v : page.json()[QLatin1String("value")].toArray())
            names.append(v[QLatin1String("name")].toString());
        next = QUrl(page.json()[QLatin1String("nextLink")].toString());
        ++pages;
    }
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(names, (QStringList{QStringLiteral("p0"), QStringLiteral("p1"), QStringLiteral("p2"),
                                  QStringLiteral("p3"), QStringLiteral("p4")}));

    // Services list by subscription and by resource group.
    EXPECT_EQ(
        f.get(QStringLiteral(
                  "/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.DataMigration/services"))
            .json()[QLatin1String("value")]
            .toArray()
            .size(),
        1);
    EXPECT_EQ(f.get(QStringLiteral("/subscriptions/other/providers/Microsoft.DataMigration/services"))
                  .json()[QLatin1String("value")]
                  .toArray()
                  .size(),
              0);
}

TEST(EngineApi, TasksTheEngineCannotRunFailInputValidationNamingWhatItRuns)
{
    EngineFixture f;
    f.createServiceAndProject();
    const HttpReply sql = f.put(
        kProject + QStringLiteral("/tasks/t1"),
        QJsonObject{
            {QStringLiteral("properties"),
             QJsonObject{
                 {QStringLiteral("taskType"), QStringLiteral("ConnectToTarget.SqlDb")},
                 {QStringLiteral("input"),
                  QJsonObject{{QStringLiteral("targetConnectionInfo"),
                               QJsonObject{{QStringLiteral("type"), QStringLiteral("SqlConnectionInfo")},
                                           {QStringLiteral("dataSource"), QStringLiteral("sql.example")}}}}}}}});
    ASSERT_EQ(sql.status, 201) << sql.body.constData();
    EXPECT_EQ(stateOf(sql), QStringLiteral("FailedInputValidation"));
    const QJsonObject error = sql.json()[QLatin1String("properties")][QLatin1String("errors")][0].toObject();
    EXPECT_EQ(error[QLatin1String("code")].toString(), QStringLiteral("TaskTypeNotSupported"));
    EXPECT_TRUE(error[QLatin1String("message")].toString().contains(QLatin1String("ConnectToSource.PostgreSql.Sync")));

    const HttpReply unknown
        = f.put(kProject + QStringLiteral("/tasks/t2"),
                QJsonObject{{QStringLiteral("properties"),
                             QJsonObject{{QStringLiteral("taskType"), QStringLiteral("diagnostic.Thing")}}}});
    EXPECT_EQ(unknown.status, 201);
    EXPECT_EQ(stateOf(unknown), QStringLiteral("FailedInputValidation"));
    EXPECT_EQ(unknown.json()[QLatin1String("properties")][QLatin1String("taskType")].toString(),
              QStringLiteral("diagnostic.Thing"));

    const HttpReply badInput = f.put(kProject + QStringLiteral("/tasks/t3"), [] {
        QJsonObject t = pgConnectTask(QStringLiteral("x"), QStringLiteral("pw"));
        QJsonObject props = t[QLatin1String("properties")].toObject();
        QJsonObject input = props[QLatin1String("input")].toObject();
        QJsonObject ci = input[QLatin1String("sourceConnectionInfo")].toObject();
        ci.remove(QStringLiteral("serverName"));
        input[QStringLiteral("sourceConnectionInfo")] = ci;
        props[QStringLiteral("input")] = input;
        t[QStringLiteral("properties")] = props;
        return t;
    }());
    EXPECT_EQ(stateOf(badInput), QStringLiteral("FailedInputValidation"));
    EXPECT_TRUE(
        badInput.json()[QLatin1String("properties")][QLatin1String("errors")][0][QLatin1String("message")]
            .toString()
            .contains(QLatin1String("properties.input.sourceConnectionInfo.serverName: required field missing")));

    const HttpReply noProperties
        = f.put(kProject + QStringLiteral("/tasks/t4"), QJsonObject{{QStringLiteral("taskType"), QStringLiteral("x")}});
    EXPECT_EQ(noProperties.status, 400);
    EXPECT_EQ(noProperties.errorCode(), QStringLiteral("InvalidRequestContent"));
    const HttpReply numericType
        = f.put(kProject + QStringLiteral("/tasks/t5"),
                QJsonObject{{QStringLiteral("properties"), QJsonObject{{QStringLiteral("taskType"), 3}}}});
    EXPECT_EQ(numericType.status, 400);

    // The list filters by task type and never carries output.
    const HttpReply list = f.get(kProject + QStringLiteral("/tasks"),
                                 QStringLiteral("api-version=2025-06-30&taskType=ConnectToTarget.SqlDb"));
    ASSERT_EQ(list.json()[QLatin1String("value")].toArray().size(), 1);
    EXPECT_EQ(list.json()[QLatin1String("value")][0][QLatin1String("name")].toString(), QStringLiteral("t1"));
}

TEST(EngineApi, SecretsAreNeverReturnedNorStoredInClearText)
{
    EngineFixture f;
    f.createServiceAndProject();
    const QString password = QStringLiteral("Tr0ub4dor-unique-7731");
    // Stop the service first so the task stays queued with its input.
    ASSERT_EQ(f.post(kService + QStringLiteral("/stop")).status, 202);
    const HttpReply created
        = f.put(kProject + QStringLiteral("/tasks/conn"), pgConnectTask(QStringLiteral("127.0.0.1"), password));
    ASSERT_EQ(created.status, 201);
    EXPECT_FALSE(created.body.contains(password.toUtf8()));
    EXPECT_FALSE(
        created.json()[QLatin1String("properties")][QLatin1String("input")][QLatin1String("sourceConnectionInfo")]
            .toObject()
            .contains(QLatin1String("password")));
    EXPECT_EQ(stateOf(created), QStringLiteral("Queued"));
    const HttpReply got
        = f.get(kProject + QStringLiteral("/tasks/conn"), QStringLiteral("api-version=2025-06-30&$expand=output"));
    EXPECT_FALSE(got.body.contains(password.toUtf8()));
    const HttpReply listed = f.get(kProject + QStringLiteral("/tasks"));
    EXPECT_FALSE(listed.body.contains(password.toUtf8()));

    // Nothing under the data directory holds the password in clear text.
    QDirIterator it(f.dataDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_FALSE(file.readAll().contains(password.toUtf8())) << qPrintable(file.fileName());
    }
    QFile key(f.dataDir() + QStringLiteral("/data/secrets.key"));
    EXPECT_EQ(
        key.permissions()
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions());
}

TEST(EngineApi, StoppedServicesKeepTasksQueuedAndCancelWorks)
{
    EngineFixture f;
    f.createServiceAndProject();
    ASSERT_EQ(f.post(kService + QStringLiteral("/stop")).status, 202);
    spin(150);
    EXPECT_EQ(f.get(kService).json()[QLatin1String("properties")][QLatin1String("provisioningState")].toString(),
              QStringLiteral("Stopped"));
    EXPECT_EQ(f.post(kService + QStringLiteral("/checkStatus")).json()[QLatin1String("status")].toString(),
              QStringLiteral("Stopped"));
    ASSERT_EQ(
        f.put(kProject + QStringLiteral("/tasks/q"), pgConnectTask(QStringLiteral("127.0.0.1"), QStringLiteral("pw")))
            .status,
        201);
    spin(100);
    EXPECT_EQ(stateOf(f.get(kProject + QStringLiteral("/tasks/q"))), QStringLiteral("Queued"));

    // A project with queued tasks is not deleted by accident.
    const HttpReply refused = f.del(kProject);
    EXPECT_EQ(refused.status, 409);
    EXPECT_EQ(refused.errorCode(), QStringLiteral("ProjectHasRunningTasks"));
    // Nor is the service stopped again or changed while busy.
    EXPECT_EQ(f.post(kService + QStringLiteral("/stop")).errorCode(), QStringLiteral("ServiceIsBusy"));

    const HttpReply cancelled = f.request("POST", f.url(kProject + QStringLiteral("/tasks/q/cancel")), {},
                                          {{"x-ms-client-request-id", "cancel-once"}});
    EXPECT_EQ(cancelled.status, 200);
    EXPECT_EQ(stateOf(cancelled), QStringLiteral("Canceled"));
    // The same request sent again (a transport re-send) gets the first answer, not a second try.
    const HttpReply resent = f.request("POST", f.url(kProject + QStringLiteral("/tasks/q/cancel")), {},
                                       {{"x-ms-client-request-id", "cancel-once"}});
    EXPECT_EQ(resent.status, 200);
    EXPECT_EQ(resent.body, cancelled.body);
    const HttpReply again = f.post(kProject + QStringLiteral("/tasks/q/cancel"));
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.errorCode(), QStringLiteral("TaskNotCancellable"));

    // Commands need a running migration.
    const HttpReply command
        = f.post(kProject + QStringLiteral("/tasks/q/command"),
                 QJsonObject{{QStringLiteral("commandType"), QStringLiteral("Migrate.Sync.Complete.Database")},
                             {QStringLiteral("input"),
                              QJsonObject{{QStringLiteral("databaseName"), QStringLiteral("inventory")}}}});
    EXPECT_EQ(command.status, 400);
    EXPECT_EQ(command.errorCode(), QStringLiteral("InvalidCommand"));

    EXPECT_EQ(f.del(kProject + QStringLiteral("/tasks/q")).status, 200);
    EXPECT_EQ(f.del(kProject + QStringLiteral("/tasks/q")).status, 204);
    EXPECT_EQ(f.del(kProject).status, 200);
}

TEST(EngineApi, ARunningServiceRunsItsTasks)
{
    EngineFixture f;
    f.createServiceAndProject();
    // Port 1 on loopback refuses connections: the executor runs and fails with a reason.
    ASSERT_EQ(f.put(kProject + QStringLiteral("/tasks/probe"),
                    pgConnectTask(QStringLiteral("127.0.0.1"), QStringLiteral("pw")))
                  .status,
              201);
    const HttpReply done = f.waitForTask(kProject + QStringLiteral("/tasks/probe"), [](const QString &s) {
        return s == QLatin1String("Failed") || s == QLatin1String("Succeeded");
    });
    EXPECT_EQ(stateOf(done), QStringLiteral("Failed")) << done.body.constData();
    EXPECT_FALSE(done.json()[QLatin1String("properties")][QLatin1String("errors")].toArray().isEmpty());
}

TEST(EngineApi, TasksSurviveARestart)
{
    EngineFixture f;
    f.createServiceAndProject();
    ASSERT_EQ(f.post(kService + QStringLiteral("/stop")).status, 202);
    spin(150);
    ASSERT_EQ(f.put(kProject + QStringLiteral("/tasks/keep"),
                    pgConnectTask(QStringLiteral("127.0.0.1"), QStringLiteral("pw")))
                  .status,
              201);
    f.restart();
    const HttpReply after = f.get(kProject + QStringLiteral("/tasks/keep"));
    ASSERT_EQ(after.status, 200);
    EXPECT_EQ(stateOf(after), QStringLiteral("Queued"));
    EXPECT_EQ(f.get(kService).json()[QLatin1String("properties")][QLatin1String("provisioningState")].toString(),
              QStringLiteral("Stopped"));
    // Starting the service runs the recovered task, with the password it was created with.
    ASSERT_EQ(f.post(kService + QStringLiteral("/start")).status, 202);
    const HttpReply done = f.waitForTask(kProject + QStringLiteral("/tasks/keep"),
                                         [](const QString &s) { return s == QLatin1String("Failed"); });
    EXPECT_EQ(stateOf(done), QStringLiteral("Failed"));
}

TEST(EngineApi, RetriedTaskPutIsIdempotentButADifferentOneConflicts)
{
    EngineFixture f;
    f.createServiceAndProject();
    ASSERT_EQ(f.post(kService + QStringLiteral("/stop")).status, 202);
    spin(150);
    const QJsonObject task = pgConnectTask(QStringLiteral("db.internal"), QStringLiteral("pw"));
    ASSERT_EQ(f.put(kProject + QStringLiteral("/tasks/t"), task).status, 201);
    EXPECT_EQ(f.put(kProject + QStringLiteral("/tasks/t"), task).status, 200);
    const HttpReply different = f.put(kProject + QStringLiteral("/tasks/t"),
                                      pgConnectTask(QStringLiteral("other.internal"), QStringLiteral("pw")));
    EXPECT_EQ(different.status, 409);
    EXPECT_EQ(different.errorCode(), QStringLiteral("TaskIsRunning"));
    // clientData can change with PATCH.
    const HttpReply patched
        = f.patch(kProject + QStringLiteral("/tasks/t"),
                  QJsonObject{{QStringLiteral("properties"),
                               QJsonObject{{QStringLiteral("clientData"),
                                            QJsonObject{{QStringLiteral("ticket"), QStringLiteral("CHG-42")}}}}}});
    EXPECT_EQ(patched.status, 200);
    EXPECT_EQ(
        patched.json()[QLatin1String("properties")][QLatin1String("clientData")][QLatin1String("ticket")].toString(),
        QStringLiteral("CHG-42"));
}

TEST(EngineApi, FilesUploadAndDownloadThroughSignedUris)
{
    EngineFixture f;
    f.createServiceAndProject();
    const QString file = kProject + QStringLiteral("/files/schema");
    const HttpReply created
        = f.put(file, QJsonObject{{QStringLiteral("properties"),
                                   QJsonObject{{QStringLiteral("filePath"), QStringLiteral("schema.sql")},
                                               {QStringLiteral("extension"), QStringLiteral("sql")},
                                               {QStringLiteral("mediaType"), QStringLiteral("text/plain")}}}});
    ASSERT_EQ(created.status, 201) << created.body.constData();
    const HttpReply rw = f.post(file + QStringLiteral("/readwrite"));
    ASSERT_EQ(rw.status, 200);
    const QUrl uri(rw.json()[QLatin1String("uri")].toString());
    EXPECT_EQ(rw.json()[QLatin1String("headers")][QLatin1String("x-ms-blob-type")].toString(),
              QStringLiteral("BlockBlob"));
    const QByteArray content = "CREATE TABLE public.orders (id bigint primary key);\n";
    EXPECT_EQ(f.request("PUT", uri, content, {{"x-ms-blob-type", "BlockBlob"}}, false).status, 201);
    EXPECT_EQ(f.get(file).json()[QLatin1String("properties")][QLatin1String("size")].toInt(), content.size());

    const QUrl readUri(f.post(file + QStringLiteral("/read")).json()[QLatin1String("uri")].toString());
    const HttpReply downloaded = f.request("GET", readUri, {}, {}, false);
    EXPECT_EQ(downloaded.status, 200);
    EXPECT_EQ(downloaded.body, content);
    EXPECT_EQ(f.request("PUT", readUri, "x", {}, false).status, 403); // a read URI cannot write
    QUrl forged = readUri;
    forged.setQuery(readUri.query().replace(QLatin1String("sig="), QLatin1String("sig=0")));
    EXPECT_EQ(f.request("GET", forged, {}, {}, false).status, 403);
}

TEST(EngineApi, CatalogOperations)
{
    EngineFixture f;
    f.createServiceAndProject();
    const QString sub
        = QStringLiteral("/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.DataMigration");
    const HttpReply skus = f.get(sub + QStringLiteral("/skus"));
    EXPECT_EQ(skus.status, 200);
    EXPECT_FALSE(skus.json()[QLatin1String("value")].toArray().isEmpty());
    const HttpReply usages = f.get(sub + QStringLiteral("/locations/local/usages"));
    EXPECT_EQ(usages.json()[QLatin1String("value")][0][QLatin1String("currentValue")].toInt(), 1);
    const HttpReply taken = f.post(sub + QStringLiteral("/locations/local/checkNameAvailability"),
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("SVC")},
                                               {QStringLiteral("type"), QStringLiteral("services")}});
    EXPECT_FALSE(taken.json()[QLatin1String("nameAvailable")].toBool());
    EXPECT_EQ(taken.json()[QLatin1String("reason")].toString(), QStringLiteral("AlreadyExists"));
    const HttpReply free = f.post(kService + QStringLiteral("/checkNameAvailability"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("proj2")},
                                              {QStringLiteral("type"), QStringLiteral("projects")}});
    EXPECT_TRUE(free.json()[QLatin1String("nameAvailable")].toBool());
    // The Azure CLI's form: "<service>/projects/<project>" as one encoded segment.
    const HttpReply cli
        = f.request("POST",
                    QUrl(f.engine().url().toString()
                         + EngineFixture::rg(QStringLiteral("services/svc%2Fprojects%2Fproj/checkNameAvailability"))
                         + QStringLiteral("?api-version=2025-06-30")),
                    QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("t1")},
                                              {QStringLiteral("type"), QStringLiteral("tasks")}})
                        .toJson());
    EXPECT_EQ(cli.status, 200) << cli.body.constData();
    EXPECT_TRUE(cli.json()[QLatin1String("nameAvailable")].toBool());
    const HttpReply skusOfService = f.get(kService + QStringLiteral("/skus"));
    EXPECT_EQ(skusOfService.status, 200);
    const HttpReply ops = f.get(QStringLiteral("/providers/Microsoft.DataMigration/operations"));
    EXPECT_EQ(ops.json()[QLatin1String("value")].toArray().size(), 39);
}

TEST(EngineApi, ClientRequestIdIsEchoed)
{
    EngineFixture f;
    const HttpReply r = f.request("GET", f.url(kService), {}, {{"x-ms-client-request-id", "5e1f0c9e-godwit"}});
    EXPECT_EQ(r.header("x-ms-client-request-id"), QByteArray("5e1f0c9e-godwit"));
    EXPECT_FALSE(r.header("x-ms-request-id").isEmpty());
}
