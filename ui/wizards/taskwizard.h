#pragma once

#include <QWizard>

#include "core/resourceid.h"
#include "models/taskinput/taskinputmodel.h"

namespace godwit::service {
class ConnectionStore;
class DmsClient;
class Keychain;
} // namespace godwit::service

namespace godwit::ui {

class HelperTasks;

/// One wizard for every task the console builds: its pages collect a TaskInputModel, each page
/// checks its part before Next, network checks (connection tests, table listings) run as real
/// helper tasks in the project, and Finish creates the task. Cancel (or closing) deletes every
/// helper task it created.
class TaskWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { KindPage, SourcePage, TargetPage, DatabasesPage, TablesPage, SettingsPage, SummaryPage };

    /// `project`: where helper tasks and the task go. `model`: what the pages start with (a
    /// fresh TaskInputModel of a kind, or one cloned from a task).
    TaskWizard(service::DmsClient &client, const core::ResourceId &project, models::taskinput::TaskInputModel model,
               QWidget *parent = nullptr);
    ~TaskWizard() override;

    /// Saved connections for the connection pages (optional; both or neither).
    void setConnectionStore(service::ConnectionStore *store, service::Keychain *keychain);
    service::ConnectionStore *connectionStore() const { return m_store; }
    service::Keychain *keychain() const { return m_keychain; }

    models::taskinput::TaskInputModel &model() { return m_model; }
    const models::taskinput::TaskInputModel &model() const { return m_model; }
    service::DmsClient &client() { return m_client; }
    const core::ResourceId &project() const { return m_project; }
    HelperTasks &helpers() { return *m_helpers; }
    /// The id the task will have (from the summary page's name).
    core::ResourceId taskId() const { return m_project.taskId(m_model.taskName.trimmed()); }
    /// The created task's id, once Finish succeeded.
    QString createdTaskId() const { return m_created; }

    int nextId() const override;
    /// Cancel and Finish alike delete the helper tasks.
    void done(int result) override;

Q_SIGNALS:
    /// The task was created; the wizard closes right after.
    void taskCreated(const QString &taskId);

private:
    friend class SummaryWizardPage;
    void setCreated(const QString &id) { m_created = id; }

    service::DmsClient &m_client;
    core::ResourceId m_project;
    models::taskinput::TaskInputModel m_model;
    HelperTasks *m_helpers = nullptr;
    service::ConnectionStore *m_store = nullptr;
    service::Keychain *m_keychain = nullptr;
    QString m_created;
    bool m_cleaned = false;
};

} // namespace godwit::ui
