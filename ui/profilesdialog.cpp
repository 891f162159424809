#include "ui/profilesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

#include "service/credentials/clientsecrettokenprovider.h"
#include "service/credentials/keychaintokenprovider.h"
#include "ui/appearance.h"

namespace godwit::ui {

using service::Cloud;
using service::Profile;

namespace {

QUrl urlFrom(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QUrl() : QUrl(trimmed, QUrl::StrictMode);
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
           && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

QString kindText(const Profile &profile)
{
    switch (profile.kind) {
    case Profile::Kind::LocalEngine:
        return ProfilesDialog::tr("Built-in engine (always available)");
    case Profile::Kind::RemoteEngine:
        return ProfilesDialog::tr("Engine at %1").arg(profile.engineUrl.toDisplayString());
    case Profile::Kind::Azure:
        return ProfilesDialog::tr("%1, %2").arg(Cloud::displayName(profile.cloud),
                                                Profile::signInDisplayName(profile.signIn));
    }
    return QString();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// ProfileEditorDialog

ProfileEditorDialog::ProfileEditorDialog(service::ProfileStore &store, service::Keychain &keychain,
                                         service::Profile profile, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_keychain(&keychain)
    , m_original(std::move(profile))
    , m_isNew(m_original.id.isEmpty())
{
    setObjectName(QStringLiteral("profileEditorDialog"));
    const bool engine = m_original.kind == Profile::Kind::RemoteEngine;
    if (m_isNew)
        setWindowTitle(engine ? tr("Add remote engine") : tr("Add Azure account"));
    else
        setWindowTitle(tr("Edit profile %1").arg(m_original.displayName));

    m_name = lineEdit(QStringLiteral("profileNameLineEdit"), tr("Profile name"));
    m_name->setText(m_original.displayName);

    m_engineUrl = lineEdit(QStringLiteral("engineUrlLineEdit"), tr("Engine URL"));
    m_engineUrl->setPlaceholderText(QStringLiteral("https://engine.example:7420"));
    m_engineUrl->setText(m_original.engineUrl.toString());
    m_engineToken = lineEdit(QStringLiteral("engineTokenLineEdit"), tr("Engine token"));
    m_engineToken->setEchoMode(QLineEdit::Password);
    m_engineToken->setPlaceholderText(m_isNew ? tr("the engine's token (godwit-engine --token-file)")
                                              : tr("unchanged (kept in the keychain)"));

    m_cloud = new QComboBox;
    m_cloud->setObjectName(QStringLiteral("cloudComboBox"));
    m_cloud->setAccessibleName(tr("Cloud"));
    for (const Cloud::Kind k :
         {Cloud::Kind::Public, Cloud::Kind::UsGovernment, Cloud::Kind::China, Cloud::Kind::Custom})
        m_cloud->addItem(Cloud::displayName(k), int(k));
    m_cloud->setCurrentIndex(std::max(0, m_cloud->findData(int(m_original.cloud))));
    m_armEndpoint = lineEdit(QStringLiteral("armEndpointLineEdit"), tr("Resource Manager URL"));
    m_armEndpoint->setPlaceholderText(QStringLiteral("https://management.example"));
    m_armEndpoint->setText(m_original.customArmEndpoint.toString());
    m_authorityHost = lineEdit(QStringLiteral("authorityHostLineEdit"), tr("Sign-in (authority) URL"));
    m_authorityHost->setPlaceholderText(QStringLiteral("https://login.example"));
    m_authorityHost->setText(m_original.customAuthorityHost.toString());
    m_tenant = lineEdit(QStringLiteral("tenantLineEdit"), tr("Tenant"));
    m_tenant->setPlaceholderText(tr("tenant id or domain; empty: your account's own"));
    m_tenant->setText(m_original.tenant);
    m_subscription = lineEdit(QStringLiteral("subscriptionLineEdit"), tr("Subscription"));
    m_subscription->setPlaceholderText(engine ? QStringLiteral("00000000-0000-0000-0000-000000000000")
                                              : tr("subscription id"));
    m_subscription->setText(m_original.subscription);
    m_resourceGroup = lineEdit(QStringLiteral("resourceGroupLineEdit"), tr("Resource group"));
    m_resourceGroup->setPlaceholderText(engine ? QStringLiteral("godwit") : tr("where the services are"));
    m_resourceGroup->setText(m_original.resourceGroup);
    m_signIn = new QComboBox;
    m_signIn->setObjectName(QStringLiteral("signInComboBox"));
    m_signIn->setAccessibleName(tr("Sign-in method"));
    for (const auto s : {Profile::SignIn::AzureCli, Profile::SignIn::Browser, Profile::SignIn::DeviceCode,
                         Profile::SignIn::ServicePrincipal})
        m_signIn->addItem(Profile::signInDisplayName(s), int(s));
    m_signIn->setCurrentIndex(std::max(0, m_signIn->findData(int(m_original.signIn))));
    m_clientId = lineEdit(QStringLiteral("clientIdLineEdit"), tr("Application (client) id"));
    m_clientId->setText(m_original.clientId);
    m_clientSecret = lineEdit(QStringLiteral("clientSecretLineEdit"), tr("Client secret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(m_isNew ? QString() : tr("unchanged (kept in the keychain)"));

    m_form = new QFormLayout;
    m_form->addRow(tr("&Name: *"), m_name);
    if (engine) {
        m_form->addRow(tr("Engine &URL: *"), m_engineUrl);
        m_form->addRow(tr("Engine &token:"), m_engineToken);
        m_form->addRow(tr("&Subscription:"), m_subscription);
        m_form->addRow(tr("&Resource group:"), m_resourceGroup);
    } else {
        m_form->addRow(tr("&Cloud:"), m_cloud);
        m_form->addRow(tr("Resource &Manager URL: *"), m_armEndpoint);
        m_form->addRow(tr("Sign-in (&authority) URL: *"), m_authorityHost);
        m_form->addRow(tr("&Tenant:"), m_tenant);
        m_form->addRow(tr("&Subscription: *"), m_subscription);
        m_form->addRow(tr("&Resource group: *"), m_resourceGroup);
        m_form->addRow(tr("Sign-&in method:"), m_signIn);
        m_form->addRow(tr("Application (c&lient) id:"), m_clientId);
        m_form->addRow(tr("Client s&ecret:"), m_clientSecret);
    }

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("profileErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("profileProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(true);
    m_progress->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("profileEditorButtonBox"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("profileSaveButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *secrets = new QLabel(tr("Tokens and client secrets are kept only in the desktop keychain."));
    secrets->setWordWrap(true);
    layout->addLayout(m_form);
    layout->addWidget(secrets);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_cloud, &QComboBox::currentIndexChanged, this, &ProfileEditorDialog::updateVisibility);
    connect(m_signIn, &QComboBox::currentIndexChanged, this, &ProfileEditorDialog::updateVisibility);
    updateVisibility();
    resize(520, sizeHint().height());
}

QLineEdit *ProfileEditorDialog::lineEdit(const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setClearButtonEnabled(true);
    return edit;
}

void ProfileEditorDialog::updateVisibility()
{
    if (m_original.kind != Profile::Kind::Azure)
        return;
    const bool custom = static_cast<Cloud::Kind>(m_cloud->currentData().toInt()) == Cloud::Kind::Custom;
    const auto signIn = static_cast<Profile::SignIn>(m_signIn->currentData().toInt());
    m_form->setRowVisible(m_armEndpoint, custom);
    m_form->setRowVisible(m_authorityHost, custom);
    m_form->setRowVisible(m_clientId, signIn != Profile::SignIn::AzureCli);
    m_form->setRowVisible(m_clientSecret, signIn == Profile::SignIn::ServicePrincipal);
    m_clientId->setPlaceholderText(signIn == Profile::SignIn::ServicePrincipal
                                       ? tr("the service principal's application id")
                                       : tr("empty: the Azure CLI's public client"));
}

service::Profile ProfileEditorDialog::profile() const
{
    Profile p = m_original;
    p.displayName = m_name->text().trimmed();
    p.subscription = m_subscription->text().trimmed();
    p.resourceGroup = m_resourceGroup->text().trimmed();
    if (p.kind == Profile::Kind::RemoteEngine) {
        p.engineUrl = urlFrom(m_engineUrl->text());
        return p;
    }
    p.cloud = static_cast<Cloud::Kind>(m_cloud->currentData().toInt());
    p.customArmEndpoint = p.cloud == Cloud::Kind::Custom ? urlFrom(m_armEndpoint->text()) : QUrl();
    p.customAuthorityHost = p.cloud == Cloud::Kind::Custom ? urlFrom(m_authorityHost->text()) : QUrl();
    p.tenant = m_tenant->text().trimmed();
    p.signIn = static_cast<Profile::SignIn>(m_signIn->currentData().toInt());
    p.clientId = p.signIn == Profile::SignIn::AzureCli ? QString() : m_clientId->text().trimmed();
    return p;
}

QString ProfileEditorDialog::errorText() const
{
    return m_error->text();
}

QString ProfileEditorDialog::secretName() const
{
    if (m_original.kind == Profile::Kind::RemoteEngine)
        return service::KeychainTokenProvider::engineTokenName();
    return service::ClientSecretTokenProvider::clientSecretName();
}

QLineEdit *ProfileEditorDialog::secretField() const
{
    if (m_original.kind == Profile::Kind::RemoteEngine)
        return m_engineToken;
    return static_cast<Profile::SignIn>(m_signIn->currentData().toInt()) == Profile::SignIn::ServicePrincipal
               ? m_clientSecret
               : nullptr;
}

QWidget *ProfileEditorDialog::check(const service::Profile &p, QString *message) const
{
    const auto named
        = [message](const QString &field, const QString &text) { *message = tr("%1: %2").arg(field, text); };
    if (const QString error = p.validate(); !error.isEmpty()) {
        if (p.displayName.trimmed().isEmpty()) {
            named(tr("Name"), error);
            return m_name;
        }
        if (p.kind == Profile::Kind::RemoteEngine) {
            named(tr("Engine URL"), error);
            return m_engineUrl;
        }
        if (p.cloud == Cloud::Kind::Custom && !isWebUrl(p.customArmEndpoint)) {
            named(tr("Resource Manager URL"), error);
            return m_armEndpoint;
        }
        if (p.cloud == Cloud::Kind::Custom) {
            named(tr("Sign-in (authority) URL"), error);
            return m_authorityHost;
        }
        if (p.signIn == Profile::SignIn::ServicePrincipal && p.clientId.isEmpty() && !p.tenant.isEmpty()
            && p.tenant != QLatin1String("common") && p.tenant != QLatin1String("organizations")) {
            named(tr("Application (client) id"), error);
            return m_clientId;
        }
        named(tr("Tenant"), error);
        return m_tenant;
    }
    if (p.kind == Profile::Kind::Azure) {
        // The console lists the services of one resource group.
        if (p.subscription.isEmpty()) {
            named(tr("Subscription"), tr("The console lists the services of one subscription: enter its id."));
            return m_subscription;
        }
        if (p.resourceGroup.isEmpty()) {
            named(tr("Resource group"), tr("The console lists the services of one resource group: enter its name."));
            return m_resourceGroup;
        }
    }
    // A secret is needed when there is none yet under this profile's keychain scope.
    if (QLineEdit *secret = secretField(); secret && secret->text().isEmpty()) {
        const bool sameScope
            = !m_isNew && m_original.keychainScope() == p.keychainScope()
              && (m_original.kind != Profile::Kind::Azure || m_original.signIn == Profile::SignIn::ServicePrincipal);
        if (!sameScope) {
            if (p.kind == Profile::Kind::RemoteEngine)
                named(tr("Engine token"),
                      m_isNew ? tr("Enter the token the engine accepts (the contents of its --token-file).")
                              : tr("The address changed: enter the engine's token again."));
            else
                named(tr("Client secret"), tr("A service principal signs in with its client secret: enter it."));
            return secret;
        }
    }
    return nullptr;
}

void ProfileEditorDialog::showError(QWidget *field, const QString &message)
{
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, errorTextColor(this->palette()));
    m_error->setPalette(palette);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
    }
}

void ProfileEditorDialog::setBusy(bool busy, const QString &text)
{
    m_progress->setVisible(busy);
    m_progress->setFormat(text);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    for (QWidget *w :
         {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_engineUrl), static_cast<QWidget *>(m_engineToken),
          static_cast<QWidget *>(m_cloud), static_cast<QWidget *>(m_armEndpoint),
          static_cast<QWidget *>(m_authorityHost), static_cast<QWidget *>(m_tenant),
          static_cast<QWidget *>(m_subscription), static_cast<QWidget *>(m_resourceGroup),
          static_cast<QWidget *>(m_signIn), static_cast<QWidget *>(m_clientId), static_cast<QWidget *>(m_clientSecret)})
        w->setEnabled(!busy);
}

void ProfileEditorDialog::save()
{
    if (m_progress->isVisible())
        return;
    Profile p = profile();
    QString message;
    if (QWidget *field = check(p, &message)) {
        showError(field, message);
        return;
    }
    showError(nullptr, QString());
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QLineEdit *secretEdit = secretField();
    if (!secretEdit || secretEdit->text().isEmpty() || !m_keychain) {
        store(p);
        return;
    }
    // The secret first: a profile saved without it could not sign in.
    setBusy(true, tr("Storing the secret in the keychain…"));
    const core::Secret secret(secretEdit->text());
    m_keychain->write(
        p.keychainScope(), secretName(), secret, this, [this, p, secretEdit](const service::KeychainResult &result) {
            setBusy(false);
            if (!result.ok()) {
                showError(
                    secretEdit,
                    tr("%1: it was not stored in the keychain: %2").arg(secretEdit->accessibleName(), result.error));
                return;
            }
            secretEdit->clear();
            // Secrets kept under an earlier address are of no use any more.
            if (!m_isNew && m_original.keychainScope() != p.keychainScope() && m_keychain)
                m_keychain->forgetScope(m_original.keychainScope(), nullptr, {});
            store(p);
        });
}

void ProfileEditorDialog::store(service::Profile p)
{
    if (const QString error = m_store.save(p); !error.isEmpty()) {
        showError(m_name, error);
        return;
    }
    Q_EMIT saved(p);
    accept();
}

// ---------------------------------------------------------------------------------------------
// ProfilesDialog

ProfilesDialog::ProfilesDialog(service::ProfileStore &store, service::Keychain &keychain, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_keychain(keychain)
{
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Profiles"));

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("profilesListWidget"));
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    auto *listLabel = new QLabel(tr("&Profiles:"));
    listLabel->setBuddy(m_list);

    const auto button = [](const QString &text, const QString &objectName) {
        auto *b = new QPushButton(text);
        b->setObjectName(objectName);
        b->setAutoDefault(false);
        return b;
    };
    m_addEngine = button(tr("Add &engine…"), QStringLiteral("addEngineButton"));
    m_addEngine->setToolTip(tr("A godwit-engine on another machine or port"));
    m_addAzure = button(tr("Add &Azure…"), QStringLiteral("addAzureButton"));
    m_addAzure->setToolTip(tr("An Azure subscription with Database Migration Service"));
    m_edit = button(tr("E&dit…"), QStringLiteral("editProfileButton"));
    m_forget = button(tr("&Forget…"), QStringLiteral("forgetProfileButton"));
    m_forget->setToolTip(tr("Remove the profile and its secrets from the keychain"));
    m_open = button(tr("&Open"), QStringLiteral("openProfileButton"));
    m_open->setToolTip(tr("Show this profile's services in the console"));

    auto *side = new QVBoxLayout;
    side->addWidget(m_addEngine);
    side->addWidget(m_addAzure);
    side->addSpacing(12);
    side->addWidget(m_edit);
    side->addWidget(m_forget);
    side->addSpacing(12);
    side->addWidget(m_open);
    side->addStretch(1);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("profilesStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("profilesProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(m_progress->sizeHint().height());
    m_progress->hide();

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("profilesButtonBox"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(listLabel);
    listColumn->addWidget(m_list, 1);
    auto *top = new QHBoxLayout;
    top->addLayout(listColumn, 1);
    top->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(close);

    connect(m_addEngine, &QPushButton::clicked, this, [this] { addProfile(Profile::Kind::RemoteEngine); });
    connect(m_addAzure, &QPushButton::clicked, this, [this] { addProfile(Profile::Kind::Azure); });
    connect(m_edit, &QPushButton::clicked, this, &ProfilesDialog::editProfile);
    connect(m_forget, &QPushButton::clicked, this, &ProfilesDialog::forgetProfile);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!currentProfileId().isEmpty())
            Q_EMIT openRequested(currentProfileId());
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (m_edit->isEnabled())
            editProfile();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::updateButtons);
    connect(&m_store, &service::ProfileStore::changed, this, &ProfilesDialog::reload);
    reload();
    m_list->setCurrentRow(0);
    resize(600, 380);
}

void ProfilesDialog::reload()
{
    const QString current = currentProfileId();
    m_list->clear();
    for (const Profile &p : m_store.profiles()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(p.displayName, kindText(p)), m_list);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.kind == Profile::Kind::LocalEngine ? tr("Built in: it cannot be edited or removed")
                                                              : p.endpoint().toDisplayString());
    }
    setCurrentProfile(current);
    updateButtons();
}

void ProfilesDialog::setCurrentProfile(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

QString ProfilesDialog::currentProfileId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfilesDialog::updateButtons()
{
    const QString id = currentProfileId();
    const bool saved = !id.isEmpty() && id != Profile::localId();
    m_edit->setEnabled(saved && !m_busy);
    m_forget->setEnabled(saved && !m_busy);
    m_open->setEnabled(!id.isEmpty() && !m_busy);
    m_addEngine->setEnabled(!m_busy);
    m_addAzure->setEnabled(!m_busy);
}

ProfileEditorDialog *ProfilesDialog::openEditor(const service::Profile &profile)
{
    auto *editor = new ProfileEditorDialog(m_store, m_keychain, profile, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &ProfileEditorDialog::saved, this, [this](const Profile &p) {
        reload();
        setCurrentProfile(p.id);
        m_status->setText(tr("Saved %1.").arg(p.displayName));
        Q_EMIT profileSaved(p);
    });
    editor->open();
    return editor;
}

ProfileEditorDialog *ProfilesDialog::addProfile(service::Profile::Kind kind)
{
    Profile p;
    p.kind = kind;
    if (kind == Profile::Kind::RemoteEngine)
        p.engineUrl = QUrl(QStringLiteral("http://127.0.0.1:7420"));
    return openEditor(p);
}

ProfileEditorDialog *ProfilesDialog::editProfile()
{
    const auto p = m_store.profile(currentProfileId());
    if (!p || p->kind == Profile::Kind::LocalEngine)
        return nullptr;
    return openEditor(*p);
}

void ProfilesDialog::forgetProfile()
{
    const auto p = m_store.profile(currentProfileId());
    if (!p || p->kind == Profile::Kind::LocalEngine || m_busy)
        return;
    auto *confirm = new QMessageBox(
        QMessageBox::Warning, tr("Forget profile"),
        tr("Forget the profile %1?\n\nIts settings and every secret it keeps in the keychain (tokens, client "
           "secrets, sign-ins) are removed. Services and tasks on the server are not touched.")
            .arg(p->displayName),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("forgetConfirmMessageBox"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->button(QMessageBox::Yes)->setText(tr("&Forget"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, profile = *p](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        m_busy = true;
        m_progress->show();
        m_status->setText(tr("Removing %1's secrets from the keychain…").arg(profile.displayName));
        updateButtons();
        m_store.forget(profile, m_keychain, this, [this, profile](const service::KeychainResult &result) {
            m_busy = false;
            m_progress->hide();
            updateButtons();
            m_status->setText(result.ok() ? tr("Forgot %1 and its secrets.").arg(profile.displayName)
                                          : tr("Forgot %1, but the keychain did not remove every secret: %2")
                                                .arg(profile.displayName, result.error));
            Q_EMIT forgotten(profile.id, result.ok() ? QString() : result.error);
        });
    });
    confirm->open();
}

} // namespace godwit::ui
