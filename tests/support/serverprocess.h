#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <utility>

#include "core/secret.h"

namespace godwit::test {

/// What sets one kind of throwaway database server apart from another (PostgreSQL, MariaDB) for the
/// pieces they share: running their programs, their temporary directories, the crash watchdog and
/// the cache of a template data directory.
struct ServerKind
{
    QString name;            ///< in directory and watchdog names: "pg" gives /dev/shm/godwit-pg-XXXXXX
    QByteArray osUser;       ///< the OS user that runs the server when the tests run as root
    QString baseDirVariable; ///< the environment variable naming where server directories go
    QString pidFile;         ///< the server's pid file, relative to its directory
    QString stopSignal;      ///< what the watchdog sends first to stop a server (QUIT, TERM)
    QList<std::pair<QString, QString>> environment; ///< set for every program run
    QStringList clearedEnvironment;                 ///< removed for every program run
};

bool runningAsRoot();

/// A TCP port on 127.0.0.1 that nothing listens on right now.
int freePort();

/// A program's end: whether it exited with 0, and what it wrote.
struct Run
{
    bool ok = false;
    QString out;
    QString err;

    /// Gives *out (when not null) what a client program printed, or its error and output when it
    /// failed, without trailing newlines; returns ok.
    bool report(QString *out) const;
};

/// A connection info (PostgreSqlConnectionInfo, MySqlConnectionInfo) for a server's TCP listener,
/// without TLS.
template <class Info>
Info plainConnectionInfo(const QString &host, int port, const QString &user, const QString &password)
{
    Info info;
    info.setServerName(host);
    info.setPort(port);
    info.setUserName(user);
    info.setPassword(core::Secret(password));
    info.setEncryptConnection(false);
    return info;
}

/// Runs a program to its end with the kind's environment (LC_ALL=C, its variables set and cleared),
/// in `workingDirectory`, writing `input` to it. With `asServerUser`, a root test process runs it
/// as the kind's OS user (runuser).
Run runProgram(const ServerKind &kind, const QString &program, const QStringList &args, const QString &workingDirectory,
               bool asServerUser = false, const QByteArray &input = {}, int timeoutMs = 60000);

/// Sends `signal` to a server process (none for 0), waits up to `timeoutMs` for it to end, then
/// kills it.
void stopProcess(qint64 pid, int signal, int timeoutMs);

/// Gives a directory to the kind's OS user, who runs the server when the tests run as root.
bool giveToServerUser(const ServerKind &kind, const QString &path, QString *error);

/// Where server directories go: the kind's base directory variable, else a roomy /dev/shm (copying
/// and writing a data directory on tmpfs is over ten times faster than on a virtual disk), else the
/// temporary directory. The server user must be able to reach it, which rules out a private TMPDIR
/// of root.
QString serverBaseDir(const ServerKind &kind);

/// A new temporary directory for a server, given to its OS user, with a watchdog that stops the
/// server (its pid file) and removes the directory once the test process is gone.
std::unique_ptr<QTemporaryDir> makeServerDir(const ServerKind &kind, QString *error);

/// The directory for template data directories: the environment variable `variable`, else `builtIn`
/// (the build tree, compiled in); empty for no cache.
QString templateCacheDir(const char *variable, const QString &builtIn);

/// A data directory made once and copied by every server, kept between test processes (ctest runs
/// each test in its own process) under `cacheDir`: one entry per server build (`binary`, with the
/// `options` that make it) and user, made by `make(dataDir, error)` under a lock and renamed into
/// place, then only ever copied. Empty when there is no cache or it could not be made (*error
/// says why, if making it failed).
QString cachedTemplate(const QString &cacheDir, const QString &binary, const QStringList &options,
                       const std::function<bool(const QString &dataDir, QString *error)> &make, QString *error);

} // namespace godwit::test
