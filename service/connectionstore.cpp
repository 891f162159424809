#include "service/connectionstore.h"

#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

#include "core/redaction.h"
#include "core/schema.h"
#include "core/validator.h"

namespace godwit::service {

namespace {

const QString kRoot = QStringLiteral("connections");
const QString kInfoKey = QStringLiteral("info");
const QString kHasPasswordKey = QStringLiteral("hasPassword");
const QString kNameKey = QStringLiteral("name");
const QString kType = QStringLiteral("type");
const QString kPassword = QStringLiteral("password");

/// Settings group names may not hold '/' or '\\'; names are kept as given under a hex group key.
QString groupOf(const QString &name)
{
    return QString(kRoot + QLatin1Char('/') + QString::fromLatin1(name.toUtf8().toHex()));
}

/// Calls `done` later, never from within the caller's call.
void answerLater(QObject *context, Keychain::Callback done, KeychainResult result)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, [hasContext, guard, done = std::move(done), result = std::move(result)] {
        if ((!hasContext || guard) && done)
            done(result);
    });
}

KeychainResult failure(const QString &error)
{
    KeychainResult result;
    result.status = KeychainResult::Status::Failed;
    result.error = error;
    return result;
}

} // namespace

QString SavedConnection::type() const
{
    return info.value(kType).toString();
}

QString SavedConnection::summary() const
{
    const QString user = info.value(QStringLiteral("userName")).toString();
    QString host = info.value(QStringLiteral("serverName")).toString();
    if (host.isEmpty())
        host = info.value(QStringLiteral("dataSource")).toString();
    if (host.isEmpty())
        host = core::stripUriPassword(info.value(QStringLiteral("connectionString")).toString());
    const QJsonValue port = info.value(QStringLiteral("port"));
    if (port.isDouble())
        host = QStringLiteral("%1:%2").arg(host).arg(port.toInteger());
    return user.isEmpty() ? host : QStringLiteral("%1@%2").arg(user, host);
}

QString SavedConnection::validate() const
{
    static const QRegularExpression namePattern(QStringLiteral("^[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,79}$"));
    if (name.trimmed().isEmpty())
        return tr("name: a saved connection needs a name");
    if (!namePattern.match(name).hasMatch())
        return tr("name: \"%1\" is not a valid connection name (up to 80 letters, digits, spaces, '.', '_' "
                  "and '-', starting with a letter or digit)")
            .arg(name);
    const QString wireType = type();
    if (wireType.isEmpty())
        return tr("type: the connection has no type (e.g. PostgreSqlConnectionInfo)");
    const core::Schema &schema = core::Schema::instance();
    const QString base = QStringLiteral("ConnectionInfo");
    const std::optional<QString> definition = schema.resolveSubtype(base, wireType);
    if (!definition || *definition == base)
        return tr("type: \"%1\" is not a connection type of the API (%2)")
            .arg(wireType, schema.subtypeValues(base).join(QStringLiteral(", ")));
    const core::Issues issues = core::Validator(core::Validator::Direction::Request).validate(info, *definition);
    for (const core::Issue &issue : issues) {
        if (issue.isError())
            return issue.toString();
    }
    return {};
}

ConnectionStore::ConnectionStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile.isEmpty() ? sharedSettingsFile() : settingsFile,
                                             QSettings::IniFormat))
{
}

ConnectionStore::~ConnectionStore() = default;

KeychainScope ConnectionStore::keychainScope()
{
    return KeychainScope{QStringLiteral("local"), QStringLiteral("connections")};
}

QList<SavedConnection> ConnectionStore::connections() const
{
    return connections(QStringList());
}

QList<SavedConnection> ConnectionStore::connections(const QStringList &types) const
{
    m_settings->sync();
    QList<SavedConnection> result;
    m_settings->beginGroup(kRoot);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &group : groups) {
        const QString name = QString::fromUtf8(QByteArray::fromHex(group.toLatin1()));
        const std::optional<SavedConnection> c = connection(name);
        if (c && (types.isEmpty() || types.contains(c->type())))
            result.append(*c);
    }
    std::sort(result.begin(), result.end(), [](const SavedConnection &a, const SavedConnection &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

std::optional<SavedConnection> ConnectionStore::connection(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    const QString group = groupOf(name);
    if (!m_settings->contains(QString(group + QLatin1Char('/') + kInfoKey)))
        return std::nullopt;
    const QJsonDocument doc
        = QJsonDocument::fromJson(m_settings->value(QString(group + QLatin1Char('/') + kInfoKey)).toByteArray());
    if (!doc.isObject())
        return std::nullopt;
    SavedConnection c;
    c.name = m_settings->value(QString(group + QLatin1Char('/') + kNameKey), name).toString();
    c.info = core::redactSecrets(doc.object());
    c.hasPassword = m_settings->value(QString(group + QLatin1Char('/') + kHasPasswordKey), false).toBool();
    return c;
}

void ConnectionStore::save(const SavedConnection &connection, const std::optional<core::Secret> &password,
                           Keychain &keychain, QObject *context, Keychain::Callback done)
{
    if (const QString error = connection.validate(); !error.isEmpty()) {
        answerLater(context, std::move(done), failure(error));
        return;
    }
    const std::optional<SavedConnection> previous = this->connection(connection.name);
    const bool hadPassword = previous && previous->hasPassword;
    auto write = [this, connection](bool hasPassword) {
        const QString group = groupOf(connection.name);
        const QJsonObject info = core::redactSecrets(connection.info);
        m_settings->setValue(QString(group + QLatin1Char('/') + kNameKey), connection.name);
        m_settings->setValue(QString(group + QLatin1Char('/') + kInfoKey),
                             QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));
        m_settings->setValue(QString(group + QLatin1Char('/') + kHasPasswordKey), hasPassword);
        m_settings->sync();
        Q_EMIT this->changed();
    };
    if (!password) {
        write(hadPassword);
        KeychainResult ok;
        ok.status = KeychainResult::Status::Ok;
        answerLater(context, std::move(done), ok);
        return;
    }
    QPointer<ConnectionStore> self(this);
    keychain.writeConnectionPassword(keychainScope(), connection.name, *password, context,
                                     [self, write, done = std::move(done)](const KeychainResult &result) {
                                         if (result.ok() && self)
                                             write(true);
                                         if (done)
                                             done(result);
                                     });
}

void ConnectionStore::remove(const QString &name, Keychain &keychain, QObject *context, Keychain::Callback done)
{
    QPointer<ConnectionStore> self(this);
    keychain.removeConnectionPassword(keychainScope(), name, context,
                                      [self, name, done = std::move(done)](const KeychainResult &result) {
                                          // The entry goes only once its password is gone, so no
                                          // password is left behind without a name to find it by.
                                          if (result.ok() && self) {
                                              self->m_settings->remove(groupOf(name));
                                              self->m_settings->sync();
                                              Q_EMIT self->changed();
                                          }
                                          if (done)
                                              done(result);
                                      });
}

void ConnectionStore::readPassword(const QString &name, Keychain &keychain, QObject *context, Keychain::Callback done)
{
    const std::optional<SavedConnection> c = connection(name);
    if (!c || !c->hasPassword) {
        KeychainResult result;
        result.status = KeychainResult::Status::NotFound;
        result.error = c ? tr("The connection \"%1\" has no saved password.").arg(name)
                         : tr("There is no saved connection named \"%1\".").arg(name);
        answerLater(context, std::move(done), result);
        return;
    }
    keychain.readConnectionPassword(keychainScope(), name, context, std::move(done));
}

QJsonObject ConnectionStore::withPassword(const QJsonObject &info, const core::Secret &password)
{
    QJsonObject filled = info;
    filled.insert(kPassword, password.reveal());
    return filled;
}

} // namespace godwit::service
