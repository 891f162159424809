#include "ui/console.h"

#include <QApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

#include <utility>

#include "core/resourceid.h"
#include "core/resourcestore.h"
#include "service/credentials/aadtokenprovider.h"
#include "service/credentials/browsersignintokenprovider.h"
#include "service/credentials/devicecodetokenprovider.h"
#include "service/dmsclient.h"
#include "service/explorer.h"
#include "service/taskwatcher.h"
#include "service/session.h"
#include "service/tokenprovider.h"
#include "ui/appearance.h"
#include "ui/mainwindow.h"
#include "ui/profilesdialog.h"
#include "ui/settingsdialog.h"
#include "ui/signindialog.h"

namespace godwit::ui {

using service::Profile;

/// What one open profile consists of, destroyed in reverse order (the window first).
struct Console::Connection
{
    std::unique_ptr<service::TokenProvider> tokens;
    std::unique_ptr<service::Session> session;
    std::unique_ptr<service::DmsClient> client;
    std::unique_ptr<core::Stores> stores;
    std::unique_ptr<service::Explorer> explorer;
    std::unique_ptr<MainWindow> window;
};

QString Console::localSubscription()
{
    return QStringLiteral("00000000-0000-0000-0000-000000000000");
}

QString Console::localResourceGroup()
{
    return QStringLiteral("godwit");
}

Console::Console(service::ProfileStore &profiles, service::Keychain &keychain, LocalEngineStarter startLocalEngine,
                 QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_keychain(keychain)
    , m_startLocalEngine(std::move(startLocalEngine))
    , m_settings(ConsoleSettings::load())
{
    connect(&m_profiles, &service::ProfileStore::changed, this, [this] {
        if (m_connection)
            m_connection->window->setProfiles(m_profiles.profiles(), m_profile.id);
    });
}

Console::~Console()
{
    // Dialogs belong to the window; the connection goes before the objects it refers to.
    m_connection.reset();
}

std::optional<service::Profile> Console::findProfile(const service::ProfileStore &profiles, const QString &nameOrId)
{
    const QList<Profile> all = profiles.profiles();
    for (const Profile &p : all) {
        if (p.id == nameOrId)
            return p;
    }
    for (const Profile &p : all) {
        if (p.displayName.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

MainWindow *Console::window() const
{
    return m_connection ? m_connection->window.get() : nullptr;
}

service::Explorer *Console::explorer() const
{
    return m_connection ? m_connection->explorer.get() : nullptr;
}

bool Console::open(const service::Profile &profile, QString *error)
{
    auto c = std::make_unique<Connection>();
    QUrl url = profile.endpoint();
    service::TokenProviderOptions options;
    QString subscription = profile.subscription;
    QString resourceGroup = profile.resourceGroup;
    if (profile.kind == Profile::Kind::LocalEngine) {
        QString why;
        const std::optional<LocalEngine> engine
            = m_startLocalEngine ? m_startLocalEngine(&why) : std::optional<LocalEngine>();
        if (!engine) {
            if (error)
                *error = why.isEmpty() ? tr("This console has no embedded engine.") : why;
            return false;
        }
        url = engine->url;
        options.localEngineToken = engine->token;
        subscription = localSubscription();
        resourceGroup = localResourceGroup();
    } else if (profile.kind == Profile::Kind::RemoteEngine) {
        // An engine namespaces its resources as Azure does; these are the engine's defaults.
        if (subscription.isEmpty())
            subscription = localSubscription();
        if (resourceGroup.isEmpty())
            resourceGroup = localResourceGroup();
    }

    c->tokens = service::createTokenProvider(profile, &m_keychain, options);
    c->session = std::make_unique<service::Session>(url, c->tokens.get());
    c->client = std::make_unique<service::DmsClient>(*c->session);
    c->stores = std::make_unique<core::Stores>();
    c->explorer = std::make_unique<service::Explorer>(*c->client, *c->stores, subscription, resourceGroup);
    c->window = std::make_unique<MainWindow>(*c->client, *c->stores, *c->explorer);
    MainWindow *window = c->window.get();
    window->setProfile(profile);
    window->setProfiles(m_profiles.profiles(), profile.id);
    window->applySettings(m_settings);
    connect(window, &MainWindow::profilesRequested, this, &Console::showProfiles);
    connect(window, &MainWindow::preferencesRequested, this, &Console::showPreferences);
    connect(window, &MainWindow::profileSelected, this, &Console::switchTo);

    std::unique_ptr<Connection> old = std::move(m_connection);
    m_connection = std::move(c);
    m_profile = profile;
    watchSignIn(*m_connection);
    if (profile.kind == Profile::Kind::LocalEngine) {
        ensureLocalService();
        if (std::exchange(m_firstRun, false))
            window->showFirstRunHint();
    }

    if (old) {
        window->restoreGeometry(old->window->saveGeometry());
        if (old->window->isMaximized())
            window->showMaximized();
        else
            window->show();
        // Dialogs stay open over the new window.
        for (QDialog *dialog :
             {static_cast<QDialog *>(m_profilesDialog.data()), static_cast<QDialog *>(m_settingsDialog.data())}) {
            if (dialog) {
                const bool visible = dialog->isVisible();
                dialog->setParent(window, dialog->windowFlags());
                dialog->setVisible(visible);
            }
        }
        if (m_signInDialog)
            m_signInDialog->deleteLater();
        if (m_signInFailure)
            m_signInFailure->deleteLater();
        old->window->close();
        old->window->hide();
        old->explorer->stop();
        // Later: the switch may have been asked for by a signal of the old window.
        Connection *retired = old.release();
        QTimer::singleShot(0, this, [retired] { delete retired; });
    } else {
        window->show();
    }
    m_connection->explorer->start();
    Q_EMIT profileOpened(profile.id);
    return true;
}

void Console::switchTo(const QString &profileId)
{
    if (profileId == m_profile.id && m_connection)
        return;
    const std::optional<Profile> profile = m_profiles.profile(profileId);
    if (!profile)
        return;
    QString error;
    if (!open(*profile, &error)) {
        auto *box = new QMessageBox(QMessageBox::Critical, tr("The profile was not opened"),
                                    tr("%1 could not be opened: %2").arg(profile->displayName, error), QMessageBox::Ok,
                                    window());
        box->setObjectName(QStringLiteral("openProfileErrorMessageBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        if (m_connection)
            m_connection->window->setProfiles(m_profiles.profiles(), m_profile.id);
    }
}

void Console::activate()
{
    MainWindow *w = window();
    if (!w)
        return;
    if (w->isMinimized())
        w->showNormal();
    w->show();
    w->raise();
    w->activateWindow();
}

void Console::ensureLocalService()
{
    // A fresh machine gets one service to work in.
    service::Explorer *explorer = m_connection->explorer.get();
    auto checked = std::make_shared<bool>(false);
    connect(explorer, &service::Explorer::refreshed, explorer, [this, explorer, checked] {
        if (*checked || !m_connection || m_connection->explorer.get() != explorer)
            return;
        *checked = true;
        if (m_connection->stores->services.count() > 0)
            return;
        const auto id
            = core::ResourceId::forService(localSubscription(), localResourceGroup(), QStringLiteral("local"));
        auto *job = m_connection->client->createOrUpdateService(
            id, QJsonObject{{QStringLiteral("location"), QStringLiteral("local")},
                            {QStringLiteral("properties"), QJsonObject{}}});
        connect(job, &service::HttpJob::finished, explorer, [this, explorer, id](service::HttpJob *done) {
            if (done->ok() && m_connection && m_connection->explorer.get() == explorer)
                createFirstProject(id);
            else
                explorer->refresh();
        });
    });
}

void Console::createFirstProject(const core::ResourceId &service)
{
    // ... and one project, so that New task works at once: PostgreSQL to Azure Database for
    // PostgreSQL, what the embedded engine migrates first.
    service::Explorer *explorer = m_connection->explorer.get();
    auto *job = m_connection->client->createOrUpdateProject(
        service.projectId(QStringLiteral("first-migration")),
        QJsonObject{{QStringLiteral("location"), QStringLiteral("local")},
                    {QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("sourcePlatform"), QStringLiteral("PostgreSql")},
                                 {QStringLiteral("targetPlatform"), QStringLiteral("AzureDbForPostgreSql")}}}});
    connect(job, &service::HttpJob::finished, explorer, [explorer] { explorer->refresh(); });
}

void Console::watchSignIn(Connection &connection)
{
    service::TokenProvider *tokens = connection.tokens.get();
    const QString name = m_profile.displayName;
    const auto dialog = [this, name]() -> SignInDialog * {
        if (!m_signInDialog) {
            m_signInDialog = new SignInDialog(name, window());
            m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
            auto *interactive = qobject_cast<service::InteractiveTokenProvider *>(m_connection->tokens.get());
            connect(m_signInDialog, &SignInDialog::cancelRequested, this, [interactive = QPointer(interactive)] {
                if (interactive)
                    interactive->cancel();
            });
        }
        return m_signInDialog;
    };
    if (auto *browser = qobject_cast<service::BrowserSignInTokenProvider *>(tokens)) {
        connect(browser, &service::BrowserSignInTokenProvider::openBrowserRequested, this, [dialog](const QUrl &url) {
            SignInDialog *d = dialog();
            d->showBrowser(url);
            d->show();
            d->raise();
            QDesktopServices::openUrl(url);
        });
    }
    if (auto *device = qobject_cast<service::DeviceCodeTokenProvider *>(tokens)) {
        connect(device, &service::DeviceCodeTokenProvider::deviceCodeReady, this,
                [dialog](const QString &code, const QUrl &uri, const QString &message) {
                    SignInDialog *d = dialog();
                    d->showDeviceCode(code, uri, message);
                    d->show();
                    d->raise();
                });
    }
    if (auto *interactive = qobject_cast<service::InteractiveTokenProvider *>(tokens)) {
        connect(interactive, &service::InteractiveTokenProvider::warning, this, [this](const QString &text) {
            if (MainWindow *w = window())
                w->statusBar()->showMessage(text, 15000);
        });
    }
    if (qobject_cast<service::StaticTokenProvider *>(tokens))
        return;
    connect(tokens, &service::TokenProvider::refreshed, this, [this, tokens](bool ok, const QString &error) {
        if (!m_connection || m_connection->tokens.get() != tokens)
            return;
        if (m_signInDialog) {
            m_signInDialog->close();
            m_signInDialog = nullptr;
        }
        if (ok) {
            if (m_signInFailure)
                m_signInFailure->close();
            if (!m_connection->explorer->isRunning())
                m_connection->explorer->start();
            MainWindow *w = m_connection->window.get();
            if (!w->currentTaskId().isEmpty())
                w->taskWatcher()->watch(w->currentTaskId());
            return;
        }
        signInFailed(error);
    });
}

void Console::signInFailed(const QString &error)
{
    // No more attempts until the person asks: an interactive sign-in would start over and over.
    m_connection->explorer->stop();
    MainWindow *w = m_connection->window.get();
    if (!w->currentTaskId().isEmpty())
        w->taskWatcher()->unwatch(w->currentTaskId());
    const QString text = tr("Signing in to %1 failed.\n\n%2").arg(m_profile.displayName, error);
    if (m_signInFailure) {
        m_signInFailure->setText(text);
        return;
    }
    m_signInFailure = new QMessageBox(QMessageBox::Warning, tr("Sign-in failed"), text,
                                      QMessageBox::Retry | QMessageBox::Close, window());
    m_signInFailure->setObjectName(QStringLiteral("signInFailedMessageBox"));
    m_signInFailure->setAttribute(Qt::WA_DeleteOnClose);
    m_signInFailure->setDefaultButton(QMessageBox::Retry);
    QPushButton *profiles = m_signInFailure->addButton(tr("Edit &profile…"), QMessageBox::ActionRole);
    connect(m_signInFailure, &QMessageBox::buttonClicked, this, [this, profiles](QAbstractButton *button) {
        if (!m_connection)
            return;
        if (button == profiles) {
            if (ProfilesDialog *d = showProfiles()) {
                d->setCurrentProfile(m_profile.id);
                d->editProfile();
            }
            return;
        }
        if (m_signInFailure && m_signInFailure->standardButton(button) == QMessageBox::Retry)
            m_connection->explorer->start();
    });
    m_signInFailure->open();
}

ProfilesDialog *Console::showProfiles()
{
    if (!m_profilesDialog) {
        m_profilesDialog = new ProfilesDialog(m_profiles, m_keychain, window());
        m_profilesDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_profilesDialog, &ProfilesDialog::openRequested, this, &Console::switchTo);
        connect(m_profilesDialog, &ProfilesDialog::profileSaved, this, [this](const Profile &p) {
            // The open profile changed: connect again with what it says now.
            if (p.id == m_profile.id) {
                QString error;
                open(p, &error);
            }
        });
        connect(m_profilesDialog, &ProfilesDialog::forgotten, this, [this](const QString &id) {
            if (id == m_profile.id)
                switchTo(Profile::localId());
        });
    }
    m_profilesDialog->setCurrentProfile(m_profile.id);
    m_profilesDialog->show();
    m_profilesDialog->raise();
    m_profilesDialog->activateWindow();
    return m_profilesDialog;
}

SettingsDialog *Console::showPreferences()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_settings, window());
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &SettingsDialog::applied, this, &Console::applySettings);
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
    return m_settingsDialog;
}

void Console::applySettings(const ConsoleSettings &settings)
{
    const bool colours = settings.appearance != m_settings.appearance;
    m_settings = settings;
    m_settings.save();
    if (m_connection)
        m_connection->window->applySettings(m_settings);
    if (colours)
        applyAppearance(m_settings.appearance);
}

} // namespace godwit::ui
