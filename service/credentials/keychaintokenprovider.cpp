#include "service/credentials/keychaintokenprovider.h"

namespace godwit::service {

QString KeychainTokenProvider::engineTokenName()
{
    return QStringLiteral("engine-token");
}

KeychainTokenProvider::KeychainTokenProvider(Keychain *keychain, KeychainScope scope, QObject *parent)
    : CachedTokenProvider(parent)
    , m_keychain(keychain)
    , m_scope(std::move(scope))
{
}

void KeychainTokenProvider::startRefresh()
{
    if (!m_keychain) {
        fail(tr("The engine's token cannot be read: no keychain is available."));
        return;
    }
    m_keychain->read(m_scope, engineTokenName(), this, [this](const KeychainResult &result) {
        if (result.status == KeychainResult::Status::NotFound || (result.ok() && result.value.isEmpty())) {
            fail(tr("No token is saved for this engine. Enter the engine's token in the profile's settings."));
            return;
        }
        if (!result.ok()) {
            fail(QString(tr("The engine's token could not be read.") + QLatin1Char(' ') + result.error));
            return;
        }
        // Asked again (after a 401) and the saved token is the one the engine refused.
        if (!m_lastToken.isEmpty() && result.value == m_lastToken) {
            fail(tr("The engine rejected the token saved for this profile. Save the engine's current token in the "
                    "profile's settings."));
            return;
        }
        m_lastToken = result.value;
        succeed(result.value, QDateTime());
    });
}

} // namespace godwit::service
