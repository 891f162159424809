#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

#include "core/resourceid.h"

namespace godwit::service {
class DmsClient;
class HttpJob;
class Keychain;
class Session;
class TokenProvider;
} // namespace godwit::service

namespace godwit::cli {

/// Exit statuses of godwit-cli (documented in --help and the man page).
enum ExitCode {
    Success = 0,
    Failed = 1,      ///< the operation failed, or the document is not valid
    Usage = 2,       ///< the command line is wrong
    NotFound = 3,    ///< the resource does not exist
    AuthFailed = 4,  ///< the server refused our credentials
    Unreachable = 5, ///< no answer from the server
    TimedOut = 6,    ///< task wait: the time ran out
    OtherState = 7,  ///< task wait: the task ended in a state not asked for
};

/// godwit-cli: every operation of the DMS API from a shell. Parses the command line, runs one
/// operation asynchronously and exits with a documented status.
class CliApp final : public QObject
{
    Q_OBJECT
public:
    CliApp(QStringList arguments, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CliApp() override;

    /// Starts the command; finished(code) follows (possibly at once).
    void run();
    /// A password prompt (no echo); replaced in tests.
    std::function<QString(const QString &prompt)> askPassword;
    /// Reads one line of standard input (--password-stdin); a null string at its end.
    std::function<QString()> readStdinLine;

    static QString helpText();

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Options;
    void done(int code);
    int usage(const QString &message);
    bool connect();
    core::ResourceId serviceId() const;
    core::ResourceId projectId() const;
    bool require(const QStringList &names);
    /// The service or project named by --<option>, or by --name for convenience; false (after
    /// saying so) when neither is given.
    bool requireNamed(const char *option);
    /// Reads the JSON object in the file --<option> names; false, after saying why and ending the
    /// run as Failed, when it cannot.
    bool readJsonOption(const char *option, QJsonObject *object);
    bool fillPasswords(QJsonValue &value, const QString &path);
    /// Fills null passwords of connection infos from the saved connections named by
    /// --source-connection, --target-connection and --connection, then calls `then` (not on error).
    void fillFromSavedConnections(const QJsonObject &body, std::function<void(const QJsonObject &)> then);
    service::Keychain &keychain();

    void dispatch();
    void runService();
    void runProject();
    void runTask(bool serviceTask);
    void runFile();
    void runSku();
    void runUsage();
    void runConnection();
    void validateOffline();
    void waitForTask(const core::ResourceId &task);

    /// Finishes with the job's result: prints the resource (or list) or the error.
    void finishWith(service::HttpJob *job, const QStringList &columns = {});
    void printResource(const QJsonObject &resource, const QStringList &columns);
    void printList(const QJsonArray &items, const QStringList &columns);
    int exitCodeFor(const service::HttpJob *job) const;
    void printError(const service::HttpJob *job);

    QStringList m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Options> m_options;
    std::unique_ptr<service::Keychain> m_keychain;
    std::unique_ptr<service::TokenProvider> m_tokens;
    std::unique_ptr<service::Session> m_session;
    std::unique_ptr<service::DmsClient> m_client;
    bool m_done = false;
};

} // namespace godwit::cli
