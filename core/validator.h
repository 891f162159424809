#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include "core/schema.h"

namespace godwit::core {

/// One finding of schema validation, anchored at a JSON path such as
/// `properties.input.selectedDatabases[1].name`.
struct Issue
{
    enum class Severity {
        Warning, ///< accepted as the service does (quirk, unknown value of an open enum)
        Error,   ///< the document does not follow the API
    };
    enum class Code {
        RequiredMissing,
        RequiredNull,
        WrongType,
        BadEnumValue,
        UnknownEnumValue,
        UnknownDiscriminator,
        BadDateTime,
        Lenient,
        UnknownMember,
    };

    Severity severity = Severity::Error;
    Code code = Code::WrongType;
    QString path;
    QString message;

    /// "path: message" (or just the message at the root).
    QString toString() const;
    bool isError() const { return severity == Severity::Error; }
};

using Issues = QList<Issue>;

bool hasErrors(const Issues &issues);

/// Validates JSON documents against the API schema.
///
/// Direction::Request ignores read-only members (the service ignores them when submitted) and does
/// not require them; Direction::Response checks everything the service returns.
class Validator final
{
    Q_DECLARE_TR_FUNCTIONS(godwit::core::Validator)
public:
    enum class Direction { Request, Response };

    explicit Validator(Direction direction = Direction::Request);
    Validator(const Schema &schema, Direction direction);

    /// Validates value as an instance of the named definition.
    Issues validate(const QJsonValue &value, const QString &definition) const;

    /// Whether a member must be present in this direction: the swagger's required members, the
    /// members no request can do without (a task's properties and input, a command's input), and
    /// in responses not the secrets the service never returns.
    bool isRequired(const QString &definition, const Schema::Property &property) const;

    /// Appends ".member" or "[index]" to a path in the notation used by issues.
    static QString childPath(const QString &path, const QString &member);
    static QString childPath(const QString &path, qsizetype index);

private:
    struct Context;
    void checkDefinition(const QJsonValue &value, const QString &definition, const QString &path, Context &ctx) const;
    void checkObjectMembers(const QJsonObject &object, const QString &definition, const QString &path, Context &ctx,
                            const QString &checkedMember, bool typeKnown) const;
    void checkType(const QJsonValue &value, const Schema::Type &type, const QString &path, Context &ctx) const;

    const Schema &m_schema;
    Direction m_direction;
};

} // namespace godwit::core
