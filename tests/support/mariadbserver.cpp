#include "support/mariadbserver.h"

#include "support/serverprocess.h"

#include <csignal>

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

namespace godwit::test {

namespace {

// mariadbd refuses to run as root unless told which user to become: it becomes `mysql`.
const ServerKind &kind()
{
    static const ServerKind mariadb{
        QStringLiteral("mariadb"),
        "mysql",
        QStringLiteral("GODWIT_MARIADB_TMPDIR"),
        QStringLiteral("mariadbd.pid"),
        QStringLiteral("TERM"),
        {},
        {QStringLiteral("MYSQL_HOST"), QStringLiteral("MYSQL_TCP_PORT"), QStringLiteral("MYSQL_UNIX_PORT"),
         QStringLiteral("MYSQL_PWD"), QStringLiteral("MYSQL_HOME")},
    };
    return mariadb;
}

Run run(const QString &program, const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60000)
{
    return runProgram(kind(), program, args, QStringLiteral("/"), false, input, timeoutMs);
}

const QStringList &innodbOptions()
{
    static const QStringList options{QStringLiteral("--innodb-log-file-size=4M"),
                                     QStringLiteral("--innodb-data-file-path=ibdata1:4M:autoextend")};
    return options;
}

// Runs mariadb-install-db into `dataDir`.
bool installDb(const QString &dataDir, QString *error)
{
    QStringList args{QStringLiteral("--no-defaults"), QString(QStringLiteral("--datadir=") + dataDir),
                     QStringLiteral("--auth-root-authentication-method=normal"), QStringLiteral("--skip-test-db"),
                     QStringLiteral("--skip-name-resolve")};
    if (runningAsRoot())
        args.append(QStringLiteral("--user=mysql"));
    const Run install = run(QStringLiteral("mariadb-install-db"), args + innodbOptions());
    if (!install.ok)
        *error = QStringLiteral("mariadb-install-db failed: %1%2").arg(install.err, install.out);
    return install.ok;
}

// A data directory made once and copied by every server, in the directory
// GODWIT_MARIADB_TEMPLATE_CACHE names (the build tree by default). Empty when there is no cache.
QString cachedTemplate()
{
#ifdef GODWIT_MARIADB_TEMPLATE_CACHE
    const QString builtIn = QStringLiteral(GODWIT_MARIADB_TEMPLATE_CACHE);
#else
    const QString builtIn;
#endif
    QString error;
    return test::cachedTemplate(
        templateCacheDir("GODWIT_MARIADB_TEMPLATE_CACHE", builtIn), QStringLiteral("/usr/sbin/mariadbd"),
        innodbOptions(),
        [](const QString &dataDir, QString *why) {
            return giveToServerUser(kind(), QFileInfo(dataDir).path(), why) && installDb(dataDir, why);
        },
        &error);
}

} // namespace

MariaDbServer::MariaDbServer()
    : MariaDbServer(Options{})
{
}

MariaDbServer::MariaDbServer(Options options)
    : m_options(std::move(options))
{
    if (m_options.superPassword.isEmpty())
        m_options.superPassword = QStringLiteral("godwit");
}

MariaDbServer::~MariaDbServer()
{
    stop();
}

QString MariaDbServer::socketPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("mariadbd.sock")) : QString();
}

QString MariaDbServer::dataDirectory() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString MariaDbServer::serverLog() const
{
    QFile log(m_dir ? m_dir->filePath(QStringLiteral("error.log")) : QString());
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

QString MariaDbServer::quoteIdent(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('`'), QStringLiteral("``"));
    return QString(QLatin1Char('`') + quoted + QLatin1Char('`'));
}

QString MariaDbServer::literal(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QString(QLatin1Char('\'') + quoted + QLatin1Char('\''));
}

QString MariaDbServer::everyColumnTypeTable()
{
    return QStringLiteral(R"sql(
CREATE TABLE kinds (
  id INT PRIMARY KEY, ti TINYINT, si SMALLINT UNSIGNED, mi MEDIUMINT, b BIGINT UNSIGNED,
  de DECIMAL(30,10), f FLOAT, d DOUBLE, bt BIT(7), y YEAR, da DATE, tm TIME(6), dt DATETIME(6),
  ts TIMESTAMP(3) NULL, c CHAR(5), v VARCHAR(50), bi BINARY(3), vb VARBINARY(10), tb TINYBLOB,
  bl BLOB, mb MEDIUMBLOB, lb LONGBLOB, tt TINYTEXT, t TEXT, mt MEDIUMTEXT, lt LONGTEXT,
  e ENUM('x', 'y'), s SET('p', 'q'), j JSON, u UUID, i4 INET4, i6 INET6, g GEOMETRY, pt POINT,
  gen VARCHAR(60) AS (CONCAT(v, '/', c)) VIRTUAL, pers INT AS (ti * 2) PERSISTENT
) CHARACTER SET utf8mb4;
INSERT INTO kinds (id, ti, si, mi, b, de, f, d, bt, y, da, tm, dt, ts, c, v, bi, vb, tb, bl, mb, lb, tt,
                   t, mt, lt, e, s, j, u, i4, i6, g, pt) VALUES
  (1, -128, 65535, -8388608, 18446744073709551615, -12345678901234567890.0123456789, 3.25,
   -1.7976931348623157e308, b'1010101', 1901, '1000-01-01', '-838:59:59.000000',
   '9999-12-31 23:59:59.999999', '2038-01-19 03:14:07.499', 'äöü😀', 'quote '' back \\ 😀', X'000102',
   X'FF00', X'00', X'5C27', X'', RANDOM_BYTES(100), 'tiny', 'text 日本語', 'medium', REPEAT('long ', 100),
   'x', 'p,q', '{"a": [1, {"b": null}], "ü": "😀"}', '123e4567-e89b-12d3-a456-426614174000',
   '192.0.2.1', '2001:db8::1', ST_GeomFromText('POLYGON((0 0, 1 0, 1 1, 0 0))'), POINT(1.5, -2)),
  (2, 0, 0, 0, 0, 0, 0, 0, b'0', 2155, '9999-12-31', '00:00:00', '1970-01-01 00:00:01', NULL, '', '',
   X'000000', X'', NULL, NULL, NULL, NULL, '', '', '', '', 'y', '', '[]', NULL, NULL, NULL, NULL, NULL),
  (3, NULL, NULL, NULL, 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   NULL, NULL, NULL, NULL, NULL, 'x', NULL, NULL, NULL, NULL, '{}', NULL, NULL, NULL, NULL, NULL);
)sql");
}

bool MariaDbServer::start(QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    if (m_running)
        return true;
    m_dir = makeServerDir(kind(), &why);
    if (!m_dir)
        return false;

    const QString templateData = cachedTemplate();
    if (!templateData.isEmpty()) {
        const Run copy = run(QStringLiteral("cp"), {QStringLiteral("-a"), templateData, dataDirectory()});
        if (!copy.ok) {
            why = QStringLiteral("could not copy the template data directory: %1").arg(copy.err);
            return false;
        }
    } else if (!installDb(dataDirectory(), &why)) {
        return false;
    }

    QStringList args{QStringLiteral("--no-defaults"),
                     QString(QStringLiteral("--datadir=") + dataDirectory()),
                     QString(QStringLiteral("--socket=") + socketPath()),
                     QString(QStringLiteral("--pid-file=") + m_dir->filePath(QStringLiteral("mariadbd.pid"))),
                     QString(QStringLiteral("--log-error=") + m_dir->filePath(QStringLiteral("error.log"))),
                     QStringLiteral("--bind-address=127.0.0.1"),
                     QStringLiteral("--skip-name-resolve"),
                     QStringLiteral("--innodb-buffer-pool-size=32M"),
                     QStringLiteral("--innodb-flush-log-at-trx-commit=0"),
                     QStringLiteral("--sync-binlog=0"),
                     QStringLiteral("--max-connections=60"),
                     QStringLiteral("--character-set-server=utf8mb4"),
                     QStringLiteral("--collation-server=utf8mb4_unicode_ci"),
                     QStringLiteral("--server-id=%1").arg(m_options.serverId)};
    args += innodbOptions();
    if (m_options.binlog)
        args += QStringList{QString(QStringLiteral("--log-bin=") + m_dir->filePath(QStringLiteral("binlog"))),
                            QStringLiteral("--binlog-format=ROW"), QStringLiteral("--binlog-row-image=FULL")};
    if (runningAsRoot())
        args.append(QStringLiteral("--user=mysql"));
    args += m_options.settings;

    // Another process may take the port between freePort() and the server's bind: try again.
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        m_port = freePort();
        QProcess server;
        server.setProgram(QStringLiteral("/usr/sbin/mariadbd"));
        server.setArguments(args + QStringList{QStringLiteral("--port=%1").arg(m_port)});
        server.setWorkingDirectory(QStringLiteral("/"));
        server.setStandardInputFile(QProcess::nullDevice());
        server.setStandardOutputFile(QProcess::nullDevice());
        server.setStandardErrorFile(m_dir->filePath(QStringLiteral("stderr.log")));
        if (!server.startDetached(&m_pid)) {
            why = QStringLiteral("could not start mariadbd: %1").arg(server.errorString());
            return false;
        }
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            if (::kill(pid_t(m_pid), 0) != 0)
                break;
            if (QFileInfo::exists(socketPath()) && sql(QString(), QStringLiteral("SELECT 1"))) {
                m_running = true;
                break;
            }
            QThread::msleep(100);
        }
        if (m_running)
            break;
        why = QStringLiteral("mariadbd did not start:\n%1").arg(serverLog());
        ::kill(pid_t(m_pid), SIGKILL);
        if (!serverLog().contains(QLatin1String("Address already in use")))
            return false;
    }
    if (!m_running)
        return false;

    QString out;
    const QString account = QStringLiteral("%1@'%'").arg(literal(superUser()));
    if (!sql(QString(),
             QStringLiteral("CREATE USER %1 IDENTIFIED BY %2; GRANT ALL PRIVILEGES ON *.* TO %1 WITH GRANT OPTION;")
                 .arg(account, literal(superPassword())),
             &out)) {
        why = QStringLiteral("could not create the superuser: %1").arg(out);
        stop();
        return false;
    }
    return true;
}

void MariaDbServer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    const Run r = run(QStringLiteral("mariadb-admin"),
                      {QStringLiteral("--no-defaults"), QString(QStringLiteral("--socket=") + socketPath()),
                       QStringLiteral("--user=root"), QStringLiteral("shutdown")},
                      {}, 30000);
    stopProcess(m_pid, r.ok ? 0 : SIGTERM, 20000);
}

core::dms::MySqlConnectionInfo MariaDbServer::connectionInfo(const QString &user, const QString &password) const
{
    return plainConnectionInfo<core::dms::MySqlConnectionInfo>(host(), m_port, user, password);
}

bool MariaDbServer::sql(const QString &database, const QString &sql, QString *out) const
{
    if (!m_running && !QFileInfo::exists(socketPath())) {
        if (out)
            *out = QStringLiteral("the server is not running");
        return false;
    }
    QStringList args{QStringLiteral("--no-defaults"),       QString(QStringLiteral("--socket=") + socketPath()),
                     QStringLiteral("--user=root"),         QStringLiteral("--batch"),
                     QStringLiteral("--skip-column-names"), QStringLiteral("--default-character-set=utf8mb4")};
    if (!database.isEmpty())
        args.append(QString(QStringLiteral("--database=") + database));
    const Run r = run(QStringLiteral("mariadb"), args, sql.toUtf8());
    return r.report(out);
}

QString MariaDbServer::value(const QString &database, const QString &query) const
{
    QString out;
    return sql(database, query, &out) ? out : QString();
}

} // namespace godwit::test
