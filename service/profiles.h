#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

#include "service/credentials/cloud.h"
#include "service/keychain.h"
#include "service/tokenprovider.h"

namespace godwit::service {

/// Where the console connects and how it signs in. Never holds a secret: engine tokens, client
/// secrets and refresh tokens live in the keychain under keychainScope().
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(godwit::service::Profile)
public:
    enum class Kind { LocalEngine, RemoteEngine, Azure };
    enum class SignIn { AzureCli, Browser, DeviceCode, ServicePrincipal };

    QString id;
    QString displayName;
    Kind kind = Kind::Azure;

    // Remote engine
    QUrl engineUrl;

    // Azure
    Cloud::Kind cloud = Cloud::Kind::Public;
    QUrl customArmEndpoint;   ///< Custom cloud only
    QUrl customAuthorityHost; ///< Custom cloud only
    QString tenant;           ///< tenant id or domain; empty: the account's own ("organizations")
    QString subscription;
    QString resourceGroup; ///< default for new services
    SignIn signIn = SignIn::AzureCli;
    QString clientId; ///< the application; empty: the Azure CLI's public client (not for a service principal)

    /// The built-in profile of the embedded engine.
    static QString localId();
    static Profile local();

    Cloud cloudEndpoints() const;
    /// The DMS endpoint: the engine's URL or the cloud's Resource Manager (empty for Local: the
    /// embedded engine's port is known only when it runs).
    QUrl endpoint() const;
    /// Where this profile's secrets live: the endpoint and the profile id as the account.
    KeychainScope keychainScope() const;
    /// The client id the sign-in uses.
    QString effectiveClientId() const;
    /// The tenant the sign-in uses.
    QString effectiveTenant() const;
    /// Empty when the profile can be saved, else what is wrong (translated).
    QString validate() const;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static QString signInName(SignIn signIn);
    static std::optional<SignIn> signInFromName(const QString &name);
    /// For people.
    static QString signInDisplayName(SignIn signIn);
};

/// The saved profiles, in a settings file (group "profiles"), plus the built-in Local profile.
class ProfileStore final : public QObject
{
    Q_OBJECT
public:
    /// `settingsFile`: empty for the application's settings; tests give a temporary file.
    explicit ProfileStore(const QString &settingsFile = {}, QObject *parent = nullptr);
    ~ProfileStore() override;

    /// Local first, then the saved ones by display name.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    /// Adds or replaces a profile (a new one without id gets one). Returns the validation
    /// error, or an empty string when saved.
    QString save(Profile &profile);
    /// Removes the profile and every keychain entry of it (in all its scopes); `done` follows
    /// when the keychain has answered. The Local profile stays, but its secrets go.
    void forget(const Profile &profile, Keychain &keychain, QObject *context, Keychain::Callback done);

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<QSettings> m_settings;
};

/// What a token provider needs besides the profile.
struct TokenProviderOptions
{
    /// Local: the embedded engine's token, handed over in memory (never stored).
    QString localEngineToken;
};

/// The token provider a profile signs in with: Local a StaticTokenProvider, a remote engine a
/// KeychainTokenProvider, Azure by its sign-in method (AzureCliTokenProvider,
/// BrowserSignInTokenProvider, DeviceCodeTokenProvider, ClientSecretTokenProvider). Interactive
/// providers have signals for the UI (qobject_cast to reach them). `keychain` may be null for
/// Local and the Azure CLI.
std::unique_ptr<TokenProvider> createTokenProvider(const Profile &profile, Keychain *keychain,
                                                   const TokenProviderOptions &options = {});

} // namespace godwit::service
