#pragma once

#include <QPointer>

#include "service/credentials/aadtokenprovider.h"
#include "service/keychain.h"

namespace godwit::service {

/// A service principal signing in with its client secret (OAuth2 client credentials grant). The
/// secret is read from the keychain (under the given scope, name "client-secret") for each token
/// request and not kept.
class ClientSecretTokenProvider final : public AadTokenProvider
{
    Q_OBJECT
public:
    /// The keychain entry of the client secret.
    static QString clientSecretName();

    ClientSecretTokenProvider(Cloud cloud, QString tenant, QString clientId, Keychain *keychain, KeychainScope scope,
                              QObject *parent = nullptr);

protected:
    void startRefresh() override;

private:
    void requestToken(const core::Secret &secret);

    QPointer<Keychain> m_keychain;
    KeychainScope m_scope;
};

} // namespace godwit::service
