#include "support/pgcluster.h"

#include "support/serverprocess.h"

#include <csignal>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace godwit::test {

namespace {

const ServerKind &kind()
{
    static const ServerKind pg{
        QStringLiteral("pg"),
        "postgres",
        QStringLiteral("GODWIT_PG_TMPDIR"),
        QStringLiteral("data/postmaster.pid"),
        QStringLiteral("QUIT"),
        {{QStringLiteral("PGCLIENTENCODING"), QStringLiteral("UTF8")},
         {QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10")}},
        {QStringLiteral("PGHOST"), QStringLiteral("PGPORT"), QStringLiteral("PGUSER"), QStringLiteral("PGPASSWORD"),
         QStringLiteral("PGDATABASE"), QStringLiteral("PGSERVICE"), QStringLiteral("PGOPTIONS")},
    };
    return pg;
}

// Runs a program to its end. Server programs run as `postgres` when we are root.
Run run(const QString &program, const QStringList &args, const QString &workingDirectory, bool asServerUser,
        const QByteArray &input = {}, int timeoutMs = 60000)
{
    return runProgram(kind(), program, args, workingDirectory, asServerUser, input, timeoutMs);
}

QString bin(const char *name)
{
    return QString(PgCluster::binDir() + QLatin1Char('/') + QLatin1String(name));
}

std::unique_ptr<QTemporaryDir> makeTempDir(QString *error)
{
    return makeServerDir(kind(), error);
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

// A template kept between test processes, in the directory GODWIT_PG_TEMPLATE_CACHE names (the
// build tree by default), one entry per PostgreSQL build and user. initdb runs into a scratch
// directory the postgres user can reach, which is then copied into the cache.
QString cachedTemplate(QString *error)
{
#ifdef GODWIT_PG_TEMPLATE_CACHE
    const QString builtIn = QStringLiteral(GODWIT_PG_TEMPLATE_CACHE);
#else
    const QString builtIn;
#endif
    return test::cachedTemplate(
        templateCacheDir("GODWIT_PG_TEMPLATE_CACHE", builtIn), bin("initdb"), initdbOptions(),
        [](const QString &dataDir, QString *why) {
            auto scratch = makeTempDir(why);
            if (!scratch || !initdb(*scratch, why))
                return false;
            return run(QStringLiteral("cp"), {QStringLiteral("-a"), scratch->filePath(QStringLiteral("data")), dataDir},
                       QFileInfo(dataDir).path(), false)
                .ok;
        },
        error);
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
    return test::freePort();
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
    const qint64 pid = pidFile.readLine().trimmed().toLongLong();
    if (pid <= 0)
        return;
    stopProcess(pid, SIGQUIT, 10000);
}

core::dms::PostgreSqlConnectionInfo PgCluster::connectionInfo(const QString &user, const QString &password) const
{
    return plainConnectionInfo<core::dms::PostgreSqlConnectionInfo>(host(), m_port, user, password);
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
    return r.report(out);
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
