#include "models/taskinput/connectionsettings.h"

#include <QUrl>

namespace godwit::models::taskinput {

namespace {

QString str(const QJsonObject &o, const char *member)
{
    return o.value(QLatin1String(member)).toString();
}

bool validHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    for (const QChar c : host) {
        if (c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char('@') || c == QLatin1Char('?'))
            return false;
    }
    return true;
}

} // namespace

QString ConnectionSettings::typeName(ConnectionType type)
{
    switch (type) {
    case ConnectionType::Sql:
        return QStringLiteral("SqlConnectionInfo");
    case ConnectionType::ManagedInstance:
        return QStringLiteral("MiSqlConnectionInfo");
    case ConnectionType::PostgreSql:
        return QStringLiteral("PostgreSqlConnectionInfo");
    case ConnectionType::MySql:
        return QStringLiteral("MySqlConnectionInfo");
    case ConnectionType::Oracle:
        return QStringLiteral("OracleConnectionInfo");
    case ConnectionType::MongoDb:
        return QStringLiteral("MongoDbConnectionInfo");
    }
    return QString();
}

std::optional<ConnectionType> ConnectionSettings::typeFromName(const QString &name)
{
    for (ConnectionType t : {ConnectionType::Sql, ConnectionType::ManagedInstance, ConnectionType::PostgreSql,
                             ConnectionType::MySql, ConnectionType::Oracle, ConnectionType::MongoDb}) {
        if (typeName(t) == name)
            return t;
    }
    return std::nullopt;
}

QString ConnectionSettings::displayName(ConnectionType type)
{
    switch (type) {
    case ConnectionType::Sql:
        return tr("SQL Server / Azure SQL Database");
    case ConnectionType::ManagedInstance:
        return tr("Azure SQL Managed Instance");
    case ConnectionType::PostgreSql:
        return tr("PostgreSQL");
    case ConnectionType::MySql:
        return tr("MySQL");
    case ConnectionType::Oracle:
        return tr("Oracle");
    case ConnectionType::MongoDb:
        return tr("MongoDB");
    }
    return QString();
}

int ConnectionSettings::defaultPort(ConnectionType type)
{
    switch (type) {
    case ConnectionType::Sql:
    case ConnectionType::ManagedInstance:
        return 1433;
    case ConnectionType::PostgreSql:
        return 5432;
    case ConnectionType::MySql:
        return 3306;
    case ConnectionType::Oracle:
        return 1521;
    case ConnectionType::MongoDb:
        return 27017;
    }
    return 0;
}

QStringList ConnectionSettings::authenticationTypes(ConnectionType type)
{
    switch (type) {
    case ConnectionType::Sql:
        return {QStringLiteral("SqlAuthentication"), QStringLiteral("WindowsAuthentication"),
                QStringLiteral("ActiveDirectoryPassword"), QStringLiteral("ActiveDirectoryIntegrated")};
    case ConnectionType::ManagedInstance:
        return {QStringLiteral("SqlAuthentication"), QStringLiteral("ActiveDirectoryPassword"),
                QStringLiteral("ActiveDirectoryIntegrated")};
    case ConnectionType::PostgreSql:
    case ConnectionType::MySql:
        return {QStringLiteral("SqlAuthentication"), QStringLiteral("ActiveDirectoryPassword"), QStringLiteral("None")};
    case ConnectionType::Oracle:
        return {QStringLiteral("SqlAuthentication"), QStringLiteral("WindowsAuthentication")};
    case ConnectionType::MongoDb:
        return {QStringLiteral("SqlAuthentication"), QStringLiteral("None")};
    }
    return {};
}

QString ConnectionSettings::effectiveAuthentication() const
{
    return authentication.isEmpty() ? authenticationTypes(type).value(0) : authentication;
}

bool ConnectionSettings::usesPassword() const
{
    const QString auth = effectiveAuthentication();
    return auth == QLatin1String("SqlAuthentication") || auth == QLatin1String("ActiveDirectoryPassword");
}

QJsonObject ConnectionSettings::toConnectionInfo() const
{
    QJsonObject o{{QStringLiteral("type"), typeName(type)}};
    if (usesPassword()) {
        if (!userName.isEmpty())
            o.insert(QStringLiteral("userName"), userName);
        if (!password.isEmpty())
            o.insert(QStringLiteral("password"), password.reveal());
    }
    const QString host = serverName.trimmed();
    switch (type) {
    case ConnectionType::Sql:
        o.insert(QStringLiteral("dataSource"),
                 port > 0 && port != defaultPort(type) ? QStringLiteral("%1,%2").arg(host).arg(port) : host);
        o.insert(QStringLiteral("serverName"), host);
        if (port > 0)
            o.insert(QStringLiteral("port"), port);
        o.insert(QStringLiteral("authentication"), effectiveAuthentication());
        o.insert(QStringLiteral("encryptConnection"), encryptConnection);
        o.insert(QStringLiteral("trustServerCertificate"), trustServerCertificate);
        if (!sqlPlatform.isEmpty())
            o.insert(QStringLiteral("platform"), sqlPlatform);
        if (!resourceId.trimmed().isEmpty())
            o.insert(QStringLiteral("resourceId"), resourceId.trimmed());
        break;
    case ConnectionType::ManagedInstance:
        o.insert(QStringLiteral("managedInstanceResourceId"), managedInstanceResourceId.trimmed());
        break;
    case ConnectionType::PostgreSql:
        o.insert(QStringLiteral("serverName"), host);
        o.insert(QStringLiteral("port"), effectivePort());
        if (!databaseName.trimmed().isEmpty())
            o.insert(QStringLiteral("databaseName"), databaseName.trimmed());
        o.insert(QStringLiteral("authentication"), effectiveAuthentication());
        o.insert(QStringLiteral("encryptConnection"), encryptConnection);
        o.insert(QStringLiteral("trustServerCertificate"), trustServerCertificate);
        break;
    case ConnectionType::MySql:
        o.insert(QStringLiteral("serverName"), host);
        o.insert(QStringLiteral("port"), effectivePort());
        o.insert(QStringLiteral("authentication"), effectiveAuthentication());
        o.insert(QStringLiteral("encryptConnection"), encryptConnection);
        break;
    case ConnectionType::Oracle:
        o.insert(QStringLiteral("dataSource"),
                 QStringLiteral("%1:%2/%3").arg(host).arg(effectivePort()).arg(serviceName.trimmed()));
        o.insert(QStringLiteral("serverName"), host);
        o.insert(QStringLiteral("port"), effectivePort());
        o.insert(QStringLiteral("authentication"), effectiveAuthentication());
        break;
    case ConnectionType::MongoDb:
        o.insert(QStringLiteral("connectionString"), connectionString.trimmed());
        o.insert(QStringLiteral("encryptConnection"), encryptConnection);
        o.insert(QStringLiteral("trustServerCertificate"), trustServerCertificate);
        o.insert(QStringLiteral("enforceSSL"), enforceSsl);
        break;
    }
    if (!additionalSettings.trimmed().isEmpty() && type != ConnectionType::ManagedInstance
        && type != ConnectionType::Oracle)
        o.insert(QStringLiteral("additionalSettings"), additionalSettings.trimmed());
    return o;
}

ConnectionSettings ConnectionSettings::fromConnectionInfo(const QJsonObject &info)
{
    ConnectionSettings s;
    s.type = typeFromName(str(info, "type")).value_or(ConnectionType::PostgreSql);
    s.userName = str(info, "userName");
    if (info.value(QLatin1String("password")).isString())
        s.password = core::Secret(str(info, "password"));
    s.authentication = str(info, "authentication");
    s.serverName = str(info, "serverName");
    const QJsonValue port = info.value(QLatin1String("port"));
    s.port = port.isDouble() ? port.toInt() : port.toString().toInt();
    s.encryptConnection = info.value(QLatin1String("encryptConnection")).toBool(s.type != ConnectionType::MongoDb);
    // Trusting a certificate means nothing without encryption; a connection saved or sent that
    // way (the API accepts it) loads with it off rather than as a state the form cannot change.
    s.trustServerCertificate = s.encryptConnection && info.value(QLatin1String("trustServerCertificate")).toBool(false);
    s.additionalSettings = str(info, "additionalSettings");
    switch (s.type) {
    case ConnectionType::Sql: {
        s.sqlPlatform = str(info, "platform");
        s.resourceId = str(info, "resourceId");
        const QString dataSource = str(info, "dataSource");
        if (s.serverName.isEmpty())
            s.serverName = dataSource.section(QLatin1Char(','), 0, 0);
        if (s.port == 0 && dataSource.contains(QLatin1Char(',')))
            s.port = dataSource.section(QLatin1Char(','), 1).toInt();
        break;
    }
    case ConnectionType::ManagedInstance:
        s.managedInstanceResourceId = str(info, "managedInstanceResourceId");
        break;
    case ConnectionType::PostgreSql:
        s.databaseName = str(info, "databaseName");
        break;
    case ConnectionType::MySql:
        break;
    case ConnectionType::Oracle: {
        // host:port/service (EZConnect)
        const QString dataSource = str(info, "dataSource");
        const qsizetype slash = dataSource.indexOf(QLatin1Char('/'));
        if (slash > 0) {
            s.serviceName = dataSource.mid(slash + 1);
            const QString hostPort = dataSource.left(slash);
            if (s.serverName.isEmpty())
                s.serverName = hostPort.section(QLatin1Char(':'), 0, 0);
            if (s.port == 0)
                s.port = hostPort.section(QLatin1Char(':'), 1).toInt();
        } else if (s.serverName.isEmpty()) {
            s.serverName = dataSource;
        }
        break;
    }
    case ConnectionType::MongoDb:
        s.connectionString = str(info, "connectionString");
        s.enforceSsl = info.value(QLatin1String("enforceSSL")).toBool(false);
        break;
    }
    return s;
}

QJsonObject ConnectionSettings::azureApp() const
{
    QJsonObject o{{QStringLiteral("applicationId"), azureAppId.trimmed()},
                  {QStringLiteral("tenantId"), azureTenantId.trimmed()},
                  {QStringLiteral("ignoreAzurePermissions"), ignoreAzurePermissions}};
    if (!azureAppKey.isEmpty())
        o.insert(QStringLiteral("appKey"), azureAppKey.reveal());
    return o;
}

QString ConnectionSettings::summary() const
{
    if (type == ConnectionType::ManagedInstance)
        return managedInstanceResourceId.section(QLatin1Char('/'), -1);
    if (type == ConnectionType::MongoDb) {
        const QUrl url(connectionString);
        return url.host().isEmpty() ? tr("MongoDB") : QStringLiteral("%1:%2").arg(url.host()).arg(url.port(27017));
    }
    const QString where = QStringLiteral("%1:%2").arg(serverName).arg(effectivePort());
    return userName.isEmpty() || !usesPassword() ? where : QStringLiteral("%1@%2").arg(userName, where);
}

FieldIssues ConnectionSettings::validate() const
{
    FieldIssues issues;
    auto add = [&](const char *field, const QString &message) {
        issues.append(FieldIssue{QLatin1String(field), message});
    };
    if (!authentication.isEmpty() && !authenticationTypes(type).contains(authentication))
        add("authentication", tr("%1 is not an authentication type for %2.").arg(authentication, displayName(type)));
    switch (type) {
    case ConnectionType::ManagedInstance: {
        const QString id = managedInstanceResourceId.trimmed();
        if (id.isEmpty())
            add("managedInstanceResourceId", tr("Enter the resource id of the managed instance."));
        else if (!id.startsWith(QLatin1String("/subscriptions/"), Qt::CaseInsensitive)
                 || !id.contains(QLatin1String("/providers/Microsoft.Sql/managedInstances/"), Qt::CaseInsensitive))
            add("managedInstanceResourceId",
                tr("The resource id must look like /subscriptions/…/resourceGroups/…/providers/"
                   "Microsoft.Sql/managedInstances/NAME."));
        if (azureAppId.trimmed().isEmpty())
            add("azureAppId", tr("Enter the application (client) id of the Azure AD application."));
        if (azureTenantId.trimmed().isEmpty())
            add("azureTenantId", tr("Enter the tenant id of the Azure AD application."));
        if (azureAppKey.isEmpty())
            add("azureAppKey", tr("Enter the application's key (client secret)."));
        break;
    }
    case ConnectionType::MongoDb: {
        const QString cs = connectionString.trimmed();
        if (cs.isEmpty())
            add("connectionString", tr("Enter the connection string (mongodb://host:port or mongodb+srv://host)."));
        else if (!cs.startsWith(QLatin1String("mongodb://")) && !cs.startsWith(QLatin1String("mongodb+srv://"))
                 && !cs.contains(QLatin1String("AccountEndpoint=")))
            add("connectionString",
                tr("The connection string must start with mongodb:// or mongodb+srv:// (or be an Azure Storage "
                   "connection string)."));
        break;
    }
    default:
        if (serverName.trimmed().isEmpty())
            add("serverName", tr("Enter the server's host name or address."));
        else if (!validHostName(serverName.trimmed()))
            add("serverName", tr("The server name must be a host name or an address, without spaces, / or @."));
        if (port < 0 || port > 65535)
            add("port", tr("The port must be between 1 and 65535."));
        if (type == ConnectionType::Oracle && serviceName.trimmed().isEmpty())
            add("serviceName", tr("Enter the Oracle service name (for example ORCLPDB1)."));
        break;
    }
    if (usesPassword() && type != ConnectionType::MongoDb) {
        if (userName.trimmed().isEmpty())
            add("userName", tr("Enter the user name."));
        if (password.isEmpty())
            add("password", tr("Enter the password."));
    }
    if (type == ConnectionType::MongoDb && usesPassword() && !userName.isEmpty() && password.isEmpty())
        add("password", tr("Enter the password of %1.").arg(userName));
    if (!encryptConnection && trustServerCertificate
        && (type == ConnectionType::Sql || type == ConnectionType::PostgreSql))
        add("trustServerCertificate",
            tr("\"Trust the server certificate\" only applies to encrypted connections: turn on encryption or "
               "turn it off."));
    return issues;
}

} // namespace godwit::models::taskinput
