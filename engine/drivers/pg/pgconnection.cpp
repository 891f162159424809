#include "engine/drivers/pg/pgconnection.h"

#include <utility>

#include <QByteArray>

namespace godwit::engine::pg {

// Debug output (every connection attempt) only when asked for with QT_LOGGING_RULES.
Q_LOGGING_CATEGORY(lcPg, "godwit.engine.pg", QtInfoMsg)

namespace {

// Settings additionalSettings may not change: the typed fields of the connection info, the
// encoding results are decoded with, and the replication protocol (which exec() cannot speak).
bool isReservedKeyword(const QByteArray &keyword)
{
    static const QList<QByteArray> reserved{"host",       "port", "user", "password", "dbname", "client_encoding",
                                            "replication"};
    return reserved.contains(keyword);
}

bool isSocketHost(const QString &host)
{
    return host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@'));
}

// Replaces every secret in a message (libpq may quote parts of a connection string back).
QString scrub(QString message, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            message.replace(secret, core::Secret::mask());
    }
    return message;
}

QString trimmedMessage(const char *text)
{
    return text ? QString::fromUtf8(text).trimmed() : QString();
}

void logNotice(void *, const char *message)
{
    qCDebug(lcPg).noquote() << "server notice:" << trimmedMessage(message);
}

class Parameters
{
public:
    void set(const QByteArray &keyword, const QByteArray &value)
    {
        for (auto &entry : m_entries) {
            if (entry.first == keyword) {
                entry.second = value;
                return;
            }
        }
        m_entries.append({keyword, value});
    }

    QByteArray get(const QByteArray &keyword) const
    {
        for (const auto &entry : m_entries) {
            if (entry.first == keyword)
                return entry.second;
        }
        return {};
    }

    PGconn *connect() const
    {
        QList<const char *> keywords;
        QList<const char *> values;
        for (const auto &entry : m_entries) {
            keywords.append(entry.first.constData());
            values.append(entry.second.constData());
        }
        keywords.append(nullptr);
        values.append(nullptr);
        // expand_dbname = 0: a database name is only ever a name, never a connection string.
        return PQconnectdbParams(keywords.constData(), values.constData(), 0);
    }

private:
    QList<std::pair<QByteArray, QByteArray>> m_entries;
};

} // namespace

bool QueryResult::boolValue(qsizetype row, QStringView column) const
{
    return value(row, column) == QLatin1String("t");
}

QString Connection::sslModeFor(const core::dms::PostgreSqlConnectionInfo &info)
{
    if (isSocketHost(info.serverName()))
        return QStringLiteral("disable");
    if (!info.encryptConnection().value_or(true))
        return QStringLiteral("prefer");
    return info.trustServerCertificate().value_or(false) ? QStringLiteral("require") : QStringLiteral("verify-full");
}

QString Connection::describeServer(const core::dms::PostgreSqlConnectionInfo &info)
{
    const QString host = info.serverName().isEmpty() ? QStringLiteral("localhost") : info.serverName();
    const auto port = info.port();
    return port ? QString(host + QLatin1Char(':') + QString::number(*port)) : host;
}

std::unique_ptr<Connection> Connection::open(const core::dms::PostgreSqlConnectionInfo &info, const QString &database,
                                             QString *error, int connectTimeoutSeconds)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<Connection>();
    };

    const QString password = info.password().reveal();
    QStringList secrets{password};
    Parameters params;
    params.set("application_name", "godwit-engine");
    if (connectTimeoutSeconds > 0)
        params.set("connect_timeout", QByteArray::number(connectTimeoutSeconds));
    params.set("sslmode", sslModeFor(info).toUtf8());

    const QString additional = info.additionalSettings().trimmed();
    if (!additional.isEmpty()) {
        char *parseError = nullptr;
        PQconninfoOption *options = PQconninfoParse(additional.toUtf8().constData(), &parseError);
        if (!options) {
            QString reason = parseError ? trimmedMessage(parseError) : QStringLiteral("out of memory");
            PQfreemem(parseError);
            // libpq quotes the offending text back, which may be a password.
            if (additional.contains(QLatin1String("password"), Qt::CaseInsensitive))
                reason = QStringLiteral("the text could not be parsed");
            return fail(QStringLiteral("additionalSettings is not a list of libpq key=value settings: %1").arg(reason));
        }
        for (const PQconninfoOption *option = options; option->keyword; ++option) {
            if (!option->val)
                continue;
            const QByteArray keyword(option->keyword);
            if (keyword == "password")
                secrets.append(QString::fromUtf8(option->val));
            if (isReservedKeyword(keyword)) {
                qCWarning(lcPg).noquote() << "additionalSettings: ignoring" << QString::fromUtf8(keyword)
                                          << "(it comes from the connection info)";
                continue;
            }
            params.set(keyword, QByteArray(option->val));
        }
        PQconninfoFree(options);
    }

    const QString host = info.serverName();
    if (!host.isEmpty())
        params.set("host", host.toUtf8());
    if (const auto port = info.port())
        params.set("port", QByteArray::number(*port));
    if (!info.userName().isEmpty())
        params.set("user", info.userName().toUtf8());
    if (!password.isEmpty())
        params.set("password", password.toUtf8());
    const QString dbname = !database.isEmpty()              ? database
                           : !info.databaseName().isEmpty() ? info.databaseName()
                                                            : QStringLiteral("postgres");
    params.set("dbname", dbname.toUtf8());
    params.set("client_encoding", "UTF8");
    if (isSocketHost(host)) {
        const QByteArray mode = params.get("sslmode");
        if (mode != "disable" && mode != "allow" && mode != "prefer")
            params.set("sslmode", "disable");
    }

    qCDebug(lcPg).noquote() << "connecting to" << describeServer(info) << "database" << dbname << "as"
                            << info.userName() << "sslmode" << QString::fromUtf8(params.get("sslmode"));
    PGconn *conn = params.connect();
    if (!conn)
        return fail(QStringLiteral("out of memory while connecting"));
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString message = scrub(trimmedMessage(PQerrorMessage(conn)), secrets);
        PQfinish(conn);
        qCDebug(lcPg).noquote() << "connection to" << describeServer(info) << "failed:" << message;
        return fail(message.isEmpty() ? QStringLiteral("the connection failed for an unknown reason") : message);
    }
    PQsetNoticeProcessor(conn, logNotice, nullptr);
    qCDebug(lcPg).noquote() << "connected to" << describeServer(info) << "database" << dbname << "server"
                            << PQserverVersion(conn) << (PQsslInUse(conn) ? "with TLS" : "without TLS");
    return std::unique_ptr<Connection>(new Connection(conn, PQgetCancel(conn)));
}

Connection::Connection(PGconn *conn, PGcancel *cancel)
    : m_conn(conn)
    , m_cancel(cancel)
{
}

Connection::~Connection()
{
    if (m_cancel)
        PQfreeCancel(m_cancel);
    PQfinish(m_conn);
}

QueryResult Connection::exec(const QString &sql, const QList<QVariant> &params, QString *error)
{
    QList<QByteArray> storage;
    storage.reserve(params.size());
    QList<const char *> values;
    values.reserve(params.size());
    for (const QVariant &param : params) {
        if (!param.isValid() || param.typeId() == QMetaType::Nullptr) {
            values.append(nullptr);
            continue;
        }
        if (param.typeId() == QMetaType::Bool)
            storage.append(param.toBool() ? QByteArray("true") : QByteArray("false"));
        else if (param.typeId() == QMetaType::QByteArray)
            storage.append(param.toByteArray());
        else
            storage.append(param.toString().toUtf8());
        values.append(storage.last().constData());
    }

    QueryResult result;
    const std::unique_ptr<PGresult, decltype(&PQclear)> res(PQexecParams(m_conn, sql.toUtf8().constData(),
                                                                         int(values.size()), nullptr,
                                                                         values.constData(), nullptr, nullptr, 0),
                                                            &PQclear);
    const ExecStatusType status = res ? PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
        result.ok = true;
        const int columnCount = PQnfields(res.get());
        const int rowCount = PQntuples(res.get());
        for (int c = 0; c < columnCount; ++c)
            result.columns.append(QString::fromUtf8(PQfname(res.get(), c)));
        result.rows.reserve(rowCount);
        result.nulls.reserve(rowCount);
        for (int r = 0; r < rowCount; ++r) {
            QStringList row;
            QList<bool> nulls;
            row.reserve(columnCount);
            nulls.reserve(columnCount);
            for (int c = 0; c < columnCount; ++c) {
                const bool null = PQgetisnull(res.get(), r, c);
                nulls.append(null);
                row.append(null ? QString()
                                : QString::fromUtf8(PQgetvalue(res.get(), r, c), PQgetlength(res.get(), r, c)));
            }
            result.rows.append(row);
            result.nulls.append(nulls);
        }
        return result;
    }

    if (res && PQresultErrorField(res.get(), PG_DIAG_MESSAGE_PRIMARY)) {
        result.sqlState = QString::fromLatin1(PQresultErrorField(res.get(), PG_DIAG_SQLSTATE));
        result.error = trimmedMessage(PQresultErrorField(res.get(), PG_DIAG_MESSAGE_PRIMARY));
        if (const char *detail = PQresultErrorField(res.get(), PG_DIAG_MESSAGE_DETAIL))
            result.error += QStringLiteral("\nDETAIL: ") + trimmedMessage(detail);
        if (const char *hint = PQresultErrorField(res.get(), PG_DIAG_MESSAGE_HINT))
            result.error += QStringLiteral("\nHINT: ") + trimmedMessage(hint);
    } else if (res && status != PGRES_FATAL_ERROR && status != PGRES_NONFATAL_ERROR) {
        // COPY and other protocol states that this function does not handle.
        result.error = QStringLiteral("unexpected result status %1").arg(QString::fromUtf8(PQresStatus(status)));
    } else {
        result.error = trimmedMessage(res ? PQresultErrorMessage(res.get()) : PQerrorMessage(m_conn));
        if (result.error.isEmpty())
            result.error = trimmedMessage(PQerrorMessage(m_conn));
    }
    qCDebug(lcPg).noquote() << "statement failed:" << result.sqlState << result.error;
    if (error)
        *error = result.error;
    return result;
}

QString Connection::serverVersion()
{
    const QueryResult r = exec(QStringLiteral("SHOW server_version"));
    if (r.ok && r.rowCount() == 1)
        return r.value(0, 0);
    const int num = serverVersionNum();
    // Since version 10 the number is major * 10000 + minor.
    if (num >= 100000)
        return QString(QString::number(num / 10000) + QLatin1Char('.') + QString::number(num % 10000));
    return QString(QString::number(num / 10000) + QLatin1Char('.') + QString::number(num / 100 % 100) + QLatin1Char('.')
                   + QString::number(num % 100));
}

int Connection::serverVersionNum() const
{
    return PQserverVersion(m_conn);
}

QString Connection::database() const
{
    return QString::fromUtf8(PQdb(m_conn));
}

QString Connection::user() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

bool Connection::cancel()
{
    if (!m_cancel)
        return false;
    char message[256] = {};
    if (PQcancel(m_cancel, message, int(sizeof message)))
        return true;
    qCWarning(lcPg).noquote() << "could not send a cancel request:" << trimmedMessage(message);
    return false;
}

} // namespace godwit::engine::pg
