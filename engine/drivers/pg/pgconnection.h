#pragma once

#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>

#include <memory>

#include <libpq-fe.h>

#include "core/dmstypes.h"
#include "engine/drivers/textrows.h"

namespace godwit::engine::pg {

Q_DECLARE_LOGGING_CATEGORY(lcPg)

/// The rows of one statement in text form, or why it failed.
/// Values are in PostgreSQL's text format; column names match exactly, as PostgreSQL's do.
struct QueryResult : drivers::TextRows<Qt::CaseSensitive>
{
    bool ok = false;
    /// The server's message (with its DETAIL and HINT lines) or libpq's, when !ok.
    QString error;
    /// The five-character SQLSTATE of a server error; empty for a client-side failure.
    QString sqlState;

    /// A "t"/"f" column as a bool.
    bool boolValue(qsizetype row, QStringView column) const;
};

/// One libpq connection to a PostgreSQL server, closed when destroyed.
///
/// Connection parameters are passed as keyword/value arrays (never a concatenated conninfo
/// string), so any character in a host, user, password or database name is safe. The TLS mode
/// follows the DMS connection info:
///
/// | encryptConnection (default true) | trustServerCertificate (default false) | sslmode     |
/// |----------------------------------|----------------------------------------|-------------|
/// | false                            | any                                    | prefer      |
/// | true                             | true                                   | require     |
/// | true                             | false                                  | verify-full |
///
/// A Unix-socket host (serverName starting with '/') cannot carry TLS, so it uses "disable".
/// `additionalSettings` holds libpq `key=value` settings (e.g. `sslrootcert=/etc/ca.pem
/// target_session_attrs=read-write`); they may override the derived settings (sslmode,
/// connect_timeout, application_name) but never the typed fields (host, port, user, password,
/// dbname) nor client_encoding, which stays UTF8 because results are decoded as UTF-8.
class Connection final
{
public:
    /// Connects to `database` (else info.databaseName(), else "postgres"). On failure returns
    /// nullptr and sets *error to libpq's message, with any password masked.
    static std::unique_ptr<Connection> open(const core::dms::PostgreSqlConnectionInfo &info, const QString &database,
                                            QString *error, int connectTimeoutSeconds = 15);

    /// The sslmode open() uses for a connection info (see the table above).
    static QString sslModeFor(const core::dms::PostgreSqlConnectionInfo &info);
    /// "host:port" (or the socket directory and port) for messages.
    static QString describeServer(const core::dms::PostgreSqlConnectionInfo &info);

    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    /// Runs one statement with text-format parameters ($1, $2, ...): an invalid QVariant is NULL,
    /// a bool is true/false, a QByteArray is sent as is, anything else as its toString().
    /// On failure, *error (when given) receives the same message as the result.
    QueryResult exec(const QString &sql, const QList<QVariant> &params = {}, QString *error = nullptr);

    /// SHOW server_version, e.g. "15.18 (Debian 15.18-0+deb12u1)".
    QString serverVersion();
    /// libpq's numeric version of the server, e.g. 150018.
    int serverVersionNum() const;
    /// The database this connection is attached to.
    QString database() const;
    /// The role this connection authenticated as.
    QString user() const;

    /// Asks the server to cancel the statement running on this connection. Safe to call from
    /// another thread while exec() blocks; returns false when the request could not be sent.
    bool cancel();

    /// The libpq handle, for protocol features this class does not wrap (COPY, replication).
    PGconn *raw() const { return m_conn; }

private:
    Connection(PGconn *conn, PGcancel *cancel);

    PGconn *m_conn = nullptr;
    PGcancel *m_cancel = nullptr;
};

} // namespace godwit::engine::pg
