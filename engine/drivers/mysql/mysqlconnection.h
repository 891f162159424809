#pragma once

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <memory>

#include "core/dmstypes.h"
#include "engine/drivers/textrows.h"

struct st_mysql;

namespace godwit::engine::mysql {

Q_DECLARE_LOGGING_CATEGORY(lcMySql)

/// MySQL and MariaDB error numbers the engine tells apart (mysqld_error.h, errmsg.h).
namespace errors {
constexpr unsigned kDbAccessDenied = 1044;       ///< ER_DBACCESS_DENIED_ERROR
constexpr unsigned kAccessDenied = 1045;         ///< ER_ACCESS_DENIED_ERROR
constexpr unsigned kBadDb = 1049;                ///< ER_BAD_DB_ERROR
constexpr unsigned kTooManyConnections = 1040;   ///< ER_CON_COUNT_ERROR
constexpr unsigned kHostNotPrivileged = 1130;    ///< ER_HOST_NOT_PRIVILEGED
constexpr unsigned kHostBlocked = 1129;          ///< ER_HOST_IS_BLOCKED
constexpr unsigned kTableAccessDenied = 1142;    ///< ER_TABLEACCESS_DENIED_ERROR
constexpr unsigned kSpecificAccessDenied = 1227; ///< ER_SPECIFIC_ACCESS_DENIED_ERROR
constexpr unsigned kQueryInterrupted = 1317;     ///< ER_QUERY_INTERRUPTED
constexpr unsigned kStatementTimeout = 1969;     ///< ER_STATEMENT_TIMEOUT (MariaDB)
constexpr unsigned kNoSuchTable = 1146;          ///< ER_NO_SUCH_TABLE
constexpr unsigned kSocketError = 2002;          ///< CR_CONNECTION_ERROR (Unix socket)
constexpr unsigned kConnHostError = 2003;        ///< CR_CONN_HOST_ERROR (TCP)
constexpr unsigned kUnknownHost = 2005;          ///< CR_UNKNOWN_HOST
constexpr unsigned kServerGone = 2006;           ///< CR_SERVER_GONE_ERROR
constexpr unsigned kServerLost = 2013;           ///< CR_SERVER_LOST
constexpr unsigned kSslConnection = 2026;        ///< CR_SSL_CONNECTION_ERROR
constexpr unsigned kAuthPlugin = 2059;           ///< CR_AUTH_PLUGIN_CANNOT_LOAD
} // namespace errors

/// The rows of one statement in text form, or why it failed.
/// Values are UTF-8 text; column names match in any case, as MySQL's do.
struct QueryResult : drivers::TextRows<Qt::CaseInsensitive>
{
    bool ok = false;
    /// The server's message or the client library's, when !ok.
    QString error;
    /// The error number (see `errors`); 0 when ok.
    unsigned errorCode = 0;
    /// The five-character SQLSTATE of the error.
    QString sqlState;
    /// Rows changed by an INSERT, UPDATE or DELETE.
    qint64 affectedRows = 0;
};

/// One column of a streamed result.
struct StreamColumn
{
    QByteArray name;
    /// The value's bytes are not text (BINARY, VARBINARY, BLOB, BIT, GEOMETRY): write them as X'…'.
    bool binary = false;
    /// The value is a number the server wrote in decimal (write it bare).
    bool numeric = false;
};

/// One row of a streamed result: values[i] is nullptr for SQL NULL, else lengths[i] bytes.
struct StreamRow
{
    const char *const *values = nullptr;
    const unsigned long *lengths = nullptr;
    int count = 0;
};

/// How open() reaches a server, derived from a MySqlConnectionInfo.
///
/// encryptConnection (default true) requires TLS; the server's certificate is verified only when
/// additionalSettings asks for it (`ssl-verify-server-cert=true`, or an `ssl-ca`/`ssl-capath` to
/// verify against). A serverName starting with '/' is a Unix socket path and never uses TLS.
/// `additionalSettings` takes `key=value` pairs separated by spaces or ';': ssl-ca, ssl-capath,
/// ssl-cert, ssl-key, ssl-cipher, tls-version, ssl-verify-server-cert, connect-timeout,
/// read-timeout, write-timeout (seconds). Anything else is an error, never silently ignored.
struct ConnectSettings
{
    QString host;
    QString socket;
    unsigned port = 3306;
    QString user;
    QString password;
    bool tls = true;
    bool verifyServerCert = false;
    QString sslCa, sslCaPath, sslCert, sslKey, sslCipher, tlsVersion;
    unsigned connectTimeout = 15;
    unsigned readTimeout = 0;
    unsigned writeTimeout = 0;

    /// The settings for a connection info; false with *error naming the bad additionalSettings entry.
    static bool from(const core::dms::MySqlConnectionInfo &info, ConnectSettings *settings, QString *error);
};

/// One client connection to a MySQL or MariaDB server (MariaDB Connector/C), closed when destroyed.
///
/// The session uses utf8mb4, time_zone '+00:00' (TIMESTAMP values travel in UTC) and the server's
/// sql_mode. A connection is used by one thread at a time; cancel() may be called from any thread.
/// Values are never pasted into SQL unescaped: statements are built with quoteIdent() and literal().
class Connection final
{
public:
    /// Connects to `database` (none when empty). On failure returns nullptr and sets *error to the
    /// client's message (password masked) and *errorCode to its number.
    static std::unique_ptr<Connection> open(const core::dms::MySqlConnectionInfo &info, const QString &database,
                                            QString *error, unsigned *errorCode = nullptr,
                                            int connectTimeoutSeconds = 15);
    static std::unique_ptr<Connection> open(const ConnectSettings &settings, const QString &database, QString *error,
                                            unsigned *errorCode = nullptr);

    /// "host:port" or the socket path, for messages.
    static QString describeServer(const core::dms::MySqlConnectionInfo &info);
    /// An identifier between backticks, any backtick doubled: safe for any name.
    static QString quoteIdent(const QString &name);

    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    /// Runs one statement and reads its whole result into memory.
    QueryResult exec(const QString &sql);
    /// The same for a statement already in UTF-8 (a large generated one, without converting it).
    QueryResult execUtf8(const QByteArray &sql);
    /// Runs statements in order, stopping at the first failure, whose result it returns.
    QueryResult execAll(const QStringList &statements);
    /// Runs one statement and hands each row to `onRow` as it arrives (unbuffered); `onRow`
    /// returns false to stop early (the rest of the result is then discarded).
    QueryResult stream(const QString &sql,
                       const std::function<bool(const QList<StreamColumn> &, const StreamRow &)> &onRow);

    /// A string literal for this connection's character set, quotes included: '…'.
    QByteArray literal(const QByteArray &utf8) const;
    QString literal(const QString &text) const;
    /// A binary literal: X'…'.
    static QByteArray hexLiteral(const char *data, unsigned long length);
    /// hexLiteral() appended to `out`, without an intermediate copy.
    static void appendHexLiteral(QByteArray &out, const char *data, unsigned long length);

    /// VERSION(), e.g. "10.11.19-MariaDB-0+deb12u1-log".
    QString serverVersion() const;
    /// e.g. 101119 for 10.11.19.
    unsigned long serverVersionNumber() const;
    bool isMariaDb() const;
    /// The connection id the server gave this session (KILL takes it).
    unsigned long threadId() const;
    /// The database selected at open() (may be empty).
    QString database() const { return m_database; }

    /// Asks the server to stop the statement running on this connection (KILL QUERY over a second
    /// connection). Safe from any thread while exec() or stream() blocks; false if it could not.
    bool cancel();

    /// The client handle, for protocol features this class does not wrap (the binlog).
    st_mysql *raw() const { return m_conn; }
    const ConnectSettings &settings() const { return m_settings; }

private:
    Connection(st_mysql *conn, ConnectSettings settings, QString database);
    QueryResult failure() const;

    st_mysql *m_conn = nullptr;
    ConnectSettings m_settings;
    QString m_database;
    unsigned long m_threadId = 0;
};

} // namespace godwit::engine::mysql
