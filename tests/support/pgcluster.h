#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

#include "core/dmstypes.h"

namespace godwit::test {

/// A throwaway PostgreSQL server in a temporary directory, for tests against a real server.
///
/// initdb runs once into a template that clusters copy (kept in the build tree across test processes,
/// see GODWIT_PG_TEMPLATE_CACHE), so a start takes a fraction of a second. The server listens on 127.0.0.1 (a free
/// port, password authentication with scram-sha-256) and on a Unix socket in its directory (trust). Its superuser is
/// "godwit". Running as root, the server runs as the `postgres` OS user. The destructor stops the server; a watchdog
/// process stops it too if the test process dies first.
class PgCluster final
{
public:
    struct Options
    {
        QString walLevel; ///< logical (default), replica or minimal
        int maxReplicationSlots = 10;
        int maxWalSenders = 10;
        QString superPassword; ///< the password of "godwit" over TCP (default "godwit")
        QStringList settings;  ///< more server settings, "name = value"
    };

    PgCluster();
    explicit PgCluster(Options options);
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    /// Creates the cluster and starts the server; on failure *error says why (with the server log).
    bool start(QString *error = nullptr);
    /// Stops the server (fast shutdown), killing it if pg_ctl cannot.
    void stop();
    bool isRunning() const { return m_running; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString socketDirectory() const;
    QString dataDirectory() const;
    static QString superUser() { return QStringLiteral("godwit"); }
    QString superPassword() const { return m_options.superPassword; }
    /// The server's log so far, for failure messages.
    QString serverLog() const;

    /// A connection info for the TCP listener, without TLS (encryptConnection false).
    core::dms::PostgreSqlConnectionInfo connectionInfo(const QString &user, const QString &password) const;
    /// Runs SQL (several statements allowed) as the superuser over the socket with psql, stopping at
    /// the first error. *out receives the tuples-only, unaligned output, or the error text.
    bool psql(const QString &database, const QString &sql, QString *out = nullptr) const;
    bool createDatabase(const QString &name) const;
    /// Replaces the TCP lines of pg_hba.conf (e.g. "host all godwit 127.0.0.1/32 scram-sha-256")
    /// and reloads the configuration.
    bool setHostRules(const QStringList &rules, QString *error = nullptr) const;
    static QStringList defaultHostRules();

    /// The directory holding initdb, pg_ctl and psql.
    static QString binDir();
    /// A TCP port on 127.0.0.1 that nothing listens on right now.
    static int freePort();
    /// An identifier quoted for SQL.
    static QString quoteIdent(const QString &name);

private:
    bool writeConfiguration(QString *error) const;
    bool writeHba(const QStringList &rules, QString *error) const;

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_running = false;
};

} // namespace godwit::test
