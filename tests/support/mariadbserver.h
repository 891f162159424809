#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

#include "core/dmstypes.h"

namespace godwit::test {

/// A throwaway MariaDB server in a temporary directory, for tests against a real server.
///
/// mariadb-install-db creates the data directory (well under a second), then mariadbd listens on
/// 127.0.0.1 (a free port) and on a Unix socket in its directory. The binary log is on in ROW
/// format with full row images (a server can be a source of an online migration). Root connects
/// over the socket without a password; "godwit" (password `superPassword`) has every privilege
/// from anywhere over TCP. Running as root, the server runs as the `mysql` OS user. The destructor
/// stops the server; a watchdog process stops it too if the test process dies first.
class MariaDbServer final
{
public:
    struct Options
    {
        bool binlog = true;    ///< log-bin with binlog_format=ROW
        int serverId = 1;      ///< server_id
        QString superPassword; ///< the password of "godwit" (default "godwit")
        QStringList settings;  ///< more mariadbd options, "--name=value"
    };

    MariaDbServer();
    explicit MariaDbServer(Options options);
    ~MariaDbServer();
    MariaDbServer(const MariaDbServer &) = delete;
    MariaDbServer &operator=(const MariaDbServer &) = delete;

    /// Creates the data directory and starts the server; on failure *error says why (with its log).
    bool start(QString *error = nullptr);
    /// Stops the server (a clean shutdown), killing it if it does not stop.
    void stop();
    bool isRunning() const { return m_running; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString socketPath() const;
    QString dataDirectory() const;
    static QString superUser() { return QStringLiteral("godwit"); }
    QString superPassword() const { return m_options.superPassword; }
    /// The server's error log so far, for failure messages.
    QString serverLog() const;

    /// A connection info for the TCP listener, without TLS (encryptConnection false).
    core::dms::MySqlConnectionInfo connectionInfo(const QString &user, const QString &password) const;
    core::dms::MySqlConnectionInfo superConnectionInfo() const { return connectionInfo(superUser(), superPassword()); }
    /// Runs SQL (several statements allowed) as root over the socket with the mariadb client,
    /// stopping at the first error. *out receives the tab-separated rows without headers, or the error.
    bool sql(const QString &database, const QString &sql, QString *out = nullptr) const;
    /// The single value a query returns (empty on error).
    QString value(const QString &database, const QString &query) const;

    /// An identifier quoted for SQL, and a string literal.
    static QString quoteIdent(const QString &name);
    static QString literal(const QString &text);
    /// SQL that creates the table `kinds` in the current database: a column of every MariaDB type
    /// (generated ones too) and rows at the types' edges, with utf8mb4 text and NULLs.
    static QString everyColumnTypeTable();

private:
    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    qint64 m_pid = 0;
    bool m_running = false;
};

} // namespace godwit::test
