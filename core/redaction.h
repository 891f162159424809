#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace godwit::core {

/// How secrets are treated when a document leaves the process.
enum class SecretPolicy {
    Omit, ///< remove them, as the service does in every response
    Mask, ///< replace them by a fixed mask, for showing a document to a person
};

/// Removes or masks every secret in a document: the members the API marks as secrets (password,
/// appKey, sasUri, ...) wherever they appear, and the password inside user:password@ of
/// connection strings. Works on any JSON, including task types this build does not know.
QJsonValue redactSecrets(const QJsonValue &value, SecretPolicy policy = SecretPolicy::Omit);
QJsonObject redactSecrets(const QJsonObject &object, SecretPolicy policy = SecretPolicy::Omit);

/// Removes the password of a user:password@ part of a URI-like connection string.
QString stripUriPassword(const QString &connectionString, SecretPolicy policy = SecretPolicy::Omit);

/// Whether a member name carries a secret anywhere in the API.
bool isSecretMember(const QString &name);

/// Copies the secrets of `previous` into `update` where `update` lacks them at the same place, so
/// that a re-sent document (which never contains secrets) keeps the stored ones.
QJsonValue restoreSecrets(const QJsonValue &update, const QJsonValue &previous);

} // namespace godwit::core
