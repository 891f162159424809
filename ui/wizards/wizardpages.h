#pragma once

#include <QJsonObject>
#include <QWizardPage>

#include "models/taskinput/taskinputmodel.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QVBoxLayout;

namespace godwit::ui {

class ConnectionForm;
class TaskWizard;

/// What every wizard page shares: a line for the reasons Next is refused, and a busy state
/// (progress shown, Next disabled) while a helper task runs.
class WizardPageBase : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardPageBase(QWidget *parent = nullptr);
    bool isComplete() const override { return !m_busy; }
    /// State survives Back: nothing is reset when the page is left backwards.
    void cleanupPage() override { }
    bool isBusy() const { return m_busy; }

protected:
    TaskWizard *taskWizard() const;
    /// Shows the issues under the page (empty: hides the line); returns whether there were none.
    bool showIssues(const models::taskinput::FieldIssues &issues);
    void showError(const QString &text);
    void setBusy(bool busy, const QString &text = {});
    /// Adds the error line and the progress bar at the bottom of a page's layout.
    void addStatusWidgets(QVBoxLayout *layout);

private:
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    bool m_busy = false;
};

/// Connection test only: which test (every connection-test task type of the API) and its options.
class KindWizardPage final : public WizardPageBase
{
    Q_OBJECT
public:
    explicit KindWizardPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

private:
    void updateOptions();

    QComboBox *m_test = nullptr;
    QComboBox *m_permissions = nullptr;
    QComboBox *m_mySqlPlatform = nullptr;
    QCheckBox *m_collectDatabases = nullptr;
    QCheckBox *m_collectLogins = nullptr;
    QCheckBox *m_collectAgentJobs = nullptr;
    QCheckBox *m_collectTde = nullptr;
    QCheckBox *m_ssisOnly = nullptr;
    QCheckBox *m_objectCounts = nullptr;
    QFormLayout *m_formLayout = nullptr;
    bool m_initialized = false;
};

/// The source or the target connection: saved connections, the form, "Test connection" with its
/// result (versions, databases, problems and their remedies).
class ConnectionWizardPage final : public WizardPageBase
{
    Q_OBJECT
public:
    ConnectionWizardPage(bool source, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

private:
    models::taskinput::ConnectionSettings &settings() const;
    std::optional<models::taskinput::ConnectionTest> test() const;
    void startTest(bool advance);
    void showResult(bool ok, const QJsonObject &task, const QString &error);
    void reloadSaved();
    void loadSaved();
    void saveConnection();

    bool m_source;
    QComboBox *m_saved = nullptr;
    QPushButton *m_save = nullptr;
    ConnectionForm *m_form = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_result = nullptr;
    QCheckBox *m_skipTest = nullptr;
    QJsonObject m_testedInfo; ///< what the last successful test connected with
    QString m_testedType;
    bool m_initialized = false;
};

/// Source databases and their target names (auto-matched by name, renamable).
class DatabasesWizardPage final : public WizardPageBase
{
    Q_OBJECT
public:
    explicit DatabasesWizardPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

private:
    void fill();
    void store();
    void addDatabase();

    QTableWidget *m_table = nullptr;
    QLineEdit *m_add = nullptr;
};

/// Tables of the selected databases from a GetUserTables task: search, select all, row
/// estimates, tables without a primary key flagged.
class TablesWizardPage final : public WizardPageBase
{
    Q_OBJECT
public:
    explicit TablesWizardPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

private:
    void listTables();
    void showDatabase();
    void store();
    void applyFilter();
    void updateSummary();
    void selectAll(bool selected);

    QComboBox *m_database = nullptr;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_reload = nullptr;
    QString m_shown;
    bool m_filling = false;
};

/// The settings of the task type: migration/source/target settings maps, read-only source,
/// validation options, where the schema comes from.
class SettingsWizardPage final : public WizardPageBase
{
    Q_OBJECT
public:
    explicit SettingsWizardPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

private:
    void fillSchemaTable();
    void storeSchemaTable();

    QPlainTextEdit *m_migration = nullptr;
    QPlainTextEdit *m_sourceSettings = nullptr;
    QPlainTextEdit *m_targetSettings = nullptr;
    QPlainTextEdit *m_agentSettings = nullptr;
    QCheckBox *m_readOnlyServer = nullptr;
    QCheckBox *m_readOnlyDatabases = nullptr;
    QCheckBox *m_schemaValidation = nullptr;
    QCheckBox *m_dataValidation = nullptr;
    QCheckBox *m_queryValidation = nullptr;
    QComboBox *m_schemaOption = nullptr;
    QLineEdit *m_fileId = nullptr;
    QLineEdit *m_fileName = nullptr;
    QTableWidget *m_schemaTable = nullptr;
    QFormLayout *m_formLayout = nullptr;
    bool m_initialized = false;
};

/// The exact JSON that will be sent (secrets masked), the task name, "copy as godwit-cli
/// command"; Finish creates the task.
class SummaryWizardPage final : public WizardPageBase
{
    Q_OBJECT
public:
    explicit SummaryWizardPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

private:
    void refresh();
    void create();

    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QPushButton *m_copy = nullptr;
    bool m_created = false;
};

/// Parses "name=value" lines; a line without "=" is an issue of `field`.
QMap<QString, QString> parseSettingLines(const QString &text, const QString &field,
                                         models::taskinput::FieldIssues *issues);
QString settingLines(const QMap<QString, QString> &map);

} // namespace godwit::ui
