#include "ui/wizards/taskwizard.h"

#include "ui/wizards/helpertasks.h"
#include "ui/wizards/wizardpages.h"

namespace godwit::ui {

using models::taskinput::WizardKind;

TaskWizard::TaskWizard(service::DmsClient &client, const core::ResourceId &project,
                       models::taskinput::TaskInputModel model, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_project(project)
    , m_model(std::move(model))
    , m_helpers(new HelperTasks(client, project, this))
{
    setObjectName(QStringLiteral("taskWizard"));
    setWindowTitle(models::taskinput::wizardTitle(m_model.kind));
    setAccessibleName(windowTitle());
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    auto add = [this](int id, WizardPageBase *page, const char *name) {
        if (page->objectName().isEmpty())
            page->setObjectName(QLatin1String(name));
        setPage(id, page);
    };
    if (m_model.kind == WizardKind::ConnectionTest)
        add(KindPage, new KindWizardPage, "kindPage");
    add(SourcePage, new ConnectionWizardPage(true), "sourceConnectionPage");
    add(TargetPage, new ConnectionWizardPage(false), "targetConnectionPage");
    if (m_model.hasDatabases())
        add(DatabasesPage, new DatabasesWizardPage, "databasesPage");
    if (m_model.hasTables())
        add(TablesPage, new TablesWizardPage, "tablesPage");
    if (m_model.kind != WizardKind::ConnectionTest)
        add(SettingsPage, new SettingsWizardPage, "settingsPage");
    add(SummaryPage, new SummaryWizardPage, "summaryPage");
    setStartId(m_model.kind == WizardKind::ConnectionTest ? KindPage : SourcePage);
    resize(760, 600);
}

TaskWizard::~TaskWizard()
{
    if (!m_cleaned)
        m_helpers->deleteAll();
}

void TaskWizard::setConnectionStore(service::ConnectionStore *store, service::Keychain *keychain)
{
    m_store = store;
    m_keychain = keychain;
}

int TaskWizard::nextId() const
{
    QList<int> order;
    if (m_model.kind == WizardKind::ConnectionTest)
        order.append(KindPage);
    if (m_model.hasSource())
        order.append(SourcePage);
    if (m_model.hasTarget())
        order.append(TargetPage);
    if (m_model.hasDatabases())
        order.append(DatabasesPage);
    if (m_model.hasTables())
        order.append(TablesPage);
    if (m_model.kind != WizardKind::ConnectionTest)
        order.append(SettingsPage);
    order.append(SummaryPage);
    const qsizetype at = order.indexOf(currentId());
    return at >= 0 && at + 1 < order.size() ? order.at(at + 1) : -1;
}

void TaskWizard::done(int result)
{
    // Whether cancelled or finished, the helper tasks (connection tests, table listings) go.
    if (!m_cleaned) {
        m_cleaned = true;
        m_helpers->deleteAll();
    }
    QWizard::done(result);
}

} // namespace godwit::ui
