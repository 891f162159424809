#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QString>

#include "core/schema.h"
#include "core/validator.h"

namespace godwit::test {

/// Generates random documents that follow the API schema, for property tests.
class DocumentGenerator
{
public:
    struct Options
    {
        core::Validator::Direction direction = core::Validator::Direction::Response;
        double optionalChance = 0.6; ///< how often an optional member is present
        bool unknownMembers = false; ///< add members the schema does not know
        int maxDepth = 7;
    };

    DocumentGenerator(quint32 seed, Options options);

    /// A document of a definition; `concrete` receives the subtype chosen for a polymorphic one.
    QJsonObject generate(const QString &definition, QString *concrete = nullptr);
    /// A ProjectTask whose properties are of a given task type.
    QJsonObject generateTask(const QString &taskType);

    /// Every secret value generated so far (they all start with "s3cr3t-").
    const QStringList &secrets() const { return m_secrets; }

private:
    QJsonObject object(const QString &definition, int depth, QString *concrete, const QString &fixedSubtype = {});
    QJsonValue value(const core::Schema &schema, const core::Schema::Type &type, int depth);
    QString text();
    QString dateTime();

    QRandomGenerator m_random;
    Options m_options;
    QStringList m_secrets;
};

/// Compares two JSON values as the API means them: date-times by instant, numbers by value.
/// Returns an empty string when equal, otherwise the path and the difference.
QString semanticDifference(const QJsonValue &expected, const QJsonValue &actual, const QString &path = {});

} // namespace godwit::test
