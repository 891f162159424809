#pragma once

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include "service/profiles.h"
#include "ui/resourcedialogs.h"

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTreeView;

namespace godwit::core {
struct Stores;
}
namespace godwit::models {
class NavigationModel;
class TaskFilterProxyModel;
class TaskOutputModel;
class TasksModel;
} // namespace godwit::models
namespace godwit::models::taskinput {
enum class WizardKind;
struct TaskInputModel;
} // namespace godwit::models::taskinput
namespace godwit::service {
class ConnectionStore;
class DmsClient;
class HttpJob;
class Keychain;
class Explorer;
class TaskWatcher;
enum class ConnectionState;
} // namespace godwit::service

namespace godwit::ui {

struct ConsoleSettings;
class TaskMonitorWindow;
class TaskNotifier;

/// The console's main window: services and projects on the left, the project's tasks with
/// filters, and the selected task's details, output and errors; actions for the commands the
/// task accepts now.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(service::DmsClient &client, core::Stores &stores, service::Explorer &explorer,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The task shown in the details pane (empty: none).
    QString currentTaskId() const { return m_currentTask; }
    /// Opens the monitor window of a task, or raises the one already open.
    TaskMonitorWindow *openMonitor(const QString &taskId);
    TaskNotifier *notifier() const { return m_notifier; }

    /// The profile this window shows: the navigation tree's root and the window title.
    void setProfile(const service::Profile &profile);
    /// The profiles the selector offers (menu and combo box), with the current one marked.
    void setProfiles(const QList<service::Profile> &profiles, const QString &currentId);
    /// Applies the preferences that concern this window: the task watcher's intervals and
    /// notifications (monitor windows opened later read the rest).
    void applySettings(const ConsoleSettings &settings);
    service::TaskWatcher *taskWatcher() const { return m_watcher; }
    /// A bar above the panes that shows a newcomer where to start: the online migration wizard
    /// (with the saved connections it will offer), one click away.
    void showFirstRunHint();
    /// Opens the PostgreSQL online migration wizard in the current project, or in the first
    /// project there is when none is selected.
    void startFirstMigration();

Q_SIGNALS:
    /// File > Profiles…
    void profilesRequested();
    /// Edit > Preferences…
    void preferencesRequested();
    /// The person picked another profile in the selector.
    void profileSelected(const QString &profileId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createWidgets();
    QWidget *createFirstRunHint();
    void onNavigationChanged();
    void onTaskSelected();
    void showTask();
    void updateActions();
    void updateStatus();
    void newService();
    void newProject();
    void deleteService();
    void deleteProject();
    void deleteResource(DeleteResourceDialog::Kind kind);
    void cancelTask();
    void completeCutover();
    void deleteTask();
    void showError(const QString &title, const QString &text);
    /// When a change the person asked for is done: shows `doneText` (if any) in the status bar or
    /// the error under `failedTitle`, and refreshes the tree.
    void followChange(service::HttpJob *job, const QString &doneText, const QString &failedTitle);
    void newTask(models::taskinput::WizardKind kind);
    void cloneTask();
    void openWizard(const models::taskinput::TaskInputModel &model);
    /// Selects a task in the table once the store has it (a task just created).
    void selectTask(const QString &taskId);

    service::DmsClient &m_client;
    core::Stores &m_stores;
    service::Profile::Kind m_profileKind = service::Profile::Kind::LocalEngine;
    service::Explorer &m_explorer;
    service::TaskWatcher *m_watcher = nullptr;
    TaskNotifier *m_notifier = nullptr;
    QHash<QString, QPointer<TaskMonitorWindow>> m_monitors; ///< lower-case task id -> its monitor
    models::NavigationModel *m_navigationModel = nullptr;
    models::TasksModel *m_tasksModel = nullptr;
    models::TaskFilterProxyModel *m_taskProxy = nullptr;
    models::TaskOutputModel *m_outputModel = nullptr;

    QTreeView *m_navigation = nullptr;
    QTableView *m_tasks = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QTabWidget *m_details = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QTreeView *m_output = nullptr;
    QPlainTextEdit *m_errors = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_updated = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_newServiceAction = nullptr;
    QAction *m_newProjectAction = nullptr;
    QAction *m_deleteServiceAction = nullptr;
    QAction *m_deleteProjectAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_cutoverAction = nullptr;
    QAction *m_monitorAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QMenu *m_newTaskMenu = nullptr;
    QWidget *m_firstRunHint = nullptr;
    QAction *m_cloneAction = nullptr;
    service::Keychain *m_keychain = nullptr;
    service::ConnectionStore *m_connections = nullptr;
    QString m_pendingSelection;
    QMenu *m_profileMenu = nullptr;
    QActionGroup *m_profileGroup = nullptr;
    QComboBox *m_profileCombo = nullptr;

    QString m_currentProfileId;
    QString m_currentService;
    QString m_currentProject;
    QString m_currentTask;
    QDateTime m_lastRefresh;
    QTimer m_ticker;
};

} // namespace godwit::ui
