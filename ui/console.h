#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

#include "service/profiles.h"
#include "ui/consolesettings.h"

class QMessageBox;

namespace godwit::core {
struct Stores;
struct ResourceId;
} // namespace godwit::core
namespace godwit::service {
class DmsClient;
class Explorer;
class Session;
class TokenProvider;
} // namespace godwit::service

namespace godwit::ui {

class MainWindow;
class ProfilesDialog;
class SettingsDialog;
class SignInDialog;

/// The console for one profile at a time: its token provider, session, client, stores, explorer
/// and main window, rebuilt when the person switches profiles. Interactive sign-ins and their
/// failures are shown here. The embedded engine is reached through a callback, so only the
/// Local profile starts it.
class Console final : public QObject
{
    Q_OBJECT
public:
    /// Where the embedded engine listens and its token.
    struct LocalEngine
    {
        QUrl url;
        QString token;
    };
    /// Starts the embedded engine (once) and tells how to reach it, or sets `error`.
    using LocalEngineStarter = std::function<std::optional<LocalEngine>(QString *error)>;

    /// The subscription and resource group of the Local profile's engine.
    static QString localSubscription();
    static QString localResourceGroup();

    Console(service::ProfileStore &profiles, service::Keychain &keychain, LocalEngineStarter startLocalEngine,
            QObject *parent = nullptr);
    ~Console() override;

    /// A profile by id or display name (case-insensitive), "Local" included.
    static std::optional<service::Profile> findProfile(const service::ProfileStore &profiles, const QString &nameOrId);

    /// Opens the profile in a new main window, replacing the one shown. False (and `error`) when
    /// it cannot (the embedded engine did not start); the current profile stays.
    bool open(const service::Profile &profile, QString *error);
    /// Opens a profile chosen in the window; failures are shown in a dialog.
    void switchTo(const QString &profileId);
    /// Shows the first-run hint in the next window opened on the Local profile.
    void setFirstRun(bool firstRun) { m_firstRun = firstRun; }

    service::Profile profile() const { return m_profile; }
    MainWindow *window() const;
    service::Explorer *explorer() const;
    ConsoleSettings settings() const { return m_settings; }

    /// Shows and raises the window (a second start of the console asked for it).
    void activate();
    ProfilesDialog *showProfiles();
    SettingsDialog *showPreferences();
    /// Saves the preferences and applies them: task watcher intervals and colours.
    void applySettings(const ConsoleSettings &settings);

Q_SIGNALS:
    void profileOpened(const QString &profileId);

private:
    struct Connection;
    void watchSignIn(Connection &connection);
    void signInFailed(const QString &error);
    void ensureLocalService();
    void createFirstProject(const core::ResourceId &service);

    service::ProfileStore &m_profiles;
    service::Keychain &m_keychain;
    LocalEngineStarter m_startLocalEngine;
    service::Profile m_profile;
    ConsoleSettings m_settings;
    std::unique_ptr<Connection> m_connection;
    QPointer<ProfilesDialog> m_profilesDialog;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<QMessageBox> m_signInFailure;
    bool m_firstRun = false;
};

} // namespace godwit::ui
