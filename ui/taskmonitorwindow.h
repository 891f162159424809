#pragma once

#include <QPointer>
#include <QWidget>

#include "ui/consolesettings.h"

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QPlainTextEdit;
class QPushButton;
class QTreeView;
class QTreeWidget;
class QValueAxis;

namespace godwit::core {
class ResourceStore;
}
namespace godwit::models {
class MigrationProgress;
class MigrationRowsModel;
} // namespace godwit::models
namespace godwit::service {
class DmsClient;
class TaskWatcher;
} // namespace godwit::service

namespace godwit::ui {

class CutoverDialog;

/// A live view of one task: per-database and per-table progress, throughput and lag charts, the
/// computed cutover readiness, and the commands the task takes now. Polls through the shared
/// TaskWatcher until the task ends.
class TaskMonitorWindow final : public QWidget
{
    Q_OBJECT
public:
    TaskMonitorWindow(service::DmsClient &client, service::TaskWatcher &watcher, core::ResourceStore &tasks,
                      const QString &taskId, const ConsoleSettings &settings, QWidget *parent = nullptr);
    ~TaskMonitorWindow() override;

    QString taskId() const { return m_taskId; }
    models::MigrationProgress &progress() { return *m_progress; }

    enum class ReportFormat { Csv, Json };
    /// Writes the report atomically; on failure *error says why.
    bool exportReport(const QString &path, ReportFormat format, QString *error = nullptr) const;
    /// A shell snippet that creates the same task with godwit-cli; secrets are null so it asks.
    QString cliCommand() const;

    /// Opens the cutover dialog (for the given database, when it can be chosen).
    CutoverDialog *openCutoverDialog(const QString &database = {});
    /// Asks for confirmation, then cancels the task.
    void cancelTask();
    /// Takes changed preferences: the readiness window and threshold count from the next snapshot
    /// on.
    void applySettings(const ConsoleSettings &settings);

Q_SIGNALS:
    /// The databases whose cutover readiness holds now changed.
    void readyDatabasesChanged(const QString &taskId, const QStringList &databases);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void snapshot();
    void updateHeader();
    void updateCharts();
    void updateReadiness();
    void updateButtons();
    void sendMongoCommand(const QString &commandType);
    void exportWithDialog(ReportFormat format);
    void showError(const QString &text);
    QJsonObject task() const;
    QByteArray csvReport() const;
    QByteArray jsonReport() const;

    service::DmsClient &m_client;
    service::TaskWatcher &m_watcher;
    core::ResourceStore &m_tasks;
    QString m_taskId;
    ConsoleSettings m_settings;
    models::MigrationProgress *m_progress = nullptr;
    models::MigrationRowsModel *m_rowsModel = nullptr;
    QStringList m_ready;
    QString m_errorText; ///< the error shown in m_message, re-coloured when the palette changes
    QPointer<CutoverDialog> m_cutover;

    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QTreeView *m_rows = nullptr;
    QChartView *m_throughputView = nullptr;
    QChartView *m_lagView = nullptr;
    QLineSeries *m_copySeries = nullptr;
    QLineSeries *m_applySeries = nullptr;
    QLineSeries *m_pendingSeries = nullptr;
    QLineSeries *m_latencySeries = nullptr;
    QDateTimeAxis *m_throughputTime = nullptr;
    QValueAxis *m_throughputValue = nullptr;
    QDateTimeAxis *m_lagTime = nullptr;
    QValueAxis *m_pendingAxis = nullptr;
    QValueAxis *m_latencyAxis = nullptr;
    QTreeWidget *m_readiness = nullptr;
    QLabel *m_readinessLabel = nullptr;
    QPlainTextEdit *m_errors = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_cutoverButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_mongoCancelButton = nullptr;
    QPushButton *m_mongoFinishButton = nullptr;
    QPushButton *m_mongoRestartButton = nullptr;
    QPushButton *m_exportCsvButton = nullptr;
    QPushButton *m_exportJsonButton = nullptr;
    QPushButton *m_copyCliButton = nullptr;
};

} // namespace godwit::ui
