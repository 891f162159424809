#pragma once

#include <QList>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

#include "core/secret.h"

namespace QKeychain {
class Job;
}

namespace godwit::service {

/// Whose secrets: an endpoint (ARM or engine URL) and an account on it (for Godwit's profiles,
/// the profile id). Every key of one scope is forgotten together.
struct KeychainScope
{
    QString endpoint;
    QString account;

    friend bool operator==(const KeychainScope &, const KeychainScope &) = default;
};

/// How one keychain operation ended.
struct KeychainResult
{
    enum class Status {
        Ok,
        NotFound, ///< read: there is no such secret
        TimedOut, ///< the keychain did not answer within the timeout
        Failed,   ///< the keychain answered with an error, or there is no keychain
    };

    Status status = Status::Failed;
    core::Secret value; ///< read: the secret
    QString error;      ///< translated, for a person; empty when Ok

    bool ok() const { return status == Status::Ok; }
};

/// The one way Godwit stores secrets (refresh tokens, client secrets, engine tokens, database
/// passwords): the desktop keychain through QtKeychain, never a plain-text fallback. Every
/// operation is asynchronous, ends within a timeout and calls back exactly once. Key names (never
/// values) are indexed in a settings file so a whole scope can be forgotten.
/// The settings file every Godwit program shares for profiles and the keychain's key index
/// ($XDG_CONFIG_HOME/godwit/godwit.conf), whatever the program's own name.
QString sharedSettingsFile();

class Keychain final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 10000;
    using Callback = std::function<void(const KeychainResult &result)>;

    /// The keychain service all Godwit secrets are stored under.
    static QString serviceName();
    /// The one function that builds keychain keys: `godwit:<endpoint>:<account>:<name>`.
    static QString key(const KeychainScope &scope, const QString &name);
    /// The name under which a saved database connection's password is kept: `connection:<name>`.
    static QString connectionPasswordName(const QString &connection);

    /// `indexFile`: the settings file of the key-name index (empty: the application's settings).
    /// `indexFile` empty: the settings file the console and the CLI share (sharedSettingsFile()).
    explicit Keychain(const QString &indexFile = {}, QObject *parent = nullptr);
    ~Keychain() override;

    /// How long a keychain job may take before it is reported as timed out.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    // Each operation calls `done` exactly once, later (never from within the call), unless
    // `context` is destroyed first. A null context means no guard.
    void read(const KeychainScope &scope, const QString &name, QObject *context, Callback done);
    void write(const KeychainScope &scope, const QString &name, const core::Secret &value, QObject *context,
               Callback done);
    /// Removing a secret that is not there succeeds.
    void remove(const KeychainScope &scope, const QString &name, QObject *context, Callback done);
    /// Removes every indexed secret of a scope, then its index entry.
    void forgetScope(const KeychainScope &scope, QObject *context, Callback done);

    void readConnectionPassword(const KeychainScope &scope, const QString &connection, QObject *context, Callback done);
    void writeConnectionPassword(const KeychainScope &scope, const QString &connection, const core::Secret &password,
                                 QObject *context, Callback done);
    void removeConnectionPassword(const KeychainScope &scope, const QString &connection, QObject *context,
                                  Callback done);

    /// The names indexed for a scope (secrets written and not yet removed).
    QStringList names(const KeychainScope &scope) const;
    /// Every scope with indexed names.
    QList<KeychainScope> scopes() const;

private:
    enum class Operation { Read, Write, Remove };
    void run(QKeychain::Job *job, Operation operation, const QString &name,
             std::function<void(const KeychainResult &)> finish);
    KeychainResult resultOf(QKeychain::Job *job, Operation operation, const QString &name) const;
    /// "Reading “name” from the keychain failed.", and so on for each operation.
    static QString failedText(Operation operation, const QString &name);
    static QString timeoutText(Operation operation, const QString &name, int timeoutMs);
    static QString indexGroup(const KeychainScope &scope);
    void addToIndex(const KeychainScope &scope, const QString &name);
    void removeFromIndex(const KeychainScope &scope, const QString &name);
    bool isIndexed(const KeychainScope &scope, const QString &name) const;

    std::unique_ptr<QSettings> m_index;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace godwit::service
