#include "schemadocs.h"

#include <QDateTime>
#include <QJsonArray>

#include "core/record.h"

namespace godwit::test {

using core::Schema;

DocumentGenerator::DocumentGenerator(quint32 seed, Options options)
    : m_random(seed)
    , m_options(options)
{
}

QString DocumentGenerator::text()
{
    static const QStringList samples = {
        QStringLiteral("inventory"),
        QStringLiteral("public.orders"),
        QStringLiteral("Ünïcödé tåble"),
        QStringLiteral("quote\"and\\backslash"),
        QStringLiteral("db|inventory"),
        QStringLiteral(""),
        QStringLiteral("日本語のデータベース"),
        QStringLiteral("line\nbreak\ttab"),
        QStringLiteral("emoji 🦆"),
        QStringLiteral("x"),
        QStringLiteral("CamelCase.Name-123"),
    };
    return samples.at(int(m_random.bounded(samples.size()))) + QString::number(m_random.bounded(1000));
}

QString DocumentGenerator::dateTime()
{
    const QDateTime base(QDate(2018, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime dt = base.addSecs(qint64(m_random.bounded(300000000)));
    switch (m_random.bounded(3)) {
    case 0:
        return dt.toString(Qt::ISODate);
    case 1:
        return dt.addMSecs(m_random.bounded(1, 1000)).toString(Qt::ISODateWithMs);
    default:
        return dt.toOffsetFromUtc(3600 * 2).toString(Qt::ISODate);
    }
}

QJsonObject DocumentGenerator::generate(const QString &definition, QString *concrete)
{
    return object(definition, 0, concrete);
}

QJsonObject DocumentGenerator::generateTask(const QString &taskType)
{
    const Schema &schema = Schema::instance();
    QJsonObject task = object(QStringLiteral("ProjectTask"), 0, nullptr);
    const QString propertiesDef = schema.taskPropertiesFor(taskType).value_or(QString());
    task.insert(QStringLiteral("properties"),
                object(QStringLiteral("ProjectTaskProperties"), 1, nullptr, propertiesDef));
    return task;
}

QJsonObject DocumentGenerator::object(const QString &definition, int depth, QString *concrete,
                                      const QString &fixedSubtype)
{
    const Schema &schema = Schema::instance();
    QString chosen = definition;
    const QString discriminator = schema.discriminatorOf(definition);
    if (!fixedSubtype.isEmpty()) {
        chosen = fixedSubtype;
    } else if (!discriminator.isEmpty()) {
        const QStringList values = schema.subtypeValues(definition);
        if (!values.isEmpty())
            chosen = *schema.resolveSubtype(definition, values.at(int(m_random.bounded(values.size()))));
    }
    if (concrete)
        *concrete = chosen;

    QJsonObject out;
    if (!discriminator.isEmpty())
        out.insert(discriminator, schema.discriminatorValueOf(chosen));
    const bool request = m_options.direction == core::Validator::Direction::Request;
    const core::Validator validator(m_options.direction);
    for (const Schema::Property &p : schema.effectiveProperties(chosen)) {
        if (p.name == discriminator)
            continue;
        if (p.type.readOnly && request)
            continue;
        const bool deep = depth >= m_options.maxDepth;
        if (!validator.isRequired(chosen, p) && (deep || m_random.generateDouble() > m_options.optionalChance))
            continue;
        if (!p.type.secret.isEmpty()) {
            const QString secret = QStringLiteral("s3cr3t-") + QString::number(m_random.generate());
            m_secrets.append(secret);
            if (p.type.secret == QLatin1String("uriCredentials"))
                out.insert(p.name, QString(QStringLiteral("mongodb://dba:") + secret
                                           + QStringLiteral("@mongo.example:27017/?ssl=true")));
            else
                out.insert(p.name, secret);
            continue;
        }
        out.insert(p.name, value(schema, p.type, depth + 1));
    }
    if (m_options.unknownMembers && m_random.bounded(3) == 0)
        out.insert(QString(QStringLiteral("x-unknown-") + QString::number(m_random.bounded(100))),
                   QJsonObject{{QStringLiteral("kept"), true}, {QStringLiteral("n"), 42}});
    return out;
}

QJsonValue DocumentGenerator::value(const Schema &schema, const Schema::Type &type, int depth)
{
    switch (type.kind) {
    case Schema::Kind::String:
        if (!type.enumName.isEmpty()) {
            const QStringList values = schema.enumeration(type.enumName)->values;
            return values.at(int(m_random.bounded(values.size())));
        }
        if (type.format == QLatin1String("date-time"))
            return dateTime();
        return text();
    case Schema::Kind::Integer:
        switch (m_random.bounded(3)) {
        case 0:
            return qint64(m_random.bounded(100));
        case 1:
            return -qint64(m_random.bounded(1000000));
        default: // LSN-sized values must survive exactly
            return qint64(m_random.generate64() >> 2);
        }
    case Schema::Kind::Number:
        return double(m_random.bounded(100000)) / 8.0;
    case Schema::Kind::Boolean:
        return m_random.bounded(2) == 1;
    case Schema::Kind::Object:
        return QJsonObject{{text(), text()}, {QStringLiteral("count"), qint64(m_random.bounded(50))}};
    case Schema::Kind::Any:
        return text();
    case Schema::Kind::Array: {
        QJsonArray a;
        const int n = depth >= m_options.maxDepth ? 0 : int(m_random.bounded(4));
        for (int i = 0; i < n; ++i)
            a.append(value(schema, *type.element, depth + 1));
        return a;
    }
    case Schema::Kind::Map: {
        QJsonObject o;
        const int n = depth >= m_options.maxDepth ? 0 : int(m_random.bounded(4));
        for (int i = 0; i < n; ++i)
            o.insert(QString(text() + QString::number(i)), value(schema, *type.element, depth + 1));
        return o;
    }
    case Schema::Kind::Ref: {
        const Schema::Definition *d = schema.definition(type.ref);
        if (!d->enumName.isEmpty()) {
            const QStringList values = schema.enumeration(d->enumName)->values;
            return values.at(int(m_random.bounded(values.size())));
        }
        return object(type.ref, depth, nullptr);
    }
    }
    return QJsonValue();
}

QString semanticDifference(const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    const QString where = path.isEmpty() ? QStringLiteral("(root)") : path;
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.constBegin(); it != e.constEnd(); ++it) {
            if (!a.contains(it.key()))
                return core::Validator::childPath(path, it.key()) + QStringLiteral(": missing");
            const QString d
                = semanticDifference(it.value(), a.value(it.key()), core::Validator::childPath(path, it.key()));
            if (!d.isEmpty())
                return d;
        }
        for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
            if (!e.contains(it.key()))
                return core::Validator::childPath(path, it.key()) + QStringLiteral(": unexpected");
        }
        return QString();
    }
    if (expected.isArray() && actual.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size())
            return where + QStringLiteral(": %1 items instead of %2").arg(a.size()).arg(e.size());
        for (qsizetype i = 0; i < e.size(); ++i) {
            const QString d = semanticDifference(e.at(i), a.at(i), core::Validator::childPath(path, i));
            if (!d.isEmpty())
                return d;
        }
        return QString();
    }
    if (expected.isString() && actual.isString() && expected != actual) {
        const QDateTime de = core::dms::parseDateTime(expected.toString());
        const QDateTime da = core::dms::parseDateTime(actual.toString());
        if (de.isValid() && da.isValid() && de == da)
            return QString();
    }
    if (expected.isDouble() && actual.isDouble() && expected.toDouble() == actual.toDouble()
        && expected.toInteger() == actual.toInteger())
        return QString();
    if (expected == actual)
        return QString();
    return where + QStringLiteral(": ") + expected.toVariant().toString() + QStringLiteral(" became ")
           + actual.toVariant().toString();
}

} // namespace godwit::test
