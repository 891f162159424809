#include "core/validator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace godwit::core {

namespace {

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    }
    return QString();
}

bool isIntegral(double d)
{
    return std::isfinite(d) && std::floor(d) == d;
}

bool parsesAsDateTime(const QString &s)
{
    if (QDateTime::fromString(s, Qt::ISODateWithMs).isValid() || QDateTime::fromString(s, Qt::ISODate).isValid())
        return true;
    // .NET writes seven fractional digits ("2019-02-01T00:05:55.1234567Z"); Qt accepts at most 3.
    static const QRegularExpression longFraction(QStringLiteral("^(.*T\\d\\d:\\d\\d:\\d\\d)\\.(\\d+)(.*)$"));
    const auto m = longFraction.match(s);
    if (m.hasMatch()) {
        const QString trimmed = m.captured(1) + QLatin1Char('.') + m.captured(2).left(3) + m.captured(3);
        return QDateTime::fromString(trimmed, Qt::ISODateWithMs).isValid();
    }
    return false;
}

} // namespace

QString Issue::toString() const
{
    return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}

bool hasErrors(const Issues &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const Issue &i) { return i.isError(); });
}

struct Validator::Context
{
    Issues issues;
    int depth = 0;

    void add(Issue::Severity severity, Issue::Code code, const QString &path, const QString &message)
    {
        issues.append(Issue{severity, code, path, message});
    }
};

Validator::Validator(Direction direction)
    : Validator(Schema::instance(), direction)
{
}

Validator::Validator(const Schema &schema, Direction direction)
    : m_schema(schema)
    , m_direction(direction)
{
}

QString Validator::childPath(const QString &path, const QString &member)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    if (plain.match(member).hasMatch())
        return path.isEmpty() ? member : path + QLatin1Char('.') + member;
    QString quoted = member;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return path + QStringLiteral("[\"") + quoted + QStringLiteral("\"]");
}

QString Validator::childPath(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

Issues Validator::validate(const QJsonValue &value, const QString &definition) const
{
    Context ctx;
    if (!m_schema.definition(definition)) {
        ctx.add(Issue::Severity::Error, Issue::Code::WrongType, QString(),
                tr("unknown definition %1").arg(definition));
        return ctx.issues;
    }
    checkDefinition(value, definition, QString(), ctx);
    return ctx.issues;
}

void Validator::checkDefinition(const QJsonValue &value, const QString &definition, const QString &path,
                                Context &ctx) const
{
    const Schema::Definition *def = m_schema.definition(definition);
    if (!def->enumName.isEmpty()) {
        Schema::Type t;
        t.kind = Schema::Kind::String;
        t.enumName = def->enumName;
        checkType(value, t, path, ctx);
        return;
    }
    if (!value.isObject()) {
        ctx.add(Issue::Severity::Error, Issue::Code::WrongType, path,
                tr("expected an object (%1), got %2").arg(definition, jsonTypeName(value)));
        return;
    }
    const QJsonObject object = value.toObject();
    QString concrete = definition;
    const QString discriminator = m_schema.discriminatorOf(definition);
    if (!discriminator.isEmpty() && object.contains(discriminator)) {
        const QJsonValue tag = object.value(discriminator);
        if (!tag.isString()) {
            ctx.add(Issue::Severity::Error, Issue::Code::WrongType, childPath(path, discriminator),
                    tr("expected string, got %1").arg(jsonTypeName(tag)));
        } else if (const auto sub = m_schema.resolveSubtype(definition, tag.toString())) {
            concrete = *sub;
        } else {
            // A request naming a type nobody knows is an error; a response with one is carried
            // as is (the service returns types newer than its swagger).
            const QStringList known = m_schema.subtypeValues(definition);
            ctx.add(m_direction == Direction::Request ? Issue::Severity::Error : Issue::Severity::Warning,
                    Issue::Code::UnknownDiscriminator, childPath(path, discriminator),
                    known.size() <= 8 ? tr("unknown %1 '%2' (known: %3)").arg(discriminator, tag.toString(),
                                                                              known.join(QStringLiteral(", ")))
                                      : tr("unknown %1 '%2' (%3 known values)")
                                            .arg(discriminator, tag.toString())
                                            .arg(known.size()));
            // Members of the base are still checked; the rest is carried as is.
        }
    }
    // The discriminator was checked above; its enum (e.g. TaskType) would only say it again.
    checkObjectMembers(object, concrete, path, ctx, object.contains(discriminator) ? discriminator : QString());
}

void Validator::checkObjectMembers(const QJsonObject &object, const QString &definition, const QString &path,
                                   Context &ctx, const QString &checkedMember) const
{
    if (++ctx.depth > 64) {
        ctx.add(Issue::Severity::Error, Issue::Code::WrongType, path, tr("nested too deeply"));
        --ctx.depth;
        return;
    }
    for (const Schema::Property &p : m_schema.effectiveProperties(definition)) {
        const bool ignored = p.type.readOnly && m_direction == Direction::Request;
        const auto it = object.constFind(p.name);
        const QString memberPath = childPath(path, p.name);
        if (it == object.constEnd()) {
            // The service itself leaves out members its swagger requires, so in responses this is
            // a warning.
            if (p.required && !ignored)
                ctx.add(m_direction == Direction::Request ? Issue::Severity::Error : Issue::Severity::Warning,
                        Issue::Code::RequiredMissing, memberPath, tr("required field missing"));
            continue;
        }
        if (ignored || p.name == checkedMember)
            continue;
        if (it->isNull()) {
            if (p.required)
                ctx.add(Issue::Severity::Error, Issue::Code::RequiredNull, memberPath, tr("required field is null"));
            continue;
        }
        checkType(*it, p.type, memberPath, ctx);
    }
    --ctx.depth;
}

void Validator::checkType(const QJsonValue &value, const Schema::Type &type, const QString &path,
                          Context &ctx) const
{
    if (value.isNull())
        return; // null stands for "not known" in real payloads (endedOn, objectCounts, ...)
    const auto wrongType = [&](const QString &expected) {
        ctx.add(Issue::Severity::Error, Issue::Code::WrongType, path,
                tr("expected %1, got %2").arg(expected, jsonTypeName(value)));
    };
    switch (type.kind) {
    case Schema::Kind::Any:
        return;
    case Schema::Kind::String:
        if (!value.isString()) {
            if (value.isDouble() && type.enumName.isEmpty()) {
                ctx.add(Issue::Severity::Warning, Issue::Code::Lenient, path, tr("number sent where a string is expected"));
                return;
            }
            wrongType(QStringLiteral("string"));
            return;
        }
        if (!type.enumName.isEmpty()) {
            const Schema::Enum *e = m_schema.enumeration(type.enumName);
            if (e && !e->values.contains(value.toString())) {
                if (e->open) {
                    ctx.add(Issue::Severity::Warning, Issue::Code::UnknownEnumValue, path,
                            tr("'%1' is not a known %2 value; kept as is").arg(value.toString(), e->name));
                } else {
                    ctx.add(Issue::Severity::Error, Issue::Code::BadEnumValue, path,
                            tr("'%1' is not a valid %2 value (expected one of: %3)")
                                .arg(value.toString(), e->name, e->values.join(QStringLiteral(", "))));
                }
            }
        } else if (type.format == QLatin1String("date-time") && !parsesAsDateTime(value.toString())) {
            ctx.add(Issue::Severity::Warning, Issue::Code::BadDateTime, path,
                    tr("'%1' is not an ISO 8601 date-time").arg(value.toString()));
        }
        return;
    case Schema::Kind::Integer:
    case Schema::Kind::Number: {
        const bool integer = type.kind == Schema::Kind::Integer;
        if (value.isDouble()) {
            if (integer && !isIntegral(value.toDouble()))
                wrongType(QStringLiteral("integer"));
            return;
        }
        if (value.isString()) {
            bool ok = false;
            const double d = value.toString().toDouble(&ok);
            if (ok && (!integer || isIntegral(d))) {
                ctx.add(Issue::Severity::Warning, Issue::Code::Lenient, path, tr("number sent as a string"));
                return;
            }
        }
        wrongType(integer ? QStringLiteral("integer") : QStringLiteral("number"));
        return;
    }
    case Schema::Kind::Boolean:
        if (!value.isBool())
            wrongType(QStringLiteral("boolean"));
        return;
    case Schema::Kind::Object:
        if (!value.isObject())
            wrongType(QStringLiteral("object"));
        return;
    case Schema::Kind::Array: {
        if (value.isObject() && type.acceptsSingle) {
            // Declared as an array with a sibling $ref: generators produce a single object.
            checkType(value, *type.element, path, ctx);
            return;
        }
        if (!value.isArray()) {
            wrongType(QStringLiteral("array"));
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            checkType(array.at(i), *type.element, childPath(path, i), ctx);
        return;
    }
    case Schema::Kind::Map: {
        QJsonObject object;
        if (value.isObject()) {
            object = value.toObject();
        } else if (value.isString() && type.declaredAsString) {
            // The swagger declares these maps as strings; accept a JSON-encoded object too.
            const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
            if (!doc.isObject()) {
                if (!value.toString().isEmpty())
                    ctx.add(Issue::Severity::Warning, Issue::Code::Lenient, path,
                            tr("a map sent as a string that is not a JSON object; kept as is"));
                return;
            }
            object = doc.object();
        } else {
            wrongType(QStringLiteral("object"));
            return;
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            // .NET serializers put metadata such as "$type" into maps; it is not an entry.
            if (it.key().startsWith(QLatin1Char('$')))
                continue;
            checkType(it.value(), *type.element, childPath(path, it.key()), ctx);
        }
        return;
    }
    case Schema::Kind::Ref:
        checkDefinition(value, type.ref, path, ctx);
        return;
    }
}

} // namespace godwit::core
