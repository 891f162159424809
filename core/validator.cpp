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

/// Members the swagger leaves optional that no request can do without: a task without
/// properties or input, a command without its input.
bool requiredInRequests(const Schema &schema, const QString &definition, const QString &member)
{
    if (definition == QLatin1String("ProjectTask"))
        return member == QLatin1String("properties");
    if (member == QLatin1String("input")) {
        if (schema.derivesFrom(definition, QStringLiteral("ProjectTaskProperties"))
            && definition != QLatin1String("ProjectTaskProperties"))
            return true;
        if (schema.derivesFrom(definition, QStringLiteral("CommandProperties"))
            && definition != QLatin1String("CommandProperties")) {
            // Only commands whose input has required members need one (Mongo cancel/restart do not).
            const Schema::Property *input = schema.effectiveProperty(definition, member);
            if (input && input->type.kind == Schema::Kind::Ref) {
                const auto &members = schema.effectiveProperties(input->type.ref);
                return std::any_of(members.cbegin(), members.cend(),
                                   [](const Schema::Property &p) { return p.required; });
            }
        }
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

bool Validator::isRequired(const QString &definition, const Schema::Property &property) const
{
    if (m_direction == Direction::Request)
        return property.required || requiredInRequests(m_schema, definition, property.name);
    // Secrets are never returned, so a response cannot be faulted for leaving them out.
    return property.required && property.type.secret.isEmpty();
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
        ctx.add(Issue::Severity::Error, Issue::Code::WrongType, QString(), tr("unknown definition %1").arg(definition));
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
    bool resolved = true;
    const QString discriminator = m_schema.discriminatorOf(definition);
    // Without a usable discriminator the concrete type is unknown: members are checked against
    // the base, and members of the subtype are not mistaken for unknown ones.
    if (!discriminator.isEmpty() && !m_schema.subtypeValues(definition).isEmpty()
        && !object.value(discriminator).isString())
        resolved = false;
    if (!discriminator.isEmpty() && object.contains(discriminator)) {
        const QJsonValue tag = object.value(discriminator);
        if (tag.isNull()) {
            ctx.add(Issue::Severity::Error, Issue::Code::RequiredNull, childPath(path, discriminator),
                    tr("required field is null"));
        } else if (!tag.isString()) {
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
                    known.size() <= 8
                        ? tr("unknown %1 '%2' (known: %3)")
                              .arg(discriminator, tag.toString(), known.join(QStringLiteral(", ")))
                        : tr("unknown %1 '%2' (%3 known values)").arg(discriminator, tag.toString()).arg(known.size()));
            // Members of the base are still checked; the rest is carried as is.
            resolved = false;
        }
    }
    // The discriminator was checked above; its enum (e.g. TaskType) would only say it again.
    checkObjectMembers(object, concrete, path, ctx, object.contains(discriminator) ? discriminator : QString(),
                       resolved);
}

void Validator::checkObjectMembers(const QJsonObject &object, const QString &definition, const QString &path,
                                   Context &ctx, const QString &checkedMember, bool typeKnown) const
{
    if (++ctx.depth > 64) {
        ctx.add(Issue::Severity::Error, Issue::Code::WrongType, path, tr("nested too deeply"));
        --ctx.depth;
        return;
    }
    const bool request = m_direction == Direction::Request;
    const QList<Schema::Property> &properties = m_schema.effectiveProperties(definition);
    for (const Schema::Property &p : properties) {
        const bool ignored = p.type.readOnly && request;
        const auto it = object.constFind(p.name);
        const QString memberPath = childPath(path, p.name);
        const bool required = isRequired(definition, p);
        if (it == object.constEnd()) {
            // The service itself leaves out members its swagger requires, so in responses this is
            // a warning.
            if (required && !ignored)
                ctx.add(m_direction == Direction::Request ? Issue::Severity::Error : Issue::Severity::Warning,
                        Issue::Code::RequiredMissing, memberPath, tr("required field missing"));
            continue;
        }
        if (ignored)
            continue;
        if (p.name == checkedMember) {
            // The discriminator was checked as such; only a closed enum has more to say.
            const Schema::Enum *e = p.type.enumName.isEmpty() ? nullptr : m_schema.enumeration(p.type.enumName);
            if (!e || e->open)
                continue;
        }
        if (it->isNull()) {
            if (required)
                ctx.add(Issue::Severity::Error, Issue::Code::RequiredNull, memberPath, tr("required field is null"));
            continue;
        }
        checkType(*it, p.type, memberPath, ctx);
    }
    // Unknown members are kept (real clients send undocumented ones), but a request that has one
    // may hold a typo or a member at the wrong level, so it is worth a warning there.
    if (request && typeKnown) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const bool known = std::any_of(properties.cbegin(), properties.cend(),
                                           [&](const Schema::Property &p) { return p.name == it.key(); });
            if (!known && it.key() != checkedMember && !it.key().startsWith(QLatin1Char('$')))
                ctx.add(Issue::Severity::Warning, Issue::Code::UnknownMember, childPath(path, it.key()),
                        tr("not a member of %1; kept as is").arg(definition));
        }
    }
    --ctx.depth;
}

void Validator::checkType(const QJsonValue &value, const Schema::Type &type, const QString &path, Context &ctx) const
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
                ctx.add(Issue::Severity::Warning, Issue::Code::Lenient, path,
                        tr("number sent where a string is expected"));
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
