#pragma once

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

#include <utility>

#include <libpq-fe.h>

namespace godwit::engine::pg {

/// The libpq settings a live connection was opened with (PQconninfo), to open more connections
/// exactly like it — a replication connection, a client program such as pg_dump, a subscription
/// on another server — without deriving the settings twice or putting a password on a command line.
class ConnectionSettings final
{
public:
    /// Every setting of `conn` that has a value.
    static ConnectionSettings of(PGconn *conn);

    QByteArray value(const QByteArray &keyword) const;
    void set(const QByteArray &keyword, const QByteArray &value);
    void remove(const QByteArray &keyword);

    /// Opens a connection with exactly these settings; a database name is never expanded as a
    /// connection string. The caller owns the result (PQfinish), which may have failed (PQstatus).
    PGconn *connect() const;

    /// These settings as the environment of a libpq client program (PGHOST, PGPORT, PGUSER,
    /// PGPASSWORD, PGSSLMODE, ...): the system environment without any PG* variable, plus one
    /// variable per setting that libpq reads from the environment. The password travels only here.
    QProcessEnvironment environment() const;

    /// These settings as a libpq connection string with every value quoted, e.g. for CREATE
    /// SUBSCRIPTION. It holds the password: never log it.
    QString connectionString() const;

    /// A `-d` argument for a client program naming only the database (the rest comes from
    /// environment()), quoted so that no database name is ever read as other settings.
    static QString databaseArgument(const QString &database);

    /// The password in these settings (to mask it in messages), or an empty string.
    QString password() const { return QString::fromUtf8(value("password")); }

private:
    struct Entry
    {
        QByteArray keyword;
        QByteArray value;
        QByteArray envvar;
    };
    QList<Entry> m_entries;
};

/// A connection-string value in single quotes, with backslashes and quotes escaped.
QString quoteConnectionValue(const QString &value);

} // namespace godwit::engine::pg
