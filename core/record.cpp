#include "core/record.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace godwit::core::dms {

std::optional<QString> JsonConv<QString>::from(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) // a number where the swagger says string: keep its text
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
    return std::nullopt;
}

std::optional<qint64> JsonConv<qint64>::from(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d)
            return std::nullopt;
        return v.toInteger();
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<double> JsonConv<double>::from(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

std::optional<bool> JsonConv<bool>::from(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == QLatin1String("true"))
            return true;
        if (s == QLatin1String("false"))
            return false;
    }
    return std::nullopt;
}

QDateTime parseDateTime(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid())
        return dt;
    static const QRegularExpression longFraction(QStringLiteral("^(.*T\\d\\d:\\d\\d:\\d\\d)\\.(\\d+)(.*)$"));
    const auto m = longFraction.match(text);
    if (m.hasMatch())
        dt = QDateTime::fromString(m.captured(1) + QLatin1Char('.') + m.captured(2).left(3) + m.captured(3),
                                   Qt::ISODateWithMs);
    return dt;
}

std::optional<QDateTime> JsonConv<QDateTime>::from(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    const QDateTime dt = parseDateTime(v.toString());
    return dt.isValid() ? std::optional<QDateTime>(dt) : std::nullopt;
}

QJsonValue JsonConv<QDateTime>::to(const QDateTime &v)
{
    const QDateTime utc = v.toUTC();
    return utc.time().msec() != 0 ? utc.toString(Qt::ISODateWithMs) : utc.toString(Qt::ISODate);
}

std::optional<Secret> JsonConv<Secret>::from(const QJsonValue &v)
{
    return v.isString() ? std::optional<Secret>(Secret(v.toString())) : std::nullopt;
}

std::optional<QJsonObject> objectOrEncodedObject(const QJsonValue &v)
{
    if (v.isObject())
        return v.toObject();
    if (v.isString()) {
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
        if (doc.isObject())
            return doc.object();
    }
    return std::nullopt;
}

QDebug operator<<(QDebug debug, const Record &record)
{
    QDebugStateSaver saver(debug);
    debug.noquote().nospace() << QString::fromUtf8(
        QJsonDocument(record.toJson(SecretPolicy::Mask)).toJson(QJsonDocument::Compact));
    return debug;
}

} // namespace godwit::core::dms
