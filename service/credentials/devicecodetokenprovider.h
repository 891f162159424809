#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QUrl>

#include "service/credentials/aadtokenprovider.h"

namespace godwit::service {

/// Sign-in on another device (RFC 8628): asks for a device code, shows the person a code and a
/// web address (deviceCodeReady), then polls the token endpoint as the server says: every
/// `interval` seconds, five more after each `slow_down`, until success, refusal or expiry.
class DeviceCodeTokenProvider final : public InteractiveTokenProvider
{
    Q_OBJECT
public:
    DeviceCodeTokenProvider(Cloud cloud, QString tenant, QString clientId, Keychain *keychain, KeychainScope scope,
                            QObject *parent = nullptr);

    QUrl deviceCodeEndpoint() const;
    /// Milliseconds per second of the server's `interval` and `expires_in` (1000; tests shrink it).
    void setTimeUnitMs(int ms) { m_unitMs = ms; }
    /// The current polling interval, in the server's seconds.
    int pollInterval() const { return m_interval; }
    /// Token requests made for the current device code.
    int polls() const { return m_polls; }

Q_SIGNALS:
    /// Show the person `message` (the server's text), or: go to `verificationUri` and enter `userCode`.
    void deviceCodeReady(const QString &userCode, const QUrl &verificationUri, const QString &message);

protected:
    void startInteractive() override;
    void stopInteractive() override;

private:
    void scheduleNextPoll();
    void poll();

    QTimer m_pollTimer;
    QElapsedTimer m_sinceCode;
    core::Secret m_deviceCode;
    qint64 m_expiresInMs = 0;
    int m_interval = 5;
    int m_polls = 0;
    int m_unitMs = 1000;
    QString m_lastTransientError;
};

} // namespace godwit::service
