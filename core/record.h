#pragma once

#include <QDateTime>
#include <QDebug>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <type_traits>

#include "core/redaction.h"
#include "core/secret.h"

namespace godwit::core::dms {

class Record;

/// Conversion between JSON and the C++ types of typed accessors. Reading is lenient in the way the
/// service is (numbers sent as strings, maps sent as JSON-encoded strings, one object where the
/// swagger says "array"); a value that does not convert reads as absent, and the raw JSON is never
/// touched by reading.
template <class T, class Enable = void>
struct JsonConv;

template <>
struct JsonConv<QString>
{
    static std::optional<QString> from(const QJsonValue &v);
    static QJsonValue to(const QString &v) { return v; }
};

template <>
struct JsonConv<qint64>
{
    static std::optional<qint64> from(const QJsonValue &v);
    static QJsonValue to(qint64 v) { return v; }
};

template <>
struct JsonConv<double>
{
    static std::optional<double> from(const QJsonValue &v);
    static QJsonValue to(double v) { return v; }
};

template <>
struct JsonConv<bool>
{
    static std::optional<bool> from(const QJsonValue &v);
    static QJsonValue to(bool v) { return v; }
};

template <>
struct JsonConv<QDateTime>
{
    static std::optional<QDateTime> from(const QJsonValue &v);
    static QJsonValue to(const QDateTime &v);
};

template <>
struct JsonConv<Secret>
{
    static std::optional<Secret> from(const QJsonValue &v);
    static QJsonValue to(const Secret &v) { return v.reveal(); }
};

template <>
struct JsonConv<QJsonValue>
{
    static std::optional<QJsonValue> from(const QJsonValue &v) { return v; }
    static QJsonValue to(const QJsonValue &v) { return v; }
};

template <>
struct JsonConv<QJsonObject>
{
    static std::optional<QJsonObject> from(const QJsonValue &v)
    {
        return v.isObject() ? std::optional<QJsonObject>(v.toObject()) : std::nullopt;
    }
    static QJsonValue to(const QJsonObject &v) { return v; }
};

template <class T>
struct JsonConv<T, std::enable_if_t<std::is_base_of_v<Record, T>>>
{
    static std::optional<T> from(const QJsonValue &v)
    {
        return v.isObject() ? std::optional<T>(T(v.toObject())) : std::nullopt;
    }
    static QJsonValue to(const T &v);
};

template <class T>
struct JsonConv<QList<T>>
{
    static std::optional<QList<T>> from(const QJsonValue &v)
    {
        QList<T> out;
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            out.reserve(a.size());
            for (const QJsonValue &e : a)
                out.append(JsonConv<T>::from(e).value_or(T{}));
            return out;
        }
        if (v.isObject()) { // one object where the swagger says "array" (a $ref beside type: array)
            if (auto one = JsonConv<T>::from(v)) {
                out.append(*one);
                return out;
            }
        }
        return std::nullopt;
    }
    static QJsonValue to(const QList<T> &v)
    {
        QJsonArray a;
        for (const T &e : v)
            a.append(JsonConv<T>::to(e));
        return a;
    }
};

/// Reads a JSON object, or a string holding a JSON-encoded object (maps the swagger declares as
/// strings).
std::optional<QJsonObject> objectOrEncodedObject(const QJsonValue &v);

template <class T>
struct JsonConv<QMap<QString, T>>
{
    static std::optional<QMap<QString, T>> from(const QJsonValue &v)
    {
        const auto object = objectOrEncodedObject(v);
        if (!object)
            return std::nullopt;
        QMap<QString, T> out;
        for (auto it = object->constBegin(); it != object->constEnd(); ++it)
            out.insert(it.key(), JsonConv<T>::from(it.value()).value_or(T{}));
        return out;
    }
    static QJsonValue to(const QMap<QString, T> &v)
    {
        QJsonObject o;
        for (auto it = v.constBegin(); it != v.constEnd(); ++it)
            o.insert(it.key(), JsonConv<T>::to(it.value()));
        return o;
    }
};

/// Base of every typed value of the API: a JSON object with typed accessors.
///
/// The object itself is the storage, so members this build does not know, nulls and the exact
/// numbers of a document survive any decode/encode round trip; accessors only read and write the
/// members they name. Subtypes of a polymorphic type share the base's storage, so `as<T>()` is a
/// cheap view.
class Record
{
public:
    Record() = default;
    explicit Record(QJsonObject json)
        : m_json(std::move(json))
    {
    }

    /// The document, secrets included: for sending to a server, never for logs.
    const QJsonObject &toJson() const { return m_json; }
    /// The document with secrets removed (as in a response) or masked (for display).
    QJsonObject toJson(SecretPolicy policy) const { return redactSecrets(m_json, policy); }

    bool isEmpty() const { return m_json.isEmpty(); }
    bool has(QLatin1String member) const { return m_json.contains(member); }
    QJsonValue value(QLatin1String member) const { return m_json.value(member); }
    void setValue(const QString &member, const QJsonValue &value) { m_json.insert(member, value); }
    void remove(QLatin1String member) { m_json.remove(member); }

    /// A view of the same document as another typed value (e.g. a subtype).
    template <class T>
    T as() const
    {
        return T(m_json);
    }

    /// Whether the document's discriminator selects T (always true for types without one).
    template <class T>
    bool is() const
    {
        if constexpr (requires { T::kDiscriminatorValue; })
            return m_json.value(T::kDiscriminatorMember).toString() == T::kDiscriminatorValue;
        else
            return true;
    }

    friend bool operator==(const Record &a, const Record &b) { return a.m_json == b.m_json; }

protected:
    template <class T>
    std::optional<T> get(QLatin1String member) const
    {
        const auto it = m_json.constFind(member);
        if (it == m_json.constEnd() || it->isNull())
            return std::nullopt;
        return JsonConv<T>::from(*it);
    }

    template <class T>
    void set(QLatin1String member, const T &value)
    {
        m_json.insert(member, JsonConv<T>::to(value));
    }

private:
    QJsonObject m_json;
};

template <class T>
QJsonValue JsonConv<T, std::enable_if_t<std::is_base_of_v<Record, T>>>::to(const T &v)
{
    return v.toJson();
}

/// Prints the document with secrets masked.
QDebug operator<<(QDebug debug, const Record &record);

/// Parses the date-times the service writes, including .NET's seven fractional digits.
QDateTime parseDateTime(const QString &text);

} // namespace godwit::core::dms
