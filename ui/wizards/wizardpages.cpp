#include "ui/wizards/wizardpages.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/redaction.h"
#include "service/connectionstore.h"
#include "service/dmsclient.h"
#include "service/httpjob.h"
#include "ui/appearance.h"
#include "ui/wizards/connectionform.h"
#include "ui/wizards/helpertasks.h"
#include "ui/wizards/taskwizard.h"

namespace godwit::ui {

using namespace models::taskinput;

namespace {

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QString rowsText(qint64 rows)
{
    return rows < 0 ? WizardPageBase::tr("unknown") : QLocale().toString(rows);
}

} // namespace

QMap<QString, QString> parseSettingLines(const QString &text, const QString &field, FieldIssues *issues)
{
    QMap<QString, QString> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            if (issues)
                issues->append(
                    {field,
                     WizardPageBase::tr("Line %1 (\"%2\") is not a setting: write name=value.").arg(i + 1).arg(line)});
            continue;
        }
        out.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return out;
}

QString settingLines(const QMap<QString, QString> &map)
{
    QStringList lines;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        lines.append(QStringLiteral("%1=%2").arg(it.key(), it.value()));
    return lines.join(QLatin1Char('\n'));
}

// ---------------------------------------------------------------------------------------------

WizardPageBase::WizardPageBase(QWidget *parent)
    : QWizardPage(parent)
{
}

TaskWizard *WizardPageBase::taskWizard() const
{
    return qobject_cast<TaskWizard *>(wizard());
}

void WizardPageBase::addStatusWidgets(QVBoxLayout *layout)
{
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("pageErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::RichText);
    m_error->setAccessibleName(tr("Problems on this page"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *row = new QHBoxLayout;
    m_progressText = new QLabel;
    m_progressText->setObjectName(QStringLiteral("pageProgressLabel"));
    m_progressText->setAccessibleName(tr("What is running"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("pageProgressBar"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    row->addWidget(m_progressText, 1);
    row->addWidget(m_progress);
    layout->addLayout(row);
    m_progress->hide();
    m_progressText->hide();
}

bool WizardPageBase::showIssues(const FieldIssues &issues)
{
    if (issues.isEmpty()) {
        m_error->clear();
        m_error->hide();
        return true;
    }
    QStringList lines;
    for (const FieldIssue &i : issues)
        lines.append(html(i.message));
    // Coloured for the palette of the moment, so it reads on light and dark alike.
    m_error->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(errorTextColor(m_error->palette()).name()));
    m_error->setText(lines.join(QStringLiteral("<br>")));
    m_error->show();
    return false;
}

void WizardPageBase::showError(const QString &text)
{
    showIssues(text.isEmpty() ? FieldIssues() : FieldIssues{FieldIssue{QString(), text}});
}

void WizardPageBase::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progressText->setVisible(busy);
    m_progressText->setText(text);
    Q_EMIT completeChanged();
}

// ---------------------------------------------------------------------------------------------

KindWizardPage::KindWizardPage(QWidget *parent)
    : WizardPageBase(parent)
{
    setTitle(tr("What to test"));
    setSubTitle(tr("A connection test runs as a task on the current profile's engine and reports the server's "
                   "version, its databases and what a migration would lack."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_test = new QComboBox;
    m_test->setObjectName(QStringLiteral("connectionTestComboBox"));
    m_test->setAccessibleName(tr("Connection to test"));
    for (const ConnectionTest &t : connectionTests())
        m_test->addItem(t.displayName(), t.taskType);
    form->addRow(buddyLabel(tr("&Connection: *"), m_test), m_test);
    m_permissions = new QComboBox;
    m_permissions->setObjectName(QStringLiteral("permissionsGroupComboBox"));
    m_permissions->setAccessibleName(tr("Check permissions for"));
    m_permissions->addItem(tr("Do not check"), QString());
    for (const char *g : {"Default", "MigrationFromSqlServerToAzureDB", "MigrationFromSqlServerToAzureMI",
                          "MigrationFromSqlServerToAzureVM", "MigrationFromMySQLToAzureDBForMySQL"})
        m_permissions->addItem(QLatin1String(g), QLatin1String(g));
    form->addRow(buddyLabel(tr("Check &permissions for:"), m_permissions), m_permissions);
    m_mySqlPlatform = new QComboBox;
    m_mySqlPlatform->setObjectName(QStringLiteral("mySqlTargetPlatformComboBox"));
    m_mySqlPlatform->setAccessibleName(tr("Target platform"));
    m_mySqlPlatform->addItem(tr("Not given"), QString());
    m_mySqlPlatform->addItem(tr("Azure Database for MySQL"), QStringLiteral("AzureDbForMySQL"));
    m_mySqlPlatform->addItem(tr("SQL Server"), QStringLiteral("SqlServer"));
    form->addRow(buddyLabel(tr("Target p&latform:"), m_mySqlPlatform), m_mySqlPlatform);
    auto check = [&](const QString &text, const char *name) {
        auto *box = new QCheckBox(text);
        box->setObjectName(QLatin1String(name));
        box->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        form->addRow(box);
        return box;
    };
    m_collectDatabases = check(tr("Collect &databases"), "collectDatabasesCheckBox");
    m_collectLogins = check(tr("Collect l&ogins"), "collectLoginsCheckBox");
    m_collectAgentJobs = check(tr("Collect &agent jobs"), "collectAgentJobsCheckBox");
    m_collectTde = check(tr("Collect &TDE certificate information"), "collectTdeCheckBox");
    m_ssisOnly = check(tr("Validate the &SSIS catalog only"), "ssisOnlyCheckBox");
    m_objectCounts = check(tr("Count the target's &objects"), "objectCountsCheckBox");
    layout->addLayout(form);
    layout->addStretch(1);
    addStatusWidgets(layout);
    connect(m_test, &QComboBox::currentIndexChanged, this, &KindWizardPage::updateOptions);
    m_formLayout = form;
}

void KindWizardPage::initializePage()
{
    if (m_initialized)
        return;
    m_initialized = true;
    const TaskInputModel &m = taskWizard()->model();
    m_test->setCurrentIndex(std::max(0, m_test->findData(m.connectionTestType)));
    m_permissions->setCurrentIndex(std::max(0, m_permissions->findData(m.checkPermissionsGroup)));
    m_mySqlPlatform->setCurrentIndex(std::max(0, m_mySqlPlatform->findData(m.mySqlTargetPlatform)));
    m_collectDatabases->setChecked(m.collectDatabases);
    m_collectLogins->setChecked(m.collectLogins);
    m_collectAgentJobs->setChecked(m.collectAgentJobs);
    m_collectTde->setChecked(m.collectTdeCertificateInfo);
    m_ssisOnly->setChecked(m.validateSsisCatalogOnly);
    m_objectCounts->setChecked(m.queryObjectCounts);
    updateOptions();
}

void KindWizardPage::updateOptions()
{
    const QString type = m_test->currentData().toString();
    QFormLayout *form = m_formLayout;
    const bool sqlSource = type.startsWith(QLatin1String("ConnectToSource.SqlServer"));
    const bool mySqlSource = type == QLatin1String("ConnectToSource.MySql");
    const bool mi = type == QLatin1String("ConnectToTarget.AzureSqlDbMI");
    form->setRowVisible(m_permissions, sqlSource || mySqlSource);
    form->setRowVisible(m_mySqlPlatform, mySqlSource);
    form->setRowVisible(m_collectDatabases, sqlSource);
    form->setRowVisible(m_collectLogins, sqlSource || mi);
    form->setRowVisible(m_collectAgentJobs, sqlSource || mi);
    form->setRowVisible(m_collectTde, sqlSource);
    form->setRowVisible(m_ssisOnly, sqlSource || mi);
    form->setRowVisible(m_objectCounts, type == QLatin1String("ConnectToTarget.SqlDb"));
}

bool KindWizardPage::validatePage()
{
    TaskInputModel &m = taskWizard()->model();
    const auto test = connectionTest(m_test->currentData().toString());
    if (!test)
        return showIssues({{QStringLiteral("connectionTestType"), tr("Choose a connection to test.")}});
    const bool changed = m.connectionTestType != test->taskType;
    m.connectionTestType = test->taskType;
    if (test->isSource) {
        m.source.type = test->type;
    } else {
        m.target.type = test->type;
        m.source.type = test->sourceType;
    }
    if (changed)
        m.taskName.clear();
    const bool sqlSource = test->taskType.startsWith(QLatin1String("ConnectToSource.SqlServer"));
    const bool mySqlSource = test->taskType == QLatin1String("ConnectToSource.MySql");
    m.checkPermissionsGroup = sqlSource || mySqlSource ? m_permissions->currentData().toString() : QString();
    m.mySqlTargetPlatform = mySqlSource ? m_mySqlPlatform->currentData().toString() : QString();
    m.collectDatabases = m_collectDatabases->isChecked();
    m.collectLogins = m_collectLogins->isChecked();
    m.collectAgentJobs = m_collectAgentJobs->isChecked();
    m.collectTdeCertificateInfo = m_collectTde->isChecked();
    m.validateSsisCatalogOnly = m_ssisOnly->isChecked();
    m.queryObjectCounts = m_objectCounts->isChecked();
    return showIssues({});
}

// ---------------------------------------------------------------------------------------------

ConnectionWizardPage::ConnectionWizardPage(bool source, QWidget *parent)
    : WizardPageBase(parent)
    , m_source(source)
{
    const QString role = source ? QStringLiteral("source") : QStringLiteral("target");
    setObjectName(role + QStringLiteral("ConnectionPage"));
    auto *layout = new QVBoxLayout(this);
    auto *savedRow = new QHBoxLayout;
    m_saved = new QComboBox;
    m_saved->setObjectName(role + QStringLiteral("SavedComboBox"));
    m_saved->setAccessibleName(tr("Saved connection"));
    m_save = new QPushButton(tr("Save t&his connection…"));
    m_save->setObjectName(role + QStringLiteral("SaveButton"));
    m_save->setAccessibleName(tr("Save this connection"));
    savedRow->addWidget(buddyLabel(tr("Sa&ved connection:"), m_saved));
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(m_save);
    layout->addLayout(savedRow);
    m_form = new ConnectionForm(role);
    layout->addWidget(m_form);
    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test connection"));
    m_testButton->setObjectName(role + QStringLiteral("TestButton"));
    m_testButton->setAccessibleName(tr("Test the connection"));
    testRow->addWidget(m_testButton);
    m_skipTest = new QCheckBox(tr("&Ignore the failed test and continue"));
    m_skipTest->setObjectName(role + QStringLiteral("SkipTestCheckBox"));
    m_skipTest->setAccessibleName(tr("Continue without a successful test"));
    m_skipTest->hide();
    testRow->addWidget(m_skipTest);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    m_result = new QLabel;
    m_result->setObjectName(role + QStringLiteral("TestResultLabel"));
    m_result->setAccessibleName(tr("Result of the connection test"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_result);
    layout->addStretch(1);
    addStatusWidgets(layout);

    connect(m_testButton, &QPushButton::clicked, this, [this] {
        settings() = m_form->settings();
        const FieldIssues issues = settings().validate();
        m_form->showIssues(issues);
        if (showIssues(issues))
            startTest(false);
    });
    connect(m_form, &ConnectionForm::edited, this, [this] { m_skipTest->setChecked(false); });
    connect(m_saved, &QComboBox::activated, this, &ConnectionWizardPage::loadSaved);
    connect(m_save, &QPushButton::clicked, this, &ConnectionWizardPage::saveConnection);
}

ConnectionSettings &ConnectionWizardPage::settings() const
{
    TaskInputModel &m = taskWizard()->model();
    return m_source ? m.source : m.target;
}

std::optional<ConnectionTest> ConnectionWizardPage::test() const
{
    const TaskInputModel &m = taskWizard()->model();
    return m_source ? m.sourceTest() : m.targetTest();
}

void ConnectionWizardPage::initializePage()
{
    const ConnectionSettings &s = settings();
    const QString what = ConnectionSettings::displayName(s.type);
    setTitle(m_source ? tr("Source: %1").arg(what) : tr("Target: %1").arg(what));
    setSubTitle(m_source ? tr("Where the data comes from. Fields marked * are required.")
                         : tr("Where the data goes. Fields marked * are required."));
    if (!m_initialized || m_form->type() != s.type) {
        m_initialized = true;
        m_form->setSqlSource(m_source);
        m_form->setSettings(s);
        m_result->clear();
        m_testedInfo = {};
    }
    const bool testable = test().has_value();
    m_testButton->setVisible(testable);
    m_result->setVisible(testable);
    if (!testable)
        m_skipTest->hide();
    reloadSaved();
}

bool ConnectionWizardPage::validatePage()
{
    settings() = m_form->settings();
    const FieldIssues issues = settings().validate();
    m_form->showIssues(issues);
    if (!showIssues(issues))
        return false;
    const auto t = test();
    if (!t || (!m_skipTest->isHidden() && m_skipTest->isChecked()))
        return true;
    if (m_testedType == t->taskType && m_testedInfo == settings().toConnectionInfo())
        return true;
    startTest(true);
    return false;
}

void ConnectionWizardPage::startTest(bool advance)
{
    const auto t = test();
    if (!t || isBusy())
        return;
    TaskInputModel &m = taskWizard()->model();
    const QJsonObject info = settings().toConnectionInfo();
    const QString type = t->taskType;
    m_testedInfo = {};
    m_result->clear();
    m_testButton->setEnabled(false);
    setBusy(true, tr("Testing the connection to %1…").arg(settings().summary()));
    taskWizard()->helpers().run(QStringLiteral("wizard-connect"), buildConnectionTestTask(*t, m.source, m.target, &m),
                                [this, advance, info, type](bool ok, const QJsonObject &task, const QString &error) {
                                    setBusy(false);
                                    m_testButton->setEnabled(true);
                                    showResult(ok, task, error);
                                    const ConnectionTestResult r = readConnectionTestResult(task);
                                    if (ok && r.problems.isEmpty()) {
                                        m_testedInfo = info;
                                        m_testedType = type;
                                        if (advance && wizard()->currentPage() == this)
                                            wizard()->next();
                                    }
                                });
}

void ConnectionWizardPage::showResult(bool ok, const QJsonObject &task, const QString &error)
{
    TaskInputModel &m = taskWizard()->model();
    const ConnectionTestResult r = readConnectionTestResult(task);
    QString text;
    if (ok) {
        text = tr("<b>Connected</b> to %1 %2.")
                   .arg(html(settings().summary()), html(r.brandVersion.isEmpty() ? r.serverVersion : r.brandVersion));
        if (!r.databases.isEmpty())
            text += QStringLiteral("<br>") + tr("Databases: %1").arg(html(r.databases.join(QStringLiteral(", "))));
        else if (r.databasesListed)
            text += QStringLiteral("<br>") + tr("No databases yet.");
    } else if (r.problems.isEmpty()) {
        text = tr("<b>The test failed.</b> %1").arg(html(error));
    } else {
        // The output's problems carry the remedy apart; the task's error repeats them in one line.
        text = tr("<b>The test failed.</b>");
    }
    for (const auto &p : r.problems) {
        text += QStringLiteral("<br>• %1").arg(html(p.message));
        if (!p.remedy.isEmpty())
            text += QStringLiteral("<br>&nbsp;&nbsp;") + tr("<i>Remedy:</i> %1").arg(html(p.remedy));
    }
    m_result->setText(text);
    const bool problems = !ok || !r.problems.isEmpty();
    // A test that connected but found unmet prerequisites did not fail: its problems are ignored.
    m_skipTest->setText(ok ? tr("&Ignore these problems and continue") : tr("&Ignore the failed test and continue"));
    m_skipTest->setAccessibleName(ok ? tr("Continue despite the problems") : tr("Continue without a successful test"));
    m_skipTest->setVisible(problems);
    if (ok) {
        if (m_source)
            m.setSourceDatabases(r.databases);
        else {
            m.targetDatabases = r.databases;
            m.targetDatabasesListed = r.databasesListed;
        }
    }
}

void ConnectionWizardPage::reloadSaved()
{
    service::ConnectionStore *store = taskWizard()->connectionStore();
    m_saved->setVisible(store);
    m_save->setVisible(store);
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->buddy() == m_saved)
            label->setVisible(store);
    }
    if (!store)
        return;
    const QString current = m_saved->currentData().toString();
    m_saved->clear();
    m_saved->addItem(tr("New connection"), QString());
    for (const service::SavedConnection &c :
         store->connections(QStringList{ConnectionSettings::typeName(settings().type)}))
        m_saved->addItem(QStringLiteral("%1 — %2").arg(c.name, c.summary()), c.name);
    m_saved->setCurrentIndex(std::max(0, m_saved->findData(current)));
}

void ConnectionWizardPage::loadSaved()
{
    service::ConnectionStore *store = taskWizard()->connectionStore();
    const QString name = m_saved->currentData().toString();
    if (!store || name.isEmpty())
        return;
    const auto saved = store->connection(name);
    if (!saved)
        return;
    ConnectionSettings s = ConnectionSettings::fromConnectionInfo(saved->info);
    s.savedName = name;
    settings() = s;
    m_form->setSettings(s);
    m_testedInfo = {};
    if (!saved->hasPassword || !taskWizard()->keychain())
        return;
    setBusy(true, tr("Reading the password of %1 from the keychain…").arg(name));
    store->readPassword(name, *taskWizard()->keychain(), this, [this, name](const service::KeychainResult &result) {
        setBusy(false);
        if (m_saved->currentData().toString() != name)
            return;
        if (!result.ok()) {
            showError(tr("The password of %1 could not be read: %2").arg(name, result.error));
            return;
        }
        ConnectionSettings filled = m_form->settings();
        filled.password = result.value;
        settings() = filled;
        m_form->setSettings(filled);
    });
}

void ConnectionWizardPage::saveConnection()
{
    service::ConnectionStore *store = taskWizard()->connectionStore();
    if (!store || !taskWizard()->keychain())
        return;
    const ConnectionSettings s = m_form->settings();
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Save connection"), tr("&Name of the connection:"), QLineEdit::Normal,
                                s.savedName.isEmpty() ? s.serverName : s.savedName, &ok)
              .trimmed();
    if (!ok || name.isEmpty())
        return;
    service::SavedConnection saved;
    saved.name = name;
    saved.info = core::redactSecrets(s.toConnectionInfo(), core::SecretPolicy::Omit);
    const QString invalid = saved.validate();
    if (!invalid.isEmpty()) {
        showError(invalid);
        return;
    }
    setBusy(true, tr("Saving %1…").arg(name));
    const std::optional<core::Secret> password
        = s.password.isEmpty() ? std::nullopt : std::optional<core::Secret>(s.password);
    store->save(saved, password, *taskWizard()->keychain(), this, [this, name](const service::KeychainResult &result) {
        setBusy(false);
        if (!result.ok()) {
            showError(tr("%1 was not saved: %2").arg(name, result.error));
            return;
        }
        showError(QString());
        settings().savedName = name;
        reloadSaved();
        m_saved->setCurrentIndex(std::max(0, m_saved->findData(name)));
    });
}

// ---------------------------------------------------------------------------------------------

DatabasesWizardPage::DatabasesWizardPage(QWidget *parent)
    : WizardPageBase(parent)
{
    setTitle(tr("Databases"));
    setSubTitle(tr("Check the databases to migrate. Each goes into the target database of the same name unless "
                   "you rename it; double-click a target name to change it."));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("databaseTableWidget"));
    m_table->setAccessibleName(tr("Databases to migrate"));
    m_table->setHorizontalHeaderLabels({tr("Source database"), tr("Target database"), tr("On the target")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    layout->addWidget(buddyLabel(tr("&Databases: *"), m_table));
    layout->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    m_add = new QLineEdit;
    m_add->setObjectName(QStringLiteral("addDatabaseLineEdit"));
    m_add->setAccessibleName(tr("Name of a database to add"));
    m_add->setPlaceholderText(tr("a database the test did not list"));
    auto *add = new QPushButton(tr("&Add"));
    add->setObjectName(QStringLiteral("addDatabaseButton"));
    add->setAccessibleName(tr("Add the database"));
    auto *all = new QPushButton(tr("Select a&ll"));
    all->setObjectName(QStringLiteral("selectAllDatabasesButton"));
    all->setAccessibleName(tr("Select all databases"));
    row->addWidget(buddyLabel(tr("Add data&base:"), m_add));
    row->addWidget(m_add, 1);
    row->addWidget(add);
    row->addWidget(all);
    layout->addLayout(row);
    addStatusWidgets(layout);
    // Kept in the model as they change, so that Back and Next again find them.
    connect(m_table, &QTableWidget::itemChanged, this, &DatabasesWizardPage::store);
    connect(add, &QPushButton::clicked, this, &DatabasesWizardPage::addDatabase);
    connect(m_add, &QLineEdit::returnPressed, this, &DatabasesWizardPage::addDatabase);
    connect(all, &QPushButton::clicked, this, [this] {
        for (int r = 0; r < m_table->rowCount(); ++r)
            m_table->item(r, 0)->setCheckState(Qt::Checked);
    });
}

void DatabasesWizardPage::initializePage()
{
    fill();
}

void DatabasesWizardPage::fill()
{
    const TaskInputModel &m = taskWizard()->model();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m.databases.size()));
    for (int r = 0; r < m.databases.size(); ++r) {
        const DatabaseChoice &db = m.databases.at(r);
        auto *name = new QTableWidgetItem(db.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        name->setCheckState(db.selected ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(r, 0, name);
        auto *target = new QTableWidgetItem(db.effectiveTargetName());
        target->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        m_table->setItem(r, 1, target);
        const bool exists = m.targetDatabases.contains(db.effectiveTargetName());
        auto *state = new QTableWidgetItem(!m.targetDatabasesListed ? tr("not known")
                                           : exists                 ? tr("exists")
                                                                    : tr("will be created"));
        state->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(r, 2, state);
    }
}

void DatabasesWizardPage::store()
{
    TaskInputModel &m = taskWizard()->model();
    for (int r = 0; r < m_table->rowCount() && r < m.databases.size(); ++r) {
        DatabaseChoice &db = m.databases[r];
        db.selected = m_table->item(r, 0)->checkState() == Qt::Checked;
        const QString target = m_table->item(r, 1)->text().trimmed();
        db.targetName = target == db.name ? QString() : target;
    }
}

void DatabasesWizardPage::addDatabase()
{
    const QString name = m_add->text().trimmed();
    if (name.isEmpty())
        return;
    store();
    TaskInputModel &m = taskWizard()->model();
    m.setSourceDatabases({name});
    for (DatabaseChoice &db : m.databases) {
        if (db.name == name)
            db.selected = true;
    }
    m_add->clear();
    fill();
}

bool DatabasesWizardPage::validatePage()
{
    store();
    return showIssues(taskWizard()->model().validateDatabases());
}

// ---------------------------------------------------------------------------------------------

TablesWizardPage::TablesWizardPage(QWidget *parent)
    : WizardPageBase(parent)
{
    setTitle(tr("Tables"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_database = new QComboBox;
    m_database->setObjectName(QStringLiteral("tablesDatabaseComboBox"));
    m_database->setAccessibleName(tr("Database"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("tableSearchLineEdit"));
    m_search->setAccessibleName(tr("Search tables"));
    m_search->setPlaceholderText(tr("Search tables"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(buddyLabel(tr("&Database:"), m_database));
    top->addWidget(m_database, 1);
    top->addWidget(buddyLabel(tr("&Search:"), m_search));
    top->addWidget(m_search, 1);
    layout->addLayout(top);
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("tableTableWidget"));
    m_table->setAccessibleName(tr("Tables to migrate"));
    m_table->setHorizontalHeaderLabels({tr("Table"), tr("Rows (estimate)"), tr("Primary key"), tr("Has rows")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    layout->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    auto *all = new QPushButton(tr("Select &all"));
    all->setObjectName(QStringLiteral("selectAllTablesButton"));
    all->setAccessibleName(tr("Select all shown tables"));
    auto *none = new QPushButton(tr("Select &none"));
    none->setObjectName(QStringLiteral("selectNoTablesButton"));
    none->setAccessibleName(tr("Clear the selection of the shown tables"));
    m_reload = new QPushButton(tr("&Reload"));
    m_reload->setObjectName(QStringLiteral("reloadTablesButton"));
    m_reload->setAccessibleName(tr("List the tables again"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("tablesSummaryLabel"));
    m_summary->setAccessibleName(tr("Selected tables"));
    m_summary->setWordWrap(true);
    row->addWidget(all);
    row->addWidget(none);
    row->addWidget(m_reload);
    row->addWidget(m_summary, 1);
    layout->addLayout(row);
    addStatusWidgets(layout);

    connect(all, &QPushButton::clicked, this, [this] { selectAll(true); });
    connect(none, &QPushButton::clicked, this, [this] { selectAll(false); });
    connect(m_reload, &QPushButton::clicked, this, [this] {
        TaskInputModel &m = taskWizard()->model();
        for (DatabaseChoice &db : m.databases) {
            if (db.selected && db.name == m_database->currentData().toString()) {
                db.tablesListed = false;
                db.tablesError.clear();
            }
        }
        listTables();
    });
    connect(m_database, &QComboBox::currentIndexChanged, this, &TablesWizardPage::showDatabase);
    connect(m_search, &QLineEdit::textChanged, this, &TablesWizardPage::applyFilter);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        store();
        updateSummary();
    });
}

void TablesWizardPage::initializePage()
{
    const TaskInputModel &m = taskWizard()->model();
    switch (m.kind) {
    case WizardKind::OnlinePostgreSql:
        setSubTitle(tr("Check the tables to migrate. Tables without a primary key are flagged: their updates and "
                       "deletes are replicated by comparing whole rows, which is slow on large tables."));
        break;
    case WizardKind::OnlineMySql:
        setSubTitle(tr("Check the tables to migrate. Tables without a primary key are flagged: their changes are "
                       "replicated, but the target finds each changed row by a scan, which is slow on large tables."));
        break;
    case WizardKind::OfflineMySql:
    case WizardKind::OfflineSqlServerSqlDb:
    case WizardKind::SchemaSqlServerSqlDb:
    case WizardKind::ConnectionTest:
        setSubTitle(tr("Check the tables to migrate. The row counts are the engine's estimates."));
        break;
    }
    const QString current = m_database->currentData().toString();
    {
        const QSignalBlocker blocker(m_database);
        m_database->clear();
        for (const DatabaseChoice &db : m.selectedDatabases())
            m_database->addItem(db.name, db.name);
        m_database->setCurrentIndex(std::max(0, m_database->findData(current)));
    }
    m_shown.clear();
    listTables();
}

void TablesWizardPage::listTables()
{
    TaskInputModel &m = taskWizard()->model();
    QStringList names;
    for (const DatabaseChoice &db : m.selectedDatabases()) {
        if (!db.tablesListed && db.tablesError.isEmpty())
            names.append(db.name);
    }
    if (names.isEmpty() || taskWizard()->helpers().isRunning()) {
        showDatabase();
        return;
    }
    showError(QString());
    setBusy(true, tr("Listing the tables of %1…").arg(names.join(QStringLiteral(", "))));
    m_reload->setEnabled(false);
    m_table->setRowCount(0);
    taskWizard()->helpers().run(
        QStringLiteral("wizard-tables"), buildUserTablesTask(m.userTablesTaskType(), m.source, names),
        [this, names](bool ok, const QJsonObject &task, const QString &error) {
            setBusy(false);
            m_reload->setEnabled(true);
            TaskInputModel &model = taskWizard()->model();
            QMap<QString, QString> errors;
            const auto listed = readUserTables(task, &errors);
            for (DatabaseChoice &db : model.databases) {
                if (!names.contains(db.name))
                    continue;
                if (listed.contains(db.name) && !errors.contains(db.name)) {
                    // Choices made before (a clone's, or before a reload) survive a new listing;
                    // tables that were not among them are left out.
                    const QList<TableChoice> before = db.tables;
                    QList<TableChoice> tables = listed.value(db.name);
                    for (TableChoice &t : tables) {
                        t.selected = before.isEmpty();
                        for (const TableChoice &b : before) {
                            if (b.name == t.name) {
                                t.selected = b.selected;
                                t.targetName = b.targetName;
                            }
                        }
                    }
                    db.tables = tables;
                    db.tablesListed = true;
                    db.tablesError.clear();
                } else {
                    db.tablesError = errors.value(db.name, errors.value(QString(), error));
                    if (db.tablesError.isEmpty())
                        db.tablesError = ok ? tr("The listing has no entry for this database.") : error;
                }
            }
            showDatabase();
        });
}

void TablesWizardPage::showDatabase()
{
    const TaskInputModel &m = taskWizard()->model();
    const DatabaseChoice *db = m.database(m_database->currentData().toString());
    m_shown = db ? db->name : QString();
    m_filling = true;
    m_table->setRowCount(0);
    if (db && !db->tablesError.isEmpty()) {
        showError(db->tables.isEmpty()
                      ? tr("The tables of %1 could not be listed: %2 Every table of the database will be migrated.")
                            .arg(db->name, db->tablesError)
                      : tr("The tables of %1 could not be listed: %2 The tables below are the ones chosen before.")
                            .arg(db->name, db->tablesError));
    } else {
        showError(QString());
    }
    if (db) {
        m_table->setRowCount(int(db->tables.size()));
        const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        for (int r = 0; r < db->tables.size(); ++r) {
            const TableChoice &t = db->tables.at(r);
            auto *name = new QTableWidgetItem(t.name);
            name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            name->setCheckState(t.selected ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(r, 0, name);
            auto *rows = new QTableWidgetItem(rowsText(t.estimatedRows));
            rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, 1, rows);
            auto *key = new QTableWidgetItem(t.hasPrimaryKey ? tr("yes") : tr("none"));
            // Only an online migration cares: without a key, replication finds rows the slow way.
            if (!t.hasPrimaryKey && m.kind == WizardKind::OnlineMySql) {
                key->setIcon(warning);
                key->setToolTip(tr("No primary key: replicated, but the target finds each changed row by a scan "
                                   "(slow on large tables)."));
            } else if (!t.hasPrimaryKey && m.kind == WizardKind::OnlinePostgreSql) {
                key->setIcon(warning);
                key->setToolTip(tr("No primary key: updates and deletes are matched on whole rows."));
            }
            m_table->setItem(r, 2, key);
            m_table->setItem(r, 3, new QTableWidgetItem(t.hasRows ? tr("yes") : tr("no")));
        }
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    m_filling = false;
    applyFilter();
    updateSummary();
}

void TablesWizardPage::store()
{
    TaskInputModel &m = taskWizard()->model();
    for (DatabaseChoice &db : m.databases) {
        if (db.name != m_shown)
            continue;
        for (int r = 0; r < m_table->rowCount() && r < db.tables.size(); ++r)
            db.tables[r].selected = m_table->item(r, 0)->checkState() == Qt::Checked;
    }
}

void TablesWizardPage::applyFilter()
{
    const QString text = m_search->text().trimmed();
    for (int r = 0; r < m_table->rowCount(); ++r)
        m_table->setRowHidden(r, !text.isEmpty() && !m_table->item(r, 0)->text().contains(text, Qt::CaseInsensitive));
}

void TablesWizardPage::selectAll(bool selected)
{
    m_filling = true;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (!m_table->isRowHidden(r))
            m_table->item(r, 0)->setCheckState(selected ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    store();
    updateSummary();
}

void TablesWizardPage::updateSummary()
{
    const TaskInputModel &m = taskWizard()->model();
    int selected = 0;
    int total = 0;
    int noKey = 0;
    qint64 rows = 0;
    for (const DatabaseChoice &db : m.selectedDatabases()) {
        for (const TableChoice &t : db.tables) {
            ++total;
            if (t.selected) {
                ++selected;
                noKey += t.hasPrimaryKey ? 0 : 1;
                rows += std::max<qint64>(0, t.estimatedRows);
            }
        }
    }
    m_summary->setText(tr("%1 of %2 tables selected, about %3 rows; %4 without a primary key.")
                           .arg(selected)
                           .arg(total)
                           .arg(QLocale().toString(rows))
                           .arg(noKey));
}

bool TablesWizardPage::validatePage()
{
    store();
    return showIssues(taskWizard()->model().validateTables());
}

// ---------------------------------------------------------------------------------------------

SettingsWizardPage::SettingsWizardPage(QWidget *parent)
    : WizardPageBase(parent)
{
    setTitle(tr("Migration settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto text = [&](const QString &label, const char *name, const QString &accessible, const QString &placeholder) {
        auto *edit = new QPlainTextEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(placeholder);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(70);
        form->addRow(buddyLabel(label, edit), edit);
        return edit;
    };
    auto check = [&](const QString &label, const char *name) {
        auto *box = new QCheckBox(label);
        box->setObjectName(QLatin1String(name));
        box->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        form->addRow(box);
        return box;
    };
    m_migration = text(tr("&Migration settings:"), "migrationSettingTextEdit", tr("Migration settings"),
                       tr("name=value, one a line"));
    m_sourceSettings
        = text(tr("&Source settings:"), "sourceSettingTextEdit", tr("Source settings"), tr("name=value, one a line"));
    m_targetSettings
        = text(tr("&Target settings:"), "targetSettingTextEdit", tr("Target settings"), tr("name=value, one a line"));
    m_agentSettings = text(tr("&Agent settings:"), "agentSettingTextEdit", tr("Optional agent settings"),
                           QStringLiteral("enableConsistentBackup=true"));
    m_readOnlyServer = check(tr("Make the source server &read-only during the migration"), "readOnlyServerCheckBox");
    m_readOnlyDatabases
        = check(tr("Make the source databases &read-only during the migration"), "readOnlyDatabasesCheckBox");
    m_schemaValidation = check(tr("Validate the &schema after the migration"), "schemaValidationCheckBox");
    m_dataValidation = check(tr("Validate &data integrity (checksums)"), "dataValidationCheckBox");
    m_queryValidation = check(tr("Analyse &queries against source and target"), "queryValidationCheckBox");
    m_schemaOption = new QComboBox;
    m_schemaOption->setObjectName(QStringLiteral("schemaOptionComboBox"));
    m_schemaOption->setAccessibleName(tr("Schema source"));
    m_schemaOption->addItem(tr("Extract it from the source"), QStringLiteral("ExtractFromSource"));
    m_schemaOption->addItem(tr("Use a script from the project's files"), QStringLiteral("UseStorageFile"));
    m_schemaOption->addItem(tr("Do not migrate the schema"), QStringLiteral("None"));
    form->addRow(buddyLabel(tr("S&chema of every database: *"), m_schemaOption), m_schemaOption);
    m_fileId = new QLineEdit;
    m_fileId->setObjectName(QStringLiteral("schemaFileIdLineEdit"));
    m_fileId->setAccessibleName(tr("Schema file id"));
    form->addRow(buddyLabel(tr("Schema file &id:"), m_fileId), m_fileId);
    m_fileName = new QLineEdit;
    m_fileName->setObjectName(QStringLiteral("schemaFileNameLineEdit"));
    m_fileName->setAccessibleName(tr("Schema file name"));
    form->addRow(buddyLabel(tr("Schema file &name:"), m_fileName), m_fileName);
    m_schemaTable = new QTableWidget(0, 4);
    m_schemaTable->setObjectName(QStringLiteral("schemaTableWidget"));
    m_schemaTable->setAccessibleName(tr("Schema of each database"));
    m_schemaTable->setHorizontalHeaderLabels({tr("Database"), tr("Schema"), tr("File id"), tr("File name")});
    m_schemaTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_schemaTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_schemaTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_schemaTable->horizontalHeader()->setMinimumSectionSize(90);
    m_schemaTable->verticalHeader()->hide();
    m_schemaTable->setTabKeyNavigation(false);
    form->addRow(buddyLabel(tr("&Per database:"), m_schemaTable), m_schemaTable);
    connect(m_schemaTable, &QTableWidget::itemChanged, this, &SettingsWizardPage::storeSchemaTable);
    layout->addLayout(form);
    layout->addStretch(1);
    addStatusWidgets(layout);
    m_formLayout = form;
    connect(m_schemaOption, &QComboBox::currentIndexChanged, this, [this, form] {
        const bool file = m_schemaOption->currentData().toString() == QLatin1String("UseStorageFile");
        form->setRowVisible(m_fileId, file);
        form->setRowVisible(m_fileName, file);
    });
}

void SettingsWizardPage::initializePage()
{
    const TaskInputModel &m = taskWizard()->model();
    QFormLayout *form = m_formLayout;
    const bool online = m.kind == WizardKind::OnlinePostgreSql || m.kind == WizardKind::OnlineMySql;
    const bool schema = m.kind == WizardKind::SchemaSqlServerSqlDb;
    const bool sqlOffline = m.kind == WizardKind::OfflineSqlServerSqlDb;
    const bool mysqlOffline = m.kind == WizardKind::OfflineMySql;
    const QList<QPair<QWidget *, bool>> visible{{m_migration, online},
                                                {m_sourceSettings, online},
                                                {m_targetSettings, online},
                                                {m_agentSettings, mysqlOffline},
                                                {m_readOnlyServer, mysqlOffline},
                                                {m_readOnlyDatabases, sqlOffline},
                                                {m_schemaValidation, sqlOffline},
                                                {m_dataValidation, sqlOffline},
                                                {m_queryValidation, sqlOffline},
                                                {m_schemaOption, schema},
                                                {m_fileId, schema},
                                                {m_fileName, schema},
                                                {m_schemaTable, schema}};
    for (const auto &[w, on] : visible)
        form->setRowVisible(w, on);
    setTitle(schema ? tr("Schema") : tr("Migration settings"));
    // Godwit's engine runs both online migrations without any of these settings.
    setSubTitle(online   ? tr("Settings passed with each database (the API's migrationSetting, sourceSetting and "
                                "targetSetting maps). Leave empty for the defaults: Godwit's engine keeps them with the "
                                "task but needs none.")
                : schema ? tr("Where the schema of each selected database comes from.")
                         : tr("How the offline migration treats the source and what it checks afterwards."));
    if (schema)
        fillSchemaTable(); // the selected databases may have changed since the last visit
    if (m_initialized)
        return;
    m_initialized = true;
    m_migration->setPlainText(settingLines(m.migrationSetting));
    m_sourceSettings->setPlainText(settingLines(m.sourceSetting));
    m_targetSettings->setPlainText(settingLines(m.targetSetting));
    m_agentSettings->setPlainText(settingLines(m.optionalAgentSettings));
    m_readOnlyServer->setChecked(m.makeSourceServerReadOnly);
    bool allReadOnly = false;
    for (const DatabaseChoice &db : m.selectedDatabases())
        allReadOnly = allReadOnly || db.makeSourceDbReadOnly;
    m_readOnlyDatabases->setChecked(allReadOnly);
    m_schemaValidation->setChecked(m.enableSchemaValidation);
    m_dataValidation->setChecked(m.enableDataIntegrityValidation);
    m_queryValidation->setChecked(m.enableQueryAnalysisValidation);
    m_schemaOption->setCurrentIndex(std::max(0, m_schemaOption->findData(m.schemaOption)));
    m_fileId->setText(m.schemaFileId);
    m_fileName->setText(m.schemaFileName);
    const bool file = m_schemaOption->currentData().toString() == QLatin1String("UseStorageFile");
    form->setRowVisible(m_fileId, schema && file);
    form->setRowVisible(m_fileName, schema && file);
}

void SettingsWizardPage::fillSchemaTable()
{
    const TaskInputModel &m = taskWizard()->model();
    const QList<DatabaseChoice> selected = m.selectedDatabases();
    const QSignalBlocker blocker(m_schemaTable);
    m_schemaTable->setRowCount(int(selected.size()));
    for (int r = 0; r < selected.size(); ++r) {
        const DatabaseChoice &db = selected.at(r);
        auto *name = new QTableWidgetItem(db.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_schemaTable->setItem(r, 0, name);
        auto *option = new QComboBox;
        option->setObjectName(QStringLiteral("schemaOptionComboBox_%1").arg(r));
        option->setAccessibleName(tr("Schema of %1").arg(db.name));
        option->addItem(tr("As above"), QString());
        for (int i = 0; i < m_schemaOption->count(); ++i)
            option->addItem(m_schemaOption->itemText(i), m_schemaOption->itemData(i));
        option->setCurrentIndex(std::max(0, option->findData(db.schemaOption)));
        connect(option, &QComboBox::currentIndexChanged, this, &SettingsWizardPage::storeSchemaTable);
        m_schemaTable->setCellWidget(r, 1, option);
        m_schemaTable->setItem(r, 2, new QTableWidgetItem(db.schemaFileId));
        m_schemaTable->setItem(r, 3, new QTableWidgetItem(db.schemaFileName));
    }
}

void SettingsWizardPage::storeSchemaTable()
{
    TaskInputModel &m = taskWizard()->model();
    for (int r = 0; r < m_schemaTable->rowCount(); ++r) {
        if (!m_schemaTable->item(r, 0) || !m_schemaTable->item(r, 2) || !m_schemaTable->item(r, 3))
            continue; // being filled
        const QString name = m_schemaTable->item(r, 0)->text();
        for (DatabaseChoice &db : m.databases) {
            if (db.name != name)
                continue;
            const auto *option = qobject_cast<QComboBox *>(m_schemaTable->cellWidget(r, 1));
            db.schemaOption = option ? option->currentData().toString() : QString();
            db.schemaFileId = m_schemaTable->item(r, 2)->text().trimmed();
            db.schemaFileName = m_schemaTable->item(r, 3)->text().trimmed();
        }
    }
}

bool SettingsWizardPage::validatePage()
{
    TaskInputModel &m = taskWizard()->model();
    FieldIssues issues;
    m.migrationSetting = parseSettingLines(m_migration->toPlainText(), QStringLiteral("migrationSetting"), &issues);
    m.sourceSetting = parseSettingLines(m_sourceSettings->toPlainText(), QStringLiteral("sourceSetting"), &issues);
    m.targetSetting = parseSettingLines(m_targetSettings->toPlainText(), QStringLiteral("targetSetting"), &issues);
    m.optionalAgentSettings
        = parseSettingLines(m_agentSettings->toPlainText(), QStringLiteral("optionalAgentSettings"), &issues);
    if (m.kind != WizardKind::OnlinePostgreSql && m.kind != WizardKind::OnlineMySql)
        m.migrationSetting.clear(), m.sourceSetting.clear(), m.targetSetting.clear();
    if (m.kind != WizardKind::OfflineMySql)
        m.optionalAgentSettings.clear();
    m.makeSourceServerReadOnly = m.kind == WizardKind::OfflineMySql && m_readOnlyServer->isChecked();
    for (DatabaseChoice &db : m.databases)
        db.makeSourceDbReadOnly = m.kind == WizardKind::OfflineSqlServerSqlDb && m_readOnlyDatabases->isChecked();
    m.enableSchemaValidation = m_schemaValidation->isChecked();
    m.enableDataIntegrityValidation = m_dataValidation->isChecked();
    m.enableQueryAnalysisValidation = m_queryValidation->isChecked();
    m.schemaOption = m_schemaOption->currentData().toString();
    m.schemaFileId = m_fileId->text().trimmed();
    m.schemaFileName = m_fileName->text().trimmed();
    if (m.kind == WizardKind::SchemaSqlServerSqlDb)
        storeSchemaTable();
    issues += m.validateSettings();
    return showIssues(issues);
}

// ---------------------------------------------------------------------------------------------

SummaryWizardPage::SummaryWizardPage(QWidget *parent)
    : WizardPageBase(parent)
{
    setTitle(tr("Summary"));
    setSubTitle(tr("This is the exact document that will be sent (passwords masked). Finish creates the task and "
                   "opens it."));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("taskNameLineEdit"));
    m_name->setAccessibleName(tr("Task name (required)"));
    form->addRow(buddyLabel(tr("Task &name: *"), m_name), m_name);
    layout->addLayout(form);
    m_json = new QPlainTextEdit;
    m_json->setObjectName(QStringLiteral("taskJsonTextEdit"));
    m_json->setAccessibleName(tr("The task document"));
    m_json->setReadOnly(true);
    m_json->setTabChangesFocus(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(buddyLabel(tr("&Document:"), m_json));
    layout->addWidget(m_json, 1);
    auto *row = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy as godwit-cli command"));
    m_copy->setObjectName(QStringLiteral("copyCliButton"));
    m_copy->setAccessibleName(tr("Copy as godwit-cli command"));
    row->addWidget(m_copy);
    row->addStretch(1);
    layout->addLayout(row);
    addStatusWidgets(layout);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        taskWizard()->model().taskName = text.trimmed();
        refresh();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const TaskWizard *w = taskWizard();
        QApplication::clipboard()->setText(cliCommand(w->taskId().toString(), w->model().buildTask()));
        m_copy->setText(tr("&Copied: paste it into a shell"));
    });
}

void SummaryWizardPage::initializePage()
{
    TaskInputModel &m = taskWizard()->model();
    if (m.taskName.trimmed().isEmpty())
        m.taskName = m.suggestedTaskName();
    m_name->setText(m.taskName);
    m_copy->setText(tr("&Copy as godwit-cli command"));
    refresh();
}

void SummaryWizardPage::refresh()
{
    const QJsonObject masked = core::redactSecrets(taskWizard()->model().buildTask(), core::SecretPolicy::Mask);
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(masked).toJson(QJsonDocument::Indented)));
}

bool SummaryWizardPage::isComplete() const
{
    return WizardPageBase::isComplete() && !m_name->text().trimmed().isEmpty();
}

bool SummaryWizardPage::validatePage()
{
    if (m_created)
        return true;
    TaskInputModel &m = taskWizard()->model();
    m.taskName = m_name->text().trimmed();
    if (!showIssues(m.validateAll()))
        return false;
    create();
    return false;
}

void SummaryWizardPage::create()
{
    TaskWizard *w = taskWizard();
    const core::ResourceId id = w->taskId();
    setBusy(true, tr("Creating the task %1…").arg(id.child));
    // A PUT on an existing name would replace that task: look first.
    service::HttpJob *probe = w->client().getTask(id, QString());
    connect(probe, &service::HttpJob::finished, this, [this, id](service::HttpJob *job) {
        if (job->ok()) {
            setBusy(false);
            showError(tr("A task named %1 already exists in this project: choose another name.").arg(id.child));
            m_name->setFocus();
            return;
        }
        if (job->error().httpStatus != 404) {
            setBusy(false);
            showError(job->error().userText());
            return;
        }
        TaskWizard *owner = taskWizard();
        service::HttpJob *put = owner->client().createOrUpdateTask(id, owner->model().buildTask());
        connect(put, &service::HttpJob::finished, this, [this, id](service::HttpJob *done) {
            setBusy(false);
            if (!done->ok()) {
                showError(done->error().userText());
                return;
            }
            m_created = true;
            TaskWizard *wiz = taskWizard();
            wiz->setCreated(id.toString());
            Q_EMIT wiz->taskCreated(id.toString());
            wiz->accept();
        });
    });
}

} // namespace godwit::ui
