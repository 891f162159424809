#include "core/redaction.h"

#include <QJsonArray>
#include <QRegularExpression>

#include "core/schema.h"
#include "core/secret.h"

namespace godwit::core {

namespace {

const QString kConnectionString = QStringLiteral("connectionString");

} // namespace

bool isSecretMember(const QString &name)
{
    static const QStringList names = [] {
        QStringList n = Schema::instance().secretMemberNames();
        n.removeAll(kConnectionString); // kept, only its embedded password is a secret
        return n;
    }();
    return names.contains(name);
}

QString stripUriPassword(const QString &connectionString, SecretPolicy policy)
{
    // scheme://user:password@host... ; the user name stays, the password goes.
    static const QRegularExpression credentials(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://)([^/@:]*):([^/@]*)@"));
    const auto m = credentials.match(connectionString);
    if (!m.hasMatch())
        return connectionString;
    QString replacement = m.captured(1) + m.captured(2);
    if (policy == SecretPolicy::Mask)
        replacement += QLatin1Char(':') + Secret::mask();
    replacement += QLatin1Char('@');
    return replacement + connectionString.mid(m.capturedLength(0));
}

QJsonObject redactSecrets(const QJsonObject &object, SecretPolicy policy)
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (isSecretMember(it.key())) {
            if (policy == SecretPolicy::Mask && !it.value().isNull())
                out.insert(it.key(), Secret::mask());
            continue;
        }
        if (it.key() == kConnectionString && it.value().isString()) {
            out.insert(it.key(), stripUriPassword(it.value().toString(), policy));
            continue;
        }
        out.insert(it.key(), redactSecrets(it.value(), policy));
    }
    return out;
}

QJsonValue redactSecrets(const QJsonValue &value, SecretPolicy policy)
{
    if (value.isObject())
        return redactSecrets(value.toObject(), policy);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redactSecrets(v, policy));
        return out;
    }
    return value;
}

QJsonValue restoreSecrets(const QJsonValue &update, const QJsonValue &previous)
{
    if (update.isObject() && previous.isObject()) {
        QJsonObject out = update.toObject();
        const QJsonObject prev = previous.toObject();
        for (auto it = prev.constBegin(); it != prev.constEnd(); ++it) {
            if (isSecretMember(it.key())) {
                if (!out.contains(it.key()))
                    out.insert(it.key(), it.value());
            } else if (it.key() == kConnectionString && it.value().isString()
                       && out.value(it.key()).toString() == stripUriPassword(it.value().toString())) {
                out.insert(it.key(), it.value());
            } else if (out.contains(it.key())) {
                out.insert(it.key(), restoreSecrets(out.value(it.key()), it.value()));
            }
        }
        return out;
    }
    if (update.isArray() && previous.isArray()) {
        QJsonArray out = update.toArray();
        const QJsonArray prev = previous.toArray();
        for (qsizetype i = 0; i < out.size() && i < prev.size(); ++i)
            out[i] = restoreSecrets(out.at(i), prev.at(i));
        return out;
    }
    return update;
}

} // namespace godwit::core
