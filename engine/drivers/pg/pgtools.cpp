#include "engine/drivers/pg/pgtools.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include "core/secret.h"

namespace godwit::engine::pg {

namespace {

constexpr qsizetype kOutputLimit = 64 * 1024;

void appendBounded(QByteArray *buffer, const QByteArray &chunk)
{
    buffer->append(chunk);
    if (buffer->size() > kOutputLimit)
        buffer->remove(0, buffer->size() - kOutputLimit);
}

} // namespace

QString clientProgram(const QString &name)
{
    QStringList dirs;
    const QString configured = qEnvironmentVariable("GODWIT_PG_BINDIR");
    if (!configured.isEmpty())
        dirs.append(configured);
    dirs.append(QStringLiteral("/usr/lib/postgresql/15/bin"));
    for (const QString &dir : std::as_const(dirs)) {
        const QFileInfo file(QDir(dir).filePath(name));
        if (file.isExecutable())
            return file.absoluteFilePath();
    }
    return QStandardPaths::findExecutable(name);
}

int clientProgramMajorVersion(const QString &program)
{
    QProcess process;
    process.start(program, {QStringLiteral("--version")});
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return 0;
    static const QRegularExpression version(QStringLiteral("\\(PostgreSQL\\)\\s+(\\d+)"));
    const QRegularExpressionMatch match = version.match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

ProgramRun runClientProgram(const QString &program, const QStringList &arguments,
                            const QProcessEnvironment &environment, const std::function<bool()> &stopRequested,
                            const QStringList &secrets)
{
    ProgramRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    QByteArray output;
    if (!process.waitForStarted(30000)) {
        run.output = QStringLiteral("could not start %1: %2").arg(program, process.errorString());
        return run;
    }
    while (!process.waitForFinished(100)) {
        appendBounded(&output, process.readAll());
        if (process.state() == QProcess::NotRunning)
            break;
        if (stopRequested && stopRequested()) {
            process.terminate();
            if (!process.waitForFinished(3000)) {
                process.kill();
                process.waitForFinished(3000);
            }
            run.stopped = true;
            break;
        }
    }
    appendBounded(&output, process.readAll());
    QString text = QString::fromUtf8(output).trimmed();
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            text.replace(secret, core::Secret::mask());
    }
    run.output = text;
    run.exitCode = process.exitCode();
    run.ok = !run.stopped && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return run;
}

} // namespace godwit::engine::pg
