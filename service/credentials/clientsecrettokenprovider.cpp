#include "service/credentials/clientsecrettokenprovider.h"

namespace godwit::service {

QString ClientSecretTokenProvider::clientSecretName()
{
    return QStringLiteral("client-secret");
}

ClientSecretTokenProvider::ClientSecretTokenProvider(Cloud cloud, QString tenant, QString clientId, Keychain *keychain,
                                                     KeychainScope scope, QObject *parent)
    : AadTokenProvider(std::move(cloud), std::move(tenant), std::move(clientId), parent)
    , m_keychain(keychain)
    , m_scope(std::move(scope))
{
}

void ClientSecretTokenProvider::startRefresh()
{
    if (!m_keychain) {
        fail(tr("Signing in as the service principal failed: no keychain is available for its client secret."));
        return;
    }
    m_keychain->read(m_scope, clientSecretName(), this, [this](const KeychainResult &result) {
        if (result.status == KeychainResult::Status::NotFound || (result.ok() && result.value.isEmpty())) {
            fail(tr("Signing in as the service principal failed: no client secret is saved for it. Enter the "
                    "secret in the profile's settings."));
            return;
        }
        if (!result.ok()) {
            fail(QString(tr("Signing in as the service principal failed.") + QLatin1Char(' ') + result.error));
            return;
        }
        requestToken(result.value);
    });
}

void ClientSecretTokenProvider::requestToken(const core::Secret &secret)
{
    post(tokenEndpoint(),
         {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
          {QStringLiteral("client_secret"), secret.reveal()},
          {QStringLiteral("scope"), cloud().armScope()}},
         [this](const TokenResponse &response) {
             QString error;
             if (!response.ok()) {
                 fail(QString(tr("Signing in as the service principal %1 failed.").arg(clientId()) + QLatin1Char(' ')
                              + response.message));
                 return;
             }
             if (!takeAccessToken(response, &error))
                 fail(error);
         });
}

} // namespace godwit::service
