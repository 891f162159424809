#include "common/loadbench.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include "engine/engine.h"

namespace godwit::bench {

const QString kPassword = QStringLiteral("bench-pass");
const QString kSourceDb = QStringLiteral("bench");
const QStringList kTables{QStringLiteral("customers"), QStringLiteral("orders"), QStringLiteral("order_lines")};

const QString kProject = QStringLiteral("/subscriptions/00000000-0000-0000-0000-00000000beef/resourceGroups/bench/"
                                        "providers/Microsoft.DataMigration/services/svc/projects/proj");

void die(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(message));
    std::exit(1);
}

QString mustRun(const QString &statement, const std::function<bool(QString *out)> &run)
{
    QString out;
    if (!run(&out))
        die(QStringLiteral("%1: %2").arg(statement.left(80), out));
    return out.trimmed();
}

LoadOptions parseLoadOptions(const QCoreApplication &app, const QString &description)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows in all tables (default 1000000)."),
                                        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Runs of each method (default 3)."),
                                          QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({rowsOption, roundsOption});
    parser.process(app);
    LoadOptions options;
    options.rows = parser.value(rowsOption).toLongLong();
    options.rounds = std::max(1, parser.value(roundsOption).toInt());
    return options;
}

EngineClient::EngineClient(const QString &dataDir)
{
    godwit::engine::EngineOptions options;
    options.dataDir = dataDir;
    options.port = 0;
    options.token = godwit::engine::Engine::generateToken();
    options.lroDelayMs = 10;
    QString error;
    m_engine = godwit::engine::Engine::start(options, &error);
    if (!m_engine)
        die(QStringLiteral("the engine did not start: %1").arg(error));
    m_token = options.token;
}

EngineClient::~EngineClient() = default;

QJsonObject EngineClient::request(const QByteArray &method, const QString &path, const QJsonObject &body,
                                  const QString &query)
{
    QUrl url = m_engine->url();
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(
        req, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    if (status >= 400 || status == 0)
        die(QStringLiteral("%1 %2 answered %3: %4")
                .arg(QString::fromLatin1(method), path)
                .arg(status)
                .arg(QString::fromUtf8(data)));
    return QJsonDocument::fromJson(data).object();
}

void EngineClient::createProject(const QString &sourcePlatform, const QString &targetPlatform)
{
    request(
        "PUT", kProject.section(QStringLiteral("/projects/"), 0, 0),
        QJsonObject{{QStringLiteral("location"), QStringLiteral("local")},
                    {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Premium_4vCores")}}},
                    {QStringLiteral("properties"), QJsonObject{}}});
    wait(200);
    request(
        "PUT", kProject,
        QJsonObject{{QStringLiteral("location"), QStringLiteral("local")},
                    {QStringLiteral("properties"), QJsonObject{{QStringLiteral("sourcePlatform"), sourcePlatform},
                                                               {QStringLiteral("targetPlatform"), targetPlatform}}}});
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double runShell(const QString &command, const QString &passwordVariable, const QString &password)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(passwordVariable, password);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("/bin/bash"),
                  {QStringLiteral("-o"), QStringLiteral("pipefail"), QStringLiteral("-c"), command});
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        die(QStringLiteral("`%1` failed: %2").arg(command, QString::fromUtf8(process.readAll()).right(2000)));
    return double(timer.nsecsElapsed()) / 1e9;
}

QString median(QList<double> values, double *out)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    *out = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    return QString::number(*out, 'f', 2);
}

void runRounds(const QList<Method> &methods, int rounds, int nameWidth,
               const std::function<void(const Method &method, const QString &db)> &check,
               const std::function<void(const QString &db)> &cleanup)
{
    std::map<QString, QList<double>> times;
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype k = 0; k < methods.size(); ++k) {
            const Method &method = methods.at((k + round) % methods.size());
            const QString db = QStringLiteral("copy_%1_%2").arg(round).arg((k + round) % methods.size());
            const double seconds = method.run(db, round);
            check(method, db);
            times[method.name].append(seconds);
            std::printf("round %d  %-*s %7.2f s\n", round + 1, nameWidth, qPrintable(method.name), seconds);
            std::fflush(stdout);
            cleanup(db);
        }
    }

    double engine = 0;
    median(times[methods.first().name], &engine);
    std::printf("\n%-*s %10s %10s %12s\n", nameWidth, "method", "median s", "min s", "vs engine");
    for (const Method &method : methods) {
        double m = 0;
        const QString text = median(times[method.name], &m);
        const double fastest = *std::min_element(times[method.name].cbegin(), times[method.name].cend());
        std::printf("%-*s %10s %10.2f %11.2fx\n", nameWidth, qPrintable(method.name), qPrintable(text), fastest,
                    m / engine);
    }
    std::printf(
        "\n(%d rounds; \"vs engine\" is the method's median over the engine's: above 1 means slower than the engine)\n",
        rounds);
}

} // namespace godwit::bench
