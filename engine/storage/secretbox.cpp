#include "engine/storage/secretbox.h"

#include <QFile>
#include <QFileInfo>

#include <sodium.h>

namespace godwit::engine {

std::optional<SecretBox> SecretBox::open(const QString &keyFile, QString *error)
{
    if (sodium_init() < 0) {
        *error = QStringLiteral("the cryptography library could not start");
        return std::nullopt;
    }
    QFile file(keyFile);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the secret key %1: %2").arg(keyFile, file.errorString());
            return std::nullopt;
        }
        const QByteArray key = file.readAll();
        if (key.size() != crypto_secretbox_KEYBYTES) {
            *error = QStringLiteral("the secret key %1 is damaged (wrong size)").arg(keyFile);
            return std::nullopt;
        }
        return SecretBox(key);
    }
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    // Create it private from the first byte: never world-readable, not even briefly.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(key) != key.size()
        || !file.flush()) {
        *error = QStringLiteral("cannot write the secret key %1: %2").arg(keyFile, file.errorString());
        file.remove();
        return std::nullopt;
    }
    return SecretBox(key);
}

QByteArray SecretBox::seal(const QByteArray &plain) const
{
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()), nonce,
                          reinterpret_cast<const unsigned char *>(m_key.constData()));
    return out;
}

std::optional<QByteArray> SecretBox::unseal(const QByteArray &sealed) const
{
    const qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (sealed.size() < overhead)
        return std::nullopt;
    QByteArray plain(sealed.size() - overhead, Qt::Uninitialized);
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   quint64(sealed.size() - crypto_secretbox_NONCEBYTES), nonce,
                                   reinterpret_cast<const unsigned char *>(m_key.constData()))
        != 0)
        return std::nullopt;
    return plain;
}

} // namespace godwit::engine
