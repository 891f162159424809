#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace godwit::engine {
class Engine;
}

namespace godwit::bench {

/// The servers' password, and the shop both benchmarks load into the source: its database and its
/// tables (customers, 10 % of the rows; orders, 30 %; order_lines, 60 %).
extern const QString kPassword;
extern const QString kSourceDb;
extern const QStringList kTables;

/// Prints "<program>: message" to stderr and exits with 1.
[[noreturn]] void die(const QString &message);

/// What a statement printed, trimmed, run by `run` (a server's psql or sql, which fills in the
/// output or the error); a failure ends the program with the statement and the error.
QString mustRun(const QString &statement, const std::function<bool(QString *out)> &run);

/// --rows and --rounds of a load benchmark.
struct LoadOptions
{
    qint64 rows = 1000000;
    int rounds = 3;
};
/// Parses the command line (--help, --rows, --rounds) of a load benchmark.
LoadOptions parseLoadOptions(const QCoreApplication &app, const QString &description);

/// The engine in this process over its REST API, as a client drives it. Any answer that is not a
/// success ends the program.
class EngineClient
{
public:
    explicit EngineClient(const QString &dataDir);
    ~EngineClient();

    QJsonObject request(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                        const QString &query = QStringLiteral("api-version=2025-06-30"));
    /// Creates the service and the project of kProject for these platforms.
    void createProject(const QString &sourcePlatform, const QString &targetPlatform);

private:
    std::unique_ptr<godwit::engine::Engine> m_engine;
    QString m_token;
    QNetworkAccessManager m_network;
};

/// The project the benchmarks' tasks go into.
extern const QString kProject;

/// Runs the event loop for `ms` milliseconds.
void wait(int ms);

/// Runs a shell pipeline with the password in the environment variable `passwordVariable`; its time
/// in seconds. A failure ends the program.
double runShell(const QString &command, const QString &passwordVariable, const QString &password);

/// The median of `values` into *out, and as text with two decimals.
QString median(QList<double> values, double *out);

/// One way of copying the source database into a new database `targetDb` on the target; its time
/// in seconds.
struct Method
{
    QString name;
    std::function<double(const QString &targetDb, int run)> run;
};

/// Runs every method `rounds` times, each round starting with another method so no method always
/// runs on a warm or cold cache, into databases copy_<round>_<method>. After each run `check`
/// verifies the copy (ending the program if it is wrong) and `cleanup` drops it. Prints each run,
/// then each method's median and fastest time and its median over the first method's, with the
/// names in a column `nameWidth` wide.
void runRounds(const QList<Method> &methods, int rounds, int nameWidth,
               const std::function<void(const Method &method, const QString &db)> &check,
               const std::function<void(const QString &db)> &cleanup);

} // namespace godwit::bench
