// Saved connections: the ConnectionInfo in the shared settings file without its password, the
// password in the keychain, and what a wizard or the CLI gets back.

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include "oauthserver.h"
#include "service/connectionstore.h"
#include "support/printers.h"

using namespace godwit;
using service::ConnectionStore;
using service::Keychain;
using service::KeychainResult;
using service::SavedConnection;
using test::awaitKeychain;

namespace {

QJsonObject pgInfo()
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("PostgreSqlConnectionInfo")},
                       {QStringLiteral("serverName"), QStringLiteral("db.example.com")},
                       {QStringLiteral("port"), 5432},
                       {QStringLiteral("databaseName"), QStringLiteral("postgres")},
                       {QStringLiteral("userName"), QStringLiteral("migrator")},
                       {QStringLiteral("encryptConnection"), true}};
}

class ConnectionStoreTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }
    QString settingsFile() const { return dir.filePath(QStringLiteral("godwit.conf")); }
    /// A name no other run of the suite uses, since the keychain outlives the test.
    static QString uniqueName(const QString &prefix)
    {
        return QStringLiteral("%1 %2").arg(prefix, QUuid::createUuid().toString(QUuid::Id128).left(12));
    }
    KeychainResult save(ConnectionStore &store, const SavedConnection &c, std::optional<core::Secret> password)
    {
        return awaitKeychain(
            [&](Keychain::Callback done) { store.save(c, password, keychain, nullptr, std::move(done)); });
    }
    KeychainResult readPassword(ConnectionStore &store, const QString &name)
    {
        return awaitKeychain(
            [&](Keychain::Callback done) { store.readPassword(name, keychain, nullptr, std::move(done)); });
    }
    QByteArray settingsContents() const
    {
        QFile file(settingsFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir dir;
    Keychain keychain{dir.filePath(QStringLiteral("godwit.conf"))};
};

} // namespace

TEST_F(ConnectionStoreTest, KeepsTheInfoInSettingsAndThePasswordOnlyInTheKeychain)
{
    ConnectionStore store(settingsFile());
    QSignalSpy changed(&store, &ConnectionStore::changed);
    const QString name = uniqueName(QStringLiteral("Prod source"));
    const QString password = QStringLiteral("s3cret-%1").arg(QUuid::createUuid().toString(QUuid::Id128));

    SavedConnection c;
    c.name = name;
    c.info = pgInfo();
    // A password inside the info is never written to the settings file.
    c.info.insert(QStringLiteral("password"), password);
    const KeychainResult saved = save(store, c, core::Secret(password));
    ASSERT_TRUE(saved.ok()) << qPrintable(saved.error);
    EXPECT_EQ(changed.size(), 1);

    const std::optional<SavedConnection> loaded = store.connection(name);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->name, name);
    EXPECT_TRUE(loaded->hasPassword);
    EXPECT_FALSE(loaded->info.contains(QStringLiteral("password")));
    EXPECT_EQ(loaded->info, pgInfo());
    EXPECT_EQ(loaded->type(), QStringLiteral("PostgreSqlConnectionInfo"));
    EXPECT_EQ(loaded->summary(), QStringLiteral("migrator@db.example.com:5432"));

    EXPECT_FALSE(settingsContents().contains(password.toUtf8()));
    EXPECT_TRUE(settingsContents().contains("db.example.com"));

    const KeychainResult read = readPassword(store, name);
    ASSERT_TRUE(read.ok()) << qPrintable(read.error);
    EXPECT_EQ(read.value.reveal(), password);

    const QJsonObject filled = ConnectionStore::withPassword(loaded->info, read.value);
    EXPECT_EQ(filled.value(QStringLiteral("password")).toString(), password);

    // Another store on the same file (the CLI) sees it.
    ConnectionStore other(settingsFile());
    ASSERT_EQ(other.connections().size(), 1);
    EXPECT_EQ(other.connections().first().name, name);

    const KeychainResult removed
        = awaitKeychain([&](Keychain::Callback done) { store.remove(name, keychain, nullptr, std::move(done)); });
    ASSERT_TRUE(removed.ok()) << qPrintable(removed.error);
    EXPECT_FALSE(store.connection(name));
    EXPECT_EQ(other.connections().size(), 0);
    EXPECT_EQ(awaitKeychain([&](Keychain::Callback done) {
                  keychain.readConnectionPassword(ConnectionStore::keychainScope(), name, nullptr, std::move(done));
              }).status,
              KeychainResult::Status::NotFound);
}

TEST_F(ConnectionStoreTest, SavingAgainWithoutAPasswordKeepsTheKeptOne)
{
    ConnectionStore store(settingsFile());
    const QString name = uniqueName(QStringLiteral("target"));
    SavedConnection c;
    c.name = name;
    c.info = pgInfo();
    ASSERT_TRUE(save(store, c, core::Secret(QStringLiteral("first"))).ok());

    c.info.insert(QStringLiteral("port"), 6432);
    ASSERT_TRUE(save(store, c, std::nullopt).ok());
    const std::optional<SavedConnection> loaded = store.connection(name);
    ASSERT_TRUE(loaded);
    EXPECT_TRUE(loaded->hasPassword);
    EXPECT_EQ(loaded->info.value(QStringLiteral("port")).toInt(), 6432);
    EXPECT_EQ(readPassword(store, name).value.reveal(), QStringLiteral("first"));

    ASSERT_TRUE(
        awaitKeychain([&](Keychain::Callback done) { store.remove(name, keychain, nullptr, std::move(done)); }).ok());
}

TEST_F(ConnectionStoreTest, AConnectionWithoutPasswordSaysSo)
{
    ConnectionStore store(settingsFile());
    const QString name = uniqueName(QStringLiteral("trusted"));
    SavedConnection c;
    c.name = name;
    c.info = pgInfo();
    ASSERT_TRUE(save(store, c, std::nullopt).ok());
    EXPECT_FALSE(store.connection(name)->hasPassword);
    const KeychainResult read = readPassword(store, name);
    EXPECT_EQ(read.status, KeychainResult::Status::NotFound);
    EXPECT_TRUE(read.error.contains(name)) << qPrintable(read.error);

    const KeychainResult missing = readPassword(store, QStringLiteral("nobody"));
    EXPECT_EQ(missing.status, KeychainResult::Status::NotFound);
    EXPECT_TRUE(missing.error.contains(QStringLiteral("nobody"))) << qPrintable(missing.error);
}

TEST_F(ConnectionStoreTest, InvalidConnectionsAreRefusedWithTheFieldNamedAndNothingWritten)
{
    ConnectionStore store(settingsFile());
    struct Case
    {
        QString name;
        QJsonObject info;
        QString expected;
    };
    QJsonObject noServer = pgInfo();
    noServer.remove(QStringLiteral("serverName"));
    QJsonObject badPort = pgInfo();
    badPort.insert(QStringLiteral("port"), QStringLiteral("fifty"));
    const QList<Case> cases{
        {QString(), pgInfo(), QStringLiteral("name:")},
        {QStringLiteral("../etc"), pgInfo(), QStringLiteral("name:")},
        {QStringLiteral("ok"), QJsonObject{{QStringLiteral("serverName"), QStringLiteral("x")}},
         QStringLiteral("type:")},
        {QStringLiteral("ok"), QJsonObject{{QStringLiteral("type"), QStringLiteral("CassandraConnectionInfo")}},
         QStringLiteral("CassandraConnectionInfo")},
        {QStringLiteral("ok"), noServer, QStringLiteral("serverName")},
        {QStringLiteral("ok"), badPort, QStringLiteral("port")},
    };
    for (const Case &tc : cases) {
        SavedConnection c;
        c.name = tc.name;
        c.info = tc.info;
        const KeychainResult result = save(store, c, core::Secret(QStringLiteral("never-stored")));
        EXPECT_FALSE(result.ok()) << qPrintable(tc.expected);
        EXPECT_TRUE(result.error.contains(tc.expected)) << qPrintable(result.error);
    }
    EXPECT_TRUE(store.connections().isEmpty());
    EXPECT_FALSE(settingsContents().contains("never-stored"));
}

TEST_F(ConnectionStoreTest, ListsByNameAndFiltersByPlatform)
{
    ConnectionStore store(settingsFile());
    const QStringList names{QStringLiteral("zeta pg"), QStringLiteral("Alpha mysql"), QStringLiteral("beta/sql")};
    SavedConnection pg;
    pg.name = names[0];
    pg.info = pgInfo();
    SavedConnection my;
    my.name = names[1];
    my.info = QJsonObject{{QStringLiteral("type"), QStringLiteral("MySqlConnectionInfo")},
                          {QStringLiteral("serverName"), QStringLiteral("mysql.example")},
                          {QStringLiteral("port"), 3306}};
    SavedConnection sql;
    sql.name = QStringLiteral("beta sql");
    sql.info = QJsonObject{{QStringLiteral("type"), QStringLiteral("SqlConnectionInfo")},
                           {QStringLiteral("dataSource"), QStringLiteral("sql.example,1433")}};
    for (const SavedConnection &c : {pg, my, sql})
        ASSERT_TRUE(save(store, c, std::nullopt).ok()) << qPrintable(c.name);

    QStringList listed;
    for (const SavedConnection &c : store.connections())
        listed << c.name;
    EXPECT_EQ(listed,
              (QStringList{QStringLiteral("Alpha mysql"), QStringLiteral("beta sql"), QStringLiteral("zeta pg")}));
    const QList<SavedConnection> pgOnly = store.connections(QStringList{QStringLiteral("PostgreSqlConnectionInfo")});
    ASSERT_EQ(pgOnly.size(), 1);
    EXPECT_EQ(pgOnly.first().name, QStringLiteral("zeta pg"));
    EXPECT_EQ(store.connection(QStringLiteral("beta sql"))->summary(), QStringLiteral("sql.example,1433"));
}
