#include "service/profiles.h"

#include <QPointer>
#include <QUuid>

#include <algorithm>

#include "service/credentials/azureclitokenprovider.h"
#include "service/credentials/browsersignintokenprovider.h"
#include "service/credentials/clientsecrettokenprovider.h"
#include "service/credentials/devicecodetokenprovider.h"
#include "service/credentials/keychaintokenprovider.h"

namespace godwit::service {

namespace {

const QString kRoot = QStringLiteral("profiles");

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
           && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

QString Profile::localId()
{
    return QStringLiteral("local");
}

Profile Profile::local()
{
    Profile p;
    p.id = localId();
    p.displayName = tr("Local");
    p.kind = Kind::LocalEngine;
    return p;
}

Cloud Profile::cloudEndpoints() const
{
    if (cloud == Cloud::Kind::Custom)
        return Cloud::custom(customArmEndpoint, customAuthorityHost);
    return Cloud::ofKind(cloud);
}

QUrl Profile::endpoint() const
{
    switch (kind) {
    case Kind::LocalEngine:
        return QUrl();
    case Kind::RemoteEngine:
        return engineUrl;
    case Kind::Azure:
        return cloudEndpoints().armEndpoint;
    }
    return QUrl();
}

KeychainScope Profile::keychainScope() const
{
    if (kind == Kind::LocalEngine)
        return {QStringLiteral("local"), id};
    return {endpoint().toString(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo), id};
}

QString Profile::effectiveClientId() const
{
    if (!clientId.isEmpty())
        return clientId;
    return signIn == SignIn::ServicePrincipal ? QString() : QString::fromLatin1(kAzureCliClientId);
}

QString Profile::effectiveTenant() const
{
    return tenant.isEmpty() ? QStringLiteral("organizations") : tenant;
}

QString Profile::validate() const
{
    if (displayName.trimmed().isEmpty())
        return tr("The profile needs a name.");
    switch (kind) {
    case Kind::LocalEngine:
        if (id != localId())
            return tr("Only the built-in Local profile uses the embedded engine.");
        return QString();
    case Kind::RemoteEngine:
        if (!isWebUrl(engineUrl))
            return tr("The engine's address must be an http or https URL, e.g. https://engine.example:7420.");
        return QString();
    case Kind::Azure:
        break;
    }
    if (cloud == Cloud::Kind::Custom && !cloudEndpoints().isValid())
        return tr("A custom cloud needs both the Resource Manager URL and the sign-in (authority) URL.");
    if (signIn == SignIn::ServicePrincipal) {
        if (tenant.isEmpty() || tenant == QLatin1String("common") || tenant == QLatin1String("organizations"))
            return tr("A service principal signs in to one tenant: enter the tenant id or domain.");
        if (clientId.isEmpty())
            return tr("A service principal needs its application (client) id.");
    }
    return QString();
}

QString Profile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::LocalEngine:
        return QStringLiteral("local");
    case Kind::RemoteEngine:
        return QStringLiteral("remote");
    case Kind::Azure:
        return QStringLiteral("azure");
    }
    return QString();
}

std::optional<Profile::Kind> Profile::kindFromName(const QString &name)
{
    for (Kind k : {Kind::LocalEngine, Kind::RemoteEngine, Kind::Azure}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString Profile::signInName(SignIn signIn)
{
    switch (signIn) {
    case SignIn::AzureCli:
        return QStringLiteral("azurecli");
    case SignIn::Browser:
        return QStringLiteral("browser");
    case SignIn::DeviceCode:
        return QStringLiteral("devicecode");
    case SignIn::ServicePrincipal:
        return QStringLiteral("serviceprincipal");
    }
    return QString();
}

std::optional<Profile::SignIn> Profile::signInFromName(const QString &name)
{
    for (SignIn s : {SignIn::AzureCli, SignIn::Browser, SignIn::DeviceCode, SignIn::ServicePrincipal}) {
        if (signInName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString Profile::signInDisplayName(SignIn signIn)
{
    switch (signIn) {
    case SignIn::AzureCli:
        return tr("Azure CLI (az login)");
    case SignIn::Browser:
        return tr("Sign in with the browser");
    case SignIn::DeviceCode:
        return tr("Sign in on another device (code)");
    case SignIn::ServicePrincipal:
        return tr("Service principal with a client secret");
    }
    return QString();
}

ProfileStore::ProfileStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile.isEmpty() ? sharedSettingsFile() : settingsFile,
                                             QSettings::IniFormat))
{
}

ProfileStore::~ProfileStore() = default;

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (id == Profile::localId())
        return Profile::local();
    if (id.isEmpty() || id.contains(QLatin1Char('/')))
        return std::nullopt;
    m_settings->beginGroup(QString(kRoot + QLatin1Char('/') + id));
    const bool exists = m_settings->contains(QStringLiteral("kind"));
    Profile p;
    p.id = id;
    const auto kind = Profile::kindFromName(m_settings->value(QStringLiteral("kind")).toString());
    const auto signIn = Profile::signInFromName(m_settings->value(QStringLiteral("signIn")).toString());
    Cloud::Kind cloud = Cloud::Kind::Public;
    Cloud::kindFromName(m_settings->value(QStringLiteral("cloud")).toString(), &cloud);
    p.displayName = m_settings->value(QStringLiteral("displayName")).toString();
    p.kind = kind.value_or(Profile::Kind::Azure);
    p.engineUrl = m_settings->value(QStringLiteral("engineUrl")).toUrl();
    p.cloud = cloud;
    p.customArmEndpoint = m_settings->value(QStringLiteral("armEndpoint")).toUrl();
    p.customAuthorityHost = m_settings->value(QStringLiteral("authorityHost")).toUrl();
    p.tenant = m_settings->value(QStringLiteral("tenant")).toString();
    p.subscription = m_settings->value(QStringLiteral("subscription")).toString();
    p.resourceGroup = m_settings->value(QStringLiteral("resourceGroup")).toString();
    p.signIn = signIn.value_or(Profile::SignIn::AzureCli);
    p.clientId = m_settings->value(QStringLiteral("clientId")).toString();
    m_settings->endGroup();
    if (!exists || !kind)
        return std::nullopt;
    return p;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> saved;
    m_settings->beginGroup(kRoot);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        if (auto p = profile(id); p && id != Profile::localId())
            saved.append(*p);
    }
    std::sort(saved.begin(), saved.end(),
              [](const Profile &a, const Profile &b) { return a.displayName.localeAwareCompare(b.displayName) < 0; });
    saved.prepend(Profile::local());
    return saved;
}

QString ProfileStore::save(Profile &profile)
{
    if (profile.id.isEmpty() && profile.kind != Profile::Kind::LocalEngine)
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const QString error = profile.validate(); !error.isEmpty())
        return error;
    if (profile.id == Profile::localId())
        return tr("The Local profile is built in and cannot be changed.");
    m_settings->remove(QString(kRoot + QLatin1Char('/') + profile.id));
    m_settings->beginGroup(QString(kRoot + QLatin1Char('/') + profile.id));
    m_settings->setValue(QStringLiteral("displayName"), profile.displayName);
    m_settings->setValue(QStringLiteral("kind"), Profile::kindName(profile.kind));
    // A remote engine namespaces its resources by subscription and resource group too.
    m_settings->setValue(QStringLiteral("subscription"), profile.subscription);
    m_settings->setValue(QStringLiteral("resourceGroup"), profile.resourceGroup);
    if (profile.kind == Profile::Kind::RemoteEngine) {
        m_settings->setValue(QStringLiteral("engineUrl"), profile.engineUrl);
    } else {
        m_settings->setValue(QStringLiteral("cloud"), Cloud::kindName(profile.cloud));
        if (profile.cloud == Cloud::Kind::Custom) {
            m_settings->setValue(QStringLiteral("armEndpoint"), profile.customArmEndpoint);
            m_settings->setValue(QStringLiteral("authorityHost"), profile.customAuthorityHost);
        }
        m_settings->setValue(QStringLiteral("tenant"), profile.tenant);
        m_settings->setValue(QStringLiteral("signIn"), Profile::signInName(profile.signIn));
        m_settings->setValue(QStringLiteral("clientId"), profile.clientId);
    }
    m_settings->endGroup();
    m_settings->sync();
    Q_EMIT changed();
    return QString();
}

void ProfileStore::forget(const Profile &profile, Keychain &keychain, QObject *context, Keychain::Callback done)
{
    if (profile.id != Profile::localId() && !profile.id.isEmpty() && !profile.id.contains(QLatin1Char('/'))) {
        m_settings->remove(QString(kRoot + QLatin1Char('/') + profile.id));
        m_settings->sync();
        Q_EMIT changed();
    }
    // Every scope the profile's secrets were saved under, including those of an earlier endpoint.
    QList<KeychainScope> scopes{profile.keychainScope()};
    for (const KeychainScope &scope : keychain.scopes()) {
        if (scope.account == profile.id && !scopes.contains(scope))
            scopes.append(scope);
    }
    struct Progress
    {
        qsizetype pending = 0;
        KeychainResult result{KeychainResult::Status::Ok, {}, {}};
    };
    auto progress = std::make_shared<Progress>();
    progress->pending = scopes.size();
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    for (const KeychainScope &scope : scopes) {
        keychain.forgetScope(scope, nullptr, [progress, hasContext, guard, done](const KeychainResult &result) {
            if (!result.ok() && progress->result.ok())
                progress->result = result;
            if (--progress->pending == 0 && (!hasContext || guard) && done)
                done(progress->result);
        });
    }
}

std::unique_ptr<TokenProvider> createTokenProvider(const Profile &profile, Keychain *keychain,
                                                   const TokenProviderOptions &options)
{
    switch (profile.kind) {
    case Profile::Kind::LocalEngine:
        return std::make_unique<StaticTokenProvider>(options.localEngineToken);
    case Profile::Kind::RemoteEngine:
        return std::make_unique<KeychainTokenProvider>(keychain, profile.keychainScope());
    case Profile::Kind::Azure:
        break;
    }
    const Cloud cloud = profile.cloudEndpoints();
    switch (profile.signIn) {
    case Profile::SignIn::AzureCli:
        return std::make_unique<AzureCliTokenProvider>(cloud, profile.tenant, profile.subscription);
    case Profile::SignIn::Browser:
        return std::make_unique<BrowserSignInTokenProvider>(
            cloud, profile.effectiveTenant(), profile.effectiveClientId(), keychain, profile.keychainScope());
    case Profile::SignIn::DeviceCode:
        return std::make_unique<DeviceCodeTokenProvider>(cloud, profile.effectiveTenant(), profile.effectiveClientId(),
                                                         keychain, profile.keychainScope());
    case Profile::SignIn::ServicePrincipal:
        return std::make_unique<ClientSecretTokenProvider>(cloud, profile.tenant, profile.effectiveClientId(), keychain,
                                                           profile.keychainScope());
    }
    return nullptr;
}

} // namespace godwit::service
