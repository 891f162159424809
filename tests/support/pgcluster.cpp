#include "support/pgcluster.h"

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
#include <QRegularExpression>
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

// Gives a directory to the `postgres` OS user, who runs the server when the tests run as root.
bool giveToServerUser(const QString &path, QString *error)
{
    if (!runningAsRoot())
        return true;
    const passwd *pw = ::getpwnam("postgres");
    if (!pw) {
        *error = QStringLiteral("running as root, but there is no `postgres` OS user to run the server");
        return false;
    }
    if (::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0) {
        *error = QStringLiteral("could not give %1 to the postgres user").arg(path);
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

// Runs a program to its end. Server programs run as `postgres` when we are root.
Run run(const QString &program, const QStringList &args, const QString &workingDirectory, bool asServerUser,
        const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("PGCLIENTENCODING"), QStringLiteral("UTF8"));
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    for (const char *name : {"PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE", "PGSERVICE", "PGOPTIONS"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingDirectory);
    if (asServerUser && runningAsRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
                          + args);
    else
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

QString bin(const char *name)
{
    return QString(PgCluster::binDir() + QLatin1Char('/') + QLatin1String(name));
}

// Removes `dir` once the test process is gone, after stopping the server whose data directory is
// dir/data if one runs, so a crashed or killed test leaves no server and no files behind. It exits
// by itself when the directory disappears (the cluster was destroyed normally).
void startWatchdog(const QString &dir)
{
    static const QString script
        = QStringLiteral("parent=$1 dir=$2 pidfile=$2/data/postmaster.pid\n"
                         "while kill -0 \"$parent\" 2>/dev/null; do\n"
                         "  [ -d \"$dir\" ] || exit 0\n"
                         "  sleep 0.5\n"
                         "done\n"
                         "sleep 1 # a server that was starting writes its pid file\n"
                         "if [ -f \"$pidfile\" ]; then\n"
                         "  pid=$(head -n 1 \"$pidfile\")\n"
                         "  kill -QUIT \"$pid\" 2>/dev/null\n"
                         "  i=0\n"
                         "  while [ $i -lt 40 ] && kill -0 \"$pid\" 2>/dev/null; do sleep 0.25; i=$((i+1)); done\n"
                         "  kill -KILL \"$pid\" 2>/dev/null\n"
                         "fi\n"
                         "rm -rf \"$dir\"\n");
    QProcess watchdog;
    watchdog.setProgram(QStringLiteral("/bin/sh"));
    watchdog.setArguments({QStringLiteral("-c"), script, QStringLiteral("pgcluster-watchdog"),
                           QString::number(QCoreApplication::applicationPid()), dir});
    watchdog.setWorkingDirectory(QStringLiteral("/"));
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.startDetached();
}

// Where clusters live: GODWIT_PG_TMPDIR, else a roomy /dev/shm (copying and writing a cluster on
// tmpfs is over ten times faster than on a virtual disk), else the temporary directory. The server
// user must be able to reach it, which rules out a private TMPDIR of root.
QString clusterBaseDir()
{
    const QString configured = qEnvironmentVariable("GODWIT_PG_TMPDIR");
    if (!configured.isEmpty())
        return configured;
    const QStorageInfo shm(QStringLiteral("/dev/shm"));
    if (shm.isValid() && shm.isReady() && !shm.isReadOnly() && shm.bytesAvailable() > (qint64(1) << 30))
        return QStringLiteral("/dev/shm");
    return runningAsRoot() ? QStringLiteral("/tmp") : QDir::tempPath();
}

std::unique_ptr<QTemporaryDir> makeTempDir(QString *error)
{
    const QString base = clusterBaseDir();
    auto dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/godwit-pg-XXXXXX"));
    if (!dir->isValid()) {
        *error = QStringLiteral("could not create a temporary directory: %1").arg(dir->errorString());
        return nullptr;
    }
    if (!giveToServerUser(dir->path(), error))
        return nullptr;
    startWatchdog(dir->path());
    return dir;
}

// Trust everywhere at first (initdb refuses password authentication without a password); each
// cluster writes its own pg_hba.conf and sets the password. Small WAL segments keep copies cheap.
QStringList initdbOptions()
{
    return {QStringLiteral("-U"),
            PgCluster::superUser(),
            QStringLiteral("--auth=trust"),
            QStringLiteral("--no-sync"),
            QStringLiteral("--no-instructions"),
            QStringLiteral("-E"),
            QStringLiteral("UTF8"),
            QStringLiteral("--no-locale"),
            QStringLiteral("--wal-segsize=1")};
}

// Runs initdb into dir/data.
bool initdb(const QTemporaryDir &dir, QString *error)
{
    const Run r
        = run(bin("initdb"), QStringList{QStringLiteral("-D"), dir.filePath(QStringLiteral("data"))} + initdbOptions(),
              dir.path(), true);
    if (!r.ok)
        *error = QStringLiteral("initdb failed: %1%2").arg(r.err, r.out);
    return r.ok;
}

// A template kept between test processes (ctest runs each test in its own process), in the
// directory GODWIT_PG_TEMPLATE_CACHE names (the build tree by default). One entry per PostgreSQL
// build and user; written once under a lock and renamed into place, then only ever copied.
QString cachedTemplate(QString *error)
{
    QString cache = qEnvironmentVariable("GODWIT_PG_TEMPLATE_CACHE");
#ifdef GODWIT_PG_TEMPLATE_CACHE
    if (cache.isEmpty())
        cache = QStringLiteral(GODWIT_PG_TEMPLATE_CACHE);
#endif
    if (cache.isEmpty() || !QDir().mkpath(cache))
        return QString();
    const QFileInfo initdbBinary(bin("initdb"));
    const QByteArray identity = QFile::encodeName(initdbBinary.canonicalFilePath()) + '|'
                                + QByteArray::number(initdbBinary.size()) + '|'
                                + QByteArray::number(initdbBinary.lastModified().toMSecsSinceEpoch()) + '|'
                                + initdbOptions().join(QLatin1Char(' ')).toUtf8();
    const QString key
        = QStringLiteral("uid%1-%2")
              .arg(::geteuid())
              .arg(QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex().left(16)));
    const QString entry = QDir(cache).filePath(key);
    const QString data = entry + QStringLiteral("/data");
    const QString ready = entry + QStringLiteral("/ready");
    if (QFileInfo::exists(ready))
        return data;

    QLockFile lock(entry + QStringLiteral(".lock"));
    lock.setStaleLockTime(120000);
    if (!lock.tryLock(120000))
        return QString();
    if (QFileInfo::exists(ready))
        return data;
    auto scratch = makeTempDir(error);
    if (!scratch || !initdb(*scratch, error))
        return QString();
    const QString staging = entry + QStringLiteral(".new");
    QDir(staging).removeRecursively();
    QDir().mkpath(staging);
    const Run copy = run(QStringLiteral("cp"),
                         {QStringLiteral("-a"), scratch->filePath(QStringLiteral("data")), staging}, staging, false);
    QFile marker(staging + QStringLiteral("/ready"));
    if (!copy.ok || !marker.open(QIODevice::WriteOnly)) {
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

// The initdb result every cluster copies: initdb takes seconds, a copy a few milliseconds.
const QString &templateDataDir(QString *error)
{
    static std::unique_ptr<QTemporaryDir> dir;
    static QString data;
    static QString failure;
    if (data.isEmpty() && failure.isEmpty()) {
        data = cachedTemplate(&failure);
        if (data.isEmpty() && failure.isEmpty()) {
            // No cache to share: a template for this process only.
            dir = makeTempDir(&failure);
            if (dir && initdb(*dir, &failure))
                data = dir->filePath(QStringLiteral("data"));
        }
    }
    *error = failure;
    return data;
}

QString sqlLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QString(QLatin1Char('\'') + quoted + QLatin1Char('\''));
}

} // namespace

PgCluster::PgCluster()
    : PgCluster(Options{})
{
}

PgCluster::PgCluster(Options options)
    : m_options(std::move(options))
{
    if (m_options.walLevel.isEmpty())
        m_options.walLevel = QStringLiteral("logical");
    if (m_options.superPassword.isEmpty())
        m_options.superPassword = QStringLiteral("godwit");
}

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::binDir()
{
    static const QString dir = [] {
        const QString debian = QStringLiteral("/usr/lib/postgresql/15/bin");
        if (QFileInfo::exists(debian + QStringLiteral("/initdb")))
            return debian;
        QProcess config;
        config.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
        if (config.waitForFinished(10000) && config.exitCode() == 0)
            return QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
        return debian;
    }();
    return dir;
}

int PgCluster::freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = server.serverPort();
    server.close();
    return port;
}

QString PgCluster::quoteIdent(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QString(QLatin1Char('"') + quoted + QLatin1Char('"'));
}

QStringList PgCluster::defaultHostRules()
{
    return {QStringLiteral("host all all 127.0.0.1/32 scram-sha-256"),
            QStringLiteral("host replication all 127.0.0.1/32 scram-sha-256")};
}

QString PgCluster::socketDirectory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString PgCluster::dataDirectory() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString PgCluster::serverLog() const
{
    QFile log(m_dir ? m_dir->filePath(QStringLiteral("server.log")) : QString());
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

bool PgCluster::writeHba(const QStringList &rules, QString *error) const
{
    QFile hba(dataDirectory() + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("could not write pg_hba.conf: %1").arg(hba.errorString());
        return false;
    }
    const QString text = QStringLiteral("local all all trust\nlocal replication all trust\n")
                         + rules.join(QLatin1Char('\n')) + QLatin1Char('\n');
    hba.write(text.toUtf8());
    return true;
}

bool PgCluster::writeConfiguration(QString *error) const
{
    QFile conf(dataDirectory() + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append)) {
        *error = QStringLiteral("could not write postgresql.conf: %1").arg(conf.errorString());
        return false;
    }
    QStringList lines{
        QStringLiteral("listen_addresses = '127.0.0.1'"),
        QString(QStringLiteral("unix_socket_directories = ") + sqlLiteral(socketDirectory())),
        QStringLiteral("fsync = off"),
        QStringLiteral("synchronous_commit = off"),
        QStringLiteral("full_page_writes = off"),
        QStringLiteral("shared_buffers = 16MB"),
        QStringLiteral("max_connections = 40"),
        // Statistics change only when a test asks for them (ANALYZE), so estimates are predictable.
        QStringLiteral("autovacuum = off"),
        QString(QStringLiteral("wal_level = ") + m_options.walLevel),
        QStringLiteral("max_replication_slots = %1").arg(m_options.maxReplicationSlots),
        QStringLiteral("max_wal_senders = %1").arg(m_options.maxWalSenders),
    };
    lines += m_options.settings;
    conf.write(QString(QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    return true;
}

bool PgCluster::start(QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    if (m_running)
        return true;
    const QString &templateData = templateDataDir(&why);
    if (templateData.isEmpty())
        return false;
    m_dir = makeTempDir(&why);
    if (!m_dir)
        return false;
    const Run copy
        = run(QStringLiteral("cp"), {QStringLiteral("-a"), templateData, dataDirectory()}, m_dir->path(), false);
    if (!copy.ok) {
        why = QStringLiteral("could not copy the template cluster: %1").arg(copy.err);
        return false;
    }
    if (!writeConfiguration(&why) || !writeHba(defaultHostRules(), &why))
        return false;

    const QString logFile = m_dir->filePath(QStringLiteral("server.log"));
    // Another process may take the port between freePort() and the server's bind: try again.
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        m_port = freePort();
        const Run r = run(bin("pg_ctl"),
                          {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-l"), logFile, QStringLiteral("-w"),
                           QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-s"), QStringLiteral("-o"),
                           QStringLiteral("-p %1").arg(m_port), QStringLiteral("start")},
                          m_dir->path(), true);
        if (r.ok) {
            m_running = true;
            break;
        }
        why = QStringLiteral("pg_ctl start failed: %1%2\n%3").arg(r.err, r.out, serverLog());
        if (!serverLog().contains(QLatin1String("could not bind")))
            break;
    }
    if (!m_running)
        return false;

    QString out;
    if (!psql(QStringLiteral("postgres"),
              QStringLiteral("ALTER ROLE %1 PASSWORD %2").arg(quoteIdent(superUser()), sqlLiteral(superPassword())),
              &out)) {
        why = QStringLiteral("could not set the superuser's password: %1").arg(out);
        stop();
        return false;
    }
    return true;
}

void PgCluster::stop()
{
    if (!m_running)
        return;
    m_running = false;
    const Run r = run(bin("pg_ctl"),
                      {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"), QStringLiteral("fast"),
                       QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("20"), QStringLiteral("-s"),
                       QStringLiteral("stop")},
                      m_dir->path(), true, {}, 30000);
    if (r.ok)
        return;
    // pg_ctl could not stop it: stop the postmaster named in its pid file directly.
    QFile pidFile(dataDirectory() + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return;
    const pid_t pid = pid_t(pidFile.readLine().trimmed().toLongLong());
    if (pid <= 0)
        return;
    ::kill(pid, SIGQUIT);
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && ::kill(pid, 0) == 0)
        QThread::msleep(50);
    ::kill(pid, SIGKILL);
}

core::dms::PostgreSqlConnectionInfo PgCluster::connectionInfo(const QString &user, const QString &password) const
{
    core::dms::PostgreSqlConnectionInfo info;
    info.setServerName(host());
    info.setPort(m_port);
    info.setUserName(user);
    info.setPassword(core::Secret(password));
    info.setEncryptConnection(false);
    return info;
}

bool PgCluster::psql(const QString &database, const QString &sql, QString *out) const
{
    if (!m_running) {
        if (out)
            *out = QStringLiteral("the server is not running");
        return false;
    }
    const Run r = run(bin("psql"),
                      {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                       QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), socketDirectory(),
                       QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), superUser(),
                       QStringLiteral("-d"), database},
                      socketDirectory(), false, sql.toUtf8());
    if (out) {
        *out = r.ok ? r.out : QString(r.err + r.out);
        while (out->endsWith(QLatin1Char('\n')))
            out->chop(1);
    }
    return r.ok;
}

bool PgCluster::createDatabase(const QString &name) const
{
    return psql(QStringLiteral("postgres"), QString(QStringLiteral("CREATE DATABASE ") + quoteIdent(name)));
}

bool PgCluster::setHostRules(const QStringList &rules, QString *error) const
{
    QString ignored;
    QString &why = error ? *error : ignored;
    if (!writeHba(rules, &why))
        return false;
    QString out;
    if (!psql(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()"), &out)) {
        why = out;
        return false;
    }
    return true;
}

} // namespace godwit::test
