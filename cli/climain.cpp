// godwit-cli: the DMS API from a shell.

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

#include "cli/cliapp.h"
#include "core/i18n.h"

namespace {

/// Reads a line from the terminal without echo; a null string when there is no terminal.
QString readPasswordFromTerminal(const QString &prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return QString();
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    termios old{};
    const int fd = fileno(tty);
    const bool isTerminal = tcgetattr(fd, &old) == 0;
    if (isTerminal) {
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    char buffer[1024];
    const char *line = std::fgets(buffer, sizeof buffer, tty);
    if (isTerminal)
        tcsetattr(fd, TCSAFLUSH, &old);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (!line)
        return QString();
    QString password = QString::fromLocal8Bit(line);
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("godwit-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("godwit"));
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QCoreApplication::setApplicationVersion(QStringLiteral(GODWIT_VERSION));
    godwit::core::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    godwit::cli::CliApp cli(QCoreApplication::arguments(), out, err);
    cli.askPassword = readPasswordFromTerminal;
    cli.readStdinLine = [] {
        QTextStream in(stdin);
        return in.readLine();
    };
    QObject::connect(&cli, &godwit::cli::CliApp::finished, &app, [](int code) { QCoreApplication::exit(code); });
    cli.run();
    return QCoreApplication::exec();
}
