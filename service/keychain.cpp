#include "service/keychain.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

namespace godwit::service {

Q_LOGGING_CATEGORY(lcKeychain, "godwit.service.keychain", QtInfoMsg)

namespace {

const QString kIndexRoot = QStringLiteral("keychain");
const QString kEndpointKey = QStringLiteral("endpoint");
const QString kAccountKey = QStringLiteral("account");
const QString kNamesKey = QStringLiteral("names");

/// Wraps a caller's callback so it is skipped once its context is gone.
Keychain::Callback guarded(QObject *context, Keychain::Callback done)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    return [hasContext, guard, done = std::move(done)](const KeychainResult &result) {
        if ((!hasContext || guard) && done)
            done(result);
    };
}

} // namespace

QString Keychain::serviceName()
{
    return QStringLiteral("godwit");
}

QString Keychain::key(const KeychainScope &scope, const QString &name)
{
    return QString(serviceName() + QLatin1Char(':') + scope.endpoint + QLatin1Char(':') + scope.account
                   + QLatin1Char(':') + name);
}

QString Keychain::connectionPasswordName(const QString &connection)
{
    return QString(QStringLiteral("connection:") + connection);
}

QString sharedSettingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/godwit/godwit.conf");
}

Keychain::Keychain(const QString &indexFile, QObject *parent)
    : QObject(parent)
    , m_index(std::make_unique<QSettings>(indexFile.isEmpty() ? sharedSettingsFile() : indexFile, QSettings::IniFormat))
{
}

Keychain::~Keychain() = default;

void Keychain::run(QKeychain::Job *job, Operation operation, const QString &name,
                   std::function<void(const KeychainResult &)> finish)
{
    // Never a plain-text copy, whatever the backend: no keychain means an error.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    QPointer<QKeychain::Job> pending(job);
    const int timeoutMs = std::max(0, m_timeoutMs);
    connect(job, &QKeychain::Job::finished, this,
            [this, answered, timer, operation, name, finish](QKeychain::Job *done) {
                if (std::exchange(*answered, true))
                    return;
                timer->stop();
                timer->deleteLater();
                finish(resultOf(done, operation, name));
            });
    connect(timer, &QTimer::timeout, this, [this, answered, timer, pending, operation, name, finish, timeoutMs] {
        if (std::exchange(*answered, true))
            return;
        timer->deleteLater();
        // A QtKeychain job cannot be cancelled, and its backend may still call it back, so it is
        // left to end (and delete itself) on its own; its answer is no longer awaited.
        if (pending)
            pending->disconnect(this);
        qCWarning(lcKeychain).noquote() << "keychain job for" << name << "timed out after" << timeoutMs << "ms";
        KeychainResult result;
        result.status = KeychainResult::Status::TimedOut;
        result.error = timeoutText(operation, name, timeoutMs);
        finish(result);
    });
    timer->start(timeoutMs);
    job->start();
}

QString Keychain::failedText(Operation operation, const QString &name)
{
    switch (operation) {
    case Operation::Read:
        return tr("Reading “%1” from the keychain failed.").arg(name);
    case Operation::Write:
        return tr("Saving “%1” in the keychain failed.").arg(name);
    case Operation::Remove:
        return tr("Removing “%1” from the keychain failed.").arg(name);
    }
    return QString();
}

QString Keychain::timeoutText(Operation operation, const QString &name, int timeoutMs)
{
    const int seconds = std::max(1, (timeoutMs + 999) / 1000);
    const QString what = failedText(operation, name);
    return QString(
        what + QLatin1Char(' ')
        + tr("The keychain did not answer within %n second(s); it may be locked or not running.", nullptr, seconds));
}

KeychainResult Keychain::resultOf(QKeychain::Job *job, Operation operation, const QString &name) const
{
    KeychainResult result;
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        result.status = KeychainResult::Status::Ok;
        if (operation == Operation::Read)
            result.value = core::Secret(static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
        return result;
    }
    if (error == QKeychain::EntryNotFound) {
        // Removing what is not there leaves the keychain as asked.
        result.status = operation == Operation::Remove ? KeychainResult::Status::Ok : KeychainResult::Status::NotFound;
        if (operation == Operation::Read)
            result.error = tr("There is no secret “%1” in the keychain.").arg(name);
        return result;
    }

    result.status = KeychainResult::Status::Failed;
    const QString what = failedText(operation, name);
    QString why;
    switch (error) {
    case QKeychain::NoBackendAvailable:
        why = tr("No keychain is available. Godwit keeps secrets only in a keychain (a Secret Service such as "
                 "GNOME Keyring or KWallet), never in plain files.");
        break;
    case QKeychain::AccessDeniedByUser:
        why = tr("Access to the keychain was denied.");
        break;
    case QKeychain::AccessDenied:
        why = tr("The keychain refused access (is it locked?): %1").arg(job->errorString());
        break;
    case QKeychain::CouldNotDeleteEntry:
        why = tr("The keychain could not delete the entry: %1").arg(job->errorString());
        break;
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        why = tr("The keychain reported: %1").arg(job->errorString());
        break;
    }
    result.error = QString(what + QLatin1Char(' ') + why);
    qCWarning(lcKeychain).noquote() << "keychain error for" << name << ':' << job->errorString();
    return result;
}

void Keychain::read(const KeychainScope &scope, const QString &name, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(key(scope, name));
    run(job, Operation::Read, name, guarded(context, std::move(done)));
}

void Keychain::write(const KeychainScope &scope, const QString &name, const core::Secret &value, QObject *context,
                     Callback done)
{
    // Indexed before the write starts: a write that times out may still land later, and then
    // forgetting the scope must find it.
    const bool wasIndexed = isIndexed(scope, name);
    addToIndex(scope, name);
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(key(scope, name));
    job->setTextData(value.reveal());
    run(job, Operation::Write, name,
        [this, scope, name, wasIndexed, done = guarded(context, std::move(done))](const KeychainResult &result) {
            if (result.status == KeychainResult::Status::Failed && !wasIndexed)
                removeFromIndex(scope, name);
            done(result);
        });
}

void Keychain::remove(const KeychainScope &scope, const QString &name, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(key(scope, name));
    run(job, Operation::Remove, name,
        [this, scope, name, done = guarded(context, std::move(done))](const KeychainResult &result) {
            if (result.ok())
                removeFromIndex(scope, name);
            done(result);
        });
}

void Keychain::forgetScope(const KeychainScope &scope, QObject *context, Callback done)
{
    Callback callback = guarded(context, std::move(done));
    const QStringList indexed = names(scope);
    if (indexed.isEmpty()) {
        m_index->remove(indexGroup(scope));
        m_index->sync();
        QTimer::singleShot(0, this, [callback] { callback({KeychainResult::Status::Ok, {}, {}}); });
        return;
    }
    struct Progress
    {
        qsizetype pending = 0;
        int failures = 0;
        KeychainResult firstFailure;
    };
    auto progress = std::make_shared<Progress>();
    progress->pending = indexed.size();
    for (const QString &name : indexed) {
        remove(scope, name, nullptr, [this, progress, callback](const KeychainResult &result) {
            if (!result.ok() && progress->failures++ == 0)
                progress->firstFailure = result;
            if (--progress->pending > 0)
                return;
            if (progress->failures == 0) {
                callback({KeychainResult::Status::Ok, {}, {}});
                return;
            }
            KeychainResult failed = progress->firstFailure;
            failed.error
                = QString(tr("%n secret(s) could not be removed from the keychain.", nullptr, progress->failures)
                          + QLatin1Char(' ') + failed.error);
            callback(failed);
        });
    }
}

void Keychain::readConnectionPassword(const KeychainScope &scope, const QString &connection, QObject *context,
                                      Callback done)
{
    read(scope, connectionPasswordName(connection), context, std::move(done));
}

void Keychain::writeConnectionPassword(const KeychainScope &scope, const QString &connection,
                                       const core::Secret &password, QObject *context, Callback done)
{
    write(scope, connectionPasswordName(connection), password, context, std::move(done));
}

void Keychain::removeConnectionPassword(const KeychainScope &scope, const QString &connection, QObject *context,
                                        Callback done)
{
    remove(scope, connectionPasswordName(connection), context, std::move(done));
}

QString Keychain::indexGroup(const KeychainScope &scope)
{
    // One settings group per scope; percent-encoding keeps the URL's slashes out of the group path.
    const QByteArray encoded = QUrl::toPercentEncoding(QString(scope.endpoint + QLatin1Char(':') + scope.account));
    return QString(kIndexRoot + QLatin1Char('/') + QString::fromLatin1(encoded));
}

QStringList Keychain::names(const KeychainScope &scope) const
{
    return m_index->value(QString(indexGroup(scope) + QLatin1Char('/') + kNamesKey)).toStringList();
}

bool Keychain::isIndexed(const KeychainScope &scope, const QString &name) const
{
    return names(scope).contains(name);
}

QList<KeychainScope> Keychain::scopes() const
{
    QList<KeychainScope> out;
    m_index->beginGroup(kIndexRoot);
    const QStringList groups = m_index->childGroups();
    for (const QString &group : groups) {
        m_index->beginGroup(group);
        out.append({m_index->value(kEndpointKey).toString(), m_index->value(kAccountKey).toString()});
        m_index->endGroup();
    }
    m_index->endGroup();
    return out;
}

void Keychain::addToIndex(const KeychainScope &scope, const QString &name)
{
    QStringList list = names(scope);
    if (list.contains(name))
        return;
    list.append(name);
    m_index->beginGroup(indexGroup(scope));
    m_index->setValue(kEndpointKey, scope.endpoint);
    m_index->setValue(kAccountKey, scope.account);
    m_index->setValue(kNamesKey, list);
    m_index->endGroup();
    m_index->sync();
}

void Keychain::removeFromIndex(const KeychainScope &scope, const QString &name)
{
    QStringList list = names(scope);
    if (!list.removeAll(name))
        return;
    if (list.isEmpty())
        m_index->remove(indexGroup(scope));
    else
        m_index->setValue(QString(indexGroup(scope) + QLatin1Char('/') + kNamesKey), list);
    m_index->sync();
}

} // namespace godwit::service
