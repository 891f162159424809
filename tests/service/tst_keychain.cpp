// The keychain facade against a real Secret Service: the private gnome-keyring that scripts/test
// starts in its own D-Bus session.

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include "oauthserver.h"
#include "service/keychain.h"
#include "support/printers.h"

using namespace godwit;
using service::Keychain;
using service::KeychainResult;
using service::KeychainScope;
using test::awaitKeychain;

namespace {

/// Each test gets its own index file and its own scope, so tests may run in parallel against the
/// same keyring.
class KeychainTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            << "the keychain tests need the private D-Bus session with an unlocked gnome-keyring that "
               "scripts/test starts; run them through scripts/test";
        ASSERT_TRUE(dir.isValid());
        keychain = std::make_unique<Keychain>(indexFile());
        scope = {QStringLiteral("https://engine.test.invalid:7420/%1").arg(QUuid::createUuid().toString(QUuid::Id128)),
                 QStringLiteral("profile-a")};
    }

    QString indexFile() const { return dir.filePath(QStringLiteral("godwit.conf")); }

    KeychainResult write(const KeychainScope &s, const QString &name, const QString &value)
    {
        return awaitKeychain(
            [&](Keychain::Callback done) { keychain->write(s, name, core::Secret(value), nullptr, std::move(done)); });
    }
    KeychainResult read(const KeychainScope &s, const QString &name)
    {
        return awaitKeychain([&](Keychain::Callback done) { keychain->read(s, name, nullptr, std::move(done)); });
    }
    KeychainResult remove(const KeychainScope &s, const QString &name)
    {
        return awaitKeychain([&](Keychain::Callback done) { keychain->remove(s, name, nullptr, std::move(done)); });
    }

    QTemporaryDir dir;
    std::unique_ptr<Keychain> keychain;
    KeychainScope scope;
};

} // namespace

TEST(KeychainKeys, AreScopedByAppEndpointAccountAndName)
{
    EXPECT_EQ(Keychain::serviceName(), QStringLiteral("godwit"));
    EXPECT_EQ(Keychain::key({QStringLiteral("https://management.azure.com"), QStringLiteral("p1")},
                            QStringLiteral("refresh-token")),
              QStringLiteral("godwit:https://management.azure.com:p1:refresh-token"));
    EXPECT_EQ(Keychain::connectionPasswordName(QStringLiteral("pg-prod")), QStringLiteral("connection:pg-prod"));
}

TEST_F(KeychainTest, WritesReadsAndDeletesASecret)
{
    const KeychainResult written = write(scope, QStringLiteral("client-secret"), QStringLiteral("s3cr+t&=ü"));
    ASSERT_TRUE(written.ok()) << qPrintable(written.error);

    const KeychainResult found = read(scope, QStringLiteral("client-secret"));
    ASSERT_TRUE(found.ok()) << qPrintable(found.error);
    EXPECT_EQ(found.value.reveal(), QStringLiteral("s3cr+t&=ü"));

    // Overwriting replaces the value.
    ASSERT_TRUE(write(scope, QStringLiteral("client-secret"), QStringLiteral("second")).ok());
    EXPECT_EQ(read(scope, QStringLiteral("client-secret")).value.reveal(), QStringLiteral("second"));

    const KeychainResult removed = remove(scope, QStringLiteral("client-secret"));
    EXPECT_TRUE(removed.ok()) << qPrintable(removed.error);
    const KeychainResult gone = read(scope, QStringLiteral("client-secret"));
    EXPECT_EQ(gone.status, KeychainResult::Status::NotFound);
    EXPECT_FALSE(gone.error.isEmpty());
    EXPECT_TRUE(gone.value.isEmpty());

    // Removing what is not there is not an error.
    EXPECT_TRUE(remove(scope, QStringLiteral("client-secret")).ok());
}

TEST_F(KeychainTest, KeepsScopesApart)
{
    const KeychainScope other{scope.endpoint, QStringLiteral("profile-b")};
    ASSERT_TRUE(write(scope, QStringLiteral("refresh-token"), QStringLiteral("for-a")).ok());
    ASSERT_TRUE(write(other, QStringLiteral("refresh-token"), QStringLiteral("for-b")).ok());
    EXPECT_EQ(read(scope, QStringLiteral("refresh-token")).value.reveal(), QStringLiteral("for-a"));
    EXPECT_EQ(read(other, QStringLiteral("refresh-token")).value.reveal(), QStringLiteral("for-b"));
    ASSERT_TRUE(remove(scope, QStringLiteral("refresh-token")).ok());
    EXPECT_EQ(read(scope, QStringLiteral("refresh-token")).status, KeychainResult::Status::NotFound);
    EXPECT_EQ(read(other, QStringLiteral("refresh-token")).value.reveal(), QStringLiteral("for-b"));
    EXPECT_TRUE(remove(other, QStringLiteral("refresh-token")).ok());
}

TEST_F(KeychainTest, IndexesKeyNamesAndForgetsAWholeScope)
{
    const KeychainScope other{scope.endpoint, QStringLiteral("profile-b")};
    ASSERT_TRUE(write(scope, QStringLiteral("refresh-token"), QStringLiteral("rt")).ok());
    ASSERT_TRUE(write(scope, QStringLiteral("client-secret"), QStringLiteral("cs")).ok());
    const KeychainResult connection = awaitKeychain([&](Keychain::Callback done) {
        keychain->writeConnectionPassword(scope, QStringLiteral("pg-prod"), core::Secret(QStringLiteral("pw")), nullptr,
                                          std::move(done));
    });
    ASSERT_TRUE(connection.ok()) << qPrintable(connection.error);
    ASSERT_TRUE(write(other, QStringLiteral("refresh-token"), QStringLiteral("keep-me")).ok());

    QStringList names = keychain->names(scope);
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("client-secret"), QStringLiteral("connection:pg-prod"),
                                  QStringLiteral("refresh-token")}));
    EXPECT_TRUE(keychain->scopes().contains(scope));
    EXPECT_TRUE(keychain->scopes().contains(other));

    // The index survives the process: another facade on the same settings file sees it.
    EXPECT_EQ(Keychain(indexFile()).names(scope).size(), 3);

    const KeychainResult forgotten
        = awaitKeychain([&](Keychain::Callback done) { keychain->forgetScope(scope, nullptr, std::move(done)); });
    ASSERT_TRUE(forgotten.ok()) << qPrintable(forgotten.error);
    EXPECT_TRUE(keychain->names(scope).isEmpty());
    EXPECT_FALSE(keychain->scopes().contains(scope));
    for (const QString &name :
         {QStringLiteral("refresh-token"), QStringLiteral("client-secret"), QStringLiteral("connection:pg-prod")})
        EXPECT_EQ(read(scope, name).status, KeychainResult::Status::NotFound) << qPrintable(name);

    // The other profile's secret is untouched.
    EXPECT_EQ(read(other, QStringLiteral("refresh-token")).value.reveal(), QStringLiteral("keep-me"));
    EXPECT_TRUE(remove(other, QStringLiteral("refresh-token")).ok());
    EXPECT_TRUE(keychain->scopes().isEmpty());
}

TEST_F(KeychainTest, RemovingAKeyTakesItOutOfTheIndex)
{
    ASSERT_TRUE(write(scope, QStringLiteral("a"), QStringLiteral("1")).ok());
    ASSERT_TRUE(write(scope, QStringLiteral("b"), QStringLiteral("2")).ok());
    ASSERT_TRUE(remove(scope, QStringLiteral("a")).ok());
    EXPECT_EQ(keychain->names(scope), QStringList{QStringLiteral("b")});
    ASSERT_TRUE(remove(scope, QStringLiteral("b")).ok());
    EXPECT_TRUE(keychain->names(scope).isEmpty());
    EXPECT_FALSE(keychain->scopes().contains(scope));
}

TEST_F(KeychainTest, ForgettingAnEmptyScopeSucceedsAsynchronously)
{
    bool called = false;
    keychain->forgetScope(scope, nullptr, [&](const KeychainResult &result) {
        called = true;
        EXPECT_TRUE(result.ok());
    });
    EXPECT_FALSE(called); // never from within the call
    EXPECT_TRUE(test::waitUntil([&] { return called; }, 5000));
}

TEST_F(KeychainTest, ConnectionPasswordsGoThroughTheFacade)
{
    const auto writePassword = [&](const QString &value) {
        return awaitKeychain([&](Keychain::Callback done) {
            keychain->writeConnectionPassword(scope, QStringLiteral("target sql"), core::Secret(value), nullptr,
                                              std::move(done));
        });
    };
    ASSERT_TRUE(writePassword(QStringLiteral("Pa$$w0rd")).ok());
    const KeychainResult found = awaitKeychain([&](Keychain::Callback done) {
        keychain->readConnectionPassword(scope, QStringLiteral("target sql"), nullptr, std::move(done));
    });
    ASSERT_TRUE(found.ok()) << qPrintable(found.error);
    EXPECT_EQ(found.value.reveal(), QStringLiteral("Pa$$w0rd"));
    // The same entry as the generic API under the connection name.
    EXPECT_EQ(read(scope, QStringLiteral("connection:target sql")).value.reveal(), QStringLiteral("Pa$$w0rd"));
    const KeychainResult removed = awaitKeychain([&](Keychain::Callback done) {
        keychain->removeConnectionPassword(scope, QStringLiteral("target sql"), nullptr, std::move(done));
    });
    EXPECT_TRUE(removed.ok());
    EXPECT_EQ(read(scope, QStringLiteral("connection:target sql")).status, KeychainResult::Status::NotFound);
}

TEST_F(KeychainTest, AJobThatTakesTooLongReportsATimeoutOnceAndNeverHangs)
{
    // QtKeychain runs one job at a time: behind a queue of other jobs, and with a timeout far
    // shorter than one Secret Service round trip, this read cannot be answered in time.
    int backgroundDone = 0;
    for (int i = 0; i < 20; ++i)
        keychain->read(scope, QStringLiteral("busy-%1").arg(i), nullptr,
                       [&](const KeychainResult &) { ++backgroundDone; });
    keychain->setTimeoutMs(1);
    int calls = 0;
    KeychainResult result;
    keychain->read(scope, QStringLiteral("slow"), nullptr, [&](const KeychainResult &r) {
        ++calls;
        result = r;
    });
    ASSERT_TRUE(test::waitUntil([&] { return calls > 0; }, 5000));
    EXPECT_EQ(result.status, KeychainResult::Status::TimedOut);
    EXPECT_TRUE(result.error.contains(QLatin1String("did not answer"))) << qPrintable(result.error);
    // The job itself ends later; its answer must not produce a second callback.
    EXPECT_TRUE(test::waitUntil([&] { return backgroundDone == 20; }, 15000));
    test::spin(100);
    EXPECT_EQ(calls, 1);

    // The facade keeps working afterwards.
    keychain->setTimeoutMs(Keychain::kDefaultTimeoutMs);
    ASSERT_TRUE(write(scope, QStringLiteral("after"), QStringLiteral("ok")).ok());
    EXPECT_EQ(read(scope, QStringLiteral("after")).value.reveal(), QStringLiteral("ok"));
    EXPECT_TRUE(remove(scope, QStringLiteral("after")).ok());
}

TEST_F(KeychainTest, ACallbackIsSkippedWhenItsContextIsGone)
{
    bool called = false;
    auto context = std::make_unique<QObject>();
    keychain->write(scope, QStringLiteral("ctx"), core::Secret(QStringLiteral("v")), context.get(),
                    [&](const KeychainResult &) { called = true; });
    context.reset();
    // The write itself still happens; only the callback is dropped.
    EXPECT_TRUE(test::waitUntil([&] { return read(scope, QStringLiteral("ctx")).ok(); }, 10000));
    EXPECT_FALSE(called);
    EXPECT_TRUE(remove(scope, QStringLiteral("ctx")).ok());
}

TEST_F(KeychainTest, NoSecretIsWrittenToTheSettingsFileOrAnyConfigFile)
{
    const QString secret = QStringLiteral("plaintext-canary-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    ASSERT_TRUE(write(scope, QStringLiteral("refresh-token"), secret).ok());
    ASSERT_TRUE(read(scope, QStringLiteral("refresh-token")).ok());

    QFile index(indexFile());
    ASSERT_TRUE(index.open(QIODevice::ReadOnly));
    const QByteArray contents = index.readAll();
    EXPECT_TRUE(contents.contains("refresh-token"));  // the name is indexed...
    EXPECT_FALSE(contents.contains(secret.toUtf8())); // ...the value never

    // Nor did anything fall back to a plain-text store among the settings files.
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QDirIterator it(config, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int scanned = 0;
    while (it.hasNext() && scanned < 2000) {
        QFile file(it.next());
        if (file.size() > 4 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        ++scanned;
        EXPECT_FALSE(file.readAll().contains(secret.toUtf8())) << qPrintable(file.fileName());
    }
    EXPECT_TRUE(remove(scope, QStringLiteral("refresh-token")).ok());
}
