// Property tests: random documents generated from the schema validate cleanly, survive a JSON
// text round trip unchanged, and survive a copy through the typed accessors of their class.

#include <QJsonDocument>

#include <gtest/gtest.h>

#include "support/printers.h"

#include "core/decode.h"
#include "core/dmstypes.h"
#include "core/schema.h"
#include "core/validator.h"
#include "dmsreflection.h"
#include "schemadocs.h"

using namespace godwit;
using core::Schema;
using core::Validator;

namespace {

constexpr int kSeedsPerDefinition = 6;

QString describe(const core::Issues &issues)
{
    QStringList lines;
    for (const core::Issue &i : issues)
        lines.append(i.toString());
    return lines.join(QLatin1Char('\n'));
}

QJsonObject reparse(const QJsonObject &o)
{
    return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
}

class EveryDefinition : public ::testing::TestWithParam<QString>
{
};

TEST_P(EveryDefinition, RandomDocumentsValidateAndRoundTrip)
{
    const QString definition = GetParam();
    const Schema &schema = Schema::instance();
    for (const auto direction : {Validator::Direction::Request, Validator::Direction::Response}) {
        for (quint32 seed = 1; seed <= kSeedsPerDefinition; ++seed) {
            test::DocumentGenerator::Options options;
            options.direction = direction;
            options.unknownMembers = seed % 2 == 0;
            test::DocumentGenerator generator(seed * 7919 + quint32(qHash(definition)), options);
            QString concrete;
            const QJsonObject doc = generator.generate(definition, &concrete);
            SCOPED_TRACE(qPrintable(definition + QStringLiteral(" as ") + concrete + QStringLiteral(", seed ")
                                    + QString::number(seed) + QLatin1Char('\n')
                                    + QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact))));

            core::Issues issues = Validator(direction).validate(doc, definition);
            // Members the schema does not know are kept; a request only gets a warning for them.
            issues.removeIf([](const core::Issue &i) { return i.code == core::Issue::Code::UnknownMember; });
            EXPECT_TRUE(issues.isEmpty()) << qPrintable(describe(issues));

            // Text round trip: byte-for-byte the same document, big integers included.
            EXPECT_EQ(reparse(doc), doc);

            // Typed round trip: every member the class knows, read and written through its
            // accessors, comes out as it went in.
            const auto copier = core::dms::accessorCopiers().value(concrete);
            ASSERT_NE(copier, nullptr) << qPrintable(concrete);
            QJsonObject known = doc;
            for (auto it = doc.constBegin(); it != doc.constEnd(); ++it) {
                if (!schema.effectiveProperty(concrete, it.key()) && it.key() != schema.discriminatorOf(concrete))
                    known.remove(it.key());
            }
            const QString difference = test::semanticDifference(known, copier(doc));
            EXPECT_TRUE(difference.isEmpty()) << qPrintable(difference);
        }
    }
}

QStringList objectDefinitions()
{
    QStringList names;
    for (const QString &name : Schema::instance().definitionNames()) {
        if (Schema::instance().definition(name)->enumName.isEmpty())
            names.append(name);
    }
    return names;
}

INSTANTIATE_TEST_SUITE_P(Schema, EveryDefinition, ::testing::ValuesIn(objectDefinitions()),
                         [](const ::testing::TestParamInfo<QString> &p) { return p.param.toStdString(); });

class EveryTaskType : public ::testing::TestWithParam<QString>
{
};

TEST_P(EveryTaskType, ValidTaskDecodesAndReencodesEqual)
{
    const QString taskType = GetParam();
    for (quint32 seed = 1; seed <= 4; ++seed) {
        test::DocumentGenerator::Options options;
        options.unknownMembers = seed > 2;
        test::DocumentGenerator generator(seed, options);
        const QJsonObject doc = generator.generateTask(taskType);
        const QByteArray text = QJsonDocument(doc).toJson();

        const auto decoded = core::decode<core::dms::ProjectTask>(text, Validator::Direction::Response);
        EXPECT_TRUE(decoded.issues.isEmpty()) << qPrintable(describe(decoded.issues));
        EXPECT_EQ(decoded.value.properties().taskType(), taskType);
        EXPECT_EQ(decoded.value.toJson(), doc);
        EXPECT_EQ(QJsonDocument::fromJson(QJsonDocument(decoded.value.toJson()).toJson()).object(), doc);
    }
}

INSTANTIATE_TEST_SUITE_P(Schema, EveryTaskType, ::testing::ValuesIn(Schema::instance().taskTypes()),
                         [](const ::testing::TestParamInfo<QString> &p) {
                             QString name = p.param;
                             name.replace(QLatin1Char('.'), QLatin1Char('_'));
                             return name.toStdString();
                         });

} // namespace
