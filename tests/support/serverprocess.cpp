#include "support/serverprocess.h"

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

// Removes `dir` once the test process is gone, after stopping the server whose pid file is
// dir/<kind.pidFile> if one runs, so a crashed or killed test leaves no server and no files behind.
// It exits by itself when the directory disappears (the server was destroyed normally).
void startWatchdog(const ServerKind &kind, const QString &dir)
{
    const QString script = QStringLiteral("parent=$1 dir=$2 pidfile=$2/%1\n"
                                          "while kill -0 \"$parent\" 2>/dev/null; do\n"
                                          "  [ -d \"$dir\" ] || exit 0\n"
                                          "  sleep 0.5\n"
                                          "done\n"
                                          "sleep 1 # a server that was starting writes its pid file\n"
                                          "if [ -f \"$pidfile\" ]; then\n"
                                          "  pid=$(head -n 1 \"$pidfile\")\n"
                                          "  kill -%2 \"$pid\" 2>/dev/null\n"
                                          "  i=0\n"
                                          "  while [ $i -lt 40 ] && kill -0 \"$pid\" 2>/dev/null; do sleep 0.25; "
                                          "i=$((i+1)); done\n"
                                          "  kill -KILL \"$pid\" 2>/dev/null\n"
                                          "fi\n"
                                          "rm -rf \"$dir\"\n")
                               .arg(kind.pidFile, kind.stopSignal);
    QProcess watchdog;
    watchdog.setProgram(QStringLiteral("/bin/sh"));
    watchdog.setArguments({QStringLiteral("-c"), script, QStringLiteral("%1-watchdog").arg(kind.name),
                           QString::number(QCoreApplication::applicationPid()), dir});
    watchdog.setWorkingDirectory(QStringLiteral("/"));
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.startDetached();
}

} // namespace

bool runningAsRoot()
{
    return ::geteuid() == 0;
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

bool Run::report(QString *text) const
{
    if (text) {
        *text = ok ? out : QString(err + out);
        while (text->endsWith(QLatin1Char('\n')))
            text->chop(1);
    }
    return ok;
}

Run runProgram(const ServerKind &kind, const QString &program, const QStringList &args, const QString &workingDirectory,
               bool asServerUser, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    for (const auto &[name, value] : kind.environment)
        env.insert(name, value);
    for (const QString &name : kind.clearedEnvironment)
        env.remove(name);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingDirectory);
    if (asServerUser && runningAsRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QString::fromLatin1(kind.osUser), QStringLiteral("--"), program}
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

void stopProcess(qint64 pid, int signal, int timeoutMs)
{
    if (signal != 0)
        ::kill(pid_t(pid), signal);
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && ::kill(pid_t(pid), 0) == 0)
        QThread::msleep(50);
    ::kill(pid_t(pid), SIGKILL);
}

bool giveToServerUser(const ServerKind &kind, const QString &path, QString *error)
{
    if (!runningAsRoot())
        return true;
    const passwd *pw = ::getpwnam(kind.osUser.constData());
    if (!pw) {
        *error = QStringLiteral("running as root, but there is no `%1` OS user to run the server")
                     .arg(QString::fromLatin1(kind.osUser));
        return false;
    }
    if (::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0) {
        *error = QStringLiteral("could not give %1 to the %2 user").arg(path, QString::fromLatin1(kind.osUser));
        return false;
    }
    return true;
}

QString serverBaseDir(const ServerKind &kind)
{
    const QString configured = qEnvironmentVariable(kind.baseDirVariable.toLatin1().constData());
    if (!configured.isEmpty())
        return configured;
    const QStorageInfo shm(QStringLiteral("/dev/shm"));
    if (shm.isValid() && shm.isReady() && !shm.isReadOnly() && shm.bytesAvailable() > (qint64(1) << 30))
        return QStringLiteral("/dev/shm");
    return runningAsRoot() ? QStringLiteral("/tmp") : QDir::tempPath();
}

std::unique_ptr<QTemporaryDir> makeServerDir(const ServerKind &kind, QString *error)
{
    auto dir
        = std::make_unique<QTemporaryDir>(QStringLiteral("%1/godwit-%2-XXXXXX").arg(serverBaseDir(kind), kind.name));
    if (!dir->isValid()) {
        *error = QStringLiteral("could not create a temporary directory: %1").arg(dir->errorString());
        return nullptr;
    }
    if (!giveToServerUser(kind, dir->path(), error))
        return nullptr;
    startWatchdog(kind, dir->path());
    return dir;
}

QString templateCacheDir(const char *variable, const QString &builtIn)
{
    const QString configured = qEnvironmentVariable(variable);
    return configured.isEmpty() ? builtIn : configured;
}

QString cachedTemplate(const QString &cacheDir, const QString &binary, const QStringList &options,
                       const std::function<bool(const QString &dataDir, QString *error)> &make, QString *error)
{
    if (cacheDir.isEmpty() || !QDir().mkpath(cacheDir))
        return QString();
    const QFileInfo server(binary);
    const QByteArray identity = QFile::encodeName(server.canonicalFilePath()) + '|' + QByteArray::number(server.size())
                                + '|' + QByteArray::number(server.lastModified().toMSecsSinceEpoch()) + '|'
                                + options.join(QLatin1Char(' ')).toUtf8();
    const QString key
        = QStringLiteral("uid%1-%2")
              .arg(::geteuid())
              .arg(QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex().left(16)));
    const QString entry = QDir(cacheDir).filePath(key);
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
    const QString staging = entry + QStringLiteral(".new");
    QDir(staging).removeRecursively();
    if (!QDir().mkpath(staging) || !make(staging + QStringLiteral("/data"), error)) {
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

} // namespace godwit::test
