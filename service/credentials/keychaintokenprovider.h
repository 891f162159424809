#pragma once

#include <QPointer>

#include "service/credentials/oauth.h"
#include "service/keychain.h"

namespace godwit::service {

/// A remote engine's bearer token, kept in the keychain (under the given scope, name
/// "engine-token") and read on the first request. A refresh reads it again, so a token saved
/// anew in the profile is picked up; an unchanged token that was rejected is reported as such.
class KeychainTokenProvider final : public CachedTokenProvider
{
    Q_OBJECT
public:
    /// The keychain entry of an engine's token.
    static QString engineTokenName();

    KeychainTokenProvider(Keychain *keychain, KeychainScope scope, QObject *parent = nullptr);

protected:
    void startRefresh() override;

private:
    QPointer<Keychain> m_keychain;
    KeychainScope m_scope;
    core::Secret m_lastToken;
};

} // namespace godwit::service
