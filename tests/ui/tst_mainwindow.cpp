// The main window against the real engine, driven by objectName as a user would.

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <cstdlib>

#include <gtest/gtest.h>

#include "core/resourcestore.h"
#include "connectedengine.h"
#include "models/migrationprogress.h"
#include "models/resourcetablemodel.h"
#include "models/roles.h"
#include "models/statekind.h"
#include "service/dmsclient.h"
#include "service/explorer.h"
#include "service/session.h"
#include "support/printers.h"
#include "ui/appearance.h"
#include "ui/consolesettings.h"
#include "ui/mainwindow.h"
#include "ui/resourcedialogs.h"
#include "ui/stateicons.h"
#include "ui/taskmonitorwindow.h"

using namespace godwit;

namespace {

/// Turns the event loop until `done` holds or about 15 s pass.
bool waitUntil(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 15000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return done();
}

/// User settings in a temporary directory while it lives.
struct TemporarySettings
{
    TemporarySettings() { QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path()); }
    QTemporaryDir dir;
};

/// A console on a real engine as the main window shows it: settings in a temporary directory, a
/// client, its stores and an explorer polling every 200 ms, and a service and a project holding one
/// connection test "probe" that fails (nothing listens on port 1).
struct Console : TemporarySettings, test::ConnectedEngine
{
    explicit Console(const QString &probePassword = {})
        : explorer(client, stores, QStringLiteral("00000000-0000-0000-0000-000000000001"), QStringLiteral("migrations"))
    {
        explorer.setInterval(200);
        engine.createServiceAndProject();
        probeStatus = engine
                          .put(test::EngineFixture::rg(QStringLiteral("services/svc/projects/proj/tasks/probe")),
                               test::pgConnectTask(QStringLiteral("127.0.0.1"), 1, {}, probePassword))
                          .status;
    }

    core::Stores stores;
    service::Explorer explorer;
    int probeStatus = 0;
};

} // namespace

TEST(MainWindow, ShowsServicesProjectsTasksAndTheSelectedTasksErrors)
{
    Console c(QStringLiteral("do-not-show"));
    ASSERT_EQ(c.probeStatus, 201);

    ui::MainWindow window(c.client, c.stores, c.explorer);
    window.show();
    c.explorer.start();

    auto *navigation = window.findChild<QTreeView *>(QStringLiteral("navigationTreeView"));
    auto *tasks = window.findChild<QTableView *>(QStringLiteral("taskTableView"));
    ASSERT_TRUE(navigation && tasks);
    // The first project is selected by itself; its task appears in the table.
    ASSERT_TRUE(waitUntil([&] { return tasks->model()->rowCount() == 1; }));
    EXPECT_EQ(navigation->currentIndex().data().toString(), QStringLiteral("proj"));
    EXPECT_EQ(tasks->model()->index(0, 0).data().toString(), QStringLiteral("probe"));

    tasks->setCurrentIndex(tasks->model()->index(0, 0));
    auto *summary = window.findChild<QLabel *>(QStringLiteral("taskSummaryLabel"));
    auto *errors = window.findChild<QPlainTextEdit *>(QStringLiteral("taskErrorsTextEdit"));
    auto *input = window.findChild<QPlainTextEdit *>(QStringLiteral("taskInputTextEdit"));
    ASSERT_TRUE(waitUntil([&] { return summary->text().contains(QLatin1String("Failed")); }))
        << qPrintable(summary->text());
    EXPECT_TRUE(errors->toPlainText().contains(QLatin1String("SourceConnectionFailed")))
        << qPrintable(errors->toPlainText());
    EXPECT_FALSE(input->toPlainText().contains(QLatin1String("do-not-show")));
    EXPECT_TRUE(input->toPlainText().contains(QLatin1String("127.0.0.1")));

    // A failed task can be deleted but not cancelled; there is no cutover to complete.
    EXPECT_FALSE(window.findChild<QAction *>(QStringLiteral("cancelTaskAction"))->isEnabled());
    EXPECT_FALSE(window.findChild<QAction *>(QStringLiteral("cutoverAction"))->isEnabled());
    EXPECT_TRUE(window.findChild<QAction *>(QStringLiteral("deleteTaskAction"))->isEnabled());
    EXPECT_EQ(window.findChild<QLabel *>(QStringLiteral("connectionStateLabel"))->text(), QStringLiteral("Connected"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("taskDetailsTabWidget"));
    EXPECT_TRUE(tabs->tabText(2).contains(QLatin1String("(")));
}

TEST(MainWindow, OpensOneMonitorPerTaskByEnterDoubleClickOrAction)
{
    Console c;
    ASSERT_EQ(c.probeStatus, 201);

    ui::MainWindow window(c.client, c.stores, c.explorer);
    window.show();
    c.explorer.start();
    auto *tasks = window.findChild<QTableView *>(QStringLiteral("taskTableView"));
    ASSERT_TRUE(waitUntil([&] { return tasks->model()->rowCount() == 1; }));
    auto *monitorAction = window.findChild<QAction *>(QStringLiteral("monitorTaskAction"));
    ASSERT_TRUE(monitorAction);
    EXPECT_FALSE(monitorAction->isEnabled());
    EXPECT_EQ(monitorAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));

    tasks->setFocus();
    tasks->setCurrentIndex(tasks->model()->index(0, 0));
    EXPECT_TRUE(monitorAction->isEnabled());
    QTest::keyClick(tasks, Qt::Key_Return);
    auto monitors = [&] { return window.findChildren<ui::TaskMonitorWindow *>(); };
    ASSERT_EQ(monitors().size(), 1);
    ui::TaskMonitorWindow *monitor = monitors().first();
    EXPECT_TRUE(monitor->isVisible());
    EXPECT_TRUE(monitor->isWindow());
    EXPECT_EQ(monitor->taskId(), window.currentTaskId());
    EXPECT_TRUE(monitor->windowTitle().startsWith(QLatin1String("probe")));
    // The monitor shows the task's end: it failed, so there is nothing to cancel or cut over.
    auto *state = monitor->findChild<QLabel *>(QStringLiteral("monitorStateLabel"));
    ASSERT_TRUE(waitUntil([&] { return state->text().contains(QLatin1String("Failed")); }))
        << qPrintable(state->text());
    EXPECT_FALSE(monitor->findChild<QPushButton *>(QStringLiteral("monitorCancelButton"))->isEnabled());
    EXPECT_FALSE(monitor->findChild<QPushButton *>(QStringLiteral("monitorCutoverButton"))->isVisibleTo(monitor));
    auto *errors = monitor->findChild<QPlainTextEdit *>(QStringLiteral("monitorErrorsTextEdit"));
    EXPECT_TRUE(errors->toPlainText().contains(QLatin1String("SourceConnectionFailed")))
        << qPrintable(errors->toPlainText());

    // Double-click and the action re-raise the same window.
    const QRect cell = tasks->visualRect(tasks->model()->index(0, 0));
    QTest::mouseDClick(tasks->viewport(), Qt::LeftButton, {}, cell.center());
    monitorAction->trigger();
    EXPECT_EQ(window.openMonitor(window.currentTaskId()), monitor);
    EXPECT_EQ(monitors().size(), 1);

    monitor->close();
    ASSERT_TRUE(waitUntil([&] { return monitors().isEmpty(); }));
    monitorAction->trigger();
    EXPECT_EQ(monitors().size(), 1);
}

namespace {

// How many pixels of a picture are close to a colour.
int pixelsNear(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 24 && std::abs(c.green() - colour.green()) < 24
                && std::abs(c.blue() - colour.blue()) < 24)
                ++n;
        }
    }
    return n;
}

} // namespace

TEST(StateIcons, EachKindHasItsOwnReadableIcon)
{
    using models::StateKind;
    EXPECT_TRUE(ui::stateIcon(StateKind::None).isNull());
    QList<QImage> seen;
    for (const StateKind kind : {StateKind::Queued, StateKind::Running, StateKind::Succeeded, StateKind::Failed,
                                 StateKind::Canceled, StateKind::Warning}) {
        const QIcon icon = ui::stateIcon(kind);
        ASSERT_FALSE(icon.isNull()) << int(kind);
        const QImage image = icon.pixmap(16, 16).toImage();
        EXPECT_FALSE(seen.contains(image)) << "two kinds look the same: " << int(kind);
        seen.append(image);
    }
    // Colour says it at a glance: green for succeeded, red for failed.
    EXPECT_GT(pixelsNear(ui::stateIcon(StateKind::Succeeded).pixmap(16, 16).toImage(), QColor(0x23, 0x91, 0x3f)), 40);
    EXPECT_GT(pixelsNear(ui::stateIcon(StateKind::Failed).pixmap(16, 16).toImage(), QColor(0xd1, 0x34, 0x3a)), 40);
}

TEST(MainWindow, StateIconsDarkChartsAndPreferencesReachOpenMonitors)
{
    Console c;
    ASSERT_EQ(c.probeStatus, 201);

    const QPalette light = QApplication::palette();
    ui::MainWindow window(c.client, c.stores, c.explorer);
    window.resize(1000, 600);
    window.show();
    c.explorer.start();
    auto *tasks = window.findChild<QTableView *>(QStringLiteral("taskTableView"));
    ASSERT_TRUE(waitUntil([&] {
        return tasks->model()->rowCount() == 1
               && tasks->model()->index(0, models::TasksModel::State).data().toString() == QLatin1String("Failed");
    }));

    // The failed task's state shows a red cross beside its text; the tooltip says the state.
    const QModelIndex state = tasks->model()->index(0, models::TasksModel::State);
    EXPECT_EQ(state.data(Qt::ToolTipRole).toString(), QStringLiteral("State: Failed"));
    EXPECT_TRUE(qobject_cast<ui::StateIconDelegate *>(tasks->itemDelegateForColumn(models::TasksModel::State)));
    tasks->clearSelection();
    const QImage cell = tasks->viewport()->grab(tasks->visualRect(state)).toImage();
    EXPECT_GT(pixelsNear(cell, QColor(0xd1, 0x34, 0x3a)), 20) << "no red state icon in the State cell";
    const QImage nameCell
        = tasks->viewport()->grab(tasks->visualRect(state.siblingAtColumn(models::TasksModel::Name))).toImage();
    EXPECT_EQ(pixelsNear(nameCell, QColor(0xd1, 0x34, 0x3a)), 0);

    tasks->setCurrentIndex(tasks->model()->index(0, 0));
    ui::TaskMonitorWindow *monitor = window.openMonitor(window.currentTaskId());
    ASSERT_TRUE(monitor);
    auto *throughput = monitor->findChild<QChartView *>(QStringLiteral("monitorThroughputChartView"));
    auto *lag = monitor->findChild<QChartView *>(QStringLiteral("monitorLagChartView"));
    ASSERT_TRUE(throughput && lag);
    EXPECT_EQ(throughput->chart()->theme(), QChart::ChartThemeLight);

    // Dark colours chosen while the monitor is open: its charts turn dark, and back.
    QApplication::setPalette(ui::darkPalette());
    QCoreApplication::processEvents();
    EXPECT_EQ(throughput->chart()->theme(), QChart::ChartThemeDark);
    EXPECT_EQ(lag->chart()->theme(), QChart::ChartThemeDark);
    QApplication::setPalette(light);
    QCoreApplication::processEvents();
    EXPECT_EQ(throughput->chart()->theme(), QChart::ChartThemeLight);
    EXPECT_EQ(lag->chart()->theme(), QChart::ChartThemeLight);

    // New readiness preferences apply to the monitor already open.
    ui::ConsoleSettings settings;
    settings.readinessWindowSeconds = 17;
    settings.readinessPendingThreshold = 40;
    ASSERT_NE(monitor->progress().settings().readinessWindowSeconds, 17);
    window.applySettings(settings);
    EXPECT_EQ(monitor->progress().settings().readinessWindowSeconds, 17);
    EXPECT_EQ(monitor->progress().settings().readinessPendingThreshold, 40);
}

namespace {

// Runs `answer` on the modal dialog of type T once it is up (from inside its exec()); the
// test's next line opens it. It looks every 20 ms without blocking, so dialogs opened from
// within `answer` can be answered the same way.
template <typename T>
void whenModal(std::function<void(T *)> answer)
{
    auto *poll = new QTimer;
    auto *waited = new QElapsedTimer;
    waited->start();
    QObject::connect(poll, &QTimer::timeout, [poll, waited, answer = std::move(answer)] {
        T *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog && waited->elapsed() < 15000)
            return;
        poll->stop();
        poll->deleteLater();
        delete waited;
        if (dialog)
            answer(dialog);
        else
            ADD_FAILURE() << "no " << T::staticMetaObject.className() << " came up";
    });
    poll->start(20);
}

QModelIndex navigationIndex(QTreeView *navigation, const QString &name)
{
    const QModelIndexList hits = navigation->model()->match(navigation->model()->index(0, 0), Qt::DisplayRole, name, 1,
                                                            Qt::MatchExactly | Qt::MatchRecursive);
    return hits.isEmpty() ? QModelIndex() : hits.first();
}

// The main window on a Console, shown, with the explorer polling.
// An error box no test answers would block the test for good: it fails the test with its text
// and is closed, unless `errorsExpected`.
struct ShownConsole : Console
{
    ShownConsole()
    {
        window.show();
        explorer.start();
        QObject::connect(&guard, &QTimer::timeout, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || errorsExpected || box->objectName() != QLatin1String("errorMessageBox"))
                return;
            ADD_FAILURE() << "the console showed an error: " << qPrintable(box->text());
            box->reject();
        });
        guard.start(100);
    }
    ui::MainWindow window{client, stores, explorer};
    QTreeView *navigation = window.findChild<QTreeView *>(QStringLiteral("navigationTreeView"));
    QTimer guard;
    bool errorsExpected = false;
};

// Whether the main window's status bar says `text` (the end of a request it follows).
bool statusSays(ui::MainWindow &window, const QString &text)
{
    return waitUntil([&] { return window.statusBar()->currentMessage() == text; });
}

} // namespace

TEST(MainWindow, CreatesAndDeletesServicesAndProjectsThroughTheirDialogs)
{
    ShownConsole c;
    ui::MainWindow &window = c.window;
    QTreeView *navigation = c.navigation;
    ASSERT_TRUE(waitUntil([&] { return navigationIndex(navigation, QStringLiteral("proj")).isValid(); }));

    // New service: the regions and SKUs come from the engine; bad input is named and cannot be sent.
    bool answered = false;
    whenModal<ui::NewServiceDialog>([&](ui::NewServiceDialog *dialog) {
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("serviceNameLineEdit"));
        auto *location = dialog->findChild<QComboBox *>(QStringLiteral("serviceLocationComboBox"));
        auto *sku = dialog->findChild<QComboBox *>(QStringLiteral("serviceSkuComboBox"));
        auto *subnet = dialog->findChild<QLineEdit *>(QStringLiteral("virtualSubnetLineEdit"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
        ASSERT_TRUE(ok && name && location && sku && subnet && problem);
        ASSERT_TRUE(waitUntil([&] { return dialog->catalogLoaded(); }));
        EXPECT_EQ(location->currentText(), QStringLiteral("local"));
        EXPECT_GE(sku->findText(QStringLiteral("Premium_4vCores")), 0);
        EXPECT_FALSE(ok->isEnabled());
        QTest::keyClicks(name, QStringLiteral("bad/name"));
        EXPECT_FALSE(ok->isEnabled());
        EXPECT_TRUE(problem->text().startsWith(QLatin1String("Service name"))) << qPrintable(problem->text());
        name->setText(QStringLiteral("svc2"));
        EXPECT_TRUE(ok->isEnabled()) << qPrintable(dialog->validationError());
        sku->setCurrentText(QStringLiteral("Standard_9vCores"));
        EXPECT_FALSE(ok->isEnabled());
        EXPECT_TRUE(problem->text().contains(QLatin1String("not offered in local"))) << qPrintable(problem->text());
        sku->setCurrentIndex(sku->findText(QStringLiteral("Premium_4vCores")));
        subnet->setText(QStringLiteral("my-subnet"));
        EXPECT_FALSE(ok->isEnabled());
        EXPECT_TRUE(problem->text().startsWith(QLatin1String("Virtual subnet"))) << qPrintable(problem->text());
        subnet->clear();
        ASSERT_TRUE(ok->isEnabled());
        answered = true;
        ok->click();
    });
    window.findChild<QAction *>(QStringLiteral("newServiceAction"))->trigger();
    ASSERT_TRUE(answered);
    // Creating a service is a long-running operation: the console follows it to its end.
    ASSERT_TRUE(statusSays(window, QStringLiteral("Service svc2 created.")))
        << qPrintable(window.statusBar()->currentMessage());
    ASSERT_TRUE(waitUntil([&] { return navigationIndex(navigation, QStringLiteral("svc2")).isValid(); }));
    const QJsonObject service = c.engine.get(test::EngineFixture::rg(QStringLiteral("services/svc2"))).json();
    EXPECT_EQ(service[u"location"].toString(), QStringLiteral("local"));
    EXPECT_EQ(service[u"sku"][u"name"].toString(), QStringLiteral("Premium_4vCores"));

    // New project in it: the targets follow the source; the project lives in the service's region.
    navigation->setCurrentIndex(navigationIndex(navigation, QStringLiteral("svc2")));
    auto *deleteService = window.findChild<QAction *>(QStringLiteral("deleteServiceAction"));
    auto *deleteProject = window.findChild<QAction *>(QStringLiteral("deleteProjectAction"));
    EXPECT_TRUE(deleteService->isEnabled());
    EXPECT_FALSE(deleteProject->isEnabled());
    answered = false;
    whenModal<ui::NewProjectDialog>([&](ui::NewProjectDialog *dialog) {
        auto *source = dialog->findChild<QComboBox *>(QStringLiteral("sourcePlatformComboBox"));
        auto *target = dialog->findChild<QComboBox *>(QStringLiteral("targetPlatformComboBox"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("projectNameLineEdit"));
        ASSERT_TRUE(source && target && name);
        source->setCurrentIndex(source->findData(QStringLiteral("SQL")));
        EXPECT_EQ(target->count(), 2);
        source->setCurrentIndex(source->findData(QStringLiteral("MySQL")));
        ASSERT_EQ(target->count(), 1);
        EXPECT_EQ(target->currentData().toString(), QStringLiteral("AzureDbForMySql"));
        QTest::keyClicks(name, QStringLiteral("p2"));
        answered = true;
        dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
    });
    window.findChild<QAction *>(QStringLiteral("newProjectAction"))->trigger();
    ASSERT_TRUE(answered);
    ASSERT_TRUE(statusSays(window, QStringLiteral("Project p2 created.")));
    ASSERT_TRUE(waitUntil([&] { return navigationIndex(navigation, QStringLiteral("p2")).isValid(); }));
    const QJsonObject project
        = c.engine.get(test::EngineFixture::rg(QStringLiteral("services/svc2/projects/p2"))).json();
    EXPECT_EQ(project[u"location"].toString(), QStringLiteral("local"));
    EXPECT_EQ(project[u"properties"][u"sourcePlatform"].toString(), QStringLiteral("MySQL"));
    EXPECT_EQ(project[u"properties"][u"targetPlatform"].toString(), QStringLiteral("AzureDbForMySql"));

    // Deleting asks first; Cancel keeps the project, Delete removes it.
    navigation->setCurrentIndex(navigationIndex(navigation, QStringLiteral("p2")));
    EXPECT_TRUE(deleteProject->isEnabled());
    EXPECT_FALSE(deleteService->isEnabled());
    whenModal<ui::DeleteResourceDialog>([](ui::DeleteResourceDialog *dialog) {
        EXPECT_TRUE(
            dialog->findChild<QLabel *>(QStringLiteral("deleteQuestionLabel"))->text().contains(QLatin1String("p2")));
        EXPECT_FALSE(dialog->deleteRunningTasks());
        dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
    });
    deleteProject->trigger();
    QTest::qWait(500);
    EXPECT_EQ(c.engine.get(test::EngineFixture::rg(QStringLiteral("services/svc2/projects/p2"))).status, 200);
    whenModal<ui::DeleteResourceDialog>([](ui::DeleteResourceDialog *dialog) {
        dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
    });
    deleteProject->trigger();
    ASSERT_TRUE(statusSays(window, QStringLiteral("Project p2 deleted.")));
    ASSERT_TRUE(waitUntil([&] { return !navigationIndex(navigation, QStringLiteral("p2")).isValid(); }));
    EXPECT_EQ(c.engine.get(test::EngineFixture::rg(QStringLiteral("services/svc2/projects/p2"))).status, 404);

    navigation->setCurrentIndex(navigationIndex(navigation, QStringLiteral("svc2")));
    whenModal<ui::DeleteResourceDialog>([](ui::DeleteResourceDialog *dialog) {
        dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
    });
    deleteService->trigger();
    ASSERT_TRUE(statusSays(window, QStringLiteral("Service svc2 deleted.")));
    ASSERT_TRUE(waitUntil([&] { return !navigationIndex(navigation, QStringLiteral("svc2")).isValid(); }));
    EXPECT_EQ(c.engine.get(test::EngineFixture::rg(QStringLiteral("services/svc2"))).status, 404);
    EXPECT_TRUE(navigationIndex(navigation, QStringLiteral("proj")).isValid());
}

TEST(MainWindow, AServiceTheEngineRefusesShowsWhy)
{
    ShownConsole c;
    c.errorsExpected = true;
    ui::MainWindow &window = c.window;
    QTreeView *navigation = c.navigation;
    ASSERT_TRUE(waitUntil([&] { return navigationIndex(navigation, QStringLiteral("svc")).isValid(); }));

    // "svc" exists in region local: the engine refuses to move it, and the console says so.
    QString shown;
    whenModal<ui::NewServiceDialog>([&](ui::NewServiceDialog *dialog) {
        ASSERT_TRUE(waitUntil([&] { return dialog->catalogLoaded(); }));
        dialog->findChild<QLineEdit *>(QStringLiteral("serviceNameLineEdit"))->setText(QStringLiteral("svc"));
        dialog->findChild<QComboBox *>(QStringLiteral("serviceLocationComboBox"))
            ->setCurrentText(QStringLiteral("elsewhere"));
        dialog->findChild<QComboBox *>(QStringLiteral("serviceSkuComboBox"))
            ->setCurrentText(QStringLiteral("Standard_1vCores"));
        whenModal<QMessageBox>([&](QMessageBox *box) {
            shown = box->text();
            box->accept();
        });
        dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
    });
    window.findChild<QAction *>(QStringLiteral("newServiceAction"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return !shown.isEmpty(); })) << "no error was shown";
    EXPECT_TRUE(shown.contains(QLatin1String("InvalidResourceLocation"))) << qPrintable(shown);
    EXPECT_EQ(c.engine.get(test::EngineFixture::rg(QStringLiteral("services/svc"))).json()[u"location"].toString(),
              QStringLiteral("local"));
}
