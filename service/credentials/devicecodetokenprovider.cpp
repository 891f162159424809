#include "service/credentials/devicecodetokenprovider.h"

namespace godwit::service {

namespace {

constexpr int kDefaultIntervalSeconds = 5;
constexpr int kSlowDownStepSeconds = 5; // RFC 8628 section 3.5
constexpr int kDefaultExpiresInSeconds = 900;

} // namespace

DeviceCodeTokenProvider::DeviceCodeTokenProvider(Cloud cloud, QString tenant, QString clientId, Keychain *keychain,
                                                 KeychainScope scope, QObject *parent)
    : InteractiveTokenProvider(std::move(cloud), std::move(tenant), std::move(clientId), keychain, std::move(scope),
                               parent)
{
    m_pollTimer.setSingleShot(true);
    // Never earlier than the server allows: a coarse timer may fire a little early.
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeTokenProvider::poll);
}

QUrl DeviceCodeTokenProvider::deviceCodeEndpoint() const
{
    return cloud().oauthEndpoint(tenant(), QStringLiteral("devicecode"));
}

void DeviceCodeTokenProvider::startInteractive()
{
    m_polls = 0;
    m_deviceCode = core::Secret();
    m_lastTransientError.clear();
    post(deviceCodeEndpoint(), {{QStringLiteral("scope"), requestedScopes()}}, [this](const TokenResponse &response) {
        if (!response.ok()) {
            failSignIn(QString(tr("The sign-in could not be started.") + QLatin1Char(' ') + response.message));
            return;
        }
        const QJsonObject &json = response.json;
        m_deviceCode = core::Secret(json.value(QLatin1String("device_code")).toString());
        const QString userCode = json.value(QLatin1String("user_code")).toString();
        // v2 endpoints say verification_uri; the v1 endpoint said verification_url.
        QString uri = json.value(QLatin1String("verification_uri")).toString();
        if (uri.isEmpty())
            uri = json.value(QLatin1String("verification_url")).toString();
        if (m_deviceCode.isEmpty() || userCode.isEmpty() || uri.isEmpty()) {
            failSignIn(tr("The sign-in could not be started: the server's answer lacks the device code, the user "
                          "code or the verification address."));
            return;
        }
        const int interval = json.value(QLatin1String("interval")).toVariant().toInt();
        m_interval = interval > 0 ? interval : kDefaultIntervalSeconds;
        const int expiresIn = json.value(QLatin1String("expires_in")).toVariant().toInt();
        m_expiresInMs = qint64(expiresIn > 0 ? expiresIn : kDefaultExpiresInSeconds) * m_unitMs;
        m_sinceCode.start();
        QString message = json.value(QLatin1String("message")).toString();
        if (message.isEmpty())
            message = tr("To sign in, open %1 in a browser and enter the code %2.").arg(uri, userCode);
        qCInfo(lcAuth).noquote() << "device code issued; polling every" << m_interval << "s";
        Q_EMIT deviceCodeReady(userCode, QUrl(uri), message);
        scheduleNextPoll();
    });
}

void DeviceCodeTokenProvider::stopInteractive()
{
    m_pollTimer.stop();
    abortRequest();
    m_deviceCode = core::Secret();
}

void DeviceCodeTokenProvider::scheduleNextPoll()
{
    const qint64 delay = qint64(m_interval) * m_unitMs;
    if (m_sinceCode.elapsed() + delay > m_expiresInMs) {
        QString error = tr("The sign-in code expired before the sign-in was completed. Start the sign-in again.");
        if (!m_lastTransientError.isEmpty())
            error += QLatin1Char(' ') + m_lastTransientError;
        failSignIn(error);
        return;
    }
    m_pollTimer.start(int(delay));
}

void DeviceCodeTokenProvider::poll()
{
    ++m_polls;
    post(tokenEndpoint(),
         {{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
          {QStringLiteral("device_code"), m_deviceCode.reveal()}},
         [this](const TokenResponse &response) {
             if (response.ok()) {
                 completeSignIn(response);
                 return;
             }
             switch (response.outcome) {
             case TokenResponse::Outcome::OAuthError:
                 if (response.error == QLatin1String("authorization_pending")) {
                     scheduleNextPoll();
                 } else if (response.error == QLatin1String("slow_down")) {
                     m_interval += kSlowDownStepSeconds;
                     qCInfo(lcAuth) << "the server asked to slow down; polling every" << m_interval << "s";
                     scheduleNextPoll();
                 } else if (response.error == QLatin1String("expired_token")
                            || response.error == QLatin1String("code_expired")) {
                     failSignIn(QString(tr("The sign-in code expired before the sign-in was completed. Start the "
                                           "sign-in again.")
                                        + QLatin1Char(' ') + response.message));
                 } else if (response.error == QLatin1String("access_denied")
                            || response.error == QLatin1String("authorization_declined")) {
                     failSignIn(QString(tr("The sign-in was declined.") + QLatin1Char(' ') + response.message));
                 } else {
                     failSignIn(QString(tr("The sign-in failed.") + QLatin1Char(' ') + response.message));
                 }
                 return;
             case TokenResponse::Outcome::HttpError:
                 if (response.httpStatus != 429 && response.httpStatus < 500) {
                     failSignIn(QString(tr("The sign-in failed.") + QLatin1Char(' ') + response.message));
                     return;
                 }
                 [[fallthrough]];
             case TokenResponse::Outcome::Transport:
             case TokenResponse::Outcome::Timeout:
                 // The person may be signing in on the other device right now: a passing network
                 // or server failure does not end that; the code's expiry does.
                 m_lastTransientError = response.message;
                 scheduleNextPoll();
                 return;
             case TokenResponse::Outcome::Malformed:
             case TokenResponse::Outcome::Ok:
                 failSignIn(QString(tr("The sign-in failed.") + QLatin1Char(' ') + response.message));
                 return;
             }
         });
}

} // namespace godwit::service
