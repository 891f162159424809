// Secrets never show in debug output or in anything returned, for every definition.

#include <QJsonDocument>

#include <gtest/gtest.h>

#include "support/printers.h"

#include "core/dmstypes.h"
#include "core/redaction.h"
#include "core/schema.h"
#include "schemadocs.h"

using namespace godwit;
using namespace godwit::core;

namespace {

QString debugText(const auto &value)
{
    QString out;
    QDebug(&out) << value;
    return out;
}

} // namespace

TEST(Secrets, SecretPrintsAsAMask)
{
    const Secret secret(QStringLiteral("hunter2"));
    EXPECT_FALSE(debugText(secret).contains(QLatin1String("hunter2")));
    EXPECT_TRUE(debugText(secret).contains(QLatin1String("********")));
    EXPECT_EQ(secret.reveal(), QStringLiteral("hunter2"));
}

TEST(Secrets, TypedValuesPrintWithSecretsMasked)
{
    dms::MySqlConnectionInfo info;
    info.setServerName(QStringLiteral("mysql.internal"));
    info.setPort(3306);
    info.setPassword(Secret(QStringLiteral("hunter2")));
    const QString text = debugText(info);
    EXPECT_FALSE(text.contains(QLatin1String("hunter2"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QLatin1String("mysql.internal")));
    EXPECT_TRUE(text.contains(QLatin1String("\"password\":\"********\"")));
}

TEST(Secrets, ConnectionStringsLoseOnlyTheirPassword)
{
    EXPECT_EQ(stripUriPassword(QStringLiteral("mongodb://dba:p%40ss@host:27017/db?ssl=true")),
              QStringLiteral("mongodb://dba@host:27017/db?ssl=true"));
    EXPECT_EQ(stripUriPassword(QStringLiteral("mongodb+srv://dba:pw@cluster.example/")),
              QStringLiteral("mongodb+srv://dba@cluster.example/"));
    EXPECT_EQ(stripUriPassword(QStringLiteral("mongodb://host:27017")), QStringLiteral("mongodb://host:27017"));
    EXPECT_EQ(stripUriPassword(QStringLiteral("mongodb://dba:pw@h/"), SecretPolicy::Mask),
              QStringLiteral("mongodb://dba:********@h/"));
}

// Property test over every definition: no generated secret survives Omit or Mask.
TEST(Secrets, NoSecretSurvivesRedactionInAnyDefinition)
{
    const Schema &schema = Schema::instance();
    int secretsSeen = 0;
    for (const QString &definition : schema.definitionNames()) {
        if (!schema.definition(definition)->enumName.isEmpty())
            continue;
        for (quint32 seed = 1; seed <= 3; ++seed) {
            test::DocumentGenerator::Options options;
            options.optionalChance = 0.9;
            test::DocumentGenerator generator(seed, options);
            const QJsonObject doc = generator.generate(definition);
            const QByteArray omitted = QJsonDocument(redactSecrets(doc, SecretPolicy::Omit)).toJson();
            const QByteArray masked = QJsonDocument(redactSecrets(doc, SecretPolicy::Mask)).toJson();
            const QString printed = debugText(dms::Record(doc));
            for (const QString &secret : generator.secrets()) {
                ++secretsSeen;
                EXPECT_FALSE(omitted.contains(secret.toUtf8())) << qPrintable(definition);
                EXPECT_FALSE(masked.contains(secret.toUtf8())) << qPrintable(definition);
                EXPECT_FALSE(printed.contains(secret)) << qPrintable(definition);
            }
        }
    }
    EXPECT_GT(secretsSeen, 100); // the generator did produce secrets to hide
}

TEST(Secrets, ResentDocumentsKeepStoredSecrets)
{
    const QJsonObject stored
        = QJsonDocument::fromJson(R"({"input":{"sourceConnectionInfo":{"type":"MySqlConnectionInfo",
        "serverName":"a","port":3306,"password":"pw"},"mongo":{"connectionString":"mongodb://u:secret@h/"}}})")
              .object();
    const QJsonObject resent = redactSecrets(stored);
    EXPECT_EQ(restoreSecrets(resent, stored).toObject(), stored);
    // A changed connection string is the user's new value, not restored.
    QJsonObject changed = resent;
    QJsonObject input = changed.value(QLatin1String("input")).toObject();
    input.insert(QStringLiteral("mongo"),
                 QJsonObject{{QStringLiteral("connectionString"), QStringLiteral("mongodb://v@other/")}});
    changed.insert(QStringLiteral("input"), input);
    const QJsonObject restored = restoreSecrets(changed, stored).toObject();
    EXPECT_EQ(restored[QLatin1String("input")][QLatin1String("mongo")][QLatin1String("connectionString")].toString(),
              QStringLiteral("mongodb://v@other/"));
    EXPECT_EQ(
        restored[QLatin1String("input")][QLatin1String("sourceConnectionInfo")][QLatin1String("password")].toString(),
        QStringLiteral("pw"));
}
