#include "engine/drivers/mysql/mysqlconnection.h"

#include <mutex>
#include <utility>

#include <QRegularExpression>

#include <mysql.h>

namespace godwit::engine::mysql {

Q_LOGGING_CATEGORY(lcMySql, "godwit.engine.mysql", QtInfoMsg)

namespace {

void initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { mysql_library_init(0, nullptr, nullptr); });
}

QString scrub(QString message, const QString &secret)
{
    if (!secret.isEmpty())
        message.replace(secret, core::Secret::mask());
    return message;
}

bool parseBool(const QString &value, bool *ok)
{
    const QString v = value.toLower();
    *ok = true;
    if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes") || v == QLatin1String("on"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("no") || v == QLatin1String("off"))
        return false;
    *ok = false;
    return false;
}

bool isBinaryField(const MYSQL_FIELD &field)
{
    switch (field.type) {
    case MYSQL_TYPE_BIT:
    case MYSQL_TYPE_GEOMETRY:
        return true;
    case MYSQL_TYPE_STRING:
    case MYSQL_TYPE_VAR_STRING:
    case MYSQL_TYPE_VARCHAR:
    case MYSQL_TYPE_BLOB:
    case MYSQL_TYPE_TINY_BLOB:
    case MYSQL_TYPE_MEDIUM_BLOB:
    case MYSQL_TYPE_LONG_BLOB:
        return field.charsetnr == 63; // the binary "character set"
    default:
        return false;
    }
}

bool isNumericField(const MYSQL_FIELD &field)
{
    switch (field.type) {
    case MYSQL_TYPE_TINY:
    case MYSQL_TYPE_SHORT:
    case MYSQL_TYPE_LONG:
    case MYSQL_TYPE_INT24:
    case MYSQL_TYPE_LONGLONG:
    case MYSQL_TYPE_DECIMAL:
    case MYSQL_TYPE_NEWDECIMAL:
    case MYSQL_TYPE_FLOAT:
    case MYSQL_TYPE_DOUBLE:
    case MYSQL_TYPE_YEAR:
        return true;
    default:
        return false;
    }
}

} // namespace

bool ConnectSettings::from(const core::dms::MySqlConnectionInfo &info, ConnectSettings *settings, QString *error)
{
    ConnectSettings s;
    const QString server = info.serverName().trimmed();
    if (server.startsWith(QLatin1Char('/'))) {
        s.socket = server;
        s.tls = false;
    } else {
        s.host = server;
        s.tls = info.encryptConnection().value_or(true);
    }
    const qint64 port = info.port().value_or(0);
    s.port = port > 0 && port <= 65535 ? unsigned(port) : 3306;
    s.user = info.userName();
    s.password = info.password().reveal();

    static const QRegularExpression separators(QStringLiteral("[\\s;]+"));
    const QStringList entries = info.additionalSettings().split(separators, Qt::SkipEmptyParts);
    bool verifyGiven = false;
    for (const QString &entry : entries) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = QStringLiteral("additionalSettings: \"%1\" is not key=value").arg(entry);
            return false;
        }
        const QString key = entry.left(eq).trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
        const QString value = entry.mid(eq + 1).trimmed();
        bool ok = true;
        if (key == QLatin1String("ssl-ca")) {
            s.sslCa = value;
        } else if (key == QLatin1String("ssl-capath")) {
            s.sslCaPath = value;
        } else if (key == QLatin1String("ssl-cert")) {
            s.sslCert = value;
        } else if (key == QLatin1String("ssl-key")) {
            s.sslKey = value;
        } else if (key == QLatin1String("ssl-cipher")) {
            s.sslCipher = value;
        } else if (key == QLatin1String("tls-version")) {
            s.tlsVersion = value;
        } else if (key == QLatin1String("ssl-verify-server-cert")) {
            s.verifyServerCert = parseBool(value, &ok);
            verifyGiven = true;
        } else if (key == QLatin1String("connect-timeout") || key == QLatin1String("read-timeout")
                   || key == QLatin1String("write-timeout")) {
            const uint seconds = value.toUInt(&ok);
            ok = ok && seconds > 0 && seconds <= 86400;
            if (key == QLatin1String("connect-timeout"))
                s.connectTimeout = seconds;
            else if (key == QLatin1String("read-timeout"))
                s.readTimeout = seconds;
            else
                s.writeTimeout = seconds;
        } else {
            *error = QStringLiteral("additionalSettings: unknown setting \"%1\"").arg(key);
            return false;
        }
        if (!ok) {
            *error = QStringLiteral("additionalSettings: \"%1\" is not a valid value for %2").arg(value, key);
            return false;
        }
    }
    // A CA to verify against means: verify, unless told otherwise.
    if (!verifyGiven && (!s.sslCa.isEmpty() || !s.sslCaPath.isEmpty()))
        s.verifyServerCert = true;
    if (!s.socket.isEmpty())
        s.verifyServerCert = false;
    *settings = s;
    return true;
}

std::unique_ptr<Connection> Connection::open(const core::dms::MySqlConnectionInfo &info, const QString &database,
                                             QString *error, unsigned *errorCode, int connectTimeoutSeconds)
{
    ConnectSettings settings;
    if (!ConnectSettings::from(info, &settings, error)) {
        if (errorCode)
            *errorCode = 0;
        return nullptr;
    }
    if (connectTimeoutSeconds > 0 && settings.connectTimeout == 15)
        settings.connectTimeout = unsigned(connectTimeoutSeconds);
    return open(settings, database, error, errorCode);
}

std::unique_ptr<Connection> Connection::open(const ConnectSettings &settings, const QString &database, QString *error,
                                             unsigned *errorCode)
{
    initLibrary();
    MYSQL *conn = mysql_init(nullptr);
    if (!conn) {
        *error = QStringLiteral("out of memory");
        return nullptr;
    }
    const auto fail = [&](const QString &message, unsigned code) -> std::unique_ptr<Connection> {
        *error = scrub(message, settings.password);
        if (errorCode)
            *errorCode = code;
        mysql_close(conn);
        return nullptr;
    };

    mysql_optionsv(conn, MYSQL_SET_CHARSET_NAME, "utf8mb4");
    mysql_optionsv(conn, MYSQL_OPT_CONNECT_TIMEOUT, &settings.connectTimeout);
    if (settings.readTimeout > 0)
        mysql_optionsv(conn, MYSQL_OPT_READ_TIMEOUT, &settings.readTimeout);
    if (settings.writeTimeout > 0)
        mysql_optionsv(conn, MYSQL_OPT_WRITE_TIMEOUT, &settings.writeTimeout);
    // Never read client files for LOAD DATA LOCAL: a hostile server could ask for any file.
    unsigned localInfile = 0;
    mysql_optionsv(conn, MYSQL_OPT_LOCAL_INFILE, &localInfile);
    // Option files (~/.my.cnf) are not read: only the connection info decides.
    unsigned protocol = settings.socket.isEmpty() ? MYSQL_PROTOCOL_TCP : MYSQL_PROTOCOL_SOCKET;
    mysql_optionsv(conn, MYSQL_OPT_PROTOCOL, &protocol);

    QByteArray ca, caPath, cert, key, cipher, tlsVersion;
    if (settings.tls) {
        my_bool enforce = 1;
        mysql_optionsv(conn, MYSQL_OPT_SSL_ENFORCE, &enforce);
        my_bool verify = settings.verifyServerCert ? 1 : 0;
        mysql_optionsv(conn, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &verify);
        const auto setPath = [conn](mysql_option option, const QString &value, QByteArray *keep) {
            if (value.isEmpty())
                return;
            *keep = value.toLocal8Bit();
            mysql_optionsv(conn, option, keep->constData());
        };
        setPath(MYSQL_OPT_SSL_CA, settings.sslCa, &ca);
        setPath(MYSQL_OPT_SSL_CAPATH, settings.sslCaPath, &caPath);
        setPath(MYSQL_OPT_SSL_CERT, settings.sslCert, &cert);
        setPath(MYSQL_OPT_SSL_KEY, settings.sslKey, &key);
        setPath(MYSQL_OPT_SSL_CIPHER, settings.sslCipher, &cipher);
        setPath(MARIADB_OPT_TLS_VERSION, settings.tlsVersion, &tlsVersion);
    }

    const QByteArray host = settings.host.toUtf8();
    const QByteArray socket = settings.socket.toLocal8Bit();
    const QByteArray user = settings.user.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    const QByteArray db = database.toUtf8();
    qCDebug(lcMySql).noquote() << "connecting to" << (settings.socket.isEmpty() ? settings.host : settings.socket)
                               << "port" << settings.port << "as" << settings.user << "database" << database << "tls"
                               << settings.tls;
    if (!mysql_real_connect(conn, settings.socket.isEmpty() ? host.constData() : nullptr, user.constData(),
                            password.constData(), database.isEmpty() ? nullptr : db.constData(), settings.port,
                            settings.socket.isEmpty() ? nullptr : socket.constData(), 0))
        return fail(QString::fromUtf8(mysql_error(conn)), mysql_errno(conn));
    // Connector/C falls back to a plain connection when it verifies no certificate and the server
    // offers no TLS: encryptConnection must never silently mean "unencrypted".
    if (settings.tls && !mysql_get_ssl_cipher(conn))
        return fail(QStringLiteral("TLS is required (encryptConnection), but the server does not support it"),
                    errors::kSslConnection);

    std::unique_ptr<Connection> c(new Connection(conn, settings, database));
    const QueryResult r = c->exec(QStringLiteral("SET time_zone = '+00:00'"));
    if (!r.ok) {
        *error = r.error;
        if (errorCode)
            *errorCode = r.errorCode;
        return nullptr;
    }
    return c;
}

QString Connection::describeServer(const core::dms::MySqlConnectionInfo &info)
{
    const QString server = info.serverName().trimmed();
    if (server.startsWith(QLatin1Char('/')))
        return server;
    const qint64 port = info.port().value_or(0);
    return QStringLiteral("%1:%2").arg(server).arg(port > 0 ? port : 3306);
}

QString Connection::quoteIdent(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('`'), QStringLiteral("``"));
    return QString(QLatin1Char('`') + quoted + QLatin1Char('`'));
}

Connection::Connection(st_mysql *conn, ConnectSettings settings, QString database)
    : m_conn(conn)
    , m_settings(std::move(settings))
    , m_database(std::move(database))
    , m_threadId(mysql_thread_id(conn))
{
}

Connection::~Connection()
{
    if (m_conn)
        mysql_close(m_conn);
}

QueryResult Connection::failure() const
{
    QueryResult r;
    r.ok = false;
    r.errorCode = mysql_errno(m_conn);
    r.error = scrub(QString::fromUtf8(mysql_error(m_conn)), m_settings.password);
    r.sqlState = QString::fromLatin1(mysql_sqlstate(m_conn));
    return r;
}

QueryResult Connection::exec(const QString &sql)
{
    return execUtf8(sql.toUtf8());
}

QueryResult Connection::execUtf8(const QByteArray &text)
{
    if (mysql_real_query(m_conn, text.constData(), text.size()) != 0)
        return failure();
    QueryResult r;
    MYSQL_RES *res = mysql_store_result(m_conn);
    if (!res) {
        if (mysql_field_count(m_conn) != 0)
            return failure();
        r.ok = true;
        r.affectedRows = qint64(mysql_affected_rows(m_conn));
        return r;
    }
    const unsigned n = mysql_num_fields(res);
    const MYSQL_FIELD *fields = mysql_fetch_fields(res);
    for (unsigned i = 0; i < n; ++i)
        r.columns.append(QString::fromUtf8(fields[i].name, fields[i].name_length));
    while (MYSQL_ROW row = mysql_fetch_row(res)) {
        const unsigned long *lengths = mysql_fetch_lengths(res);
        QStringList values;
        QList<bool> nulls;
        values.reserve(n);
        nulls.reserve(n);
        for (unsigned i = 0; i < n; ++i) {
            nulls.append(row[i] == nullptr);
            values.append(row[i] ? QString::fromUtf8(row[i], qsizetype(lengths[i])) : QString());
        }
        r.rows.append(values);
        r.nulls.append(nulls);
    }
    mysql_free_result(res);
    r.ok = true;
    return r;
}

QueryResult Connection::execAll(const QStringList &statements)
{
    QueryResult last;
    last.ok = true;
    for (const QString &sql : statements) {
        last = exec(sql);
        if (!last.ok)
            return last;
    }
    return last;
}

QueryResult Connection::stream(const QString &sql,
                               const std::function<bool(const QList<StreamColumn> &, const StreamRow &)> &onRow)
{
    const QByteArray text = sql.toUtf8();
    if (mysql_real_query(m_conn, text.constData(), text.size()) != 0)
        return failure();
    MYSQL_RES *res = mysql_use_result(m_conn);
    if (!res) {
        if (mysql_field_count(m_conn) != 0)
            return failure();
        QueryResult r;
        r.ok = true;
        return r;
    }
    const unsigned n = mysql_num_fields(res);
    const MYSQL_FIELD *fields = mysql_fetch_fields(res);
    QList<StreamColumn> columns;
    for (unsigned i = 0; i < n; ++i)
        columns.append(
            {QByteArray(fields[i].name, fields[i].name_length), isBinaryField(fields[i]), isNumericField(fields[i])});
    bool stopped = false;
    while (MYSQL_ROW row = mysql_fetch_row(res)) {
        if (stopped)
            continue; // mysql_free_result() would read the rest anyway; skip without work
        const StreamRow r{row, mysql_fetch_lengths(res), int(n)};
        if (!onRow(columns, r)) {
            stopped = true;
            // Stop the server from sending the rest: killing the query ends the result early.
            cancel();
        }
    }
    QueryResult result;
    if (!stopped && mysql_errno(m_conn) != 0) {
        result = failure();
        mysql_free_result(res);
        return result;
    }
    mysql_free_result(res);
    result.ok = true;
    return result;
}

QByteArray Connection::literal(const QByteArray &utf8) const
{
    QByteArray out(utf8.size() * 2 + 3, Qt::Uninitialized);
    out[0] = '\'';
    const unsigned long n = mysql_real_escape_string(m_conn, out.data() + 1, utf8.constData(), utf8.size());
    out[qsizetype(n) + 1] = '\'';
    out.truncate(qsizetype(n) + 2);
    return out;
}

QString Connection::literal(const QString &text) const
{
    return QString::fromUtf8(literal(text.toUtf8()));
}

void Connection::appendHexLiteral(QByteArray &out, const char *data, unsigned long length)
{
    if (length == 0) {
        out.append("''");
        return;
    }
    static constexpr char digits[] = "0123456789ABCDEF";
    const qsizetype at = out.size();
    out.resize(at + qsizetype(length) * 2 + 3);
    char *p = out.data() + at;
    *p++ = 'X';
    *p++ = '\'';
    for (unsigned long i = 0; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        *p++ = digits[byte >> 4];
        *p++ = digits[byte & 0x0f];
    }
    *p = '\'';
}

QByteArray Connection::hexLiteral(const char *data, unsigned long length)
{
    if (length == 0)
        return QByteArrayLiteral("''");
    return QByteArray("X'" + QByteArray::fromRawData(data, qsizetype(length)).toHex() + '\'');
}

QString Connection::serverVersion() const
{
    return QString::fromUtf8(mysql_get_server_info(m_conn));
}

unsigned long Connection::serverVersionNumber() const
{
    return mysql_get_server_version(m_conn);
}

bool Connection::isMariaDb() const
{
    return serverVersion().contains(QLatin1String("MariaDB"), Qt::CaseInsensitive);
}

unsigned long Connection::threadId() const
{
    return m_threadId;
}

bool Connection::cancel()
{
    QString error;
    ConnectSettings settings = m_settings;
    settings.connectTimeout = 5;
    const auto killer = open(settings, QString(), &error);
    if (!killer) {
        qCWarning(lcMySql).noquote() << "could not connect to cancel a statement:" << error;
        return false;
    }
    const QueryResult r = killer->exec(QStringLiteral("KILL QUERY %1").arg(m_threadId));
    if (!r.ok)
        qCWarning(lcMySql).noquote() << "could not cancel a statement:" << r.error;
    return r.ok;
}

} // namespace godwit::engine::mysql
