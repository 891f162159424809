#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace godwit::engine {

/// Seals secrets at rest with a key kept in its own file (mode 0600), outside the store, so a
/// copy of the database alone reveals no password. XSalsa20-Poly1305 (libsodium secretbox).
class SecretBox final
{
public:
    /// Loads the key file, creating it with a fresh random key when it does not exist.
    /// nullopt with an error when the file cannot be read or written, or has the wrong size.
    static std::optional<SecretBox> open(const QString &keyFile, QString *error);

    QByteArray seal(const QByteArray &plain) const;
    /// nullopt when the data was not sealed with this key or was tampered with.
    std::optional<QByteArray> unseal(const QByteArray &sealed) const;

private:
    explicit SecretBox(QByteArray key)
        : m_key(std::move(key))
    {
    }
    QByteArray m_key;
};

} // namespace godwit::engine
