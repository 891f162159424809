// Profiles: what is saved (never a secret), forgetting one with all its keychain entries, and
// the token provider each profile signs in with.

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include "awaitjob.h"
#include "faultserver.h"
#include "oauthserver.h"
#include "service/credentials/azureclitokenprovider.h"
#include "service/credentials/browsersignintokenprovider.h"
#include "service/credentials/clientsecrettokenprovider.h"
#include "service/credentials/devicecodetokenprovider.h"
#include "service/credentials/keychaintokenprovider.h"
#include "service/dmsclient.h"
#include "service/profiles.h"
#include "service/session.h"
#include "support/printers.h"

using namespace godwit;
using service::Cloud;
using service::Keychain;
using service::KeychainResult;
using service::Profile;
using service::ProfileStore;
using test::awaitKeychain;

namespace {

Profile azureProfile(const QString &name, Profile::SignIn signIn)
{
    Profile p;
    p.displayName = name;
    p.kind = Profile::Kind::Azure;
    p.cloud = Cloud::Kind::Public;
    p.tenant = QStringLiteral("contoso.example");
    p.subscription = QStringLiteral("00000000-1111-2222-3333-444444444444");
    p.resourceGroup = QStringLiteral("migrations");
    p.signIn = signIn;
    if (signIn == Profile::SignIn::ServicePrincipal)
        p.clientId = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
    return p;
}

class ProfilesTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }
    QString settingsFile() const { return dir.filePath(QStringLiteral("godwit.conf")); }
    QTemporaryDir dir;
};

} // namespace

TEST_F(ProfilesTest, SavesAndLoadsEveryKindWithLocalFirst)
{
    ProfileStore store(settingsFile());
    QSignalSpy changed(&store, &ProfileStore::changed);

    Profile remote;
    remote.displayName = QStringLiteral("Shared engine");
    remote.kind = Profile::Kind::RemoteEngine;
    remote.engineUrl = QUrl(QStringLiteral("https://engine.example:7420"));
    ASSERT_EQ(store.save(remote), QString());
    EXPECT_FALSE(remote.id.isEmpty());

    Profile gov = azureProfile(QStringLiteral("Azure Gov"), Profile::SignIn::DeviceCode);
    gov.cloud = Cloud::Kind::UsGovernment;
    gov.clientId = QStringLiteral("my-app");
    ASSERT_EQ(store.save(gov), QString());

    Profile custom = azureProfile(QStringLiteral("Azure Stack"), Profile::SignIn::ServicePrincipal);
    custom.cloud = Cloud::Kind::Custom;
    custom.customArmEndpoint = QUrl(QStringLiteral("https://management.local.azurestack.external"));
    custom.customAuthorityHost = QUrl(QStringLiteral("https://login.local.example"));
    ASSERT_EQ(store.save(custom), QString());
    EXPECT_EQ(changed.count(), 3);

    // Another store on the same file (the next start) sees them.
    ProfileStore reopened(settingsFile());
    const QList<Profile> all = reopened.profiles();
    ASSERT_EQ(all.size(), 4);
    EXPECT_EQ(all[0].id, Profile::localId());
    EXPECT_EQ(all[0].kind, Profile::Kind::LocalEngine);
    EXPECT_EQ(all[1].displayName, QStringLiteral("Azure Gov"));
    EXPECT_EQ(all[2].displayName, QStringLiteral("Azure Stack"));
    EXPECT_EQ(all[3].displayName, QStringLiteral("Shared engine"));

    const auto loadedRemote = reopened.profile(remote.id);
    ASSERT_TRUE(loadedRemote);
    EXPECT_EQ(loadedRemote->kind, Profile::Kind::RemoteEngine);
    EXPECT_EQ(loadedRemote->engineUrl, remote.engineUrl);
    EXPECT_EQ(loadedRemote->endpoint(), remote.engineUrl);

    const auto loadedGov = reopened.profile(gov.id);
    ASSERT_TRUE(loadedGov);
    EXPECT_EQ(loadedGov->cloud, Cloud::Kind::UsGovernment);
    EXPECT_EQ(loadedGov->tenant, gov.tenant);
    EXPECT_EQ(loadedGov->subscription, gov.subscription);
    EXPECT_EQ(loadedGov->resourceGroup, gov.resourceGroup);
    EXPECT_EQ(loadedGov->signIn, Profile::SignIn::DeviceCode);
    EXPECT_EQ(loadedGov->clientId, QStringLiteral("my-app"));
    EXPECT_EQ(loadedGov->endpoint(), QUrl(QStringLiteral("https://management.usgovcloudapi.net")));
    EXPECT_EQ(loadedGov->keychainScope().endpoint, QStringLiteral("https://management.usgovcloudapi.net"));
    EXPECT_EQ(loadedGov->keychainScope().account, gov.id);

    const auto loadedCustom = reopened.profile(custom.id);
    ASSERT_TRUE(loadedCustom);
    EXPECT_EQ(loadedCustom->cloudEndpoints().armEndpoint, custom.customArmEndpoint);
    EXPECT_EQ(loadedCustom->cloudEndpoints().authorityHost, custom.customAuthorityHost);
    EXPECT_EQ(loadedCustom->signIn, Profile::SignIn::ServicePrincipal);

    EXPECT_FALSE(reopened.profile(QStringLiteral("no-such-profile")));
}

TEST_F(ProfilesTest, ValidatesBeforeSaving)
{
    ProfileStore store(settingsFile());
    Profile unnamed = azureProfile(QString(), Profile::SignIn::AzureCli);
    EXPECT_FALSE(store.save(unnamed).isEmpty());

    Profile badUrl;
    badUrl.displayName = QStringLiteral("x");
    badUrl.kind = Profile::Kind::RemoteEngine;
    badUrl.engineUrl = QUrl(QStringLiteral("engine.example:7420"));
    EXPECT_TRUE(store.save(badUrl).contains(QLatin1String("http")));

    Profile sp = azureProfile(QStringLiteral("sp"), Profile::SignIn::ServicePrincipal);
    sp.tenant.clear();
    EXPECT_TRUE(store.save(sp).contains(QLatin1String("tenant")));
    sp.tenant = QStringLiteral("t");
    sp.clientId.clear();
    EXPECT_TRUE(store.save(sp).contains(QLatin1String("client")));

    Profile custom = azureProfile(QStringLiteral("c"), Profile::SignIn::Browser);
    custom.cloud = Cloud::Kind::Custom;
    custom.customArmEndpoint = QUrl(QStringLiteral("https://arm.example"));
    EXPECT_FALSE(store.save(custom).isEmpty());

    Profile local = Profile::local();
    EXPECT_FALSE(store.save(local).isEmpty()); // built in
    EXPECT_EQ(store.profiles().size(), 1);
}

TEST_F(ProfilesTest, DefaultsForInteractiveSignIn)
{
    const Profile p = azureProfile(QStringLiteral("p"), Profile::SignIn::Browser);
    EXPECT_EQ(p.effectiveClientId(), QString::fromLatin1(service::kAzureCliClientId));
    Profile noTenant = p;
    noTenant.tenant.clear();
    EXPECT_EQ(noTenant.effectiveTenant(), QStringLiteral("organizations"));
    Profile own = p;
    own.clientId = QStringLiteral("mine");
    EXPECT_EQ(own.effectiveClientId(), QStringLiteral("mine"));
    for (Profile::SignIn s : {Profile::SignIn::AzureCli, Profile::SignIn::Browser, Profile::SignIn::DeviceCode,
                              Profile::SignIn::ServicePrincipal}) {
        EXPECT_EQ(Profile::signInFromName(Profile::signInName(s)), s);
        EXPECT_FALSE(Profile::signInDisplayName(s).isEmpty());
    }
}

TEST_F(ProfilesTest, TheFactoryGivesEachProfileItsProvider)
{
    Keychain keychain(dir.filePath(QStringLiteral("index.conf")));

    auto local = service::createTokenProvider(Profile::local(), nullptr, {QStringLiteral("embedded-token")});
    ASSERT_TRUE(qobject_cast<service::StaticTokenProvider *>(local.get()));
    EXPECT_EQ(local->currentToken(), QStringLiteral("embedded-token"));

    Profile remote;
    remote.id = QStringLiteral("r");
    remote.displayName = QStringLiteral("r");
    remote.kind = Profile::Kind::RemoteEngine;
    remote.engineUrl = QUrl(QStringLiteral("https://engine.example"));
    EXPECT_TRUE(qobject_cast<service::KeychainTokenProvider *>(service::createTokenProvider(remote, &keychain).get()));

    auto cli = service::createTokenProvider(azureProfile(QStringLiteral("a"), Profile::SignIn::AzureCli), &keychain);
    auto *az = qobject_cast<service::AzureCliTokenProvider *>(cli.get());
    ASSERT_TRUE(az);
    EXPECT_TRUE(az->arguments().contains(QStringLiteral("00000000-1111-2222-3333-444444444444")));

    Profile chinaBrowser = azureProfile(QStringLiteral("b"), Profile::SignIn::Browser);
    chinaBrowser.cloud = Cloud::Kind::China;
    auto browser = service::createTokenProvider(chinaBrowser, &keychain);
    auto *b = qobject_cast<service::BrowserSignInTokenProvider *>(browser.get());
    ASSERT_TRUE(b);
    EXPECT_EQ(b->clientId(), QString::fromLatin1(service::kAzureCliClientId));
    EXPECT_EQ(b->tokenEndpoint(),
              QUrl(QStringLiteral("https://login.chinacloudapi.cn/contoso.example/oauth2/v2.0/token")));

    auto device
        = service::createTokenProvider(azureProfile(QStringLiteral("d"), Profile::SignIn::DeviceCode), &keychain);
    auto *d = qobject_cast<service::DeviceCodeTokenProvider *>(device.get());
    ASSERT_TRUE(d);
    EXPECT_EQ(d->deviceCodeEndpoint(),
              QUrl(QStringLiteral("https://login.microsoftonline.com/contoso.example/oauth2/v2.0/devicecode")));

    auto sp
        = service::createTokenProvider(azureProfile(QStringLiteral("s"), Profile::SignIn::ServicePrincipal), &keychain);
    auto *c = qobject_cast<service::ClientSecretTokenProvider *>(sp.get());
    ASSERT_TRUE(c);
    EXPECT_EQ(c->clientId(), QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"));
}

TEST_F(ProfilesTest, TheLocalProfileSendsTheEmbeddedEnginesToken)
{
    test::FaultServer engine;
    engine.enqueue(test::FaultServer::Action::respond(
        200, R"({"value":[{"name":"Microsoft.DataMigration/services/read","display":{}}]})"));
    auto tokens = service::createTokenProvider(Profile::local(), nullptr, {QStringLiteral("handed-over-in-memory")});
    service::Session session(engine.url(), tokens.get());
    service::DmsClient client(session);
    const auto out = test::await(client.listOperations());
    ASSERT_TRUE(out.ok) << qPrintable(out.error.userText());
    ASSERT_EQ(engine.received().size(), 1);
    EXPECT_EQ(engine.received()[0].header("Authorization"), QByteArray("Bearer handed-over-in-memory"));
}

TEST_F(ProfilesTest, ForgettingAProfileRemovesItAndEveryKeychainEntryOfIt)
{
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        << "needs the private D-Bus session with gnome-keyring that scripts/test starts";
    // Profiles and the keychain index share the settings file, as in the application.
    ProfileStore store(settingsFile());
    Keychain keychain(settingsFile());
    const auto write = [&](const service::KeychainScope &scope, const QString &name, const QString &value) {
        return awaitKeychain([&](Keychain::Callback done) {
            keychain.write(scope, name, core::Secret(value), nullptr, std::move(done));
        });
    };
    const auto read = [&](const service::KeychainScope &scope, const QString &name) {
        return awaitKeychain([&](Keychain::Callback done) { keychain.read(scope, name, nullptr, std::move(done)); });
    };

    Profile doomed = azureProfile(QStringLiteral("Doomed"), Profile::SignIn::ServicePrincipal);
    doomed.cloud = Cloud::Kind::Custom;
    doomed.customArmEndpoint
        = QUrl(QStringLiteral("https://arm-%1.example").arg(QUuid::createUuid().toString(QUuid::Id128)));
    doomed.customAuthorityHost = QUrl(QStringLiteral("https://login.example"));
    ASSERT_EQ(store.save(doomed), QString());
    Profile kept = azureProfile(QStringLiteral("Kept"), Profile::SignIn::ServicePrincipal);
    kept.cloud = Cloud::Kind::Custom;
    kept.customArmEndpoint = doomed.customArmEndpoint;
    kept.customAuthorityHost = doomed.customAuthorityHost;
    ASSERT_EQ(store.save(kept), QString());

    const QString canary = QStringLiteral("canary-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const service::KeychainScope scope = doomed.keychainScope();
    ASSERT_TRUE(write(scope, service::ClientSecretTokenProvider::clientSecretName(), canary).ok());
    ASSERT_TRUE(write(scope, service::InteractiveTokenProvider::refreshTokenName(), QStringLiteral("rt")).ok());
    ASSERT_TRUE(write(scope, Keychain::connectionPasswordName(QStringLiteral("pg")), QStringLiteral("pw")).ok());
    // A secret saved while the profile pointed at another endpoint.
    const service::KeychainScope earlier{QStringLiteral("https://old-arm.example"), doomed.id};
    ASSERT_TRUE(write(earlier, service::ClientSecretTokenProvider::clientSecretName(), QStringLiteral("old")).ok());
    ASSERT_TRUE(write(kept.keychainScope(), service::ClientSecretTokenProvider::clientSecretName(),
                      QStringLiteral("kept-secret"))
                    .ok());

    // Nothing secret in the settings file, though profiles and key names are.
    {
        QFile file(settingsFile());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        EXPECT_TRUE(contents.contains("Doomed"));
        EXPECT_TRUE(contents.contains("client-secret"));
        EXPECT_FALSE(contents.contains(canary.toUtf8()));
        EXPECT_FALSE(contents.contains("kept-secret"));
    }

    const KeychainResult forgotten
        = awaitKeychain([&](Keychain::Callback done) { store.forget(doomed, keychain, nullptr, std::move(done)); });
    ASSERT_TRUE(forgotten.ok()) << qPrintable(forgotten.error);

    EXPECT_FALSE(store.profile(doomed.id));
    EXPECT_TRUE(store.profile(kept.id));
    for (const QString &name :
         {service::ClientSecretTokenProvider::clientSecretName(), service::InteractiveTokenProvider::refreshTokenName(),
          Keychain::connectionPasswordName(QStringLiteral("pg"))})
        EXPECT_EQ(read(scope, name).status, KeychainResult::Status::NotFound) << qPrintable(name);
    EXPECT_EQ(read(earlier, service::ClientSecretTokenProvider::clientSecretName()).status,
              KeychainResult::Status::NotFound);
    for (const service::KeychainScope &s : keychain.scopes())
        EXPECT_NE(s.account, doomed.id);
    EXPECT_EQ(read(kept.keychainScope(), service::ClientSecretTokenProvider::clientSecretName()).value.reveal(),
              QStringLiteral("kept-secret"));

    // Clean up the other profile too.
    ASSERT_TRUE(
        awaitKeychain([&](Keychain::Callback done) { store.forget(kept, keychain, nullptr, std::move(done)); }).ok());
    EXPECT_EQ(store.profiles().size(), 1);
    EXPECT_TRUE(keychain.scopes().isEmpty());
}
