#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSettings>
#include <QString>

#include <memory>
#include <optional>

#include "core/secret.h"
#include "service/keychain.h"

namespace godwit::service {

/// A database connection saved for reuse by the wizards, the CLI and the sandbox: a ConnectionInfo
/// of API 2025-06-30 (its `type` names the platform, e.g. "PostgreSqlConnectionInfo") without its
/// password, which lives in the keychain.
struct SavedConnection
{
    Q_DECLARE_TR_FUNCTIONS(godwit::service::SavedConnection)
public:
    QString name;             ///< unique; letters, digits, space and ._- (validate())
    QJsonObject info;         ///< the ConnectionInfo; secret members are never kept here
    bool hasPassword = false; ///< a password is kept in the keychain under this name

    /// The connection's `type`, e.g. "PostgreSqlConnectionInfo".
    QString type() const;
    /// A one-line description for lists: "postgres@db.example.com:5432".
    QString summary() const;
    /// Empty when the connection can be saved, else what is wrong (translated): the name and
    /// the ConnectionInfo against the schema (request rules, password not required).
    QString validate() const;
};

/// The saved connections, in the settings file the console and the CLI share (group
/// "connections"), their passwords in the keychain under keychainScope().
class ConnectionStore final : public QObject
{
    Q_OBJECT
public:
    /// `settingsFile`: empty for sharedSettingsFile(); tests give a temporary file.
    explicit ConnectionStore(const QString &settingsFile = {}, QObject *parent = nullptr);
    ~ConnectionStore() override;

    /// The keychain scope of every saved connection's password.
    static KeychainScope keychainScope();

    /// Sorted by name (case-insensitive).
    QList<SavedConnection> connections() const;
    std::optional<SavedConnection> connection(const QString &name) const;
    /// Connections whose `type` is one of `types` (empty: all).
    QList<SavedConnection> connections(const QStringList &types) const;

    /// Saves (adds or replaces) a connection. Secret members of `info` are removed before it is
    /// written; a password given is written to the keychain first, and the connection is saved
    /// only when that succeeded. No password given: a kept one stays (hasPassword unchanged).
    /// `done` is called exactly once (later), with the keychain's result or a validation error
    /// (status Failed, `error` set, nothing written).
    void save(const SavedConnection &connection, const std::optional<core::Secret> &password, Keychain &keychain,
              QObject *context, Keychain::Callback done);
    /// Removes the connection and its password.
    void remove(const QString &name, Keychain &keychain, QObject *context, Keychain::Callback done);
    /// Reads the connection's password (NotFound when none is kept or there is no such connection).
    void readPassword(const QString &name, Keychain &keychain, QObject *context, Keychain::Callback done);

    /// The connection's info with its password filled in (`password` member of the info's type).
    static QJsonObject withPassword(const QJsonObject &info, const core::Secret &password);

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace godwit::service
