// godwit-engine: the local migration engine as a standalone server.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

#include "core/dmstypes.h"
#include "engine/engine.h"

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFd[0], &byte, 1);
}

/// Reads the bearer token, or creates the file with a fresh token, private from the first byte.
bool loadToken(const QString &path, QString *token, QString *error)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the token file %1: %2").arg(path, file.errorString());
            return false;
        }
        *token = QString::fromUtf8(file.readAll()).trimmed();
        if (token->isEmpty()) {
            *error = QStringLiteral("the token file %1 is empty").arg(path);
            return false;
        }
        return true;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    *token = godwit::engine::Engine::generateToken();
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(token->toUtf8() + '\n') <= 0 || !file.flush()) {
        *error = QStringLiteral("cannot write the token file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("godwit-engine"));
    QCoreApplication::setOrganizationName(QStringLiteral("godwit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GODWIT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Godwit's local migration engine: serves the Azure Database Migration Service API (version %1) and "
            "executes its tasks against real database servers.")
            .arg(QLatin1String(godwit::core::dms::kApiVersion)));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port to listen on (port 0 picks a free one)."),
                                    QStringLiteral("host:port"), QStringLiteral("127.0.0.1:7420"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Where the engine keeps its state."),
                                     QStringLiteral("dir"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                       QStringLiteral("File holding the bearer token; created with a random token "
                                                      "(mode 0600) when missing."),
                                       QStringLiteral("file"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate for HTTPS."),
                                     QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("PEM private key for HTTPS."),
                                    QStringLiteral("file"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("Items per list page."),
                                      QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption workers(QStringLiteral("workers"), QStringLiteral("Tasks that run at once."),
                                     QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption lroDelay(QStringLiteral("operation-delay-ms"),
                                      QStringLiteral("How long service operations stay in progress."),
                                      QStringLiteral("ms"), QStringLiteral("300"));
    parser.addOptions({listen, dataDir, tokenFile, tlsCert, tlsKey, pageSize, workers, lroDelay});
    parser.process(app);

    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "godwit-engine: %s\n", qPrintable(message));
        return 2;
    };

    godwit::engine::EngineOptions options;
    const QString listenText = parser.value(listen);
    const qsizetype colon = listenText.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listenText.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listenText.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!portOk || port > 65535 || !options.address.setAddress(host))
        return fail(QStringLiteral("--listen: expected host:port such as 127.0.0.1:7420, got '%1'").arg(listenText));
    options.port = quint16(port);

    const QString base
        = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/godwit/engine");
    options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : base;
    const QString tokenPath
        = parser.isSet(tokenFile) ? parser.value(tokenFile) : QDir(options.dataDir).filePath(QStringLiteral("token"));
    QString error;
    if (!loadToken(tokenPath, &options.token, &error))
        return fail(error);
    options.tlsCertificate = parser.value(tlsCert);
    options.tlsKey = parser.value(tlsKey);
    bool ok = false;
    options.pageSize = parser.value(pageSize).toInt(&ok);
    if (!ok || options.pageSize < 1)
        return fail(QStringLiteral("--page-size: expected a positive number"));
    options.workers = parser.value(workers).toInt(&ok);
    if (!ok || options.workers < 1)
        return fail(QStringLiteral("--workers: expected a positive number"));
    options.lroDelayMs = parser.value(lroDelay).toInt(&ok);
    if (!ok || options.lroDelayMs < 0)
        return fail(QStringLiteral("--operation-delay-ms: expected a number of milliseconds"));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return fail(QStringLiteral("cannot set up signal handling"));
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    auto engine = godwit::engine::Engine::start(options, &error);
    if (!engine)
        return fail(error);

    // The one line on stdout: where to reach the engine. Logs go to stderr.
    const QJsonObject ready{{QStringLiteral("url"), engine->url().toString()},
                            {QStringLiteral("apiVersion"), QLatin1String(godwit::core::dms::kApiVersion)},
                            {QStringLiteral("tokenFile"), QFileInfo(tokenPath).absoluteFilePath()},
                            {QStringLiteral("dataDir"), QFileInfo(options.dataDir).absoluteFilePath()},
                            {QStringLiteral("pid"), qint64(QCoreApplication::applicationPid())}};
    std::fprintf(stdout, "%s\n", QJsonDocument(ready).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    const int status = QCoreApplication::exec();
    engine->shutdown();
    return status;
}
