#include "engine/executors/mysqlcommon.h"

#include <QRegularExpression>

#include "engine/drivers/mysql/mysqlconnection.h"

namespace godwit::engine::mysql {

void checkConnectionInfo(const core::dms::MySqlConnectionInfo &info, const QString &member, QStringList *errors)
{
    // Port 0 means the default (3306), as the Azure SDK samples send it.
    executors::checkServerAddress(info, member, errors, 0);
    ConnectSettings settings;
    QString error;
    if (!ConnectSettings::from(info, &settings, &error))
        errors->append(QString(executors::inputPath(member) + QLatin1Char('.') + error));
}

QString accountName(const QString &currentUser)
{
    const qsizetype at = currentUser.lastIndexOf(QLatin1Char('@'));
    const QString user = at >= 0 ? currentUser.left(at) : currentUser;
    const QString host = at >= 0 ? currentUser.mid(at + 1) : QStringLiteral("%");
    const auto quote = [](QString s) {
        s.replace(QLatin1Char('\''), QStringLiteral("''"));
        return QString(QLatin1Char('\'') + s + QLatin1Char('\''));
    };
    return QString(quote(user) + QLatin1Char('@') + quote(host));
}

bool isSystemDatabase(const QString &name)
{
    static const QStringList system{QStringLiteral("mysql"), QStringLiteral("information_schema"),
                                    QStringLiteral("performance_schema"), QStringLiteral("sys")};
    return system.contains(name.toLower());
}

QString shortVersion(const QString &version)
{
    static const QRegularExpression number(QStringLiteral("^(\\d+\\.\\d+\\.\\d+)"));
    const QRegularExpressionMatch m = number.match(version);
    return m.hasMatch() ? m.captured(1) : version;
}

ConnectFailure classifyConnectError(unsigned code, const QString &error, const core::dms::MySqlConnectionInfo &info)
{
    const QString user = info.userName();
    switch (code) {
    case 0:
        return {error,
                QStringLiteral("Fix additionalSettings: it takes key=value settings separated by spaces, e.g. "
                               "\"ssl-ca=/etc/ssl/ca.pem connect-timeout=30\"."),
                true};
    case errors::kAccessDenied:
        return {error,
                QStringLiteral("Check the user name and the password: the server rejected them for user '%1'. On "
                               "Azure Database for MySQL single server, the user name has the form user@servername.")
                    .arg(user),
                true};
    case errors::kHostNotPrivileged:
    case errors::kHostBlocked:
        return {error,
                QStringLiteral("The server does not accept user '%1' from this engine's host: create the account for "
                               "this host (CREATE USER '%1'@'<engine host>' ...) or, if the host was blocked, run "
                               "FLUSH HOSTS. On Azure, add a firewall rule for this engine's address.")
                    .arg(user),
                true};
    case errors::kDbAccessDenied:
        return {
            error,
            QStringLiteral("Grant the user access to the database: GRANT SELECT ON <database>.* TO '%1';").arg(user),
            false};
    case errors::kBadDb:
        return {error,
                QStringLiteral("Check the database name; the databases that exist are listed by the source connection "
                               "test."),
                false};
    case errors::kTooManyConnections:
        return {error,
                QStringLiteral("The server has no free connection: close idle sessions or raise max_connections."),
                true};
    case errors::kSocketError:
    case errors::kConnHostError:
        if (error.contains(QLatin1String("timeout"), Qt::CaseInsensitive)
            || error.contains(QLatin1String("timed out"), Qt::CaseInsensitive))
            return {error,
                    QStringLiteral("The server did not answer: check the server name and port, and any firewall or "
                                   "network security group between this engine and the server."),
                    true};
        return {error,
                QStringLiteral("Check the server name and port, that the server is running, and that its "
                               "bind-address lets this engine's host connect."),
                true};
    case errors::kUnknownHost:
        return {error, QStringLiteral("Check the server name: it could not be resolved to an address."), true};
    case errors::kServerGone:
    case errors::kServerLost:
        return {error,
                QStringLiteral("The connection was lost: check that the server is running and reachable, and any "
                               "proxy or firewall between this engine and the server."),
                true};
    case errors::kSslConnection:
        if (error.contains(QLatin1String("not support"), Qt::CaseInsensitive)
            || error.contains(QLatin1String("SSL is required"), Qt::CaseInsensitive))
            return {error,
                    QStringLiteral("The server does not accept TLS connections: configure ssl_cert and ssl_key on "
                                   "the server, or set encryptConnection to false to connect without TLS."),
                    true};
        return {error,
                QStringLiteral("The TLS connection failed: if the server's certificate could not be verified, add "
                               "ssl-ca=/path/to/ca.pem to additionalSettings (or ssl-verify-server-cert=false to "
                               "encrypt without verifying), else check the server's TLS settings."),
                true};
    case errors::kAuthPlugin:
        return {error,
                QStringLiteral("The server asks for an authentication method this engine cannot use: create the "
                               "user with mysql_native_password or caching_sha2_password."),
                true};
    default:
        break;
    }
    if (error.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("TLS"), Qt::CaseInsensitive))
        return {error,
                QStringLiteral("The server does not accept TLS connections, or its certificate could not be "
                               "verified: set encryptConnection to false, or add ssl-ca=/path/to/ca.pem to "
                               "additionalSettings."),
                true};
    return {error,
            QStringLiteral("Check the server name, port, user name and password, and that the server accepts "
                           "connections from this engine's host."),
            true};
}

QString tableOf(const QString &entry, const QString &database)
{
    const QString prefix = QString(database + QLatin1Char('.'));
    return entry.startsWith(prefix) ? entry.mid(prefix.size()) : entry;
}

} // namespace godwit::engine::mysql
