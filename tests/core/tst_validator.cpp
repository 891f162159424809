// Validation against the schema: valid documents pass silently, invalid ones are reported with
// the JSON path, what was expected and what came.

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include "support/printers.h"

#include "core/decode.h"
#include "core/dmstypes.h"
#include "core/validator.h"
#include "support/testdata.h"

using namespace godwit;
using core::Issue;
using core::Validator;

namespace {

Validator::Direction directionOf(const QJsonObject &testCase)
{
    return testCase.value(QLatin1String("direction")).toString() == QLatin1String("response")
               ? Validator::Direction::Response
               : Validator::Direction::Request;
}

QString render(const core::Issues &issues)
{
    QStringList lines;
    for (const Issue &i : issues)
        lines.append((i.isError() ? QStringLiteral("error ") : QStringLiteral("warning ")) + i.toString());
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}

class ValidDocument : public ::testing::TestWithParam<QString>
{
};

TEST_P(ValidDocument, ValidatesCleanlyAndRoundTrips)
{
    const QJsonObject testCase = test::readJsonObject(GetParam());
    const QString definition = testCase.value(QLatin1String("definition")).toString();
    const QJsonObject document = testCase.value(QLatin1String("document")).toObject();
    core::Issues issues = Validator(directionOf(testCase)).validate(document, definition);
    // Members the schema does not know (real clients send some) are kept with a warning only.
    issues.removeIf([](const Issue &i) { return i.code == Issue::Code::UnknownMember; });
    EXPECT_EQ(render(issues), QString()) << qPrintable(GetParam());
    EXPECT_EQ(QJsonDocument::fromJson(QJsonDocument(document).toJson()).object(), document);
}

INSTANTIATE_TEST_SUITE_P(
    Documents, ValidDocument,
    ::testing::ValuesIn(test::dataFiles(QStringLiteral("documents"), QStringLiteral("*.json"))),
    [](const ::testing::TestParamInfo<QString> &p) {
        QString name = p.param.section(QLatin1Char('/'), -1).chopped(5);
        name.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char('.'), QLatin1Char('_'));
        return name.toStdString();
    });

class InvalidDocument : public ::testing::TestWithParam<QString>
{
};

TEST_P(InvalidDocument, ReportsExactlyTheExpectedIssues)
{
    const QJsonObject testCase = test::readJsonObject(GetParam());
    const QString definition = testCase.value(QLatin1String("definition")).toString();
    const core::Issues issues
        = Validator(directionOf(testCase)).validate(testCase.value(QLatin1String("document")), definition);
    QStringList expected;
    for (const QJsonValue &e : testCase.value(QLatin1String("expect")).toArray()) {
        const QJsonObject o = e.toObject();
        const QString path = o.value(QLatin1String("path")).toString();
        const QString message = o.value(QLatin1String("message")).toString();
        expected.append(o.value(QLatin1String("severity")).toString() + QLatin1Char(' ')
                        + (path.isEmpty() ? message : path + QStringLiteral(": ") + message));
    }
    expected.sort();
    EXPECT_EQ(render(issues), expected.join(QLatin1Char('\n'))) << qPrintable(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Documents, InvalidDocument,
    ::testing::ValuesIn(test::dataFiles(QStringLiteral("invalid"), QStringLiteral("*.json"))),
    [](const ::testing::TestParamInfo<QString> &p) {
        QString name = p.param.section(QLatin1Char('/'), -1).chopped(5);
        name.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char('.'), QLatin1Char('_'));
        return name.toStdString();
    });

QJsonObject task(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

TEST(Validator, NamesThePathOfAMissingNestedField)
{
    const auto issues
        = Validator().validate(task(R"({"properties":{"taskType":"Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2",
        "input":{"sourceConnectionInfo":{"type":"PostgreSqlConnectionInfo","serverName":"a","port":5432},
                 "targetConnectionInfo":{"type":"PostgreSqlConnectionInfo","serverName":"b","port":5432},
                 "selectedDatabases":[{"name":"inventory"},{"targetDatabaseName":"x"}]}}})"),
                               QStringLiteral("ProjectTask"));
    ASSERT_EQ(issues.size(), 0) << "selectedDatabases[].name is optional in the swagger";

    const auto missing = Validator().validate(task(R"({"properties":{"taskType":"GetUserTablesPostgreSql",
        "input":{"connectionInfo":{"type":"PostgreSqlConnectionInfo","port":5432}}}})"),
                                              QStringLiteral("ProjectTask"));
    ASSERT_EQ(missing.size(), 2);
    EXPECT_EQ(missing[0].toString(),
              QStringLiteral("properties.input.connectionInfo.serverName: required field missing"));
    EXPECT_EQ(missing[1].toString(), QStringLiteral("properties.input.selectedDatabases: required field missing"));
}

TEST(Validator, ReportsWrongTypesWithWhatWasExpectedAndWhatCame)
{
    const auto issues = Validator().validate(task(R"({"properties":{"taskType":"GetUserTablesPostgreSql",
        "input":{"connectionInfo":{"type":"PostgreSqlConnectionInfo","serverName":"a","port":"five"},
                 "selectedDatabases":["a", 3, {"x":1}]}}})"),
                                             QStringLiteral("ProjectTask"));
    QStringList texts;
    for (const Issue &i : issues)
        texts.append(i.toString());
    EXPECT_EQ(texts,
              (QStringList{
                  QStringLiteral("properties.input.connectionInfo.port: expected integer, got string"),
                  QStringLiteral("properties.input.selectedDatabases[1]: number sent where a string is expected"),
                  QStringLiteral("properties.input.selectedDatabases[2]: expected string, got object"),
              }))
        << qPrintable(texts.join(QLatin1Char('\n')));
}

TEST(Validator, UnknownDiscriminatorIsReportedNotCrashedOn)
{
    const auto issues = Validator().validate(
        task(R"({"properties":{"taskType":"Migrate.Db2.Somewhere","input":{"x":1}}})"), QStringLiteral("ProjectTask"));
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].code, Issue::Code::UnknownDiscriminator);
    EXPECT_EQ(issues[0].toString(),
              QStringLiteral("properties.taskType: unknown taskType 'Migrate.Db2.Somewhere' (38 known values)"));
}

TEST(Validator, ReadOnlyMembersAreIgnoredInRequestsAndCheckedInResponses)
{
    const QJsonObject doc = task(R"({"properties":{"taskType":"ConnectToSource.PostgreSql.Sync","state":42,
        "input":{"sourceConnectionInfo":{"type":"PostgreSqlConnectionInfo","serverName":"a","port":5432}}}})");
    EXPECT_TRUE(Validator(Validator::Direction::Request).validate(doc, QStringLiteral("ProjectTask")).isEmpty());
    const auto issues = Validator(Validator::Direction::Response).validate(doc, QStringLiteral("ProjectTask"));
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].toString(), QStringLiteral("properties.state: expected string, got number"));
}

TEST(Validator, NotJsonIsReportedWithItsOffset)
{
    const auto decoded = core::decode<core::dms::ProjectTask>(QByteArray("{\"properties\": {"));
    ASSERT_EQ(decoded.issues.size(), 1);
    EXPECT_TRUE(decoded.issues[0].message.startsWith(QStringLiteral("not valid JSON at offset ")))
        << qPrintable(decoded.issues[0].message);
    EXPECT_FALSE(decoded.ok());
}

TEST(Validator, ArrayWhereAnObjectIsExpected)
{
    const auto issues = Validator().validate(QJsonArray{1, 2}, QStringLiteral("ProjectTask"));
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].toString(), QStringLiteral("expected an object (ProjectTask), got array"));
}

TEST(Validator, MembersWithUnusualCharactersAreQuotedInPaths)
{
    EXPECT_EQ(Validator::childPath(QStringLiteral("a"), QStringLiteral("b.c")), QStringLiteral("a[\"b.c\"]"));
    EXPECT_EQ(Validator::childPath(QStringLiteral("a"), QStringLiteral("$type")), QStringLiteral("a.$type"));
    EXPECT_EQ(Validator::childPath(QString(), qsizetype(3)), QStringLiteral("[3]"));
}
