#pragma once

#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include "service/credentials/cloud.h"
#include "service/credentials/oauth.h"

namespace godwit::service {

/// Tokens from the Azure CLI's own sign-in (`az login`): runs `az account get-access-token` for
/// the cloud's Resource Manager audience, asynchronously and with a timeout.
class AzureCliTokenProvider final : public CachedTokenProvider
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 60000;

    /// `tenant` and `subscription` may be empty (the CLI's defaults). The CLI refuses both at
    /// once, so a subscription (which implies its tenant) wins over a tenant.
    AzureCliTokenProvider(Cloud cloud, QString tenant, QString subscription, QObject *parent = nullptr);
    ~AzureCliTokenProvider() override;

    /// The program to run: a name looked up on PATH (default "az") or a path.
    void setProgram(const QString &program) { m_program = program; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// The arguments given to the CLI.
    QStringList arguments() const;

    /// Reads the CLI's JSON answer: the token and its expiry (`expires_on`, POSIX seconds, from
    /// CLI 2.54 on; else `expiresOn`, local time). False with `error` when it has no token.
    static bool parseOutput(const QByteArray &json, core::Secret *token, QDateTime *expiresAt, QString *error);

protected:
    void startRefresh() override;

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onFailedToStart();
    void finishProcess();

    Cloud m_cloud;
    QString m_tenant;
    QString m_subscription;
    QString m_program = QStringLiteral("az");
    int m_timeoutMs = kDefaultTimeoutMs;
    QPointer<QProcess> m_process;
    QTimer m_timer;
};

} // namespace godwit::service
