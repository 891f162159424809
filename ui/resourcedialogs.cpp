#include "ui/resourcedialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "core/resourceid.h"
#include "service/dmsclient.h"
#include "service/jobs.h"
#include "ui/appearance.h"

namespace godwit::ui {

namespace {

QLabel *problemLabel()
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("problemLabel"));
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, errorTextColor(p));
    label->setPalette(p);
    return label;
}

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QString nameProblem(const QString &name, const QString &field)
{
    const QString problem = core::resourceNameProblem(name);
    return problem.isEmpty()
               ? problem
               : QCoreApplication::translate("godwit::ui::NewServiceDialog", "%1: %2").arg(field, problem);
}

} // namespace

NewServiceDialog::NewServiceDialog(service::DmsClient &client, const QString &subscription, bool subnetRequired,
                                   QWidget *parent)
    : QDialog(parent)
    , m_subnetRequired(subnetRequired)
{
    setObjectName(QStringLiteral("newServiceDialog"));
    setWindowTitle(tr("New service"));

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("serviceNameLineEdit"));
    m_name->setAccessibleName(tr("Service name"));
    m_location = new QComboBox;
    m_location->setObjectName(QStringLiteral("serviceLocationComboBox"));
    m_location->setAccessibleName(tr("Region"));
    m_location->setEditable(true);
    m_location->setInsertPolicy(QComboBox::NoInsert);
    m_sku = new QComboBox;
    m_sku->setObjectName(QStringLiteral("serviceSkuComboBox"));
    m_sku->setAccessibleName(tr("SKU"));
    m_sku->setEditable(true);
    m_sku->setInsertPolicy(QComboBox::NoInsert);
    m_subnet = new QLineEdit;
    m_subnet->setObjectName(QStringLiteral("virtualSubnetLineEdit"));
    m_subnet->setAccessibleName(tr("Virtual subnet"));
    m_subnet->setPlaceholderText(
        tr("/subscriptions/…/resourceGroups/…/providers/Microsoft.Network/virtualNetworks/…/subnets/…"));
    m_subnet->setToolTip(subnetRequired
                             ? tr("The resource id of the virtual subnet the service is placed in (required by Azure).")
                             : tr("The resource id of a virtual subnet (optional: the engine does not use one)."));
    m_status = new QLabel(tr("Loading the regions and SKUs the endpoint offers…"));
    m_status->setObjectName(QStringLiteral("catalogStatusLabel"));
    m_status->setWordWrap(true);
    m_problem = problemLabel();

    auto *form = new QFormLayout;
    form->addRow(tr("Service &name: *"), m_name);
    form->addRow(tr("&Region: *"), m_location);
    form->addRow(tr("S&KU: *"), m_sku);
    form->addRow(subnetRequired ? tr("Virtual &subnet: *") : tr("Virtual &subnet:"), m_subnet);
    m_buttons = okCancel(this, tr("&Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(qMax(sizeHint().width(), 620), sizeHint().height());

    connect(m_name, &QLineEdit::textChanged, this, &NewServiceDialog::validate);
    connect(m_location, &QComboBox::currentTextChanged, this, [this] {
        fillSkus();
        validate();
    });
    connect(m_sku, &QComboBox::currentTextChanged, this, &NewServiceDialog::validate);
    connect(m_subnet, &QLineEdit::textChanged, this, &NewServiceDialog::validate);

    m_job = client.listSkus(subscription);
    connect(m_job.data(), &service::HttpJob::finished, this,
            [this](service::HttpJob *job) { onCatalog(static_cast<service::ListJob *>(job)); });
    validate();
    m_name->setFocus();
}

NewServiceDialog::~NewServiceDialog()
{
    // Closed before the endpoint answered: nothing is left to show the answer in.
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

void NewServiceDialog::onCatalog(service::ListJob *job)
{
    m_job.clear();
    if (!job->ok()) {
        m_status->setText(
            tr("The regions and SKUs could not be loaded (%1). Type them in.").arg(job->error().userText()));
        validate();
        return;
    }
    QMap<QString, QString> regions; // lower-case -> as the endpoint spells it
    for (const QJsonValue &v : job->items()) {
        const QJsonObject sku = v.toObject();
        if (sku.value(QLatin1String("resourceType")).toString().compare(QLatin1String("services"), Qt::CaseInsensitive)
            != 0)
            continue;
        const QString name = sku.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            continue;
        // A SKU restricted everywhere cannot be created.
        bool restricted = false;
        for (const QJsonValue &r : sku.value(QLatin1String("restrictions")).toArray())
            restricted
                = restricted || r.toObject().value(QLatin1String("type")).toString() == QLatin1String("location");
        if (restricted)
            continue;
        for (const QJsonValue &l : sku.value(QLatin1String("locations")).toArray()) {
            const QString region = l.toString();
            if (region.isEmpty())
                continue;
            regions.insert(region.toLower(), region);
            QStringList &names = m_skusByLocation[region.toLower()];
            if (!names.contains(name))
                names.append(name);
        }
    }
    const QString typed = m_location->currentText();
    m_location->blockSignals(true);
    m_location->clear();
    m_location->addItems(regions.values());
    m_location->setCurrentText(typed.isEmpty() && !regions.isEmpty() ? regions.first() : typed);
    m_location->blockSignals(false);
    m_status->setText(regions.isEmpty() ? tr("The endpoint offers no service SKUs. Type the region and SKU in.")
                                        : tr("Regions that offer service SKUs: %1.").arg(regions.size()));
    fillSkus();
    validate();
}

void NewServiceDialog::fillSkus()
{
    const QStringList names = m_skusByLocation.value(m_location->currentText().trimmed().toLower());
    const QString typed = m_sku->currentText();
    m_sku->blockSignals(true);
    m_sku->clear();
    m_sku->addItems(names);
    if (names.contains(typed) || (!typed.isEmpty() && names.isEmpty()))
        m_sku->setCurrentText(typed);
    m_sku->blockSignals(false);
}

QString NewServiceDialog::serviceName() const
{
    return m_name->text().trimmed();
}

QJsonObject NewServiceDialog::body() const
{
    QJsonObject properties;
    const QString subnet = m_subnet->text().trimmed();
    if (!subnet.isEmpty())
        properties.insert(QStringLiteral("virtualSubnetId"), subnet);
    return QJsonObject{
        {QStringLiteral("location"), m_location->currentText().trimmed()},
        {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), m_sku->currentText().trimmed()}}},
        {QStringLiteral("properties"), properties},
    };
}

QString NewServiceDialog::validationError() const
{
    const QString name = nameProblem(serviceName(), tr("Service name"));
    if (!name.isEmpty())
        return name;
    if (m_location->currentText().trimmed().isEmpty())
        return tr("Region: choose or type the region the service is created in.");
    const QString sku = m_sku->currentText().trimmed();
    if (sku.isEmpty())
        return tr("SKU: choose or type the service's SKU (for example Standard_1vCores).");
    const QStringList offered = m_skusByLocation.value(m_location->currentText().trimmed().toLower());
    if (!offered.isEmpty() && !offered.contains(sku, Qt::CaseInsensitive))
        return tr("SKU: %1 is not offered in %2; pick one of %3.")
            .arg(sku, m_location->currentText().trimmed(), offered.join(QStringLiteral(", ")));
    const QString subnet = m_subnet->text().trimmed();
    if (subnet.isEmpty()) {
        if (m_subnetRequired)
            return tr("Virtual subnet: Azure places the service in a virtual subnet; enter its resource id.");
        return QString();
    }
    static const QRegularExpression subnetId(
        QStringLiteral("^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.Network/virtualNetworks/"
                       "[^/]+/subnets/[^/]+$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!subnetId.match(subnet).hasMatch())
        return tr("Virtual subnet: enter a subnet's resource id, "
                  "/subscriptions/…/resourceGroups/…/providers/Microsoft.Network/virtualNetworks/…/subnets/….");
    return QString();
}

void NewServiceDialog::validate()
{
    const QString problem = validationError();
    // Nothing typed yet is not a problem to show.
    m_problem->setText(m_name->text().isEmpty() ? QString() : problem);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

namespace {

struct Platform
{
    const char *value;
    const char *text;
};

// ProjectSourcePlatform and ProjectTargetPlatform, and the targets each source migrates to.
const Platform kSources[] = {
    {"PostgreSql", QT_TRANSLATE_NOOP("godwit::ui::NewProjectDialog", "PostgreSQL")},
    {"MySQL", QT_TRANSLATE_NOOP("godwit::ui::NewProjectDialog", "MySQL or MariaDB")},
    {"SQL", QT_TRANSLATE_NOOP("godwit::ui::NewProjectDialog", "SQL Server")},
    {"MongoDb", QT_TRANSLATE_NOOP("godwit::ui::NewProjectDialog", "MongoDB")},
};

struct Target
{
    const char *source;
    const char *value;
    const char *text;
};

const Target kTargets[] = {
    {"PostgreSql", "AzureDbForPostgreSql",
     QT_TRANSLATE_NOOP("godwit::ui::NewProjectDialog", "Azure Database for PostgreSQL")},
    {"MySQL", "AzureDbForMySql", QT_TRANSLATE_NOOP("godwit::ui::NewProjectDialog", "Azure Database for MySQL")},
    {"SQL", "SQLDB", QT_TRANSLATE_NOOP("godwit::ui::NewProjectDialog", "Azure SQL Database")},
    {"SQL", "SQLMI", QT_TRANSLATE_NOOP("godwit::ui::NewProjectDialog", "Azure SQL Managed Instance")},
    {"MongoDb", "MongoDb", QT_TRANSLATE_NOOP("godwit::ui::NewProjectDialog", "MongoDB or Azure Cosmos DB")},
};

} // namespace

NewProjectDialog::NewProjectDialog(const QString &serviceName, const QString &location, QWidget *parent)
    : QDialog(parent)
    , m_location(location)
{
    setObjectName(QStringLiteral("newProjectDialog"));
    setWindowTitle(tr("New project in %1").arg(serviceName));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("projectNameLineEdit"));
    m_name->setAccessibleName(tr("Project name"));
    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("sourcePlatformComboBox"));
    m_source->setAccessibleName(tr("Source platform"));
    for (const Platform &p : kSources)
        m_source->addItem(tr(p.text), QLatin1String(p.value));
    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("targetPlatformComboBox"));
    m_target->setAccessibleName(tr("Target platform"));
    auto *region = new QLabel(location.isEmpty() ? tr("the service's") : location);
    region->setObjectName(QStringLiteral("projectLocationLabel"));
    region->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problem = problemLabel();

    auto *form = new QFormLayout;
    form->addRow(tr("Project &name: *"), m_name);
    form->addRow(tr("&Source platform:"), m_source);
    form->addRow(tr("&Target platform:"), m_target);
    form->addRow(tr("Region:"), region);
    m_buttons = okCancel(this, tr("&Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NewProjectDialog::validate);
    connect(m_source, &QComboBox::currentIndexChanged, this, &NewProjectDialog::fillTargets);
    fillTargets();
    validate();
    m_name->setFocus();
}

void NewProjectDialog::fillTargets()
{
    const QString source = m_source->currentData().toString();
    m_target->clear();
    for (const Target &t : kTargets) {
        if (source == QLatin1String(t.source))
            m_target->addItem(tr(t.text), QLatin1String(t.value));
    }
}

QString NewProjectDialog::projectName() const
{
    return m_name->text().trimmed();
}

QJsonObject NewProjectDialog::body() const
{
    QJsonObject body{{QStringLiteral("properties"),
                      QJsonObject{{QStringLiteral("sourcePlatform"), m_source->currentData().toString()},
                                  {QStringLiteral("targetPlatform"), m_target->currentData().toString()}}}};
    if (!m_location.isEmpty())
        body.insert(QStringLiteral("location"), m_location);
    return body;
}

QString NewProjectDialog::validationError() const
{
    return nameProblem(projectName(), tr("Project name"));
}

void NewProjectDialog::validate()
{
    const QString problem = validationError();
    m_problem->setText(m_name->text().isEmpty() ? QString() : problem);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

DeleteResourceDialog::DeleteResourceDialog(Kind kind, const QString &name, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(kind == Kind::Service ? QStringLiteral("deleteServiceDialog")
                                        : QStringLiteral("deleteProjectDialog"));
    setWindowTitle(kind == Kind::Service ? tr("Delete service") : tr("Delete project"));
    auto *text = new QLabel(
        kind == Kind::Service
            ? tr("Delete the service <b>%1</b> with all its projects, tasks and their output? This cannot be undone.")
                  .arg(name.toHtmlEscaped())
            : tr("Delete the project <b>%1</b> with all its tasks and their output? This cannot be undone.")
                  .arg(name.toHtmlEscaped()));
    text->setObjectName(QStringLiteral("deleteQuestionLabel"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    m_cancelRunning = new QCheckBox(tr("Cancel &tasks that still run (a migration that is cancelled cannot resume)"));
    m_cancelRunning->setObjectName(QStringLiteral("cancelRunningTasksCheckBox"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *remove = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteButton"));
    remove->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(remove, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_cancelRunning);
    layout->addWidget(buttons);
}

bool DeleteResourceDialog::deleteRunningTasks() const
{
    return m_cancelRunning->isChecked();
}

} // namespace godwit::ui
