#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>

#include "core/validator.h"

namespace godwit::core {

/// A typed value decoded from JSON, with everything validation found. The value holds the whole
/// document (unknown members included) even when there are issues.
template <class T>
struct Decoded
{
    T value;
    Issues issues;
    bool ok() const { return !hasErrors(issues); }
};

/// Validates a JSON value as T's definition and wraps it.
template <class T>
Decoded<T> decode(const QJsonValue &json, Validator::Direction direction = Validator::Direction::Request)
{
    Decoded<T> out;
    out.issues = Validator(direction).validate(json, QString(T::kDefinition));
    if (json.isObject())
        out.value = T(json.toObject());
    return out;
}

/// Parses JSON text first; a syntax error is reported at the root with its offset.
template <class T>
Decoded<T> decode(const QByteArray &text, Validator::Direction direction = Validator::Direction::Request)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        Decoded<T> out;
        out.issues.append(
            Issue{Issue::Severity::Error, Issue::Code::WrongType, QString(),
                  Validator::tr("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString())});
        return out;
    }
    const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    return decode<T>(root, direction);
}

} // namespace godwit::core
