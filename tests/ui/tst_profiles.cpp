// The profiles and preferences dialogs, the console on a chosen profile, and one console per
// user — driven by objectName as a user would, against the real engine and the private
// gnome-keyring that scripts/test starts.

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeView>
#include <QUuid>
#include <QWizard>

#include <gtest/gtest.h>

#include "enginefixture.h"
#include "models/navigationmodel.h"
#include "oauthserver.h"
#include "service/connectionstore.h"
#include "service/credentials/keychaintokenprovider.h"
#include "service/explorer.h"
#include "service/keychain.h"
#include "service/profiles.h"
#include "service/taskwatcher.h"
#include "support/printers.h"
#include "ui/console.h"
#include "ui/consolesettings.h"
#include "ui/mainwindow.h"
#include "ui/profilesdialog.h"
#include "ui/settingsdialog.h"
#include "ui/signindialog.h"
#include "ui/singleinstance.h"
#include "ui/startoptions.h"

using namespace godwit;
using service::Keychain;
using service::KeychainResult;
using service::Profile;
using service::ProfileStore;

namespace {

/// Turns the event loop until `done` holds or about 20 s pass.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return done();
}

KeychainResult readSecret(Keychain &keychain, const service::KeychainScope &scope, const QString &name)
{
    std::optional<KeychainResult> out;
    keychain.read(scope, name, nullptr, [&](const KeychainResult &r) { out = r; });
    waitUntil([&] { return out.has_value(); });
    return out.value_or(KeychainResult{KeychainResult::Status::TimedOut, {}, QStringLiteral("no answer")});
}

KeychainResult writeSecret(Keychain &keychain, const service::KeychainScope &scope, const QString &name,
                           const QString &value)
{
    std::optional<KeychainResult> out;
    keychain.write(scope, name, core::Secret(value), nullptr, [&](const KeychainResult &r) { out = r; });
    waitUntil([&] { return out.has_value(); });
    return out.value_or(KeychainResult{KeychainResult::Status::TimedOut, {}, QStringLiteral("no answer")});
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

/// The dialog of a class with an objectName among the top-level widgets, once it shows.
template <typename T>
T *waitForDialog(const QString &objectName)
{
    T *found = nullptr;
    waitUntil([&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == objectName && w->isVisible())
                found = qobject_cast<T *>(w);
        }
        return found != nullptr;
    });
    return found;
}

/// Stands in for the person's browser: QDesktopServices hands it the URLs the console opens; it
/// follows them (the sign-in server redirects to the console's loopback listener).
class FakeBrowser final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
    QByteArray lastPage;

public Q_SLOTS:
    void open(const QUrl &url)
    {
        opened.append(url);
        QNetworkReply *reply = m_network.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            lastPage = reply->readAll();
            reply->deleteLater();
        });
    }

private:
    QNetworkAccessManager m_network;
};

class ProfilesUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        settingsFile = dir.filePath(QStringLiteral("godwit.conf"));
        store = std::make_unique<ProfileStore>(settingsFile);
        keychain = std::make_unique<Keychain>(settingsFile);
    }
    void TearDown() override
    {
        // Leave nothing in the keyring for the next test.
        for (const service::KeychainScope &scope : keychain->scopes()) {
            bool done = false;
            keychain->forgetScope(scope, nullptr, [&](const KeychainResult &) { done = true; });
            waitUntil([&] { return done; });
        }
    }

    /// Fills the editor of a new remote engine and presses Save.
    static void fillEngine(ui::ProfileEditorDialog *editor, const QString &name, const QString &url,
                           const QString &token)
    {
        child<QLineEdit>(editor, "profileNameLineEdit")->setText(name);
        child<QLineEdit>(editor, "engineUrlLineEdit")->setText(url);
        child<QLineEdit>(editor, "engineTokenLineEdit")->setText(token);
        child<QPushButton>(editor, "profileSaveButton")->click();
    }

    /// An Azure profile signing in at `server` (a custom cloud) in the way `signIn` says; nothing
    /// listens on its Resource Manager address, so only the sign-in matters.
    static Profile azureProfile(const test::OAuthServer &server, const QString &name, Profile::SignIn signIn)
    {
        Profile azure;
        azure.displayName = name;
        azure.kind = Profile::Kind::Azure;
        azure.cloud = service::Cloud::Kind::Custom;
        azure.customArmEndpoint = QUrl(QStringLiteral("http://127.0.0.1:9"));
        azure.customAuthorityHost = server.url();
        azure.tenant = server.tenant;
        azure.clientId = server.clientId;
        azure.subscription = QStringLiteral("00000000-1111-2222-3333-444444444444");
        azure.resourceGroup = QStringLiteral("migrations");
        azure.signIn = signIn;
        return azure;
    }

    QTemporaryDir dir;
    QString settingsFile;
    std::unique_ptr<ProfileStore> store;
    std::unique_ptr<Keychain> keychain;
};

} // namespace

TEST_F(ProfilesUiTest, LocalComesFirstAndCannotBeEditedOrForgotten)
{
    ui::ProfilesDialog dialog(*store, *keychain);
    dialog.show();
    auto *list = child<QListWidget>(&dialog, "profilesListWidget");
    ASSERT_EQ(list->count(), 1);
    EXPECT_TRUE(list->item(0)->text().startsWith(QLatin1String("Local")));
    list->setCurrentRow(0);
    EXPECT_FALSE(child<QPushButton>(&dialog, "editProfileButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(&dialog, "forgetProfileButton")->isEnabled());
    EXPECT_TRUE(child<QPushButton>(&dialog, "openProfileButton")->isEnabled());
}

TEST_F(ProfilesUiTest, SavesARemoteEngineWithItsTokenOnlyInTheKeychain)
{
    const QString token = QStringLiteral("engine-token-%1").arg(QCoreApplication::applicationPid());
    ui::ProfilesDialog dialog(*store, *keychain);
    dialog.show();
    ui::ProfileEditorDialog *editor = dialog.addProfile(Profile::Kind::RemoteEngine);
    ASSERT_NE(editor, nullptr);
    std::optional<Profile> saved;
    QObject::connect(editor, &ui::ProfileEditorDialog::saved, [&](const Profile &p) { saved = p; });
    fillEngine(editor, QStringLiteral("Shared engine"), QStringLiteral("http://127.0.0.1:7420"), token);
    ASSERT_TRUE(waitUntil([&] { return saved.has_value(); }));

    // The list shows it after Local; it is saved with its address.
    auto *list = child<QListWidget>(&dialog, "profilesListWidget");
    ASSERT_EQ(list->count(), 2);
    EXPECT_TRUE(list->item(1)->text().startsWith(QLatin1String("Shared engine")));
    const auto loaded = store->profile(saved->id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->engineUrl, QUrl(QStringLiteral("http://127.0.0.1:7420")));

    // The token is in the keychain under the profile's scope ...
    const KeychainResult read
        = readSecret(*keychain, loaded->keychainScope(), service::KeychainTokenProvider::engineTokenName());
    ASSERT_TRUE(read.ok()) << qPrintable(read.error);
    EXPECT_EQ(read.value.reveal(), token);
    // ... and nowhere in the settings file.
    QFile file(settingsFile);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    EXPECT_TRUE(contents.contains("Shared engine"));
    EXPECT_FALSE(contents.contains(token.toUtf8())) << contents.constData();
}

TEST_F(ProfilesUiTest, ValidationErrorsNameTheFieldAndBlockSaving)
{
    ui::ProfilesDialog dialog(*store, *keychain);
    dialog.show();

    ui::ProfileEditorDialog *engine = dialog.addProfile(Profile::Kind::RemoteEngine);
    fillEngine(engine, QStringLiteral("Bad"), QStringLiteral("engine.example"), QStringLiteral("t"));
    EXPECT_TRUE(engine->errorText().startsWith(QLatin1String("Engine URL:"))) << qPrintable(engine->errorText());
    EXPECT_TRUE(engine->isVisible());
    EXPECT_TRUE(child<QLineEdit>(engine, "engineUrlLineEdit")->hasFocus() || !QApplication::focusWidget());

    fillEngine(engine, QString(), QStringLiteral("https://engine.example"), QStringLiteral("t"));
    EXPECT_TRUE(engine->errorText().startsWith(QLatin1String("Name:"))) << qPrintable(engine->errorText());

    fillEngine(engine, QStringLiteral("No token"), QStringLiteral("https://engine.example"), QString());
    EXPECT_TRUE(engine->errorText().startsWith(QLatin1String("Engine token:"))) << qPrintable(engine->errorText());
    engine->reject();

    ui::ProfileEditorDialog *azure = dialog.addProfile(Profile::Kind::Azure);
    child<QLineEdit>(azure, "profileNameLineEdit")->setText(QStringLiteral("Contoso"));
    child<QLineEdit>(azure, "subscriptionLineEdit")->setText(QStringLiteral("00000000-1111-2222-3333-444444444444"));
    child<QLineEdit>(azure, "resourceGroupLineEdit")->setText(QStringLiteral("migrations"));
    auto *signIn = child<QComboBox>(azure, "signInComboBox");
    signIn->setCurrentIndex(signIn->findData(int(Profile::SignIn::ServicePrincipal)));
    child<QLineEdit>(azure, "tenantLineEdit")->setText(QStringLiteral("contoso.example"));
    child<QLineEdit>(azure, "clientSecretLineEdit")->setText(QStringLiteral("s3cret"));
    child<QPushButton>(azure, "profileSaveButton")->click();
    EXPECT_TRUE(azure->errorText().startsWith(QLatin1String("Application (client) id:")))
        << qPrintable(azure->errorText());

    auto *cloud = child<QComboBox>(azure, "cloudComboBox");
    cloud->setCurrentIndex(cloud->findData(int(service::Cloud::Kind::Custom)));
    child<QLineEdit>(azure, "clientIdLineEdit")->setText(QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"));
    child<QPushButton>(azure, "profileSaveButton")->click();
    EXPECT_TRUE(azure->errorText().startsWith(QLatin1String("Resource Manager URL:")))
        << qPrintable(azure->errorText());
    azure->reject();

    // Nothing was saved.
    EXPECT_EQ(store->profiles().size(), 1);
    EXPECT_TRUE(keychain->scopes().isEmpty());
}

TEST_F(ProfilesUiTest, ForgetAsksThenRemovesTheProfileAndItsKeychainEntries)
{
    ui::ProfilesDialog dialog(*store, *keychain);
    dialog.show();
    ui::ProfileEditorDialog *editor = dialog.addProfile(Profile::Kind::RemoteEngine);
    std::optional<Profile> saved;
    QObject::connect(editor, &ui::ProfileEditorDialog::saved, [&](const Profile &p) { saved = p; });
    fillEngine(editor, QStringLiteral("Doomed"), QStringLiteral("https://doomed.example:7420"),
               QStringLiteral("doomed-token"));
    ASSERT_TRUE(waitUntil([&] { return saved.has_value(); }));
    const service::KeychainScope scope = saved->keychainScope();
    ASSERT_TRUE(readSecret(*keychain, scope, service::KeychainTokenProvider::engineTokenName()).ok());

    std::optional<QString> forgotten;
    QObject::connect(&dialog, &ui::ProfilesDialog::forgotten,
                     [&](const QString &id, const QString &error) { forgotten = id + QLatin1Char('|') + error; });
    dialog.setCurrentProfile(saved->id);

    // Declining keeps everything.
    dialog.forgetProfile();
    auto *confirm = waitForDialog<QMessageBox>(QStringLiteral("forgetConfirmMessageBox"));
    ASSERT_NE(confirm, nullptr);
    EXPECT_TRUE(confirm->text().contains(QLatin1String("Doomed")));
    confirm->button(QMessageBox::Cancel)->click();
    waitUntil([] { return false; }, 100);
    EXPECT_TRUE(store->profile(saved->id).has_value());

    dialog.forgetProfile();
    confirm = waitForDialog<QMessageBox>(QStringLiteral("forgetConfirmMessageBox"));
    ASSERT_NE(confirm, nullptr);
    confirm->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(waitUntil([&] { return forgotten.has_value(); }));
    EXPECT_EQ(*forgotten, saved->id + QLatin1Char('|'));
    EXPECT_FALSE(store->profile(saved->id).has_value());
    EXPECT_EQ(child<QListWidget>(&dialog, "profilesListWidget")->count(), 1);
    EXPECT_EQ(readSecret(*keychain, scope, service::KeychainTokenProvider::engineTokenName()).status,
              KeychainResult::Status::NotFound);
    EXPECT_TRUE(keychain->names(scope).isEmpty());
}

TEST_F(ProfilesUiTest, TheConsoleOnARemoteEngineProfileListsItsServices)
{
    test::EngineFixture engine;
    engine.createServiceAndProject(QStringLiteral("remote-svc"), QStringLiteral("remote-proj"));

    Profile remote;
    remote.displayName = QStringLiteral("Shared engine");
    remote.kind = Profile::Kind::RemoteEngine;
    remote.engineUrl = engine.engine().url();
    remote.subscription = QStringLiteral("00000000-0000-0000-0000-000000000001");
    remote.resourceGroup = QStringLiteral("migrations");
    ASSERT_EQ(store->save(remote), QString());
    ASSERT_TRUE(writeSecret(*keychain, remote.keychainScope(), service::KeychainTokenProvider::engineTokenName(),
                            engine.engine().token())
                    .ok());

    // `godwit --profile "shared engine"`: by name, any case; the embedded engine stays off.
    QCommandLineParser parser;
    ui::StartOptions::addTo(parser);
    ASSERT_TRUE(parser.parse({QStringLiteral("godwit"), QStringLiteral("--profile"), QStringLiteral("shared engine")}));
    const ui::StartOptions start = ui::StartOptions::from(parser);
    EXPECT_EQ(start.handOver(), (QStringList{QStringLiteral("--profile"), QStringLiteral("shared engine")}));
    int localStarts = 0;
    std::unique_ptr<test::EngineFixture> local;
    ui::Console console(*store, *keychain, [&](QString *why) {
        ++localStarts;
        if (!local) {
            *why = QStringLiteral("the data directory is locked");
            return std::optional<ui::Console::LocalEngine>();
        }
        return std::optional<ui::Console::LocalEngine>(
            ui::Console::LocalEngine{local->engine().url(), local->engine().token()});
    });
    const auto chosen = ui::Console::findProfile(*store, start.profileOrLocal());
    ASSERT_TRUE(chosen);
    QString error;
    ASSERT_TRUE(console.open(*chosen, &error)) << qPrintable(error);
    EXPECT_EQ(localStarts, 0);
    QPointer<ui::MainWindow> window = console.window();
    ASSERT_NE(window, nullptr);
    EXPECT_TRUE(window->windowTitle().contains(QLatin1String("Shared engine")));

    auto *navigation = child<QTreeView>(window, "navigationTreeView");
    const QModelIndex root = navigation->model()->index(0, 0);
    EXPECT_EQ(root.data().toString(), QStringLiteral("Shared engine"));
    ASSERT_TRUE(waitUntil([&] { return navigation->model()->rowCount(root) == 1; }));
    EXPECT_EQ(navigation->model()->index(0, 0, root).data().toString(), QStringLiteral("remote-svc"));
    ASSERT_TRUE(
        waitUntil([&] { return navigation->currentIndex().data().toString() == QLatin1String("remote-proj"); }));
    auto *profileCombo = child<QComboBox>(window, "profileComboBox");
    EXPECT_EQ(profileCombo->count(), 2);
    EXPECT_EQ(profileCombo->currentText(), QStringLiteral("Shared engine"));

    // Switching to Local asks for the embedded engine; when it cannot start, the reason is shown
    // and the remote profile stays open.
    console.switchTo(Profile::localId());
    EXPECT_EQ(localStarts, 1);
    auto *box = waitForDialog<QMessageBox>(QStringLiteral("openProfileErrorMessageBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QLatin1String("the data directory is locked"))) << qPrintable(box->text());
    box->accept();
    EXPECT_EQ(console.profile().id, chosen->id);
    EXPECT_EQ(console.window(), window.data());

    // When it starts, Local replaces the window; the open profiles dialog stays open over it.
    local = std::make_unique<test::EngineFixture>();
    QPointer<ui::ProfilesDialog> profiles = console.showProfiles();
    ASSERT_TRUE(profiles);
    console.switchTo(Profile::localId());
    EXPECT_EQ(console.profile().id, Profile::localId());
    ASSERT_NE(console.window(), window.data());
    EXPECT_TRUE(waitUntil([&] { return window.isNull(); }));
    ASSERT_TRUE(profiles);
    EXPECT_TRUE(profiles->isVisible());
    EXPECT_EQ(profiles->parentWidget(), console.window());
    auto *localTree = child<QTreeView>(console.window(), "navigationTreeView");
    EXPECT_EQ(localTree->model()->index(0, 0).data().toString(), QStringLiteral("Local"));
    // A fresh embedded engine gets its first service.
    EXPECT_TRUE(waitUntil([&] { return localTree->model()->rowCount(localTree->model()->index(0, 0)) == 1; }));
}

// `godwit --first-run` (what scripts/run starts after setting up its sandbox): a fresh engine gets a
// service and a project to work in, the hint names the saved connections, and one click opens the
// online migration wizard in that project.
TEST_F(ProfilesUiTest, AFirstRunShowsWhereToStartAndOpensTheOnlineMigrationWizard)
{
    const QString saved = QStringLiteral("First run source %1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    service::ConnectionStore connections;
    service::SavedConnection source;
    source.name = saved;
    source.info = QJsonObject{{QStringLiteral("type"), QStringLiteral("PostgreSqlConnectionInfo")},
                              {QStringLiteral("serverName"), QStringLiteral("127.0.0.1")},
                              {QStringLiteral("port"), 5432}};
    bool savedOk = false;
    connections.save(source, std::nullopt, *keychain, nullptr,
                     [&](const KeychainResult &result) { savedOk = result.ok(); });
    ASSERT_TRUE(waitUntil([&] { return savedOk; }));

    QCommandLineParser parser;
    ui::StartOptions::addTo(parser);
    ASSERT_TRUE(parser.parse({QStringLiteral("godwit"), QStringLiteral("--first-run")}));
    const ui::StartOptions start = ui::StartOptions::from(parser);
    EXPECT_TRUE(start.firstRun);

    test::EngineFixture local;
    ui::Console console(*store, *keychain, [&](QString *) {
        return std::optional<ui::Console::LocalEngine>(
            ui::Console::LocalEngine{local.engine().url(), local.engine().token()});
    });
    console.setFirstRun(start.firstRun);
    QString error;
    ASSERT_TRUE(console.open(Profile::local(), &error)) << qPrintable(error);
    ui::MainWindow *window = console.window();
    auto *hint = child<QWidget>(window, "firstRunHint");
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(child<QLabel>(window, "firstRunHintLabel")->text().contains(saved));

    // The fresh engine's first service and project appear in the tree.
    auto *tree = child<QTreeView>(window, "navigationTreeView");
    const QModelIndex root = tree->model()->index(0, 0);
    ASSERT_TRUE(waitUntil([&] {
        return tree->model()->rowCount(root) == 1 && tree->model()->rowCount(tree->model()->index(0, 0, root)) == 1;
    }));
    EXPECT_EQ(tree->model()->index(0, 0, tree->model()->index(0, 0, root)).data().toString(),
              QStringLiteral("first-migration"));

    child<QPushButton>(window, "firstRunStartButton")->click();
    auto *wizard = waitForDialog<QWizard>(QStringLiteral("taskWizard"));
    ASSERT_NE(wizard, nullptr);
    EXPECT_TRUE(wizard->windowTitle().contains(QLatin1String("PostgreSQL"))) << qPrintable(wizard->windowTitle());
    EXPECT_FALSE(hint->isVisible());
    EXPECT_EQ(tree->currentIndex().data().toString(), QStringLiteral("first-migration"));
    wizard->reject();

    bool removed = false;
    connections.remove(saved, *keychain, nullptr, [&](const KeychainResult &) { removed = true; });
    waitUntil([&] { return removed; });
}

TEST_F(ProfilesUiTest, AWrongEngineTokenIsShownAsAFailedSignInThatCanBeRetried)
{
    test::EngineFixture engine;
    Profile remote;
    remote.displayName = QStringLiteral("Wrong token");
    remote.kind = Profile::Kind::RemoteEngine;
    remote.engineUrl = engine.engine().url();
    ASSERT_EQ(store->save(remote), QString());
    ASSERT_TRUE(writeSecret(*keychain, remote.keychainScope(), service::KeychainTokenProvider::engineTokenName(),
                            QStringLiteral("not-the-token"))
                    .ok());
    ui::Console console(*store, *keychain, {});
    QString error;
    ASSERT_TRUE(console.open(remote, &error)) << qPrintable(error);
    auto *failed = waitForDialog<QMessageBox>(QStringLiteral("signInFailedMessageBox"));
    ASSERT_NE(failed, nullptr);
    EXPECT_TRUE(failed->text().contains(QLatin1String("Wrong token"))) << qPrintable(failed->text());
    EXPECT_FALSE(console.explorer()->isRunning());

    // The right token, then Retry: the console connects.
    ASSERT_TRUE(writeSecret(*keychain, remote.keychainScope(), service::KeychainTokenProvider::engineTokenName(),
                            engine.engine().token())
                    .ok());
    failed->button(QMessageBox::Retry)->click();
    ASSERT_TRUE(waitUntil([&] { return console.explorer()->state() == service::ConnectionState::Connected; }));
    EXPECT_TRUE(console.explorer()->isRunning());
}

TEST_F(ProfilesUiTest, TheDeviceCodeSignInShowsTheCodeAndARefusalCanBeRetried)
{
    test::OAuthServer server;
    server.deviceScript = {QStringLiteral("access_denied")};
    Profile azure = azureProfile(server, QStringLiteral("Contoso"), Profile::SignIn::DeviceCode);
    ASSERT_EQ(store->save(azure), QString());

    ui::Console console(*store, *keychain, {});
    QString error;
    ASSERT_TRUE(console.open(azure, &error)) << qPrintable(error);

    // The code and the page to enter it on, copyable.
    auto *dialog = waitForDialog<ui::SignInDialog>(QStringLiteral("signInDialog"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(waitUntil([&] { return dialog->code() == server.userCode; }));
    EXPECT_TRUE(child<QLineEdit>(dialog, "signInAddressLineEdit")->text().endsWith(QLatin1String("/devicelogin")));
    child<QPushButton>(dialog, "copyCodeButton")->click();
    EXPECT_EQ(QApplication::clipboard()->text(), server.userCode);

    // The person declines: the failure is shown, and nothing starts again by itself.
    auto *failed = waitForDialog<QMessageBox>(QStringLiteral("signInFailedMessageBox"));
    ASSERT_NE(failed, nullptr);
    EXPECT_TRUE(failed->text().contains(QLatin1String("Contoso"))) << qPrintable(failed->text());
    EXPECT_FALSE(console.explorer()->isRunning());
    const qsizetype deviceCodes = server.requests().size();
    waitUntil([] { return false; }, 300);
    EXPECT_EQ(server.requests().size(), deviceCodes);

    // Retry: a new code; this time the sign-in completes and the window goes away.
    server.deviceScript = {QStringLiteral("ok")};
    failed->button(QMessageBox::Retry)->click();
    QPointer<ui::SignInDialog> again = waitForDialog<ui::SignInDialog>(QStringLiteral("signInDialog"));
    ASSERT_TRUE(again);
    ASSERT_TRUE(waitUntil([&] { return again.isNull() || !again->isVisible(); }));
    EXPECT_FALSE(server.lastAccessToken().isEmpty());
    EXPECT_TRUE(console.explorer()->isRunning());
}

TEST_F(ProfilesUiTest, TheBrowserSignInOpensTheSignInPageAndFinishesThroughTheConsole)
{
    test::OAuthServer server;
    FakeBrowser browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    Profile azure = azureProfile(server, QStringLiteral("Contoso browser"), Profile::SignIn::Browser);
    ASSERT_EQ(store->save(azure), QString());

    ui::Console console(*store, *keychain, {});
    QString error;
    ASSERT_TRUE(console.open(azure, &error)) << qPrintable(error);
    // The console opened the sign-in page in the browser; the browser came back with the code.
    ASSERT_TRUE(waitUntil([&] { return !server.lastAccessToken().isEmpty(); }));
    ASSERT_FALSE(browser.opened.isEmpty());
    EXPECT_EQ(browser.opened.first().path(), QStringLiteral("/%1/oauth2/v2.0/authorize").arg(server.tenant));
    EXPECT_TRUE(waitUntil([&] { return !browser.lastPage.isEmpty(); }));
    // The waiting window closes by itself; the refresh token went to the keychain only.
    EXPECT_TRUE(waitUntil([] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String("signInDialog") && w->isVisible())
                return false;
        }
        return true;
    }));
    EXPECT_TRUE(keychain->names(azure.keychainScope()).contains(QStringLiteral("refresh-token")))
        << qPrintable(keychain->names(azure.keychainScope()).join(QLatin1Char(',')));
    QFile file(settingsFile);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(server.lastRefreshToken().toUtf8()));
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

TEST_F(ProfilesUiTest, PreferencesRoundTripAndReachTheTaskWatcher)
{
    test::EngineFixture engine;
    ui::Console console(*store, *keychain, [&](QString *) {
        return std::optional<ui::Console::LocalEngine>(
            ui::Console::LocalEngine{engine.engine().url(), engine.engine().token()});
    });
    QString error;
    ASSERT_TRUE(console.open(Profile::local(), &error)) << qPrintable(error);
    service::TaskWatcher *watcher = console.window()->taskWatcher();
    EXPECT_EQ(watcher->intervals().runningMs, ui::ConsoleSettings{}.runningPollMs);

    ui::SettingsDialog *dialog = console.showPreferences();
    ASSERT_NE(dialog, nullptr);
    child<QDoubleSpinBox>(dialog, "runningPollSpinBox")->setValue(1.5);
    child<QDoubleSpinBox>(dialog, "queuedPollSpinBox")->setValue(12);
    child<QSpinBox>(dialog, "readinessWindowSpinBox")->setValue(90);
    child<QSpinBox>(dialog, "readinessThresholdSpinBox")->setValue(25);
    child<QCheckBox>(dialog, "notificationsCheckBox")->setChecked(false);
    auto *appearance = child<QComboBox>(dialog, "appearanceComboBox");
    appearance->setCurrentIndex(appearance->findData(int(ui::ConsoleSettings::Appearance::Dark)));
    child<QPushButton>(dialog, "settingsOkButton")->click();

    EXPECT_EQ(watcher->intervals().runningMs, 1500);
    EXPECT_EQ(watcher->intervals().queuedMs, 12000);
    // Dark colours: light text on a dark window.
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 100);
    EXPECT_GT(QApplication::palette().color(QPalette::WindowText).lightness(), 180);

    ui::ConsoleSettings expected;
    expected.runningPollMs = 1500;
    expected.queuedPollMs = 12000;
    expected.readinessWindowSeconds = 90;
    expected.readinessPendingThreshold = 25;
    expected.notifications = false;
    expected.appearance = ui::ConsoleSettings::Appearance::Dark;
    EXPECT_TRUE(ui::ConsoleSettings::load() == expected);

    // A new window (another profile, or the next start) gets them from the settings too.
    ui::Console again(*store, *keychain, [&](QString *) {
        return std::optional<ui::Console::LocalEngine>(
            ui::Console::LocalEngine{engine.engine().url(), engine.engine().token()});
    });
    EXPECT_TRUE(again.settings() == expected);

    ui::SettingsDialog reopened(ui::ConsoleSettings::load());
    EXPECT_EQ(child<QSpinBox>(&reopened, "readinessWindowSpinBox")->value(), 90);
    EXPECT_FALSE(child<QCheckBox>(&reopened, "notificationsCheckBox")->isChecked());
    console.applySettings(ui::ConsoleSettings{});
    EXPECT_TRUE(ui::ConsoleSettings::load() == ui::ConsoleSettings{});
}

TEST(NavigationModel, TheProfileIsTheRootOfServicesAndProjects)
{
    core::ResourceStore services;
    core::ResourceStore projects;
    models::NavigationModel model(services, projects);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProfile(QStringLiteral("Shared engine"), QStringLiteral("Engine at https://engine.example"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.profileIndex().data().toString(), QStringLiteral("Shared engine"));
    const QString service
        = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.DataMigration/services/svc");
    services.upsert(QJsonObject{{QStringLiteral("id"), service}, {QStringLiteral("name"), QStringLiteral("svc")}});
    projects.upsert(QJsonObject{{QStringLiteral("id"), QString(service + QStringLiteral("/projects/p"))},
                                {QStringLiteral("name"), QStringLiteral("p")}});
    ASSERT_EQ(model.rowCount(model.profileIndex()), 1);
    const QModelIndex svc = model.index(0, 0, model.profileIndex());
    EXPECT_EQ(svc.data().toString(), QStringLiteral("svc"));
    EXPECT_EQ(model.indexOfId(service), svc);
    EXPECT_EQ(model.index(0, 0, svc).data().toString(), QStringLiteral("p"));
    services.remove(service);
    EXPECT_EQ(model.rowCount(model.profileIndex()), 0);
    EXPECT_EQ(model.rowCount(), 1);
}

TEST(SingleInstance, ASecondStartHandsItsArgumentsToTheFirstAndStops)
{
    QTemporaryDir runtime;
    const QString name = runtime.filePath(QStringLiteral("console.socket"));
    // The first console answers from its own event loop, as it would in its own process.
    QThread thread;
    auto *first = new ui::SingleInstance(name);
    first->moveToThread(&thread);
    QMutex mutex;
    QStringList received;
    QObject::connect(
        first, &ui::SingleInstance::activated, first,
        [&](const QStringList &arguments) {
            const QMutexLocker lock(&mutex);
            received = arguments;
        },
        Qt::DirectConnection);
    thread.start();
    bool claimed = false;
    QMetaObject::invokeMethod(
        first, [&] { claimed = first->claim({}); }, Qt::BlockingQueuedConnection);
    ASSERT_TRUE(claimed);

    ui::SingleInstance second(name);
    EXPECT_FALSE(second.claim({QStringLiteral("--profile"), QStringLiteral("Shared engine")}));
    EXPECT_FALSE(second.isListening());
    EXPECT_TRUE(waitUntil([&] {
        const QMutexLocker lock(&mutex);
        return received == QStringList{QStringLiteral("--profile"), QStringLiteral("Shared engine")};
    }));

    QMetaObject::invokeMethod(
        first, [first] { delete first; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();

    // With the first one gone (even when its socket was left behind), the next start claims it.
    ui::SingleInstance third(name);
    EXPECT_TRUE(third.claim({}));
    EXPECT_TRUE(third.isListening());
}

// The sandbox's console runs on its own engine directory beside the user's everyday console; the
// everyday one, however started, stays single.
TEST(SingleInstance, IsOnePerEngineDirectory)
{
    const QString home = QStringLiteral("/home/dba/.local/share/godwit/console-engine");
    EXPECT_EQ(ui::SingleInstance::serverNameFor(home, home), ui::SingleInstance::defaultServerName());
    EXPECT_EQ(ui::SingleInstance::serverNameFor(home + QLatin1Char('/'), home),
              ui::SingleInstance::defaultServerName());
    EXPECT_EQ(ui::SingleInstance::serverNameFor(QString(), home), ui::SingleInstance::defaultServerName());
    const QString sandbox = ui::SingleInstance::serverNameFor(QStringLiteral("/tmp/godwit-sandbox.x1/engine"), home);
    EXPECT_NE(sandbox, ui::SingleInstance::defaultServerName());
    EXPECT_EQ(sandbox, ui::SingleInstance::serverNameFor(QStringLiteral("/tmp/godwit-sandbox.x1/engine/"), home));
    EXPECT_NE(sandbox, ui::SingleInstance::serverNameFor(QStringLiteral("/tmp/godwit-sandbox.x2/engine"), home));
    EXPECT_TRUE(sandbox.endsWith(QLatin1String(".socket")));
}

#include "tst_profiles.moc"
