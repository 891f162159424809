#include "ui/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/clock.h"
#include "core/redaction.h"
#include "core/resourceid.h"
#include "core/resourcestore.h"
#include "core/taskrules.h"
#include "models/migrationprogress.h"
#include "models/navigationmodel.h"
#include "models/resourcetablemodel.h"
#include "models/roles.h"
#include "models/taskfilterproxymodel.h"
#include "models/taskinput/taskinputmodel.h"
#include "models/taskoutputmodel.h"
#include "service/connectionstore.h"
#include "service/dmsclient.h"
#include "service/explorer.h"
#include "service/keychain.h"
#include "service/taskwatcher.h"
#include "ui/consolesettings.h"
#include "ui/resourcedialogs.h"
#include "ui/stateicons.h"
#include "ui/taskmonitorwindow.h"
#include "ui/tasknotifier.h"
#include "ui/wizards/taskwizard.h"

namespace godwit::ui {

namespace {

QString connectionText(service::ConnectionState state)
{
    switch (state) {
    case service::ConnectionState::Disconnected:
        return MainWindow::tr("Disconnected");
    case service::ConnectionState::Connecting:
        return MainWindow::tr("Connecting…");
    case service::ConnectionState::SigningIn:
        return MainWindow::tr("Signing in…");
    case service::ConnectionState::Connected:
        return MainWindow::tr("Connected");
    case service::ConnectionState::Unauthorized:
        return MainWindow::tr("Not authorized: sign in again");
    case service::ConnectionState::Unreachable:
        return MainWindow::tr("Engine unreachable: retrying");
    }
    return QString();
}

} // namespace

MainWindow::MainWindow(service::DmsClient &client, core::Stores &stores, service::Explorer &explorer, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_stores(stores)
    , m_explorer(explorer)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Godwit"));
    m_navigationModel = new models::NavigationModel(stores.services, stores.projects, this);
    m_tasksModel = new models::TasksModel(stores.tasks, this);
    m_taskProxy = new models::TaskFilterProxyModel(this);
    m_taskProxy->setSourceModel(m_tasksModel);
    m_taskProxy->setParentId(QStringLiteral("/none"));
    m_outputModel = new models::TaskOutputModel(this);
    m_watcher = new service::TaskWatcher(client, stores.tasks, this);
    const ConsoleSettings console = ConsoleSettings::load();
    m_watcher->setIntervals(
        {console.runningPollMs, console.queuedPollMs, service::TaskWatcher::Intervals().maxBackoffMs});
    m_notifier = new TaskNotifier(stores.tasks, this);
    m_notifier->setEnabled(console.notifications);

    createActions();
    createWidgets();

    connect(&explorer, &service::Explorer::refreshed, this, [this] {
        m_lastRefresh = core::Clock::current().now();
        updateStatus();
        const QModelIndex root = m_navigationModel->profileIndex();
        if (!m_navigation->currentIndex().isValid() && m_navigationModel->rowCount(root) > 0) {
            const QModelIndex service = m_navigationModel->index(0, 0, root);
            m_navigation->expand(root);
            m_navigation->expand(service);
            m_navigation->setCurrentIndex(
                m_navigationModel->rowCount(service) > 0 ? m_navigationModel->index(0, 0, service) : service);
        }
    });
    connect(&explorer, &service::Explorer::stateChanged, this, [this] { updateStatus(); });
    connect(&explorer, &service::Explorer::failed, this,
            [this](const QString &error) { statusBar()->showMessage(error, 10000); });
    connect(&stores.tasks, &core::ResourceStore::changed, this, [this](int row) {
        if (m_stores.tasks.idAt(row).compare(m_currentTask, Qt::CaseInsensitive) == 0)
            showTask();
    });
    connect(&stores.tasks, &core::ResourceStore::added, this, [this] {
        if (!m_pendingSelection.isEmpty())
            QTimer::singleShot(0, this, [this] { selectTask(m_pendingSelection); });
    });
    connect(&stores.tasks, &core::ResourceStore::removed, this, [this] {
        if (!m_stores.tasks.contains(m_currentTask))
            showTask();
    });
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_ticker.start();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_tasks->horizontalHeader()->restoreState(settings.value(QStringLiteral("mainWindow/taskColumns")).toByteArray());
    showTask();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Monitors go first, while the watcher they use still exists.
    const auto monitors = m_monitors;
    for (const QPointer<TaskMonitorWindow> &monitor : monitors) {
        if (monitor) {
            monitor->disconnect(this);
            delete monitor.data();
        }
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/taskColumns"), m_tasks->horizontalHeader()->saveState());
    event->accept();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newServiceAction = file->addAction(tr("New &service…"), this, &MainWindow::newService);
    m_newServiceAction->setObjectName(QStringLiteral("newServiceAction"));
    m_newProjectAction = file->addAction(tr("New &project…"), this, &MainWindow::newProject);
    m_newProjectAction->setObjectName(QStringLiteral("newProjectAction"));
    m_newProjectAction->setShortcut(QKeySequence::New);
    m_deleteServiceAction = file->addAction(tr("Delete s&ervice…"), this, &MainWindow::deleteService);
    m_deleteServiceAction->setObjectName(QStringLiteral("deleteServiceAction"));
    m_deleteProjectAction = file->addAction(tr("Delete pro&ject…"), this, &MainWindow::deleteProject);
    m_deleteProjectAction->setObjectName(QStringLiteral("deleteProjectAction"));
    file->addSeparator();
    QAction *profiles = file->addAction(tr("P&rofiles…"), this, &MainWindow::profilesRequested);
    profiles->setObjectName(QStringLiteral("profilesAction"));
    m_profileMenu = file->addMenu(tr("&Open profile"));
    m_profileMenu->setObjectName(QStringLiteral("openProfileMenu"));
    m_profileGroup = new QActionGroup(this);
    m_profileGroup->setExclusive(true);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::preferencesRequested);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferenceKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferenceKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setShortcuts(preferenceKeys);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_refreshAction = view->addAction(tr("&Refresh"), this, [this] {
        m_explorer.refresh();
        m_watcher->refreshNow();
    });
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);

    QMenu *task = menuBar()->addMenu(tr("&Task"));
    m_monitorAction = task->addAction(tr("&Monitor"), this, [this] { openMonitor(m_currentTask); });
    m_monitorAction->setObjectName(QStringLiteral("monitorTaskAction"));
    m_monitorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_cutoverAction = task->addAction(tr("Complete &cutover…"), this, &MainWindow::completeCutover);
    m_cutoverAction->setObjectName(QStringLiteral("cutoverAction"));
    m_cancelAction = task->addAction(tr("C&ancel task…"), this, &MainWindow::cancelTask);
    m_cancelAction->setObjectName(QStringLiteral("cancelTaskAction"));
    m_deleteAction = task->addAction(tr("&Delete task…"), this, &MainWindow::deleteTask);
    m_deleteAction->setObjectName(QStringLiteral("deleteTaskAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);

    using models::taskinput::WizardKind;
    m_newTaskMenu = new QMenu(tr("&New task"), this);
    m_newTaskMenu->setObjectName(QStringLiteral("newTaskMenu"));
    m_newTaskMenu->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    const QList<std::pair<WizardKind, const char *>> wizards{
        {WizardKind::ConnectionTest, "newConnectionTestAction"},
        {WizardKind::SchemaSqlServerSqlDb, "newSqlSchemaAction"},
        {WizardKind::OnlinePostgreSql, "newPostgreSqlOnlineAction"},
        {WizardKind::OnlineMySql, "newMySqlOnlineAction"},
        {WizardKind::OfflineMySql, "newMySqlOfflineAction"},
        {WizardKind::OfflineSqlServerSqlDb, "newSqlOfflineAction"},
    };
    for (const auto &[kind, name] : wizards) {
        QAction *action = m_newTaskMenu->addAction(QStringLiteral("%1…").arg(models::taskinput::wizardTitle(kind)),
                                                   this, [this, kind = kind] { newTask(kind); });
        action->setObjectName(QLatin1String(name));
    }
    task->insertMenu(m_cutoverAction, m_newTaskMenu);
    m_cloneAction = new QAction(tr("C&lone task…"), this);
    m_cloneAction->setObjectName(QStringLiteral("cloneTaskAction"));
    connect(m_cloneAction, &QAction::triggered, this, &MainWindow::cloneTask);
    task->insertAction(m_cutoverAction, m_cloneAction);
    task->insertSeparator(m_cutoverAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Godwit"), this, [this] {
        QMessageBox::about(this, tr("About Godwit"),
                           tr("<b>Godwit</b> %1<br>A console for database migrations with the Azure Database Migration "
                              "Service API, and a local engine that runs them.")
                               .arg(QApplication::applicationVersion()));
    });
    about->setObjectName(QStringLiteral("aboutAction"));

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_newProjectAction);
    QAction *newTask = m_newTaskMenu->menuAction();
    newTask->setObjectName(QStringLiteral("newTaskAction"));
    toolbar->addAction(newTask);
    if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(newTask)))
        button->setPopupMode(QToolButton::InstantPopup);
    toolbar->addSeparator();
    toolbar->addAction(m_monitorAction);
    toolbar->addAction(m_cutoverAction);
    toolbar->addAction(m_cancelAction);
    toolbar->addSeparator();
    m_profileCombo = new QComboBox;
    m_profileCombo->setObjectName(QStringLiteral("profileComboBox"));
    m_profileCombo->setAccessibleName(tr("Profile"));
    m_profileCombo->setToolTip(tr("The profile (engine or Azure account) the console shows"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *profileLabel = new QLabel(tr("Profi&le:"));
    profileLabel->setBuddy(m_profileCombo);
    profileLabel->setContentsMargins(4, 0, 4, 0);
    toolbar->addWidget(profileLabel);
    toolbar->addWidget(m_profileCombo);
    connect(m_profileCombo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_profileCombo->itemData(index).toString();
        if (!id.isEmpty() && id != m_currentProfileId)
            Q_EMIT profileSelected(id);
    });
}

void MainWindow::setProfile(const service::Profile &profile)
{
    QString where;
    switch (profile.kind) {
    case service::Profile::Kind::LocalEngine:
        where = tr("The engine built into the console");
        break;
    case service::Profile::Kind::RemoteEngine:
        where = tr("Engine at %1").arg(profile.engineUrl.toDisplayString());
        break;
    case service::Profile::Kind::Azure:
        where = tr("Azure subscription %1, resource group %2").arg(profile.subscription, profile.resourceGroup);
        break;
    }
    m_profileKind = profile.kind;
    m_navigationModel->setProfile(profile.displayName, where);
    m_navigation->expand(m_navigationModel->profileIndex());
    setWindowTitle(tr("%1 — Godwit").arg(profile.displayName));
}

void MainWindow::setProfiles(const QList<service::Profile> &profiles, const QString &currentId)
{
    // The menu owns its actions; deleting them takes them out of the group too.
    m_profileMenu->clear();
    m_profileCombo->clear();
    m_currentProfileId = currentId;
    for (const service::Profile &p : profiles) {
        QAction *action = m_profileMenu->addAction(p.displayName);
        action->setCheckable(true);
        action->setChecked(p.id == currentId);
        action->setData(p.id);
        m_profileGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = p.id] {
            if (id != m_currentProfileId)
                Q_EMIT profileSelected(id);
        });
        m_profileCombo->addItem(p.displayName, p.id);
        if (p.id == currentId)
            m_profileCombo->setCurrentIndex(m_profileCombo->count() - 1);
    }
}

void MainWindow::applySettings(const ConsoleSettings &settings)
{
    service::TaskWatcher::Intervals intervals = m_watcher->intervals();
    intervals.runningMs = settings.runningPollMs;
    intervals.queuedMs = settings.queuedPollMs;
    m_watcher->setIntervals(intervals);
    m_notifier->setEnabled(settings.notifications);
    // Open monitors judge readiness by the new window and threshold from now on.
    for (const QPointer<TaskMonitorWindow> &monitor : std::as_const(m_monitors)) {
        if (monitor)
            monitor->applySettings(settings);
    }
}

void MainWindow::createWidgets()
{
    m_navigation = new QTreeView;
    m_navigation->setObjectName(QStringLiteral("navigationTreeView"));
    m_navigation->setAccessibleName(tr("Services and projects"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setModel(m_navigationModel);
    // Right-click (or the menu key) on a service or project offers what can be done with it.
    m_navigation->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_navigation->addActions({m_newServiceAction, m_newProjectAction, m_deleteServiceAction, m_deleteProjectAction});
    connect(m_navigation->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onNavigationChanged);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("taskSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search tasks"));
    m_search->setAccessibleName(tr("Search tasks"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_taskProxy, &models::TaskFilterProxyModel::setText);

    m_stateFilter = new QComboBox;
    m_stateFilter->setObjectName(QStringLiteral("taskStateComboBox"));
    m_stateFilter->setAccessibleName(tr("Show tasks in state"));
    m_stateFilter->addItem(tr("All states"));
    m_stateFilter->addItem(tr("Active (queued or running)"),
                           QStringList{QStringLiteral("Queued"), QStringLiteral("Running")});
    m_stateFilter->addItem(tr("Succeeded"), QStringList{QStringLiteral("Succeeded")});
    m_stateFilter->addItem(tr("Failed"), QStringList{QStringLiteral("Failed"), QStringLiteral("FailedInputValidation"),
                                                     QStringLiteral("Faulted")});
    m_stateFilter->addItem(tr("Canceled"), QStringList{QStringLiteral("Canceled")});
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QStringList states = m_stateFilter->currentData().toStringList();
        m_taskProxy->setStates(QSet<QString>(states.cbegin(), states.cend()));
    });
    auto *searchLabel = new QLabel(tr("&Find:"));
    searchLabel->setBuddy(m_search);
    auto *stateLabel = new QLabel(tr("&State:"));
    stateLabel->setBuddy(m_stateFilter);

    m_tasks = new QTableView;
    m_tasks->setObjectName(QStringLiteral("taskTableView"));
    m_tasks->setAccessibleName(tr("Tasks"));
    m_tasks->setModel(m_taskProxy);
    m_tasks->setItemDelegateForColumn(models::TasksModel::State, new StateIconDelegate(m_tasks));
    m_tasks->setSortingEnabled(true);
    m_tasks->sortByColumn(models::TasksModel::Created, Qt::DescendingOrder);
    m_tasks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tasks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tasks->verticalHeader()->hide();
    m_tasks->setWordWrap(false);
    m_tasks->setAlternatingRowColors(true);
    m_tasks->horizontalHeader()->setStretchLastSection(true);
    m_tasks->verticalHeader()->setDefaultSectionSize(m_tasks->fontMetrics().height() + 8);
    for (const int column : {models::TasksModel::Name, models::TasksModel::TaskType, models::TasksModel::State,
                             models::TasksModel::Created})
        m_tasks->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_tasks->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onTaskSelected);
    // Double-click or Enter on a task opens its monitor.
    connect(m_tasks, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openMonitor(index.data(models::ResourceIdRole).toString()); });

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("taskSummaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setWordWrap(true);
    m_summary->setMargin(6);
    m_input = new QPlainTextEdit;
    m_input->setObjectName(QStringLiteral("taskInputTextEdit"));
    m_input->setAccessibleName(tr("Task input"));
    m_input->setReadOnly(true);
    m_output = new QTreeView;
    m_output->setObjectName(QStringLiteral("taskOutputTreeView"));
    m_output->setAccessibleName(tr("Task output"));
    m_output->setModel(m_outputModel);
    m_errors = new QPlainTextEdit;
    m_errors->setObjectName(QStringLiteral("taskErrorsTextEdit"));
    m_errors->setAccessibleName(tr("Task errors"));
    m_errors->setReadOnly(true);
    m_details = new QTabWidget;
    m_details->setObjectName(QStringLiteral("taskDetailsTabWidget"));
    m_details->addTab(m_summary, tr("S&ummary"));
    m_details->addTab(m_output, tr("&Output"));
    m_details->addTab(m_errors, tr("E&rrors"));
    m_details->addTab(m_input, tr("&Input"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(stateLabel);
    filters->addWidget(m_stateFilter);
    auto *taskPane = new QWidget;
    auto *taskLayout = new QVBoxLayout(taskPane);
    taskLayout->setContentsMargins(0, 0, 0, 0);
    taskLayout->addLayout(filters);
    taskLayout->addWidget(m_tasks);

    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(taskPane);
    right->addWidget(m_details);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *main = new QSplitter(Qt::Horizontal);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(m_navigation);
    main->addWidget(right);
    main->setStretchFactor(1, 1);
    main->setSizes({220, 780});
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_firstRunHint = createFirstRunHint();
    m_firstRunHint->hide();
    centralLayout->addWidget(m_firstRunHint);
    centralLayout->addWidget(main, 1);
    setCentralWidget(central);

    m_connection = new QLabel;
    m_connection->setObjectName(QStringLiteral("connectionStateLabel"));
    m_updated = new QLabel;
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->addPermanentWidget(m_updated);
    resize(1100, 700);
    setTabOrder(m_navigation, m_search);
    setTabOrder(m_search, m_stateFilter);
    setTabOrder(m_stateFilter, m_tasks);
    setTabOrder(m_tasks, m_details);
}

void MainWindow::onNavigationChanged()
{
    const QModelIndex current = m_navigation->currentIndex();
    const QString id = current.data(models::ResourceIdRole).toString();
    const auto parsed = core::ResourceId::parse(id);
    m_currentService.clear();
    m_currentProject.clear();
    if (parsed) {
        m_currentService
            = core::ResourceId::forService(parsed->subscription, parsed->resourceGroup, parsed->service).toString();
        if (parsed->kind == core::ResourceId::Kind::Project)
            m_currentProject = parsed->toString();
    }
    m_taskProxy->setParentId(m_currentProject.isEmpty() ? QStringLiteral("/none") : m_currentProject);
    m_explorer.setCurrentProject(m_currentProject);
    updateActions();
}

void MainWindow::onTaskSelected()
{
    const QString id = m_tasks->currentIndex().data(models::ResourceIdRole).toString();
    if (id.compare(m_currentTask, Qt::CaseInsensitive) == 0)
        return;
    if (!m_currentTask.isEmpty() && !m_monitors.value(m_currentTask.toLower()))
        m_watcher->unwatch(m_currentTask);
    m_currentTask = id;
    m_outputModel->setOutput({});
    if (!id.isEmpty()) {
        if (!m_watcher->isWatching(id))
            m_watcher->watch(id);
        m_notifier->follow(id);
    }
    showTask();
}

void MainWindow::showTask()
{
    const QJsonObject task = m_stores.tasks.resource(m_currentTask);
    const QJsonObject props = task.value(QLatin1String("properties")).toObject();
    if (task.isEmpty()) {
        m_summary->setText(tr("Select a task to see its state, output and errors."));
        m_input->clear();
        m_errors->clear();
        m_outputModel->setOutput({});
        updateActions();
        return;
    }
    m_outputModel->setOutput(props.value(QLatin1String("output")).toArray());
    m_output->expandAll();
    const QString state = props.value(QLatin1String("state")).toString();
    QString summary = tr("<b>%1</b><br>Type: %2<br>State: %3")
                          .arg(task.value(QLatin1String("name")).toString().toHtmlEscaped(),
                               props.value(QLatin1String("taskType")).toString().toHtmlEscaped(),
                               models::TasksModel::stateText(state).toHtmlEscaped());
    const QJsonObject migration = m_outputModel->migration();
    if (!migration.isEmpty())
        summary += tr("<br>Migration: %1")
                       .arg(models::MigrationProgress::migrationStateText(
                                migration.value(QLatin1String("state")).toString())
                                .toHtmlEscaped());
    const auto commands = core::TaskRules::availableCommands(props);
    for (const auto &c : commands)
        summary += tr("<br>Ready for cutover: <b>%1</b>").arg(c.target.toHtmlEscaped());
    m_summary->setText(summary);
    // Secrets never reach the screen, even when the document had them.
    m_input->setPlainText(QString::fromUtf8(
        QJsonDocument(core::redactSecrets(props.value(QLatin1String("input")), core::SecretPolicy::Mask).toObject())
            .toJson(QJsonDocument::Indented)));
    QStringList errors;
    for (const QJsonValue &e : props.value(QLatin1String("errors")).toArray()) {
        const QJsonObject o = e.toObject();
        errors.append(o.value(QLatin1String("code")).toString() + QStringLiteral(": ")
                      + o.value(QLatin1String("message")).toString());
        for (const QJsonValue &d : o.value(QLatin1String("details")).toArray())
            errors.append(QStringLiteral("  ") + d.toObject().value(QLatin1String("message")).toString());
    }
    for (const QJsonValue &e : m_outputModel->errors()) {
        const QJsonObject o = e.toObject();
        const QString message = o.value(QLatin1String("error"))
                                    .toObject()
                                    .value(QLatin1String("message"))
                                    .toString(o.value(QLatin1String("errorMessage")).toString());
        errors.append(tr("output: %1").arg(message));
    }
    m_errors->setPlainText(errors.join(QLatin1Char('\n')));
    m_details->setTabText(2, errors.isEmpty() ? tr("E&rrors") : tr("E&rrors (%1)").arg(errors.size()));
    updateActions();
}

void MainWindow::updateActions()
{
    const QJsonObject props = m_stores.tasks.resource(m_currentTask).value(QLatin1String("properties")).toObject();
    const QString state = props.value(QLatin1String("state")).toString();
    m_newProjectAction->setEnabled(!m_currentService.isEmpty());
    m_deleteServiceAction->setEnabled(!m_currentService.isEmpty() && m_currentProject.isEmpty());
    m_deleteProjectAction->setEnabled(!m_currentProject.isEmpty());
    m_cancelAction->setEnabled(!m_currentTask.isEmpty() && core::TaskRules::canCancel(state));
    m_deleteAction->setEnabled(!m_currentTask.isEmpty());
    m_newTaskMenu->setEnabled(!m_currentProject.isEmpty());
    m_cloneAction->setEnabled(!m_currentTask.isEmpty()
                              && models::taskinput::wizardKindFor(props.value(QLatin1String("taskType")).toString()));
    m_monitorAction->setEnabled(!m_currentTask.isEmpty());
    bool cutover = false;
    for (const auto &c : core::TaskRules::availableCommands(props))
        cutover = cutover || c.commandType == QLatin1String("Migrate.Sync.Complete.Database");
    m_cutoverAction->setEnabled(cutover);
}

void MainWindow::updateStatus()
{
    m_connection->setText(connectionText(m_explorer.state()));
    if (m_lastRefresh.isValid()) {
        const qint64 seconds = m_lastRefresh.secsTo(core::Clock::current().now());
        m_updated->setText(seconds < 2 ? tr("updated just now") : tr("updated %1 s ago").arg(seconds));
    } else {
        m_updated->setText(tr("not updated yet"));
    }
}

TaskMonitorWindow *MainWindow::openMonitor(const QString &taskId)
{
    if (taskId.isEmpty())
        return nullptr;
    const QString key = taskId.toLower();
    TaskMonitorWindow *monitor = m_monitors.value(key);
    if (!monitor) {
        monitor = new TaskMonitorWindow(m_client, *m_watcher, m_stores.tasks, taskId, ConsoleSettings::load(), this);
        monitor->setAttribute(Qt::WA_DeleteOnClose);
        m_monitors.insert(key, monitor);
        m_notifier->follow(taskId);
        connect(monitor, &TaskMonitorWindow::readyDatabasesChanged, m_notifier, &TaskNotifier::setReadyDatabases);
        connect(monitor, &QObject::destroyed, this, [this, key, taskId] {
            m_monitors.remove(key);
            if (taskId.compare(m_currentTask, Qt::CaseInsensitive) != 0)
                m_watcher->unwatch(taskId);
        });
    }
    monitor->show();
    monitor->setWindowState(monitor->windowState() & ~Qt::WindowMinimized);
    monitor->raise();
    monitor->activateWindow();
    return monitor;
}

void MainWindow::followChange(service::HttpJob *job, const QString &doneText, const QString &failedTitle)
{
    connect(job, &service::HttpJob::finished, this, [this, doneText, failedTitle](service::HttpJob *done) {
        if (!done->ok())
            showError(failedTitle, done->error().userText());
        else if (!doneText.isEmpty())
            statusBar()->showMessage(doneText, 10000);
        m_explorer.refresh();
    });
}

void MainWindow::showError(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorMessageBox"));
    box.exec();
}

void MainWindow::newService()
{
    NewServiceDialog dialog(m_client, m_explorer.subscription(), m_profileKind == service::Profile::Kind::Azure, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.serviceName();
    const auto id = core::ResourceId::forService(m_explorer.subscription(), m_explorer.resourceGroup(), name);
    auto *job = m_client.createOrUpdateService(id, dialog.body());
    statusBar()->showMessage(tr("Creating service %1…").arg(name));
    followChange(job, tr("Service %1 created.").arg(name), tr("The service was not created"));
}

void MainWindow::newProject()
{
    const auto service = core::ResourceId::parse(m_currentService);
    if (!service)
        return;
    // A project lives in its service's region.
    const QString location = m_stores.services.resource(m_currentService).value(QLatin1String("location")).toString();
    NewProjectDialog dialog(service->name(), location, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.projectName();
    auto *job = m_client.createOrUpdateProject(service->projectId(name), dialog.body());
    followChange(job, tr("Project %1 created.").arg(name), tr("The project was not created"));
}

void MainWindow::deleteService()
{
    deleteResource(DeleteResourceDialog::Kind::Service);
}

void MainWindow::deleteProject()
{
    deleteResource(DeleteResourceDialog::Kind::Project);
}

void MainWindow::deleteResource(DeleteResourceDialog::Kind kind)
{
    const bool service = kind == DeleteResourceDialog::Kind::Service;
    const auto id = core::ResourceId::parse(service ? m_currentService : m_currentProject);
    if (!id)
        return;
    const QString name = id->name();
    DeleteResourceDialog dialog(kind, name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (service) {
        statusBar()->showMessage(tr("Deleting service %1…").arg(name));
        followChange(m_client.deleteService(*id, dialog.deleteRunningTasks()), tr("Service %1 deleted.").arg(name),
                     tr("The service was not deleted"));
    } else {
        followChange(m_client.deleteProject(*id, dialog.deleteRunningTasks()), tr("Project %1 deleted.").arg(name),
                     tr("The project was not deleted"));
    }
}

void MainWindow::cancelTask()
{
    const auto id = core::ResourceId::parse(m_currentTask);
    if (!id)
        return;
    QMessageBox confirm(
        QMessageBox::Question, tr("Cancel task"),
        tr("Cancel the task %1? A migration that is cancelled stops and cleans up; it cannot be resumed.")
            .arg(id->name()),
        QMessageBox::Yes | QMessageBox::No, this);
    confirm.setObjectName(QStringLiteral("cancelConfirmMessageBox"));
    confirm.setDefaultButton(QMessageBox::No);
    if (confirm.exec() != QMessageBox::Yes)
        return;
    auto *job = m_client.cancelTask(*id);
    connect(job, &service::HttpJob::finished, this, [this](service::HttpJob *done) {
        if (!done->ok())
            showError(tr("The task was not cancelled"), done->error().userText());
        else
            m_stores.tasks.upsert(done->json());
        m_watcher->refreshNow();
    });
}

void MainWindow::completeCutover()
{
    // The guarded dialog of the task's monitor: pre-checks, confirmation, and the command followed to its end.
    if (TaskMonitorWindow *monitor = openMonitor(m_currentTask))
        monitor->openCutoverDialog();
}

void MainWindow::deleteTask()
{
    const auto id = core::ResourceId::parse(m_currentTask);
    if (!id)
        return;
    QMessageBox confirm(QMessageBox::Question, tr("Delete task"),
                        tr("Delete the task %1 and its output?").arg(id->name()), QMessageBox::Yes | QMessageBox::No,
                        this);
    confirm.setObjectName(QStringLiteral("deleteConfirmMessageBox"));
    confirm.setDefaultButton(QMessageBox::No);
    if (confirm.exec() != QMessageBox::Yes)
        return;
    auto *job = m_client.deleteTask(*id, true);
    followChange(job, QString(), tr("The task was not deleted"));
}

QWidget *MainWindow::createFirstRunHint()
{
    auto *bar = new QFrame;
    bar->setObjectName(QStringLiteral("firstRunHint"));
    bar->setAccessibleName(tr("Where to start"));
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setAutoFillBackground(true);
    bar->setBackgroundRole(QPalette::AlternateBase);
    auto *text = new QLabel;
    text->setObjectName(QStringLiteral("firstRunHintLabel"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    auto *start = new QPushButton(tr("&Start the online migration…"));
    start->setObjectName(QStringLiteral("firstRunStartButton"));
    start->setDefault(true);
    connect(start, &QPushButton::clicked, this, &MainWindow::startFirstMigration);
    auto *dismiss = new QToolButton;
    dismiss->setObjectName(QStringLiteral("firstRunDismissButton"));
    dismiss->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    dismiss->setToolTip(tr("Hide this hint"));
    dismiss->setAccessibleName(tr("Hide this hint"));
    dismiss->setAutoRaise(true);
    connect(dismiss, &QToolButton::clicked, bar, &QWidget::hide);
    auto *layout = new QHBoxLayout(bar);
    layout->addWidget(text, 1);
    layout->addWidget(start);
    layout->addWidget(dismiss, 0, Qt::AlignTop);
    return bar;
}

void MainWindow::showFirstRunHint()
{
    QStringList names;
    const service::ConnectionStore connections;
    for (const service::SavedConnection &c :
         connections.connections(QStringList{QStringLiteral("PostgreSqlConnectionInfo")}))
        names.append(QStringLiteral("<b>%1</b>").arg(c.name.toHtmlEscaped()));
    QString text = tr("<b>Welcome to Godwit.</b> Start with an online migration between two PostgreSQL servers: "
                      "the wizard tests both connections, lists the tables to copy and starts the migration; the "
                      "monitor then shows it catching up until you cut over.");
    if (!names.isEmpty()) {
        text += QLatin1Char(' ') + tr("Saved connections it offers: %1.").arg(QLocale().createSeparatedList(names));
    }
    m_firstRunHint->findChild<QLabel *>(QStringLiteral("firstRunHintLabel"))->setText(text);
    m_firstRunHint->show();
    m_firstRunHint->findChild<QPushButton *>(QStringLiteral("firstRunStartButton"))->setFocus();
}

void MainWindow::startFirstMigration()
{
    if (m_currentProject.isEmpty()) {
        // The first project in the tree: profile > services > projects.
        const QModelIndex profile = m_navigationModel->profileIndex();
        for (int s = 0; s < m_navigationModel->rowCount(profile) && m_currentProject.isEmpty(); ++s) {
            const QModelIndex service = m_navigationModel->index(s, 0, profile);
            if (m_navigationModel->rowCount(service) > 0) {
                m_navigation->expand(service);
                m_navigation->setCurrentIndex(m_navigationModel->index(0, 0, service));
            }
        }
    }
    if (m_currentProject.isEmpty()) {
        showError(tr("No project yet"),
                  tr("There is no project to create the migration in yet. Create one with File ▸ New project…, "
                     "or wait a moment while the first one is created."));
        return;
    }
    m_firstRunHint->hide();
    newTask(models::taskinput::WizardKind::OnlinePostgreSql);
}

void MainWindow::newTask(models::taskinput::WizardKind kind)
{
    openWizard(models::taskinput::TaskInputModel(kind));
}

void MainWindow::cloneTask()
{
    QString error;
    const auto model = models::taskinput::TaskInputModel::fromTask(m_stores.tasks.resource(m_currentTask), &error);
    if (!model) {
        showError(tr("Clone task"), error);
        return;
    }
    openWizard(*model);
}

void MainWindow::openWizard(const models::taskinput::TaskInputModel &model)
{
    const auto project = core::ResourceId::parse(m_currentProject);
    if (!project)
        return;
    if (!m_connections) {
        m_keychain = new service::Keychain(QString(), this);
        m_connections = new service::ConnectionStore(QString(), this);
    }
    auto *wizard = new TaskWizard(m_client, *project, model, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setConnectionStore(m_connections, m_keychain);
    connect(wizard, &TaskWizard::taskCreated, this, [this](const QString &id) {
        selectTask(id);
        m_explorer.refresh();
        openMonitor(id);
    });
    wizard->show();
}

void MainWindow::selectTask(const QString &taskId)
{
    m_pendingSelection = taskId;
    for (int row = 0; row < m_taskProxy->rowCount(); ++row) {
        const QModelIndex index = m_taskProxy->index(row, 0);
        if (index.data(models::ResourceIdRole).toString().compare(taskId, Qt::CaseInsensitive) == 0) {
            m_pendingSelection.clear();
            m_tasks->setCurrentIndex(index);
            m_tasks->scrollTo(index);
            return;
        }
    }
}

} // namespace godwit::ui
