#include "core/schema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initSchemaResource()
{
    Q_INIT_RESOURCE(godwit_core_schema);
}

namespace godwit::core {

namespace {

Schema::Kind kindFromString(const QString &s, bool *ok)
{
    static const QHash<QString, Schema::Kind> kinds = {
        {QStringLiteral("string"), Schema::Kind::String}, {QStringLiteral("integer"), Schema::Kind::Integer},
        {QStringLiteral("number"), Schema::Kind::Number}, {QStringLiteral("boolean"), Schema::Kind::Boolean},
        {QStringLiteral("object"), Schema::Kind::Object}, {QStringLiteral("any"), Schema::Kind::Any},
        {QStringLiteral("array"), Schema::Kind::Array},   {QStringLiteral("map"), Schema::Kind::Map},
        {QStringLiteral("ref"), Schema::Kind::Ref},
    };
    const auto it = kinds.constFind(s);
    *ok = it != kinds.constEnd();
    return *ok ? *it : Schema::Kind::Any;
}

bool parseType(const QJsonObject &o, Schema::Type *t, QString *error)
{
    bool ok = false;
    t->kind = kindFromString(o.value(QLatin1String("type")).toString(), &ok);
    if (!ok) {
        *error = QStringLiteral("unknown type '%1'").arg(o.value(QLatin1String("type")).toString());
        return false;
    }
    t->format = o.value(QLatin1String("format")).toString();
    t->enumName = o.value(QLatin1String("enum")).toString();
    t->ref = o.value(QLatin1String("ref")).toString();
    t->readOnly = o.value(QLatin1String("readOnly")).toBool();
    t->declaredAsString = o.value(QLatin1String("declaredAsString")).toBool();
    t->acceptsSingle = o.value(QLatin1String("acceptsSingle")).toBool();
    t->secret = o.value(QLatin1String("secret")).toString();
    t->defaultValue = o.value(QLatin1String("default"));
    const QLatin1String elementKey(t->kind == Schema::Kind::Array ? "items" : "values");
    if (t->kind == Schema::Kind::Array || t->kind == Schema::Kind::Map) {
        auto element = std::make_shared<Schema::Type>();
        if (!parseType(o.value(elementKey).toObject(), element.get(), error))
            return false;
        t->element = std::move(element);
    }
    return true;
}

} // namespace

QString kindName(Schema::Kind kind)
{
    switch (kind) {
    case Schema::Kind::String:
        return QStringLiteral("string");
    case Schema::Kind::Integer:
        return QStringLiteral("integer");
    case Schema::Kind::Number:
        return QStringLiteral("number");
    case Schema::Kind::Boolean:
        return QStringLiteral("boolean");
    case Schema::Kind::Object:
    case Schema::Kind::Ref:
        return QStringLiteral("object");
    case Schema::Kind::Any:
        return QStringLiteral("any value");
    case Schema::Kind::Array:
        return QStringLiteral("array");
    case Schema::Kind::Map:
        return QStringLiteral("object");
    }
    return QString();
}

const Schema &Schema::instance()
{
    static const std::unique_ptr<Schema> schema = [] {
        initSchemaResource();
        QFile file(QStringLiteral(":/godwit/schema/dms.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the compiled-in DMS schema is missing");
        QString error;
        auto s = fromJson(file.readAll(), &error);
        if (!s)
            qFatal("the compiled-in DMS schema is malformed: %s", qPrintable(error));
        return s;
    }();
    return *schema;
}

std::unique_ptr<Schema> Schema::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = parseError.errorString();
        return nullptr;
    }
    const QJsonObject root = doc.object();
    std::unique_ptr<Schema> s(new Schema);
    s->m_apiVersion = root.value(QLatin1String("apiVersion")).toString();
    QSet<QString> secretNames;

    const QJsonObject defs = root.value(QLatin1String("definitions")).toObject();
    for (auto it = defs.begin(); it != defs.end(); ++it) {
        const QJsonObject d = it.value().toObject();
        Definition def;
        def.name = it.key();
        def.base = d.value(QLatin1String("base")).toString();
        for (const QJsonValue &m : d.value(QLatin1String("mixins")).toArray())
            def.mixins.append(m.toString());
        def.discriminator = d.value(QLatin1String("discriminator")).toString();
        def.discriminatorValue = d.value(QLatin1String("discriminatorValue")).toString();
        def.enumName = d.value(QLatin1String("enum")).toString();
        for (const QJsonValue &r : d.value(QLatin1String("required")).toArray())
            def.required.append(r.toString());
        const QJsonObject props = d.value(QLatin1String("properties")).toObject();
        for (auto p = props.begin(); p != props.end(); ++p) {
            Property prop;
            prop.name = p.key();
            prop.owner = def.name;
            prop.required = def.required.contains(prop.name);
            QString typeError;
            if (!parseType(p.value().toObject(), &prop.type, &typeError)) {
                *error = QStringLiteral("%1.%2: %3").arg(def.name, prop.name, typeError);
                return nullptr;
            }
            if (!prop.type.secret.isEmpty())
                secretNames.insert(prop.name);
            def.properties.append(prop);
        }
        s->m_definitions.insert(def.name, def);
    }

    const QJsonObject enums = root.value(QLatin1String("enums")).toObject();
    for (auto it = enums.begin(); it != enums.end(); ++it) {
        Enum e;
        e.name = it.key();
        e.open = it.value().toObject().value(QLatin1String("open")).toBool(true);
        for (const QJsonValue &v : it.value().toObject().value(QLatin1String("values")).toArray())
            e.values.append(v.toString());
        s->m_enums.insert(e.name, e);
    }

    const QJsonObject poly = root.value(QLatin1String("polymorphism")).toObject();
    for (auto it = poly.begin(); it != poly.end(); ++it) {
        QHash<QString, QString> values;
        const QJsonObject v = it.value().toObject().value(QLatin1String("values")).toObject();
        for (auto vi = v.begin(); vi != v.end(); ++vi)
            values.insert(vi.key(), vi.value().toString());
        s->m_polymorphism.insert(it.key(), values);
    }

    for (const QJsonValue &ov : root.value(QLatin1String("operations")).toArray()) {
        const QJsonObject o = ov.toObject();
        Operation op;
        op.operationId = o.value(QLatin1String("operationId")).toString();
        op.method = o.value(QLatin1String("method")).toString();
        op.path = o.value(QLatin1String("path")).toString();
        for (const QJsonValue &q : o.value(QLatin1String("query")).toArray())
            op.queryParameters.append(q.toObject().value(QLatin1String("name")).toString());
        op.body = o.value(QLatin1String("body")).toString();
        const QJsonObject responses = o.value(QLatin1String("responses")).toObject();
        for (auto r = responses.begin(); r != responses.end(); ++r)
            op.responses.insert(r.key(), r.value().toString());
        op.longRunning = o.value(QLatin1String("longRunning")).toBool();
        op.nextLinkName = o.value(QLatin1String("nextLinkName")).toString();
        s->m_operations.append(op);
    }

    // Check references, then compute the effective members of every definition once.
    for (const Definition &d : std::as_const(s->m_definitions)) {
        QStringList parents = d.mixins;
        if (!d.base.isEmpty())
            parents.prepend(d.base);
        for (const QString &p : std::as_const(parents)) {
            if (!s->m_definitions.contains(p)) {
                *error = QStringLiteral("%1: unknown base %2").arg(d.name, p);
                return nullptr;
            }
        }
        for (const Property &p : d.properties) {
            const Type *t = &p.type;
            while (t->element)
                t = t->element.get();
            if (t->kind == Kind::Ref && !s->m_definitions.contains(t->ref)) {
                *error = QStringLiteral("%1.%2: unknown definition %3").arg(d.name, p.name, t->ref);
                return nullptr;
            }
            if (!t->enumName.isEmpty() && !s->m_enums.contains(t->enumName)) {
                *error = QStringLiteral("%1.%2: unknown enum %3").arg(d.name, p.name, t->enumName);
                return nullptr;
            }
        }
    }
    std::function<QList<Property>(const QString &, int)> collect = [&](const QString &name, int depth) {
        QList<Property> out;
        if (depth > 32)
            return out;
        const Definition &d = s->m_definitions[name];
        QStringList parents = d.mixins;
        if (!d.base.isEmpty())
            parents.prepend(d.base);
        for (const QString &p : std::as_const(parents)) {
            for (const Property &inherited : collect(p, depth + 1)) {
                const bool shadowed = std::any_of(out.cbegin(), out.cend(),
                                                  [&](const Property &e) { return e.name == inherited.name; });
                if (!shadowed)
                    out.append(inherited);
            }
        }
        for (const Property &own : d.properties) {
            out.removeIf([&](const Property &e) { return e.name == own.name; });
            out.append(own);
        }
        // "required" may name inherited members too.
        for (Property &p : out) {
            if (d.required.contains(p.name))
                p.required = true;
        }
        return out;
    };
    for (auto it = s->m_definitions.cbegin(); it != s->m_definitions.cend(); ++it)
        s->m_effective.insert(it.key(), collect(it.key(), 0));

    s->m_secretNames = QStringList(secretNames.cbegin(), secretNames.cend());
    s->m_secretNames.sort();
    return s;
}

const Schema::Definition *Schema::definition(const QString &name) const
{
    const auto it = m_definitions.constFind(name);
    return it == m_definitions.constEnd() ? nullptr : &*it;
}

const Schema::Enum *Schema::enumeration(const QString &name) const
{
    const auto it = m_enums.constFind(name);
    return it == m_enums.constEnd() ? nullptr : &*it;
}

QStringList Schema::definitionNames() const
{
    QStringList names = m_definitions.keys();
    names.sort();
    return names;
}

QStringList Schema::enumNames() const
{
    QStringList names = m_enums.keys();
    names.sort();
    return names;
}

const QList<Schema::Property> &Schema::effectiveProperties(const QString &name) const
{
    static const QList<Property> none;
    const auto it = m_effective.constFind(name);
    return it == m_effective.constEnd() ? none : *it;
}

const Schema::Property *Schema::effectiveProperty(const QString &definition, const QString &member) const
{
    for (const Property &p : effectiveProperties(definition)) {
        if (p.name == member)
            return &p;
    }
    return nullptr;
}

bool Schema::derivesFrom(const QString &name, const QString &ancestor) const
{
    QString current = name;
    for (int depth = 0; depth < 32 && !current.isEmpty(); ++depth) {
        if (current == ancestor)
            return true;
        const Definition *d = definition(current);
        if (!d)
            return false;
        current = d->base;
    }
    return false;
}

QString Schema::discriminatorOf(const QString &name) const
{
    QString current = name;
    for (int depth = 0; depth < 32 && !current.isEmpty(); ++depth) {
        const Definition *d = definition(current);
        if (!d)
            return QString();
        if (!d->discriminator.isEmpty())
            return d->discriminator;
        current = d->base;
    }
    return QString();
}

QString Schema::discriminatorValueOf(const QString &name) const
{
    const Definition *d = definition(name);
    if (!d)
        return QString();
    return d->discriminatorValue.isEmpty() ? d->name : d->discriminatorValue;
}

std::optional<QString> Schema::resolveSubtype(const QString &base, const QString &value) const
{
    // Find the root of the hierarchy, then accept only subtypes of the requested base.
    QString root = base;
    for (int depth = 0; depth < 32; ++depth) {
        const Definition *d = definition(root);
        if (!d || !d->discriminator.isEmpty() || d->base.isEmpty())
            break;
        root = d->base;
    }
    const auto poly = m_polymorphism.constFind(root);
    if (poly == m_polymorphism.constEnd())
        return std::nullopt;
    const auto hit = poly->constFind(value);
    if (hit != poly->constEnd() && derivesFrom(*hit, base))
        return *hit;
    if (discriminatorValueOf(base) == value)
        return base;
    return std::nullopt;
}

QStringList Schema::subtypeValues(const QString &base) const
{
    QString root = base;
    for (int depth = 0; depth < 32; ++depth) {
        const Definition *d = definition(root);
        if (!d || !d->discriminator.isEmpty() || d->base.isEmpty())
            break;
        root = d->base;
    }
    QStringList values;
    const auto poly = m_polymorphism.constFind(root);
    if (poly == m_polymorphism.constEnd())
        return values;
    for (auto it = poly->constBegin(); it != poly->constEnd(); ++it) {
        if (derivesFrom(it.value(), base))
            values.append(it.key());
    }
    values.sort();
    return values;
}

std::optional<QString> Schema::taskPropertiesFor(const QString &taskType) const
{
    return resolveSubtype(QStringLiteral("ProjectTaskProperties"), taskType);
}

QStringList Schema::taskTypes() const
{
    return subtypeValues(QStringLiteral("ProjectTaskProperties"));
}

QStringList Schema::commandTypes() const
{
    return subtypeValues(QStringLiteral("CommandProperties"));
}

} // namespace godwit::core
