#include "ui/wizards/connectionform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace godwit::ui {

using models::taskinput::ConnectionSettings;
using models::taskinput::ConnectionType;
using models::taskinput::FieldIssues;

namespace {

QString authenticationText(const QString &value)
{
    if (value == QLatin1String("SqlAuthentication"))
        return ConnectionForm::tr("User name and password");
    if (value == QLatin1String("WindowsAuthentication"))
        return ConnectionForm::tr("Windows authentication");
    if (value == QLatin1String("ActiveDirectoryPassword"))
        return ConnectionForm::tr("Azure AD user and password");
    if (value == QLatin1String("ActiveDirectoryIntegrated"))
        return ConnectionForm::tr("Azure AD integrated");
    if (value == QLatin1String("None"))
        return ConnectionForm::tr("None (trust or certificate)");
    return value;
}

} // namespace

ConnectionForm::ConnectionForm(const QString &role, QWidget *parent)
    : QWidget(parent)
    , m_role(role)
{
    setObjectName(role + QStringLiteral("ConnectionForm"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_server = new QLineEdit;
    m_server->setPlaceholderText(QStringLiteral("db.example.com"));
    addRow(tr("&Server name: *"), m_server, QStringLiteral("ServerLineEdit"), tr("Server name (required)"));
    m_port = new QSpinBox;
    m_port->setRange(0, 65535);
    addRow(tr("P&ort:"), m_port, QStringLiteral("PortSpinBox"), tr("Port"));
    m_database = new QLineEdit;
    m_database->setPlaceholderText(QStringLiteral("postgres"));
    addRow(tr("Connect to &database:"), m_database, QStringLiteral("DatabaseLineEdit"), tr("Database to connect to"));
    m_service = new QLineEdit;
    m_service->setPlaceholderText(QStringLiteral("ORCLPDB1"));
    addRow(tr("Ser&vice name: *"), m_service, QStringLiteral("ServiceNameLineEdit"),
           tr("Oracle service name (required)"));
    m_connectionString = new QLineEdit;
    m_connectionString->setPlaceholderText(QStringLiteral("mongodb://host:27017"));
    addRow(tr("Connection &string: *"), m_connectionString, QStringLiteral("ConnectionStringLineEdit"),
           tr("Connection string (required)"));
    m_miResourceId = new QLineEdit;
    m_miResourceId->setPlaceholderText(
        QStringLiteral("/subscriptions/…/resourceGroups/…/providers/Microsoft.Sql/managedInstances/…"));
    addRow(tr("&Managed instance resource id: *"), m_miResourceId, QStringLiteral("ManagedInstanceLineEdit"),
           tr("Managed instance resource id (required)"));
    m_appId = new QLineEdit;
    addRow(tr("Azure AD a&pplication id: *"), m_appId, QStringLiteral("AppIdLineEdit"),
           tr("Azure AD application id (required)"));
    m_tenantId = new QLineEdit;
    addRow(tr("Te&nant id: *"), m_tenantId, QStringLiteral("TenantIdLineEdit"), tr("Tenant id (required)"));
    m_appKey = new QLineEdit;
    m_appKey->setEchoMode(QLineEdit::Password);
    addRow(tr("Application &key: *"), m_appKey, QStringLiteral("AppKeyLineEdit"), tr("Application key (required)"));
    m_authentication = new QComboBox;
    addRow(tr("&Authentication:"), m_authentication, QStringLiteral("AuthenticationComboBox"), tr("Authentication"));
    m_user = new QLineEdit;
    addRow(tr("&User name: *"), m_user, QStringLiteral("UserLineEdit"), tr("User name (required)"));
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    addRow(tr("Pass&word: *"), m_password, QStringLiteral("PasswordLineEdit"), tr("Password (required)"));
    m_encrypt = new QCheckBox(tr("&Encrypt the connection (TLS)"));
    addRow(QString(), m_encrypt, QStringLiteral("EncryptCheckBox"), tr("Encrypt the connection"));
    m_trust = new QCheckBox(tr("Trust the server &certificate without verifying it"));
    addRow(QString(), m_trust, QStringLiteral("TrustCheckBox"), tr("Trust the server certificate"));
    m_enforceSsl = new QCheckBox(tr("Enforce SS&L"));
    addRow(QString(), m_enforceSsl, QStringLiteral("EnforceSslCheckBox"), tr("Enforce SSL"));
    m_onPrem = new QCheckBox(tr("The source runs on &premises or in a VM (SqlOnPrem)"));
    addRow(QString(), m_onPrem, QStringLiteral("OnPremCheckBox"), tr("Source platform is SQL Server on premises"));
    m_resourceId = new QLineEdit;
    addRow(tr("Azure &resource id:"), m_resourceId, QStringLiteral("ResourceIdLineEdit"), tr("Azure resource id"));
    m_additional = new QLineEdit;
    m_additional->setPlaceholderText(tr("key=value settings of the driver"));
    addRow(tr("Additional setti&ngs:"), m_additional, QStringLiteral("AdditionalLineEdit"), tr("Additional settings"));

    connect(m_authentication, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        Q_EMIT edited();
    });
    connect(m_encrypt, &QCheckBox::toggled, this, [this](bool on) {
        m_trust->setEnabled(on);
        if (!on)
            m_trust->setChecked(false);
    });
    setType(ConnectionType::PostgreSql);
}

QLabel *ConnectionForm::addRow(const QString &text, QWidget *editor, const QString &objectName,
                               const QString &accessible)
{
    editor->setObjectName(m_role + objectName);
    editor->setAccessibleName(accessible);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        connect(line, &QLineEdit::textEdited, this, &ConnectionForm::edited);
    else if (auto *box = qobject_cast<QCheckBox *>(editor))
        connect(box, &QCheckBox::toggled, this, &ConnectionForm::edited);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        connect(spin, &QSpinBox::valueChanged, this, &ConnectionForm::edited);
    if (text.isEmpty()) {
        m_form->addRow(editor);
        return nullptr;
    }
    auto *label = new QLabel(text);
    label->setBuddy(editor);
    m_form->addRow(label, editor);
    return label;
}

void ConnectionForm::setType(ConnectionType type)
{
    m_type = type;
    const QString current = m_authentication->currentData().toString();
    const QSignalBlocker blocker(m_authentication);
    m_authentication->clear();
    for (const QString &a : ConnectionSettings::authenticationTypes(type))
        m_authentication->addItem(authenticationText(a), a);
    const int keep = m_authentication->findData(current);
    m_authentication->setCurrentIndex(keep >= 0 ? keep : 0);
    m_port->setSpecialValueText(tr("default (%1)").arg(ConnectionSettings::defaultPort(type)));
    updateVisibility();
}

void ConnectionForm::setSqlSource(bool source)
{
    m_sqlSource = source;
    updateVisibility();
}

void ConnectionForm::updateVisibility()
{
    const bool sql = m_type == ConnectionType::Sql;
    const bool mi = m_type == ConnectionType::ManagedInstance;
    const bool mongo = m_type == ConnectionType::MongoDb;
    const bool oracle = m_type == ConnectionType::Oracle;
    const bool pg = m_type == ConnectionType::PostgreSql;
    const bool hostBased = !mi && !mongo;
    m_form->setRowVisible(m_server, hostBased);
    m_form->setRowVisible(m_port, hostBased);
    m_form->setRowVisible(m_database, pg);
    m_form->setRowVisible(m_service, oracle);
    m_form->setRowVisible(m_connectionString, mongo);
    m_form->setRowVisible(m_miResourceId, mi);
    m_form->setRowVisible(m_appId, mi);
    m_form->setRowVisible(m_tenantId, mi);
    m_form->setRowVisible(m_appKey, mi);
    const QString auth = m_authentication->currentData().toString();
    const bool password
        = auth == QLatin1String("SqlAuthentication") || auth == QLatin1String("ActiveDirectoryPassword");
    m_form->setRowVisible(m_user, password);
    m_form->setRowVisible(m_password, password);
    m_form->setRowVisible(m_encrypt, sql || pg || m_type == ConnectionType::MySql || mongo);
    m_form->setRowVisible(m_trust, sql || pg || mongo);
    m_form->setRowVisible(m_enforceSsl, mongo);
    m_form->setRowVisible(m_onPrem, sql && m_sqlSource);
    m_form->setRowVisible(m_resourceId, sql && !m_sqlSource);
    m_form->setRowVisible(m_additional, !mi && !oracle);
    // Credentials in a MongoDB connection string are enough: user and password are optional there.
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_user)))
        label->setText(mongo ? tr("&User name:") : tr("&User name: *"));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_password)))
        label->setText(mongo ? tr("Pass&word:") : tr("Pass&word: *"));
}

void ConnectionForm::setSettings(const ConnectionSettings &s)
{
    setType(s.type);
    m_server->setText(s.serverName);
    m_port->setValue(s.port);
    m_database->setText(s.databaseName);
    m_service->setText(s.serviceName);
    m_connectionString->setText(s.connectionString);
    m_miResourceId->setText(s.managedInstanceResourceId);
    m_appId->setText(s.azureAppId);
    m_tenantId->setText(s.azureTenantId);
    m_appKey->setText(s.azureAppKey.reveal());
    const int auth = m_authentication->findData(s.effectiveAuthentication());
    m_authentication->setCurrentIndex(auth >= 0 ? auth : 0);
    m_user->setText(s.userName);
    m_password->setText(s.password.reveal());
    m_encrypt->setChecked(s.encryptConnection);
    m_trust->setChecked(s.encryptConnection && s.trustServerCertificate);
    m_trust->setEnabled(s.encryptConnection);
    m_enforceSsl->setChecked(s.enforceSsl);
    m_onPrem->setChecked(s.sqlPlatform == QLatin1String("SqlOnPrem"));
    m_resourceId->setText(s.resourceId);
    m_additional->setText(s.additionalSettings);
    m_savedName = s.savedName;
    m_ignoreAzurePermissions = s.ignoreAzurePermissions;
    updateVisibility();
}

ConnectionSettings ConnectionForm::settings() const
{
    ConnectionSettings s;
    s.type = m_type;
    const bool hostBased = m_type != ConnectionType::ManagedInstance && m_type != ConnectionType::MongoDb;
    if (hostBased) {
        s.serverName = m_server->text().trimmed();
        s.port = m_port->value();
    }
    if (m_type == ConnectionType::PostgreSql)
        s.databaseName = m_database->text().trimmed();
    if (m_type == ConnectionType::Oracle)
        s.serviceName = m_service->text().trimmed();
    if (m_type == ConnectionType::MongoDb) {
        s.connectionString = m_connectionString->text().trimmed();
        s.enforceSsl = m_enforceSsl->isChecked();
    }
    if (m_type == ConnectionType::ManagedInstance) {
        s.managedInstanceResourceId = m_miResourceId->text().trimmed();
        s.azureAppId = m_appId->text().trimmed();
        s.azureTenantId = m_tenantId->text().trimmed();
        s.azureAppKey = core::Secret(m_appKey->text());
        s.ignoreAzurePermissions = m_ignoreAzurePermissions;
    }
    s.authentication = m_authentication->currentData().toString();
    if (s.usesPassword()) {
        s.userName = m_user->text().trimmed();
        s.password = core::Secret(m_password->text());
    }
    s.encryptConnection = m_encrypt->isChecked();
    s.trustServerCertificate = m_trust->isChecked();
    if (m_type == ConnectionType::Sql) {
        s.sqlPlatform = m_sqlSource && m_onPrem->isChecked() ? QStringLiteral("SqlOnPrem") : QString();
        s.resourceId = m_sqlSource ? QString() : m_resourceId->text().trimmed();
    }
    if (m_type != ConnectionType::ManagedInstance && m_type != ConnectionType::Oracle)
        s.additionalSettings = m_additional->text().trimmed();
    s.savedName = m_savedName;
    return s;
}

QWidget *ConnectionForm::editorFor(const QString &field) const
{
    if (field == QLatin1String("serverName"))
        return m_server;
    if (field == QLatin1String("port"))
        return m_port;
    if (field == QLatin1String("serviceName"))
        return m_service;
    if (field == QLatin1String("connectionString"))
        return m_connectionString;
    if (field == QLatin1String("managedInstanceResourceId"))
        return m_miResourceId;
    if (field == QLatin1String("azureAppId"))
        return m_appId;
    if (field == QLatin1String("azureTenantId"))
        return m_tenantId;
    if (field == QLatin1String("azureAppKey"))
        return m_appKey;
    if (field == QLatin1String("authentication"))
        return m_authentication;
    if (field == QLatin1String("userName"))
        return m_user;
    if (field == QLatin1String("password"))
        return m_password;
    if (field == QLatin1String("trustServerCertificate"))
        return m_trust;
    return nullptr;
}

void ConnectionForm::showIssues(const FieldIssues &issues)
{
    for (QLineEdit *line : findChildren<QLineEdit *>())
        line->setStyleSheet(QString());
    QWidget *first = nullptr;
    for (const auto &issue : issues) {
        QWidget *editor = editorFor(issue.field);
        if (!editor)
            continue;
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
        editor->setToolTip(issue.message);
        if (!first)
            first = editor;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

} // namespace godwit::ui
