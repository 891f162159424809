#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "core/secret.h"

namespace godwit::models::taskinput {

/// One problem a page validator found, tied to the field that must change ("serverName").
struct FieldIssue
{
    QString field;
    QString message; ///< translated, a whole sentence

    friend bool operator==(const FieldIssue &, const FieldIssue &) = default;
};
using FieldIssues = QList<FieldIssue>;

/// The connection-info types of API 2025-06-30 (the `type` discriminator of ConnectionInfo).
enum class ConnectionType { Sql, ManagedInstance, PostgreSql, MySql, Oracle, MongoDb };

/// What a connection page collects: one ConnectionInfo of any type, with its password kept as a
/// Secret. Plain data; toConnectionInfo() is the builder, validate() the page's validator.
struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(godwit::models::taskinput::ConnectionSettings)
public:
    ConnectionType type = ConnectionType::PostgreSql;
    QString serverName;   ///< host name or address (SQL: the server part of dataSource)
    int port = 0;         ///< 0: the type's default port
    QString databaseName; ///< PostgreSQL: the database to connect to (empty: postgres)
    QString serviceName;  ///< Oracle: the service name of dataSource host:port/service
    QString userName;
    core::Secret password;
    QString authentication; ///< AuthenticationType value, empty: the type's default
    bool encryptConnection = true;
    bool trustServerCertificate = false;
    QString additionalSettings;
    QString sqlPlatform;               ///< SQL: SqlServerSourcePlatform ("SqlOnPrem") for sources
    QString connectionString;          ///< MongoDB
    bool enforceSsl = false;           ///< MongoDB
    QString managedInstanceResourceId; ///< Managed Instance
    // Managed Instance: the Azure AD application the LRS test and migration act as (the task
    // input's azureApp, collected on the same page)
    QString azureAppId;
    QString azureTenantId;
    core::Secret azureAppKey;
    bool ignoreAzurePermissions = false;
    QString resourceId; ///< SQL: the Azure resource id of a target server
    QString savedName;  ///< the saved connection this was loaded from, if any

    /// "PostgreSqlConnectionInfo" and so on.
    static QString typeName(ConnectionType type);
    static std::optional<ConnectionType> typeFromName(const QString &name);
    /// "PostgreSQL", "SQL Server / Azure SQL Database", ... (translated).
    static QString displayName(ConnectionType type);
    static int defaultPort(ConnectionType type);
    /// The AuthenticationType values a person can choose for this type, the default first.
    static QStringList authenticationTypes(ConnectionType type);
    /// Whether the authentication needs a user name and a password.
    bool usesPassword() const;
    QString effectiveAuthentication() const;
    int effectivePort() const { return port > 0 ? port : defaultPort(type); }

    /// The ConnectionInfo of the API, password included (for sending; mask it for display).
    QJsonObject toConnectionInfo() const;
    /// Reads a ConnectionInfo (a response, a saved connection, a task to clone); its password,
    /// when there is one, is kept.
    static ConnectionSettings fromConnectionInfo(const QJsonObject &info);
    /// "user@host:port", for lists and titles.
    QString summary() const;

    /// The AzureActiveDirectoryApp of a Managed Instance, secret included.
    QJsonObject azureApp() const;

    /// The connection page's validator; fields are named as the members above.
    FieldIssues validate() const;
};

} // namespace godwit::models::taskinput
