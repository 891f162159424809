#include "support/mariadbserver.h"

#include <csignal>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLockFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStorageInfo>
#include <QTcpServer>
#include <QThread>

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace godwit::test {

namespace {

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// mariadbd refuses to run as root unless told which user to become: it becomes `mysql`.
bool giveToServerUser(const QString &path, QString *error)
{
    if (!runningAsRoot())
        return true;
    const passwd *pw = ::getpwnam("mysql");
    if (!pw) {
        *error = QStringLiteral("running as root, but there is no `mysql` OS user to run the server");
        return false;
    }
    if (::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0) {
        *error = QStringLiteral("could not give %1 to the mysql user").arg(path);
        return false;
    }
    return true;
}

struct Run
{
    bool ok = false;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    for (const char *name : {"MYSQL_HOST", "MYSQL_TCP_PORT", "MYSQL_UNIX_PORT", "MYSQL_PWD", "MYSQL_HOME"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(QStringLiteral("/"));
    process.start(program, args);
    Run r;
    if (!process.waitForStarted(10000)) {
        r.err = QStringLiteral("could not start %1: %2").arg(program, process.errorString());
        return r;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        r.err = QStringLiteral("%1 did not finish within %2 ms").arg(program).arg(timeoutMs);
        return r;
    }
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    r.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return r;
}

// Removes `dir` once the test process is gone, after stopping the server whose pid file is
// dir/mariadbd.pid, so a crashed test leaves no server and no files behind. It exits by itself
// when the directory disappears (the server was destroyed normally).
void startWatchdog(const QString &dir)
{
    static const QString script
        = QStringLiteral("parent=$1 dir=$2 pidfile=$2/mariadbd.pid\n"
                         "while kill -0 \"$parent\" 2>/dev/null; do\n"
                         "  [ -d \"$dir\" ] || exit 0\n"
                         "  sleep 0.5\n"
                         "done\n"
                         "sleep 1\n"
                         "if [ -f \"$pidfile\" ]; then\n"
                         "  pid=$(head -n 1 \"$pidfile\")\n"
                         "  kill -TERM \"$pid\" 2>/dev/null\n"
                         "  i=0\n"
                         "  while [ $i -lt 40 ] && kill -0 \"$pid\" 2>/dev/null; do sleep 0.25; i=$((i+1)); done\n"
                         "  kill -KILL \"$pid\" 2>/dev/null\n"
                         "fi\n"
                         "rm -rf \"$dir\"\n");
    QProcess watchdog;
    watchdog.setProgram(QStringLiteral("/bin/sh"));
    watchdog.setArguments({QStringLiteral("-c"), script, QStringLiteral("mariadb-watchdog"),
                           QString::number(QCoreApplication::applicationPid()), dir});
    watchdog.setWorkingDirectory(QStringLiteral("/"));
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.startDetached();
}

// A roomy /dev/shm when there is one (a server's files on tmpfs start and write much faster).
QString baseDir()
{
    const QString configured = qEnvironmentVariable("GODWIT_MARIADB_TMPDIR");
    if (!configured.isEmpty())
        return configured;
    const QStorageInfo shm(QStringLiteral("/dev/shm"));
    if (shm.isValid() && shm.isReady() && !shm.isReadOnly() && shm.bytesAvailable() > (qint64(1) << 30))
        return QStringLiteral("/dev/shm");
    return runningAsRoot() ? QStringLiteral("/tmp") : QDir::tempPath();
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

// A data directory made once and copied by every server (ctest runs each test in its own process),
// in the directory GODWIT_MARIADB_TEMPLATE_CACHE names (the build tree by default); one entry per
// server build and user, written under a lock and renamed into place. Empty when there is no cache.
QString cachedTemplate()
{
    QString cache = qEnvironmentVariable("GODWIT_MARIADB_TEMPLATE_CACHE");
#ifdef GODWIT_MARIADB_TEMPLATE_CACHE
    if (cache.isEmpty())
        cache = QStringLiteral(GODWIT_MARIADB_TEMPLATE_CACHE);
#endif
    if (cache.isEmpty() || !QDir().mkpath(cache))
        return QString();
    const QFileInfo server(QStringLiteral("/usr/sbin/mariadbd"));
    const QByteArray identity = QFile::encodeName(server.canonicalFilePath()) + '|' + QByteArray::number(server.size())
                                + '|' + QByteArray::number(server.lastModified().toMSecsSinceEpoch()) + '|'
                                + innodbOptions().join(QLatin1Char(' ')).toUtf8();
    const QString key
        = QStringLiteral("uid%1-%2")
              .arg(::geteuid())
              .arg(QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex().left(16)));
    const QString entry = QDir(cache).filePath(key);
    const QString data = entry + QStringLiteral("/data");
    if (QFileInfo::exists(entry + QStringLiteral("/ready")))
        return data;
    QLockFile lock(entry + QStringLiteral(".lock"));
    lock.setStaleLockTime(120000);
    if (!lock.tryLock(120000))
        return QString();
    if (QFileInfo::exists(entry + QStringLiteral("/ready")))
        return data;
    const QString staging = entry + QStringLiteral(".new");
    QDir(staging).removeRecursively();
    QString error;
    if (!QDir().mkpath(staging) || !giveToServerUser(staging, &error)
        || !installDb(staging + QStringLiteral("/data"), &error)) {
        QDir(staging).removeRecursively();
        return QString();
    }
    QFile marker(staging + QStringLiteral("/ready"));
    if (!marker.open(QIODevice::WriteOnly)) {
        QDir(staging).removeRecursively();
        return QString();
    }
    marker.close();
    QDir(entry).removeRecursively();
    if (!QDir().rename(staging, entry)) {
        QDir(staging).removeRecursively();
        return QString();
    }
    return data;
}

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = server.serverPort();
    server.close();
    return port;
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

bool MariaDbServer::start(QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    if (m_running)
        return true;
    m_dir = std::make_unique<QTemporaryDir>(baseDir() + QStringLiteral("/godwit-mariadb-XXXXXX"));
    if (!m_dir->isValid()) {
        why = QStringLiteral("could not create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    if (!giveToServerUser(m_dir->path(), &why))
        return false;
    startWatchdog(m_dir->path());

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
    if (!r.ok)
        ::kill(pid_t(m_pid), SIGTERM);
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && ::kill(pid_t(m_pid), 0) == 0)
        QThread::msleep(50);
    ::kill(pid_t(m_pid), SIGKILL);
}

core::dms::MySqlConnectionInfo MariaDbServer::connectionInfo(const QString &user, const QString &password) const
{
    core::dms::MySqlConnectionInfo info;
    info.setServerName(host());
    info.setPort(m_port);
    info.setUserName(user);
    info.setPassword(core::Secret(password));
    info.setEncryptConnection(false);
    return info;
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
    if (out) {
        *out = r.ok ? r.out : QString(r.err + r.out);
        while (out->endsWith(QLatin1Char('\n')))
            out->chop(1);
    }
    return r.ok;
}

QString MariaDbServer::value(const QString &database, const QString &query) const
{
    QString out;
    return sql(database, query, &out) ? out : QString();
}

} // namespace godwit::test
