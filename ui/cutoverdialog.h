#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace godwit::core {
class ResourceStore;
}
namespace godwit::models {
class MigrationProgress;
}
namespace godwit::service {
class DmsClient;
class TaskWatcher;
} // namespace godwit::service

namespace godwit::ui {

/// The guarded cutover of one database of an online migration: shows the pre-checks, asks for an
/// explicit confirmation, sends Migrate.Sync.Complete.Database and follows the command to its end.
class CutoverDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `progress` (may be null) gives the computed pre-checks; the task store and the watcher give
    /// the task's state and the command's.
    CutoverDialog(service::DmsClient &client, service::TaskWatcher &watcher, core::ResourceStore &tasks,
                  const QString &taskId, models::MigrationProgress *progress, QWidget *parent = nullptr);

    void setDatabase(const QString &name);
    QString database() const;
    /// What the dialog is doing now, as shown to the user.
    QString statusText() const;

    enum class Phase { Confirming, Sending, Following, Succeeded, Failed };
    Phase phase() const { return m_phase; }

Q_SIGNALS:
    void phaseChanged(godwit::ui::CutoverDialog::Phase phase);

private:
    void refresh();
    void updateChecks();
    void updateButtons();
    void complete();
    void follow();
    void setPhase(Phase phase, const QString &text);
    QJsonObject properties() const;
    QJsonObject commandBody() const;
    int matchingCommands(const QJsonObject &properties) const;

    service::DmsClient &m_client;
    service::TaskWatcher &m_watcher;
    core::ResourceStore &m_tasks;
    QString m_taskId;
    QPointer<models::MigrationProgress> m_progress;
    Phase m_phase = Phase::Confirming;
    QString m_sentDatabase;
    int m_baseline = 0; ///< commands of the same type and database before ours

    QComboBox *m_databaseBox = nullptr;
    QTreeWidget *m_checks = nullptr;
    QLabel *m_downtime = nullptr;
    QLabel *m_warning = nullptr;
    QCheckBox *m_stoppedWrites = nullptr;
    QLineEdit *m_typedName = nullptr;
    QLabel *m_typedLabel = nullptr;
    bool m_othersFail = false; ///< a pre-check besides the engine's own fails: typing the name is asked
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_completeButton = nullptr;
};

} // namespace godwit::ui
