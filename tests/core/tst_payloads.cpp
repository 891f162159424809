// Every payload captured from the real service, and every official example, decodes: no error,
// whatever quirks it has, and nothing in it is lost.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include "support/printers.h"

#include "core/decode.h"
#include "core/dmstypes.h"
#include "core/redaction.h"

using namespace godwit;
using core::Validator;

namespace {

QString referenceDir()
{
    return QStringLiteral(GODWIT_SOURCE_DIR) + QStringLiteral("/../shared/reference");
}

QStringList files(const QString &folder, const QString &pattern)
{
    QDir dir(referenceDir() + QLatin1Char('/') + folder);
    QStringList out;
    for (const QString &f : dir.entryList({pattern}, QDir::Files, QDir::Name))
        out.append(dir.filePath(f));
    if (out.isEmpty())
        out.append(QStringLiteral("(reference not found)"));
    return out;
}

QString errorsOf(const core::Issues &issues)
{
    QStringList lines;
    for (const core::Issue &i : issues) {
        if (i.isError())
            lines.append(i.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

std::string testName(const ::testing::TestParamInfo<QString> &info)
{
    QString name = info.param.section(QLatin1Char('/'), -1);
    name.chop(5);
    for (QChar &c : name) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    }
    return (name.isEmpty() ? QStringLiteral("missing") : name).toStdString();
}

class RealPayload : public ::testing::TestWithParam<QString>
{
};

TEST_P(RealPayload, DecodesWithoutErrorAndLosesNothing)
{
    QFile file(GetParam());
    if (!file.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "reference payloads not found beside the checkout";
    const QByteArray text = file.readAll();
    const QJsonObject json = QJsonDocument::fromJson(text).object();
    ASSERT_FALSE(json.isEmpty());
    const bool command = GetParam().contains(QLatin1String("-command-"));
    const bool response = GetParam().endsWith(QLatin1String("-resp.json"));
    const auto direction = response ? Validator::Direction::Response : Validator::Direction::Request;

    if (command) {
        const auto decoded = core::decode<core::dms::CommandProperties>(text, direction);
        EXPECT_EQ(errorsOf(decoded.issues), QString());
        EXPECT_EQ(decoded.value.toJson(), json);
        return;
    }
    const auto decoded = core::decode<core::dms::ProjectTask>(text, direction);
    EXPECT_EQ(errorsOf(decoded.issues), QString());
    EXPECT_EQ(decoded.value.toJson(), json);
    const auto props = decoded.value.properties();
    EXPECT_TRUE(core::Schema::instance().taskPropertiesFor(props.taskType()).has_value())
        << qPrintable(props.taskType());
    // Re-encoding gives the same document: numbers such as 18-digit LSNs stay exact.
    EXPECT_EQ(QJsonDocument::fromJson(QJsonDocument(decoded.value.toJson()).toJson()).object(), json);
    // Responses never carry secrets; redacting a request removes every one it has.
    const QJsonObject redacted = core::redactSecrets(json);
    const QByteArray redactedText = QJsonDocument(redacted).toJson();
    EXPECT_FALSE(redactedText.contains("\"password\"")) << GetParam().toStdString();
    EXPECT_FALSE(redactedText.contains("\"appKey\""));
}

INSTANTIATE_TEST_SUITE_P(Reference, RealPayload,
                         ::testing::ValuesIn(files(QStringLiteral("real-payloads"), QStringLiteral("*.json"))),
                         testName);

class OfficialExample : public ::testing::TestWithParam<QString>
{
};

// Each example holds request parameters (with the body under "parameters") and responses by
// status code; bodies are checked against the definitions the operation names.
TEST_P(OfficialExample, BodiesFollowTheSchema)
{
    QFile file(GetParam());
    if (!file.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "reference examples not found beside the checkout";
    const QJsonObject example = QJsonDocument::fromJson(file.readAll()).object();
    const QString operationId = GetParam().section(QLatin1Char('/'), -1).chopped(5);
    const core::Schema &schema = core::Schema::instance();
    const auto op = std::find_if(schema.operations().cbegin(), schema.operations().cend(),
                                 [&](const core::Schema::Operation &o) { return o.operationId == operationId; });
    ASSERT_NE(op, schema.operations().cend()) << qPrintable(operationId);
    const QJsonObject parameters = example.value(QLatin1String("parameters")).toObject();
    if (!op->body.isEmpty()) {
        const QJsonValue body = parameters.value(QLatin1String("parameters"));
        EXPECT_EQ(errorsOf(Validator(Validator::Direction::Request).validate(body, op->body)), QString());
    }
    EXPECT_EQ(parameters.value(QLatin1String("api-version")).toString(), schema.apiVersion());
    const QJsonObject responses = example.value(QLatin1String("responses")).toObject();
    for (auto it = responses.constBegin(); it != responses.constEnd(); ++it) {
        const QString definition = op->responses.value(it.key());
        const QJsonValue body = it.value().toObject().value(QLatin1String("body"));
        if (definition.isEmpty() || body.isUndefined())
            continue;
        SCOPED_TRACE(qPrintable(it.key()));
        EXPECT_EQ(errorsOf(Validator(Validator::Direction::Response).validate(body, definition)), QString());
        const QByteArray bodyText = QJsonDocument(body.toObject()).toJson();
        EXPECT_FALSE(bodyText.contains("\"password\"")) << "the service never returns secrets";
    }
}

INSTANTIATE_TEST_SUITE_P(Reference, OfficialExample,
                         ::testing::ValuesIn(files(QStringLiteral("spec/examples"), QStringLiteral("*.json"))),
                         testName);

} // namespace
