#include "service/credentials/azureclitokenprovider.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace godwit::service {

AzureCliTokenProvider::AzureCliTokenProvider(Cloud cloud, QString tenant, QString subscription, QObject *parent)
    : CachedTokenProvider(parent)
    , m_cloud(std::move(cloud))
    , m_tenant(std::move(tenant))
    , m_subscription(std::move(subscription))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finishProcess();
        fail(tr("The Azure CLI did not answer within %n second(s). Run “az account get-access-token” in a terminal "
                "to see what it waits for.",
                nullptr, std::max(1, m_timeoutMs / 1000)));
    });
}

AzureCliTokenProvider::~AzureCliTokenProvider()
{
    finishProcess();
}

QStringList AzureCliTokenProvider::arguments() const
{
    QStringList args{QStringLiteral("account"), QStringLiteral("get-access-token"), QStringLiteral("--resource"),
                     m_cloud.armResource,       QStringLiteral("--output"),         QStringLiteral("json")};
    if (!m_subscription.isEmpty())
        args << QStringLiteral("--subscription") << m_subscription;
    else if (!m_tenant.isEmpty())
        args << QStringLiteral("--tenant") << m_tenant;
    return args;
}

void AzureCliTokenProvider::startRefresh()
{
    const QString program = m_program.contains(QLatin1Char('/'))
                                ? (QFileInfo(m_program).isExecutable() ? m_program : QString())
                                : QStandardPaths::findExecutable(m_program);
    if (program.isEmpty()) {
        fail(tr("The Azure CLI (%1) was not found. Install it and run “az login”, or choose another sign-in method "
                "for this profile.")
                 .arg(m_program));
        return;
    }
    finishProcess();
    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(program);
    process->setArguments(arguments());
    process->setStandardInputFile(QProcess::nullDevice());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AZURE_CORE_NO_COLOR"), QStringLiteral("true"));
    environment.insert(QStringLiteral("AZURE_CORE_ONLY_SHOW_ERRORS"), QStringLiteral("true"));
    process->setProcessEnvironment(environment);
    connect(process, &QProcess::finished, this, &AzureCliTokenProvider::onFinished);
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onFailedToStart();
    });
    qCDebug(lcAuth).noquote() << "asking the Azure CLI for a token for" << m_cloud.armResource;
    m_timer.start(m_timeoutMs);
    process->start();
}

void AzureCliTokenProvider::onFailedToStart()
{
    const QString why = m_process ? m_process->errorString() : QString();
    finishProcess();
    fail(tr("The Azure CLI could not be started: %1").arg(why));
}

void AzureCliTokenProvider::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    // stdout holds the token: it is parsed, never logged.
    const QByteArray out = m_process->readAllStandardOutput();
    const QString err = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
    finishProcess();
    if (status != QProcess::NormalExit) {
        fail(tr("The Azure CLI stopped unexpectedly. %1").arg(err));
        return;
    }
    if (exitCode != 0) {
        fail(err.isEmpty() ? tr("The Azure CLI could not get a token (exit code %1).").arg(exitCode)
                           : tr("The Azure CLI could not get a token (exit code %1): %2").arg(exitCode).arg(err));
        return;
    }
    core::Secret token;
    QDateTime expiresAt;
    QString error;
    if (!parseOutput(out, &token, &expiresAt, &error)) {
        fail(error);
        return;
    }
    succeed(token, expiresAt);
}

void AzureCliTokenProvider::finishProcess()
{
    m_timer.stop();
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process.clear();
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(1000); // SIGKILL: ends at once
    }
    process->deleteLater();
}

bool AzureCliTokenProvider::parseOutput(const QByteArray &json, core::Secret *token, QDateTime *expiresAt,
                                        QString *error)
{
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(json, &parseError).object();
    const QString accessToken = object.value(QLatin1String("accessToken")).toString();
    if (accessToken.isEmpty()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? tr("The Azure CLI's answer could not be read: %1").arg(parseError.errorString())
                     : tr("The Azure CLI's answer has no access token.");
        return false;
    }
    *token = core::Secret(accessToken);
    *expiresAt = QDateTime();
    const QJsonValue posix = object.value(QLatin1String("expires_on"));
    qint64 seconds = 0;
    if (posix.isDouble())
        seconds = qint64(posix.toDouble());
    else if (posix.isString())
        seconds = posix.toString().toLongLong();
    if (seconds > 0) {
        *expiresAt = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        return true;
    }
    // Older CLIs: "2025-06-30 13:45:12.000000" in local time.
    QString local = object.value(QLatin1String("expiresOn")).toString();
    const qsizetype dot = local.indexOf(QLatin1Char('.'));
    if (dot > 0)
        local.truncate(dot);
    const QDateTime parsed = QDateTime::fromString(local, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (parsed.isValid())
        *expiresAt = parsed.toUTC();
    return true;
}

} // namespace godwit::service
