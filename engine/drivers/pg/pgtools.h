#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace godwit::engine::pg {

/// The full path of a PostgreSQL client program (pg_dump, pg_restore): from the directory in
/// GODWIT_PG_BINDIR, else /usr/lib/postgresql/15/bin, else PATH. Empty when it is nowhere.
QString clientProgram(const QString &name);

/// The major version of a client program ("pg_dump (PostgreSQL) 15.18" → 15), or 0.
int clientProgramMajorVersion(const QString &program);

/// How a client program run ended.
struct ProgramRun
{
    bool ok = false;      ///< it ran and exited with 0
    bool stopped = false; ///< stopRequested() said so and it was killed
    int exitCode = -1;
    /// What it wrote on stderr and stdout (the last 64 KiB), with every secret masked.
    QString output;
};

/// Runs a client program to its end with `environment` (which carries the password: it is never
/// put on the command line), polling `stopRequested` while it runs and killing it when that says
/// so. Callable from any thread.
ProgramRun runClientProgram(const QString &program, const QStringList &arguments,
                            const QProcessEnvironment &environment, const std::function<bool()> &stopRequested,
                            const QStringList &secrets);

} // namespace godwit::engine::pg
