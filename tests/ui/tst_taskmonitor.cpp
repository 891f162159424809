// The task monitor, the cutover dialog and the notifier against the real engine running an online
// PostgreSQL migration between two real servers, driven by objectName as a user would.

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeView>
#include <QTreeWidget>
#include <QXYSeries>

#include <gtest/gtest.h>

#include "core/resourcestore.h"
#include "enginefixture.h"
#include "models/migrationprogress.h"
#include "models/migrationrowsmodel.h"
#include "service/dmsclient.h"
#include "service/session.h"
#include "service/taskwatcher.h"
#include "support/migrationtask.h"
#include "support/pgcluster.h"
#include "support/printers.h"
#include "ui/cutoverdialog.h"
#include "ui/taskmonitorwindow.h"
#include "ui/tasknotifier.h"

using namespace godwit;
using test::EngineFixture;
using test::PgCluster;

namespace {

const QString kPassword = QStringLiteral("monitor-secret");
const QString kProject = EngineFixture::rg(QStringLiteral("services/svc/projects/proj"));

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return done();
}

// A table whose copy into the target takes seconds (each value passes a check that sleeps there; its
// rows are wide, so the copy cannot sit in socket buffers and its progress shows), and two ordinary ones.
QString schema(int slowRows)
{
    return QStringLiteral(R"sql(
CREATE FUNCTION slow_ok(int) RETURNS bool LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('godwit.fast', true), '') <> 'on' THEN PERFORM pg_sleep(0.0005); END IF;
  RETURN true;
END $$;
CREATE DOMAIN slow_int AS int CHECK (slow_ok(VALUE));
SET godwit.fast = 'on';
CREATE TABLE slow (id int PRIMARY KEY, v slow_int, pad text);
INSERT INTO slow SELECT g, g, repeat(md5(g::text), 64) FROM generate_series(1, %1) g;
CREATE TABLE items (id serial PRIMARY KEY, name text);
INSERT INTO items (name) SELECT 'item ' || g FROM generate_series(1, 1000) g;
CREATE TABLE tags (item int PRIMARY KEY, tag text);
INSERT INTO tags SELECT g, 'tag ' || g FROM generate_series(1, 300) g;
ANALYZE;
)sql")
        .arg(slowRows);
}

QModelIndex findRow(const QAbstractItemModel *model, const QString &name, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

// GODWIT_SCREENSHOT_DIR set: saves a window as it is on screen, for docs/screenshots.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("GODWIT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    waitUntil([] { return false; }, 300);
    widget->grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
}

QMessageBox *messageBox(QWidget *owner, const QString &name)
{
    QMessageBox *box = nullptr;
    waitUntil(
        [&] {
            box = owner->findChild<QMessageBox *>(name);
            return box && box->isVisible();
        },
        5000);
    return box;
}

class Monitor : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        PgCluster::Options options;
        options.superPassword = kPassword;
        m_source = std::make_unique<PgCluster>(options);
        m_target = std::make_unique<PgCluster>(options);
        QString error;
        ASSERT_TRUE(m_source->start(&error)) << error.toStdString();
        ASSERT_TRUE(m_target->start(&error)) << error.toStdString();
        m_engine = std::make_unique<EngineFixture>();
        m_engine->createServiceAndProject();
        m_tokens = std::make_unique<service::StaticTokenProvider>(m_engine->engine().token());
        m_session = std::make_unique<service::Session>(m_engine->engine().url(), m_tokens.get());
        m_client = std::make_unique<service::DmsClient>(*m_session);
        m_watcher = std::make_unique<service::TaskWatcher>(*m_client, m_tasks);
        m_watcher->setIntervals({300, 500, 5000});
    }

    // Creates the online migration of "shop" into "shop_copy"; returns the task's id.
    QString startMigration(int slowRows)
    {
        EXPECT_TRUE(m_source->createDatabase(QStringLiteral("shop")));
        EXPECT_TRUE(m_source->psql(QStringLiteral("shop"), schema(slowRows)));
        const QJsonObject body
            = test::taskBody(QStringLiteral("Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2"),
                             test::migrationInput(m_source->connectionInfo(PgCluster::superUser(), kPassword).toJson(),
                                                  m_target->connectionInfo(PgCluster::superUser(), kPassword).toJson(),
                                                  QJsonArray{test::selectedDatabase(QStringLiteral("shop"),
                                                                                    QStringLiteral("shop_copy"))}));
        const QString path = kProject + QStringLiteral("/tasks/online");
        const auto created = m_engine->put(path, body);
        EXPECT_EQ(created.status, 201) << created.body.constData();
        return created.json().value(QLatin1String("id")).toString();
    }

    static ui::ConsoleSettings settings()
    {
        ui::ConsoleSettings s;
        s.readinessWindowSeconds = 2;
        s.readinessPendingThreshold = 0;
        return s;
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<PgCluster> m_source;
    std::unique_ptr<PgCluster> m_target;
    std::unique_ptr<EngineFixture> m_engine;
    std::unique_ptr<service::StaticTokenProvider> m_tokens;
    std::unique_ptr<service::Session> m_session;
    std::unique_ptr<service::DmsClient> m_client;
    core::ResourceStore m_tasks;
    std::unique_ptr<service::TaskWatcher> m_watcher;
};

} // namespace

TEST_F(Monitor, FollowsAnOnlineMigrationUntilItIsReadyAndCutsItOver)
{
    const QString taskId = startMigration(8000);
    ASSERT_FALSE(taskId.isEmpty());
    ui::TaskNotifier notifier(m_tasks);
    QSignalSpy notifications(&notifier, &ui::TaskNotifier::notified);
    ui::TaskMonitorWindow window(*m_client, *m_watcher, m_tasks, taskId, settings());
    notifier.follow(taskId);
    QObject::connect(&window, &ui::TaskMonitorWindow::readyDatabasesChanged, &notifier,
                     &ui::TaskNotifier::setReadyDatabases);
    window.show();

    auto *rows = window.findChild<QTreeView *>(QStringLiteral("monitorRowsTreeView"));
    auto *state = window.findChild<QLabel *>(QStringLiteral("monitorStateLabel"));
    auto *readiness = window.findChild<QLabel *>(QStringLiteral("monitorReadinessLabel"));
    auto *cutoverButton = window.findChild<QPushButton *>(QStringLiteral("monitorCutoverButton"));
    ASSERT_TRUE(rows && state && readiness && cutoverButton);
    EXPECT_FALSE(window.findChild<QPushButton *>(QStringLiteral("monitorMongoFinishButton"))->isVisibleTo(&window));
    const QAbstractItemModel *model = rows->model();

    // The slow table is seen loading, its row count growing, while the others finish.
    QSet<qint64> slowCounts;
    bool sawLoading = false;
    bool sawRate = false;
    bool sawEta = false;
    ASSERT_TRUE(waitUntil([&] {
        const QModelIndex shop = findRow(model, QStringLiteral("shop"));
        const QModelIndex slow = findRow(model, QStringLiteral("public.slow"), shop);
        if (slow.isValid()) {
            const QString tableState = slow.siblingAtColumn(models::MigrationRowsModel::State).data().toString();
            if (tableState == QLatin1String("FULL_LOAD")) {
                sawLoading = true;
                sawRate
                    = sawRate
                      || slow.siblingAtColumn(models::MigrationRowsModel::CopyRate).data(Qt::UserRole + 1).toDouble()
                             > 0;
                sawEta
                    = sawEta || slow.siblingAtColumn(models::MigrationRowsModel::Eta).data(Qt::UserRole + 1).isValid();
                slowCounts.insert(
                    slow.siblingAtColumn(models::MigrationRowsModel::Rows).data(Qt::UserRole + 1).toLongLong());
            }
        }
        return shop.isValid()
               && shop.siblingAtColumn(models::MigrationRowsModel::State).data().toString()
                      == QLatin1String("READY_TO_COMPLETE");
    })) << qPrintable(state->text());
    EXPECT_TRUE(sawLoading);
    // The header says where the migration is in words, not the API's PENDING.
    EXPECT_EQ(state->text(), QStringLiteral("State: Running (migration in progress)"));
    EXPECT_TRUE(state->toolTip().contains(QLatin1String("PENDING"))) << qPrintable(state->toolTip());
    EXPECT_TRUE(sawRate) << "no copy rate was shown while the table loaded";
    EXPECT_TRUE(sawEta) << "no ETA was shown while the table loaded";
    EXPECT_GE(slowCounts.size(), 2) << "the copy's progress was never seen moving: "
                                    << QStringList([&] {
                                           QStringList l;
                                           for (qint64 c : slowCounts)
                                               l << QString::number(c);
                                           return l;
                                       }())
                                           .join(QLatin1Char(' '))
                                           .toStdString();
    const QModelIndex shop = findRow(model, QStringLiteral("shop"));
    EXPECT_EQ(model->rowCount(shop), 3);
    EXPECT_EQ(shop.siblingAtColumn(models::MigrationRowsModel::Rows).data().toString(),
              QStringLiteral("9,300 (3 of 3 tables)"));
    const QModelIndex items = findRow(model, QStringLiteral("public.items"), shop);
    EXPECT_EQ(items.siblingAtColumn(models::MigrationRowsModel::State).data().toString(), QStringLiteral("COMPLETED"));
    EXPECT_EQ(items.siblingAtColumn(models::MigrationRowsModel::Rows).data().toString(), QStringLiteral("1,000"));

    // Changes on the source arrive and are counted.
    ASSERT_TRUE(
        m_source->psql(QStringLiteral("shop"),
                       QStringLiteral("INSERT INTO items (name) SELECT 'new ' || g FROM generate_series(1, 25) g;"
                                      "UPDATE tags SET tag = tag || '!' WHERE item <= 10;")));
    ASSERT_TRUE(waitUntil([&] {
        const QModelIndex i = findRow(model, QStringLiteral("public.items"), findRow(model, QStringLiteral("shop")));
        return i.siblingAtColumn(models::MigrationRowsModel::Inserts).data().toString() == QLatin1String("25");
    }));

    // Readiness is computed: every pre-check passes once nothing is pending for the window.
    ASSERT_TRUE(waitUntil([&] { return window.progress().readyDatabases() == QStringList{QStringLiteral("shop")}; }))
        << qPrintable(readiness->text());
    EXPECT_TRUE(readiness->text().contains(QLatin1String("shop is ready for cutover")))
        << qPrintable(readiness->text());
    auto *checks = window.findChild<QTreeWidget *>(QStringLiteral("monitorReadinessTreeWidget"));
    ASSERT_EQ(checks->topLevelItemCount(), 1);
    EXPECT_EQ(checks->topLevelItem(0)->childCount(), 5);
    for (int i = 0; i < checks->topLevelItem(0)->childCount(); ++i)
        EXPECT_TRUE(checks->topLevelItem(0)->child(i)->data(0, Qt::UserRole).toBool())
            << qPrintable(checks->topLevelItem(0)->child(i)->text(1));
    EXPECT_TRUE(cutoverButton->isEnabled());
    screenshot(&window, QStringLiteral("monitor"));
    bool readyNotified = false;
    for (const auto &n : notifications)
        readyNotified = readyNotified || n.at(1).toString() == QLatin1String("Ready for cutover");
    EXPECT_TRUE(readyNotified);

    // The charts have points.
    auto *throughput = window.findChild<QChartView *>(QStringLiteral("monitorThroughputChartView"));
    auto *lag = window.findChild<QChartView *>(QStringLiteral("monitorLagChartView"));
    EXPECT_GT(static_cast<QXYSeries *>(throughput->chart()->series().at(0))->count(), 3);
    EXPECT_GT(static_cast<QXYSeries *>(lag->chart()->series().at(0))->count(), 3);

    // The report, as CSV and as JSON.
    QTemporaryDir out;
    QString error;
    ASSERT_TRUE(
        window.exportReport(out.filePath(QStringLiteral("r.csv")), ui::TaskMonitorWindow::ReportFormat::Csv, &error))
        << qPrintable(error);
    QFile csv(out.filePath(QStringLiteral("r.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5);
    EXPECT_TRUE(lines.at(0).startsWith(QLatin1String("level,database,table,state,rows_copied,rows_total")));
    EXPECT_TRUE(lines.at(1).startsWith(QLatin1String("database,shop,,READY_TO_COMPLETE,9300,9300,")))
        << qPrintable(lines.at(1));
    EXPECT_TRUE(lines.at(1).contains(QLatin1String(",true,"))) << qPrintable(lines.at(1));
    EXPECT_TRUE(lines.join(QLatin1Char('\n')).contains(QLatin1String("table,shop,public.slow,COMPLETED,8000,8000,")));
    ASSERT_TRUE(
        window.exportReport(out.filePath(QStringLiteral("r.json")), ui::TaskMonitorWindow::ReportFormat::Json, &error));
    QFile json(out.filePath(QStringLiteral("r.json")));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
    EXPECT_EQ(report[u"task"][u"name"].toString(), QStringLiteral("online"));
    const QJsonObject db = report[u"databases"].toArray().at(0).toObject();
    EXPECT_EQ(db[u"name"].toString(), QStringLiteral("shop"));
    EXPECT_TRUE(db[u"readyForCutover"].toBool());
    EXPECT_EQ(db[u"pendingChanges"].toInt(), 0);
    EXPECT_EQ(db[u"tables"].toArray().size(), 3);
    EXPECT_EQ(db[u"checks"].toArray().size(), 5);
    EXPECT_GT(report[u"series"].toArray().size(), 3);

    // The same task from a shell: passwords are null, so godwit-cli asks for them.
    const QString cli = window.cliCommand();
    EXPECT_TRUE(cli.contains(QLatin1String("task create --service 'svc' --project 'proj' --name 'online' --file "
                                           "'online.task.json'")))
        << qPrintable(cli);
    EXPECT_TRUE(cli.contains(QLatin1String("\"password\": null"))) << qPrintable(cli);
    EXPECT_FALSE(cli.contains(kPassword));
    window.findChild<QPushButton *>(QStringLiteral("monitorCopyCliButton"))->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), cli);

    // Keep the view as it was before the cutover: a second console acting on it is refused later.
    const QJsonObject beforeCutover = m_tasks.resource(taskId);

    // The cutover dialog: explicit confirmation, then it follows the command to its end.
    ui::CutoverDialog *dialog = window.openCutoverDialog();
    ASSERT_TRUE(dialog);
    auto *complete = dialog->findChild<QPushButton *>(QStringLiteral("cutoverCompleteButton"));
    auto *stopped = dialog->findChild<QCheckBox *>(QStringLiteral("cutoverConfirmCheckBox"));
    auto *typed = dialog->findChild<QLineEdit *>(QStringLiteral("cutoverConfirmLineEdit"));
    EXPECT_EQ(dialog->database(), QStringLiteral("shop"));
    EXPECT_EQ(dialog->findChild<QTreeWidget *>(QStringLiteral("cutoverChecksTreeWidget"))->topLevelItemCount(), 5);
    EXPECT_FALSE(complete->isEnabled());
    // Overriding a failed pre-check (here: caught up for less than the readiness window) takes the
    // database's name typed as well.
    ui::ConsoleSettings strict = settings();
    strict.readinessWindowSeconds = 3600;
    window.applySettings(strict);
    ASSERT_TRUE(waitUntil([&] { return !typed->isHidden(); }, 10000));
    stopped->setChecked(true);
    EXPECT_FALSE(complete->isEnabled());
    typed->setText(QStringLiteral("sho"));
    EXPECT_FALSE(complete->isEnabled());
    typed->setText(QStringLiteral("shop"));
    EXPECT_TRUE(complete->isEnabled());
    // With every pre-check passing, the ticked box is the confirmation: clicks alone.
    window.applySettings(settings());
    ASSERT_TRUE(waitUntil([&] { return typed->isHidden(); }, 10000));
    typed->clear();
    ASSERT_TRUE(complete->isEnabled());
    screenshot(dialog, QStringLiteral("cutover-dialog"));
    complete->click();
    ASSERT_TRUE(waitUntil([&] {
        return dialog->phase() == ui::CutoverDialog::Phase::Succeeded
               || dialog->phase() == ui::CutoverDialog::Phase::Failed;
    })) << qPrintable(dialog->statusText());
    EXPECT_EQ(dialog->phase(), ui::CutoverDialog::Phase::Succeeded) << qPrintable(dialog->statusText());
    EXPECT_TRUE(dialog->statusText().contains(QLatin1String("shop is COMPLETE"))) << qPrintable(dialog->statusText());
    ASSERT_TRUE(waitUntil([&] { return state->text().contains(QLatin1String("Succeeded")); }))
        << qPrintable(state->text());
    EXPECT_EQ(
        findRow(model, QStringLiteral("shop")).siblingAtColumn(models::MigrationRowsModel::State).data().toString(),
        QStringLiteral("COMPLETE"));
    EXPECT_FALSE(window.findChild<QPushButton *>(QStringLiteral("monitorCancelButton"))->isEnabled());
    // The pre-checks stay as they were confirmed: a completed database does not turn them into
    // warnings ("not replicating") after the fact.
    auto *confirmed = dialog->findChild<QTreeWidget *>(QStringLiteral("cutoverChecksTreeWidget"));
    for (int i = 0; i < confirmed->topLevelItemCount(); ++i)
        EXPECT_TRUE(confirmed->topLevelItem(i)->data(0, Qt::UserRole).toBool())
            << qPrintable(confirmed->topLevelItem(i)->text(1));
    QString count;
    ASSERT_TRUE(m_target->psql(QStringLiteral("shop_copy"), QStringLiteral("SELECT count(*) FROM items"), &count));
    EXPECT_EQ(count, QStringLiteral("1025"));
    ASSERT_TRUE(waitUntil([&] {
        for (const auto &n : notifications) {
            if (n.at(1).toString() == QLatin1String("Task completed"))
                return true;
        }
        return false;
    }));
    dialog->close();

    // A cutover sent from a view that is out of date is refused; the engine's code and message show.
    m_tasks.upsert(beforeCutover);
    auto *stale = new ui::CutoverDialog(*m_client, *m_watcher, m_tasks, taskId, nullptr, &window);
    stale->setAttribute(Qt::WA_DeleteOnClose);
    stale->show();
    stale->findChild<QCheckBox *>(QStringLiteral("cutoverConfirmCheckBox"))->setChecked(true);
    stale->findChild<QLineEdit *>(QStringLiteral("cutoverConfirmLineEdit"))->setText(QStringLiteral("shop"));
    auto *staleComplete = stale->findChild<QPushButton *>(QStringLiteral("cutoverCompleteButton"));
    ASSERT_TRUE(staleComplete->isEnabled());
    staleComplete->click();
    ASSERT_TRUE(waitUntil([&] { return stale->phase() == ui::CutoverDialog::Phase::Failed; }))
        << qPrintable(stale->statusText());
    EXPECT_TRUE(stale->statusText().contains(QLatin1String("CommandNotAccepted: "))) << qPrintable(stale->statusText());
    EXPECT_TRUE(stale->statusText().contains(QLatin1String("Succeeded"))) << qPrintable(stale->statusText());
}

TEST_F(Monitor, CancelAsksFirstThenCancelsTheMigration)
{
    const QString taskId = startMigration(20000);
    ASSERT_FALSE(taskId.isEmpty());
    ui::TaskMonitorWindow window(*m_client, *m_watcher, m_tasks, taskId, settings());
    window.show();
    auto *state = window.findChild<QLabel *>(QStringLiteral("monitorStateLabel"));
    auto *cancel = window.findChild<QPushButton *>(QStringLiteral("monitorCancelButton"));
    auto *rows = window.findChild<QTreeView *>(QStringLiteral("monitorRowsTreeView"));
    ASSERT_TRUE(waitUntil([&] {
        const QModelIndex slow
            = findRow(rows->model(), QStringLiteral("public.slow"), findRow(rows->model(), QStringLiteral("shop")));
        return slow.siblingAtColumn(models::MigrationRowsModel::State).data().toString() == QLatin1String("FULL_LOAD");
    })) << qPrintable(state->text());
    ASSERT_TRUE(cancel->isEnabled());
    // The cutover is not offered while the copy runs.
    EXPECT_FALSE(window.findChild<QPushButton *>(QStringLiteral("monitorCutoverButton"))->isEnabled());

    // "No" leaves the task alone.
    cancel->click();
    QMessageBox *box = messageBox(&window, QStringLiteral("cancelConfirmMessageBox"));
    ASSERT_TRUE(box);
    box->button(QMessageBox::No)->click();
    waitUntil([] { return false; }, 1000);
    EXPECT_TRUE(state->text().startsWith(QLatin1String("State: Running"))) << qPrintable(state->text());

    cancel->click();
    box = messageBox(&window, QStringLiteral("cancelConfirmMessageBox"));
    ASSERT_TRUE(box);
    box->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(waitUntil([&] { return state->text().startsWith(QLatin1String("State: Canceled")); }))
        << qPrintable(state->text());
    EXPECT_FALSE(cancel->isEnabled());
    EXPECT_TRUE(
        window.findChild<QLabel *>(QStringLiteral("monitorRefreshLabel"))->text().contains(QLatin1String("Finished")));
    QString slotCount;
    ASSERT_TRUE(m_source->psql(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_replication_slots"),
                               &slotCount));
    EXPECT_EQ(slotCount, QStringLiteral("0"));
}

TEST(TaskNotifier, TellsOfStateChangesOfFollowedTasksOnly)
{
    core::ResourceStore store;
    const auto task = [](const QString &name, const QString &state) {
        return QJsonObject{{QStringLiteral("id"), QString(kProject + QStringLiteral("/tasks/") + name)},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("properties"), QJsonObject{{QStringLiteral("state"), state}}}};
    };
    store.upsert(task(QStringLiteral("a"), QStringLiteral("Queued")));
    store.upsert(task(QStringLiteral("b"), QStringLiteral("Queued")));
    ui::TaskNotifier notifier(store);
    QSignalSpy spy(&notifier, &ui::TaskNotifier::notified);
    notifier.follow(kProject + QStringLiteral("/tasks/a"));
    store.upsert(task(QStringLiteral("a"), QStringLiteral("Running")));
    store.upsert(task(QStringLiteral("b"), QStringLiteral("Running")));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(1).toString(), QStringLiteral("Task state changed"));
    EXPECT_EQ(spy.at(0).at(2).toString(), QStringLiteral("a went from Queued to Running."));
    store.upsert(task(QStringLiteral("a"), QStringLiteral("Running")));
    EXPECT_EQ(spy.count(), 1);
    notifier.setReadyDatabases(kProject + QStringLiteral("/tasks/a"), {QStringLiteral("shop")});
    notifier.setReadyDatabases(kProject + QStringLiteral("/tasks/a"), {QStringLiteral("shop")});
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.at(1).at(2).toString(), QStringLiteral("a: shop caught up and can be cut over."));
    store.upsert(task(QStringLiteral("a"), QStringLiteral("Failed")));
    ASSERT_EQ(spy.count(), 3);
    EXPECT_EQ(spy.at(2).at(1).toString(), QStringLiteral("Task failed"));
    // Switched off in the settings: silent.
    notifier.setEnabled(false);
    store.upsert(task(QStringLiteral("a"), QStringLiteral("Running")));
    EXPECT_EQ(spy.count(), 3);
}
