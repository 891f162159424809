#include "cli/cliapp.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>

#include "core/decode.h"
#include "core/dmstypes.h"
#include "core/redaction.h"
#include "core/taskrules.h"
#include "core/validator.h"
#include "service/credentials/browsersignintokenprovider.h"
#include "service/credentials/devicecodetokenprovider.h"
#include "service/connectionstore.h"
#include "service/dmsclient.h"
#include "service/keychain.h"
#include "service/profiles.h"
#include "service/session.h"
#include "service/tokenprovider.h"

namespace godwit::cli {

namespace {

const QString kDefaultSubscription = QStringLiteral("00000000-0000-0000-0000-000000000000");
const QString kDefaultResourceGroup = QStringLiteral("godwit");

const QSet<QString> kValueOptions = {
    QStringLiteral("profile"),
    QStringLiteral("endpoint"),
    QStringLiteral("token-file"),
    QStringLiteral("subscription"),
    QStringLiteral("resource-group"),
    QStringLiteral("service"),
    QStringLiteral("project"),
    QStringLiteral("name"),
    QStringLiteral("location"),
    QStringLiteral("sku"),
    QStringLiteral("file"),
    QStringLiteral("input-file"),
    QStringLiteral("task-type"),
    QStringLiteral("expand"),
    QStringLiteral("type"),
    QStringLiteral("database"),
    QStringLiteral("until"),
    QStringLiteral("timeout"),
    QStringLiteral("output"),
    QStringLiteral("source-platform"),
    QStringLiteral("target-platform"),
    QStringLiteral("object-name"),
    QStringLiteral("file-path"),
    QStringLiteral("poll-interval"),
    QStringLiteral("source-connection"),
    QStringLiteral("target-connection"),
    QStringLiteral("connection"),
};
const QSet<QString> kFlags = {QStringLiteral("delete-running-tasks"), QStringLiteral("immediate"),
                              QStringLiteral("help"), QStringLiteral("version"), QStringLiteral("password-stdin")};

QJsonValue valueAt(const QJsonObject &object, const QString &path)
{
    QJsonValue v = object;
    for (const QString &part : path.split(QLatin1Char('.')))
        v = v.toObject().value(part);
    return v;
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).chopped(1).mid(1);
    if (v.isArray() || v.isObject())
        return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return QString();
}

} // namespace

struct CliApp::Options
{
    QStringList positionals;
    QHash<QString, QString> values;
    QSet<QString> flags;
    QString error;

    QString value(const char *name, const QString &fallback = {}) const
    {
        return values.value(QString::fromLatin1(name), fallback);
    }
    bool has(const char *name) const { return values.contains(QString::fromLatin1(name)); }
    bool flag(const char *name) const { return flags.contains(QString::fromLatin1(name)); }
};

CliApp::CliApp(QStringList arguments, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
    , m_out(out)
    , m_err(err)
    , m_options(std::make_unique<Options>())
{
}

CliApp::~CliApp() = default;

QString CliApp::helpText()
{
    return tr(R"(Usage: godwit-cli [connection options] GROUP VERB [options]

Runs one operation of the Database Migration Service API (version %1) against a Godwit engine
or any endpoint that speaks it.

Connection:
  --profile NAME            a profile saved by the console (remote engine or Azure)
  --endpoint URL            the engine or ARM endpoint (or GODWIT_ENDPOINT)
  --token-file FILE         file holding the bearer token (or GODWIT_TOKEN_FILE)
  --subscription ID         default %2 with a bare endpoint
  --resource-group NAME     default %3 with a bare endpoint
  --output table|json       readable table (default) or the raw JSON resources

Groups and verbs:
  service       list, show, create, update, delete, start, stop, check-status, check-name, skus
  project       list, show, create, delete
  task          list, show, create, cancel, command, delete, wait, validate
  service-task  list, show, create, cancel, delete
  file          list, show, create, delete, read, readwrite
  sku           list
  usage         list --location L
  connection    list, show, save, delete   (saved database connections, passwords in the keychain)

Common options: --service S --project P --name N --location L --sku NAME
  task create --file task.json   (or --input-file input.json --task-type TYPE)
  task show --expand output      include the task's output
  task list --task-type TYPE
  task command --type Migrate.Sync.Complete.Database --database NAME
  task command --type finish|cancel|restart [--object-name DB[.COLLECTION]] [--immediate]
  task wait --until State[,State...] [--timeout SECONDS] [--poll-interval SECONDS]
  task validate FILE.json        checks a ProjectTask document offline
  delete ... --delete-running-tasks

  task create ... --source-connection NAME --target-connection NAME --connection NAME
                                 fill null passwords from saved connections
  connection save --name N --file info.json [--password-stdin]
                                 info.json is a ConnectionInfo, e.g. PostgreSqlConnectionInfo

Passwords are never given on the command line: a connection info whose "password" is null in
the task file is taken from the keychain when a saved connection is named for it
(--source-connection for sourceConnectionInfo, --target-connection for targetConnectionInfo,
--connection for any other; the saved connection must name the same server, port and user),
else asked for on the terminal, without echo.

Exit status:
  0  success (task wait: the task reached one of the --until states)
  1  the operation failed, or the validated document is not valid
  2  the command line is wrong
  3  the resource does not exist
  4  the server refused the credentials
  5  the server could not be reached
  6  task wait: the time ran out
  7  task wait: the task ended in a state that was not asked for
)")
        .arg(QLatin1String(core::dms::kApiVersion), kDefaultSubscription, kDefaultResourceGroup);
}

void CliApp::run()
{
    QStringList args = m_arguments;
    if (!args.isEmpty())
        args.removeFirst(); // program name
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a.startsWith(QLatin1String("--"))) {
            QString name = a.mid(2);
            QString value;
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            const bool inlineValue = eq >= 0;
            if (inlineValue) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            }
            if (kFlags.contains(name)) {
                m_options->flags.insert(name);
            } else if (kValueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= args.size()) {
                        usage(tr("--%1 needs a value").arg(name));
                        return;
                    }
                    value = args.at(++i);
                }
                m_options->values.insert(name, value);
            } else if (name == QLatin1String("password")) {
                usage(tr("passwords are never taken on the command line; put \"password\": null in the task file and "
                         "you will be asked for it"));
                return;
            } else {
                usage(tr("unknown option --%1").arg(name));
                return;
            }
        } else {
            m_options->positionals.append(a);
        }
    }
    if (m_options->flag("version")) {
        m_out << QCoreApplication::applicationName() << QLatin1Char(' ') << QCoreApplication::applicationVersion()
              << Qt::endl;
        done(Success);
        return;
    }
    if (m_options->flag("help") || m_options->positionals.isEmpty()) {
        m_out << helpText();
        m_out.flush();
        done(m_options->flag("help") ? Success : Usage);
        return;
    }
    const QString output = m_options->value("output", QStringLiteral("table"));
    if (output != QLatin1String("table") && output != QLatin1String("json")) {
        usage(tr("--output: expected table or json, got '%1'").arg(output));
        return;
    }
    dispatch();
}

void CliApp::done(int code)
{
    if (m_done)
        return;
    m_done = true;
    m_out.flush();
    m_err.flush();
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

int CliApp::usage(const QString &message)
{
    m_err << QCoreApplication::applicationName() << QStringLiteral(": ") << message << Qt::endl;
    m_err << tr("Run with --help for the groups, verbs and options.") << Qt::endl;
    done(Usage);
    return Usage;
}

bool CliApp::require(const QStringList &names)
{
    for (const QString &name : names) {
        if (!m_options->values.contains(name) || m_options->values.value(name).isEmpty()) {
            usage(tr("--%1 is required here").arg(name));
            return false;
        }
    }
    return true;
}

bool CliApp::connect()
{
    if (m_options->has("profile")) {
        if (m_options->has("endpoint") || m_options->has("token-file")) {
            usage(tr("--profile and --endpoint/--token-file exclude each other"));
            return false;
        }
        const QString wanted = m_options->value("profile");
        service::ProfileStore store;
        std::optional<service::Profile> profile;
        for (const service::Profile &p : store.profiles()) {
            if (p.id == wanted || p.displayName.compare(wanted, Qt::CaseInsensitive) == 0)
                profile = p;
        }
        if (!profile) {
            QStringList names;
            for (const service::Profile &p : store.profiles())
                names.append(p.displayName);
            usage(tr("--profile: no profile named '%1' (profiles: %2)").arg(wanted, names.join(QStringLiteral(", "))));
            return false;
        }
        if (profile->kind == service::Profile::Kind::LocalEngine) {
            usage(tr("--profile: the Local profile's engine runs inside the console with a token that never leaves it; "
                     "use --endpoint and --token-file of a godwit-engine instead"));
            return false;
        }
        // Subscription and resource group default from the profile.
        if (!m_options->has("subscription") && !profile->subscription.isEmpty())
            m_options->values.insert(QStringLiteral("subscription"), profile->subscription);
        if (!m_options->has("resource-group") && !profile->resourceGroup.isEmpty())
            m_options->values.insert(QStringLiteral("resource-group"), profile->resourceGroup);
        m_keychain = std::make_unique<service::Keychain>();
        m_tokens = service::createTokenProvider(*profile, m_keychain.get());
        // Interactive sign-ins talk to the person on stderr.
        if (auto *device = qobject_cast<service::DeviceCodeTokenProvider *>(m_tokens.get())) {
            QObject::connect(
                device, &service::DeviceCodeTokenProvider::deviceCodeReady, this,
                [this](const QString &code, const QUrl &uri, const QString &message) {
                    m_err << (message.isEmpty()
                                  ? tr("To sign in, open %1 and enter the code %2").arg(uri.toString(), code)
                                  : message)
                          << Qt::endl;
                });
        }
        if (auto *browser = qobject_cast<service::BrowserSignInTokenProvider *>(m_tokens.get())) {
            QObject::connect(browser, &service::BrowserSignInTokenProvider::openBrowserRequested, this,
                             [this](const QUrl &url) {
                                 m_err << tr("To sign in, open this address: %1").arg(url.toString()) << Qt::endl;
                             });
        }
        m_session = std::make_unique<service::Session>(profile->endpoint(), m_tokens.get());
        m_session->lroMinPollMs = 200;
        m_client = std::make_unique<service::DmsClient>(*m_session);
        return true;
    }
    const QString endpoint = m_options->value("endpoint", qEnvironmentVariable("GODWIT_ENDPOINT"));
    const QString tokenFile = m_options->value("token-file", qEnvironmentVariable("GODWIT_TOKEN_FILE"));
    if (endpoint.isEmpty()) {
        usage(tr("no endpoint: pass --profile NAME, or --endpoint URL (or set GODWIT_ENDPOINT)"));
        return false;
    }
    const QUrl url(endpoint);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        usage(tr("--endpoint: '%1' is not an http(s) URL").arg(endpoint));
        return false;
    }
    QString token;
    if (!tokenFile.isEmpty()) {
        QFile f(tokenFile);
        if (!f.open(QIODevice::ReadOnly)) {
            usage(tr("--token-file: cannot read %1: %2").arg(tokenFile, f.errorString()));
            return false;
        }
        token = QString::fromUtf8(f.readAll()).trimmed();
    }
    // Without a token file requests go unauthenticated (an engine will answer 401).
    if (!token.isEmpty())
        m_tokens = std::make_unique<service::StaticTokenProvider>(token);
    m_session = std::make_unique<service::Session>(url, m_tokens.get());
    m_session->lroMinPollMs = 200;
    // A person at a shell should hear about an engine that is down within a second or two.
    m_session->retryPolicy.maxRetries = 2;
    m_session->retryPolicy.baseDelayMs = 300;
    m_client = std::make_unique<service::DmsClient>(*m_session);
    return true;
}

core::ResourceId CliApp::serviceId() const
{
    return core::ResourceId::forService(m_options->value("subscription", kDefaultSubscription),
                                        m_options->value("resource-group", kDefaultResourceGroup),
                                        m_options->value("service"));
}

core::ResourceId CliApp::projectId() const
{
    return serviceId().projectId(m_options->value("project"));
}

bool CliApp::requireNamed(const char *option)
{
    if (!m_options->has(option) && m_options->has("name"))
        m_options->values.insert(QString::fromLatin1(option), m_options->value("name"));
    return require({QString::fromLatin1(option)});
}

bool CliApp::readJsonOption(const char *option, QJsonObject *object)
{
    const QString path = m_options->value(option);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_err << tr("cannot read %1: %2").arg(path, f.errorString()) << Qt::endl;
        done(Failed);
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject()) {
        m_err << tr("%1: not a JSON object (%2 at offset %3)").arg(path, error.errorString()).arg(error.offset)
              << Qt::endl;
        done(Failed);
        return false;
    }
    *object = doc.object();
    return true;
}

bool CliApp::fillPasswords(QJsonValue &value, const QString &path)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString childPath = core::Validator::childPath(path, it.key());
            if (core::isSecretMember(it.key()) && it.value().isNull()) {
                const QString user = o.value(QLatin1String("userName")).toString();
                const QString server
                    = o.value(QLatin1String("serverName")).toString(o.value(QLatin1String("dataSource")).toString());
                const QString prompt = user.isEmpty() ? tr("Password for %1: ").arg(childPath)
                                                      : tr("Password for %1@%2 (%3): ").arg(user, server, childPath);
                if (!askPassword) {
                    m_err << tr("%1 is null and there is no terminal to ask for it").arg(childPath) << Qt::endl;
                    return false;
                }
                const QString password = askPassword(prompt);
                if (password.isNull()) {
                    m_err << tr("no password given for %1").arg(childPath) << Qt::endl;
                    return false;
                }
                it.value() = password;
            } else {
                QJsonValue child = it.value();
                if (!fillPasswords(child, childPath))
                    return false;
                it.value() = child;
            }
        }
        value = o;
    } else if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            QJsonValue child = a.at(i);
            if (!fillPasswords(child, core::Validator::childPath(path, i)))
                return false;
            a[i] = child;
        }
        value = a;
    }
    return true;
}

void CliApp::dispatch()
{
    const QString group = m_options->positionals.value(0);
    const QString verb = m_options->positionals.value(1);
    if (group == QLatin1String("task") && verb == QLatin1String("validate")) {
        validateOffline();
        return;
    }
    if (verb.isEmpty()) {
        usage(tr("'%1' needs a verb").arg(group));
        return;
    }
    if (group == QLatin1String("connection")) {
        runConnection();
        return;
    }
    static const QSet<QString> groups
        = {QStringLiteral("service"), QStringLiteral("project"), QStringLiteral("task"), QStringLiteral("service-task"),
           QStringLiteral("file"),    QStringLiteral("sku"),     QStringLiteral("usage")};
    if (!groups.contains(group)) {
        usage(tr("unknown group '%1'").arg(group));
        return;
    }
    if (!connect())
        return;
    if (group == QLatin1String("service"))
        runService();
    else if (group == QLatin1String("project"))
        runProject();
    else if (group == QLatin1String("task"))
        runTask(false);
    else if (group == QLatin1String("service-task"))
        runTask(true);
    else if (group == QLatin1String("file"))
        runFile();
    else if (group == QLatin1String("sku"))
        runSku();
    else
        runUsage();
}

void CliApp::runService()
{
    const QString verb = m_options->positionals.value(1);
    const QStringList columns = {QStringLiteral("name"), QStringLiteral("location"),
                                 QStringLiteral("properties.provisioningState"), QStringLiteral("sku.name")};
    if (verb == QLatin1String("list")) {
        finishWith(m_options->has("resource-group")
                       ? m_client->listServices(m_options->value("subscription", kDefaultSubscription),
                                                m_options->value("resource-group"))
                       : m_client->listServices(m_options->value("subscription", kDefaultSubscription)),
                   columns);
        return;
    }
    if (verb == QLatin1String("check-name")) {
        if (!require({QStringLiteral("name"), QStringLiteral("location")}))
            return;
        finishWith(m_client->checkNameAvailability(m_options->value("subscription", kDefaultSubscription),
                                                   m_options->value("location"), m_options->value("name")),
                   {QStringLiteral("nameAvailable"), QStringLiteral("reason"), QStringLiteral("message")});
        return;
    }
    if (!requireNamed("service"))
        return;
    if (verb == QLatin1String("show")) {
        finishWith(m_client->getService(serviceId()), columns);
    } else if (verb == QLatin1String("create") || verb == QLatin1String("update")) {
        QJsonObject body;
        if (m_options->has("file")) {
            if (!readJsonOption("file", &body))
                return;
        } else {
            if (verb == QLatin1String("create") && !require({QStringLiteral("location")}))
                return;
            if (m_options->has("location"))
                body.insert(QStringLiteral("location"), m_options->value("location"));
            if (m_options->has("sku"))
                body.insert(QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), m_options->value("sku")}});
            body.insert(QStringLiteral("properties"), QJsonObject{});
        }
        finishWith(verb == QLatin1String("create") ? m_client->createOrUpdateService(serviceId(), body)
                                                   : m_client->updateService(serviceId(), body),
                   columns);
    } else if (verb == QLatin1String("delete")) {
        finishWith(m_client->deleteService(serviceId(), m_options->flag("delete-running-tasks")));
    } else if (verb == QLatin1String("start")) {
        finishWith(m_client->startService(serviceId()));
    } else if (verb == QLatin1String("stop")) {
        finishWith(m_client->stopService(serviceId()));
    } else if (verb == QLatin1String("check-status")) {
        finishWith(m_client->checkServiceStatus(serviceId()),
                   {QStringLiteral("status"), QStringLiteral("agentVersion"), QStringLiteral("vmSize")});
    } else if (verb == QLatin1String("skus")) {
        finishWith(m_client->listServiceSkus(serviceId()),
                   {QStringLiteral("sku.name"), QStringLiteral("sku.tier"), QStringLiteral("sku.size")});
    } else {
        usage(tr("unknown verb 'service %1'").arg(verb));
    }
}

void CliApp::runProject()
{
    const QString verb = m_options->positionals.value(1);
    const QStringList columns
        = {QStringLiteral("name"), QStringLiteral("properties.sourcePlatform"),
           QStringLiteral("properties.targetPlatform"), QStringLiteral("properties.creationTime")};
    if (!require({QStringLiteral("service")}))
        return;
    if (verb == QLatin1String("list")) {
        finishWith(m_client->listProjects(serviceId()), columns);
        return;
    }
    if (!requireNamed("project"))
        return;
    if (verb == QLatin1String("show")) {
        finishWith(m_client->getProject(projectId()), columns);
    } else if (verb == QLatin1String("create")) {
        QJsonObject body;
        if (m_options->has("file")) {
            if (!readJsonOption("file", &body))
                return;
        } else {
            if (!require({QStringLiteral("source-platform"), QStringLiteral("target-platform")}))
                return;
            body = QJsonObject{{QStringLiteral("properties"),
                                QJsonObject{{QStringLiteral("sourcePlatform"), m_options->value("source-platform")},
                                            {QStringLiteral("targetPlatform"), m_options->value("target-platform")}}}};
            if (m_options->has("location"))
                body.insert(QStringLiteral("location"), m_options->value("location"));
        }
        if (body.contains(QLatin1String("location"))) {
            finishWith(m_client->createOrUpdateProject(projectId(), body), columns);
            return;
        }
        // A project lives in its service's region: ask the service for it.
        QObject::connect(m_client->getService(serviceId()), &service::HttpJob::finished, this,
                         [this, body, columns](service::HttpJob *service) mutable {
                             if (!service->ok()) {
                                 printError(service);
                                 done(exitCodeFor(service));
                                 return;
                             }
                             body.insert(QStringLiteral("location"),
                                         service->json().value(QLatin1String("location")).toString());
                             finishWith(m_client->createOrUpdateProject(projectId(), body), columns);
                         });
    } else if (verb == QLatin1String("delete")) {
        finishWith(m_client->deleteProject(projectId(), m_options->flag("delete-running-tasks")));
    } else {
        usage(tr("unknown verb 'project %1'").arg(verb));
    }
}

void CliApp::runTask(bool serviceTask)
{
    const QString verb = m_options->positionals.value(1);
    const QStringList columns
        = {QStringLiteral("name"), QStringLiteral("properties.taskType"), QStringLiteral("properties.state")};
    if (!require(serviceTask ? QStringList{QStringLiteral("service")}
                             : QStringList{QStringLiteral("service"), QStringLiteral("project")}))
        return;
    const core::ResourceId parent = serviceTask ? serviceId() : projectId();
    if (verb == QLatin1String("list")) {
        finishWith(m_client->listTasks(parent, m_options->value("task-type")), columns);
        return;
    }
    if (!require({QStringLiteral("name")}))
        return;
    const core::ResourceId task = serviceTask ? serviceId().serviceTaskId(m_options->value("name"))
                                              : projectId().taskId(m_options->value("name"));
    if (verb == QLatin1String("show")) {
        finishWith(m_client->getTask(task, m_options->value("expand")), columns);
    } else if (verb == QLatin1String("create")) {
        QJsonObject body;
        if (m_options->has("file")) {
            if (!readJsonOption("file", &body))
                return;
        } else if (m_options->has("input-file") && m_options->has("task-type")) {
            QJsonObject input;
            if (!readJsonOption("input-file", &input))
                return;
            body = QJsonObject{
                {QStringLiteral("properties"), QJsonObject{{QStringLiteral("taskType"), m_options->value("task-type")},
                                                           {QStringLiteral("input"), input}}}};
        } else {
            usage(tr("task create needs --file task.json, or --input-file input.json with --task-type TYPE"));
            return;
        }
        fillFromSavedConnections(body, [this, task, columns](const QJsonObject &withSaved) {
            QJsonValue filled = withSaved;
            if (!fillPasswords(filled, QString())) {
                done(Failed);
                return;
            }
            finishWith(m_client->createOrUpdateTask(task, filled.toObject()), columns);
        });
    } else if (verb == QLatin1String("cancel")) {
        finishWith(m_client->cancelTask(task), columns);
    } else if (verb == QLatin1String("delete")) {
        finishWith(m_client->deleteTask(task, m_options->flag("delete-running-tasks")));
    } else if (verb == QLatin1String("command") && !serviceTask) {
        if (!require({QStringLiteral("type")}))
            return;
        const QString type = m_options->value("type");
        QJsonObject input;
        if (m_options->has("input-file")) {
            if (!readJsonOption("input-file", &input))
                return;
        } else if (type == QLatin1String("Migrate.Sync.Complete.Database")) {
            if (!require({QStringLiteral("database")}))
                return;
            input.insert(QStringLiteral("databaseName"), m_options->value("database"));
        } else if (type == QLatin1String("Migrate.SqlServer.AzureDbSqlMi.Complete")) {
            if (!require({QStringLiteral("database")}))
                return;
            input.insert(QStringLiteral("sourceDatabaseName"), m_options->value("database"));
        } else {
            if (m_options->has("object-name"))
                input.insert(QStringLiteral("objectName"), m_options->value("object-name"));
            if (type == QLatin1String("finish"))
                input.insert(QStringLiteral("immediate"), m_options->flag("immediate"));
        }
        const QJsonObject command{{QStringLiteral("commandType"), type}, {QStringLiteral("input"), input}};
        const core::Issues issues = core::Validator().validate(command, QStringLiteral("CommandProperties"));
        for (const core::Issue &issue : issues) {
            if (issue.isError()) {
                usage(tr("the command is not valid: %1").arg(issue.toString()));
                return;
            }
        }
        finishWith(m_client->sendCommand(task, command), {QStringLiteral("commandType"), QStringLiteral("state")});
    } else if (verb == QLatin1String("wait")) {
        waitForTask(task);
    } else {
        usage(tr("unknown verb '%1 %2'")
                  .arg(serviceTask ? QStringLiteral("service-task") : QStringLiteral("task"), verb));
    }
}

void CliApp::waitForTask(const core::ResourceId &task)
{
    if (!require({QStringLiteral("until")}))
        return;
    const QStringList wanted = m_options->value("until").split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList known = core::Schema::instance().enumeration(QStringLiteral("TaskState"))->values;
    for (const QString &state : wanted) {
        if (!known.contains(state.trimmed())) {
            usage(tr("--until: '%1' is not a task state (states: %2)").arg(state, known.join(QStringLiteral(", "))));
            return;
        }
    }
    bool ok = true;
    const double timeoutSeconds = m_options->value("timeout", QStringLiteral("3600")).toDouble(&ok);
    if (!ok || timeoutSeconds <= 0) {
        usage(tr("--timeout: expected a number of seconds"));
        return;
    }
    const double interval = m_options->value("poll-interval", QStringLiteral("2")).toDouble(&ok);
    if (!ok || interval <= 0) {
        usage(tr("--poll-interval: expected a number of seconds"));
        return;
    }
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [this, task, wanted, timeoutSeconds, interval, timer, poll] {
        service::HttpJob *job = m_client->getTask(task, QString());
        QObject::connect(job, &service::HttpJob::finished, this, [=, this](service::HttpJob *done_) {
            if (!done_->ok()) {
                printError(done_);
                done(exitCodeFor(done_));
                return;
            }
            const QString state
                = done_->json().value(QLatin1String("properties")).toObject().value(QLatin1String("state")).toString();
            for (const QString &w : wanted) {
                if (w.trimmed() == state) {
                    m_out << state << Qt::endl;
                    done(Success);
                    return;
                }
            }
            if (core::TaskRules::isTerminal(state)) {
                m_err << tr("the task ended as %1, not %2").arg(state, wanted.join(QStringLiteral(" or "))) << Qt::endl;
                m_out << state << Qt::endl;
                done(OtherState);
                return;
            }
            if (timer->elapsed() >= qint64(timeoutSeconds * 1000)) {
                m_err << tr("timed out after %1 s; the task is %2").arg(timeoutSeconds).arg(state) << Qt::endl;
                done(TimedOut);
                return;
            }
            QTimer::singleShot(int(interval * 1000), this, [poll] { (*poll)(); });
        });
    };
    (*poll)();
}

void CliApp::runFile()
{
    const QString verb = m_options->positionals.value(1);
    const QStringList columns
        = {QStringLiteral("name"), QStringLiteral("properties.filePath"), QStringLiteral("properties.size")};
    if (!require({QStringLiteral("service"), QStringLiteral("project")}))
        return;
    if (verb == QLatin1String("list")) {
        finishWith(m_client->listFiles(projectId()), columns);
        return;
    }
    if (!require({QStringLiteral("name")}))
        return;
    const core::ResourceId file = projectId().fileId(m_options->value("name"));
    if (verb == QLatin1String("show")) {
        finishWith(m_client->getFile(file), columns);
    } else if (verb == QLatin1String("create")) {
        if (!require({QStringLiteral("file-path")}))
            return;
        finishWith(m_client->createOrUpdateFile(
                       file, QJsonObject{{QStringLiteral("properties"),
                                          QJsonObject{{QStringLiteral("filePath"), m_options->value("file-path")}}}}),
                   columns);
    } else if (verb == QLatin1String("delete")) {
        finishWith(m_client->deleteFile(file));
    } else if (verb == QLatin1String("read")) {
        finishWith(m_client->readFile(file), {QStringLiteral("uri")});
    } else if (verb == QLatin1String("readwrite")) {
        finishWith(m_client->readWriteFile(file), {QStringLiteral("uri")});
    } else {
        usage(tr("unknown verb 'file %1'").arg(verb));
    }
}

void CliApp::runSku()
{
    if (m_options->positionals.value(1) != QLatin1String("list")) {
        usage(tr("unknown verb 'sku %1'").arg(m_options->positionals.value(1)));
        return;
    }
    finishWith(m_client->listSkus(m_options->value("subscription", kDefaultSubscription)),
               {QStringLiteral("name"), QStringLiteral("tier"), QStringLiteral("size")});
}

void CliApp::runUsage()
{
    if (m_options->positionals.value(1) != QLatin1String("list")) {
        usage(tr("unknown verb 'usage %1'").arg(m_options->positionals.value(1)));
        return;
    }
    if (!require({QStringLiteral("location")}))
        return;
    finishWith(
        m_client->listUsages(m_options->value("subscription", kDefaultSubscription), m_options->value("location")),
        {QStringLiteral("name.value"), QStringLiteral("currentValue"), QStringLiteral("limit"),
         QStringLiteral("unit")});
}

void CliApp::validateOffline()
{
    const QString path = m_options->positionals.value(2, m_options->value("file"));
    if (path.isEmpty()) {
        usage(tr("task validate needs a file: godwit-cli task validate task.json"));
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_err << tr("cannot read %1: %2").arg(path, f.errorString()) << Qt::endl;
        done(Failed);
        return;
    }
    const auto decoded = core::decode<core::dms::ProjectTask>(f.readAll(), core::Validator::Direction::Request);
    int errors = 0;
    for (const core::Issue &issue : decoded.issues) {
        if (issue.isError()) {
            ++errors;
            m_out << tr("error: %1").arg(issue.toString()) << Qt::endl;
        } else {
            m_out << tr("warning: %1").arg(issue.toString()) << Qt::endl;
        }
    }
    if (errors == 0)
        m_out << tr("%1: a valid ProjectTask of API version %2").arg(path, QLatin1String(core::dms::kApiVersion))
              << Qt::endl;
    done(errors == 0 ? Success : Failed);
}

int CliApp::exitCodeFor(const service::HttpJob *job) const
{
    const service::ServiceError &e = job->error();
    switch (e.kind) {
    case service::ServiceError::Kind::None:
        return Success;
    case service::ServiceError::Kind::Transport:
        return Unreachable;
    case service::ServiceError::Kind::Http:
        if (e.httpStatus == 404)
            return NotFound;
        if (e.httpStatus == 401 || e.httpStatus == 403)
            return AuthFailed;
        return Failed;
    case service::ServiceError::Kind::Protocol:
    case service::ServiceError::Kind::Canceled:
        return Failed;
    }
    return Failed;
}

void CliApp::printError(const service::HttpJob *job)
{
    const service::ServiceError &e = job->error();
    m_err << QCoreApplication::applicationName() << QStringLiteral(": ");
    if (e.kind == service::ServiceError::Kind::Http && !e.code.isEmpty())
        m_err << e.code << QStringLiteral(": ") << e.message;
    else
        m_err << e.userText();
    m_err << Qt::endl;
    for (const QJsonValue &d : e.details) {
        const QJsonObject detail = d.toObject();
        const QString target = detail.value(QLatin1String("target")).toString();
        m_err << QStringLiteral("  ") << (target.isEmpty() ? QString() : target + QStringLiteral(": "))
              << detail.value(QLatin1String("message")).toString() << Qt::endl;
    }
    m_err << tr("request id: %1").arg(e.clientRequestId);
    if (!e.requestId.isEmpty())
        m_err << tr(" (server: %1)").arg(e.requestId);
    m_err << Qt::endl;
}

void CliApp::finishWith(service::HttpJob *job, const QStringList &columns)
{
    QObject::connect(job, &service::HttpJob::finished, this, [this, columns](service::HttpJob *finished) {
        if (!finished->ok()) {
            printError(finished);
            done(exitCodeFor(finished));
            return;
        }
        const bool json = m_options->value("output") == QLatin1String("json");
        if (auto *list = qobject_cast<service::ListJob *>(finished)) {
            if (json)
                m_out << QString::fromUtf8(QJsonDocument(list->items()).toJson(QJsonDocument::Indented));
            else
                printList(list->items(), columns);
        } else if (!finished->json().isEmpty()) {
            if (json)
                m_out << QString::fromUtf8(QJsonDocument(finished->json()).toJson(QJsonDocument::Indented));
            else
                printResource(finished->json(), columns);
        }
        done(Success);
    });
}

void CliApp::printResource(const QJsonObject &resource, const QStringList &columns)
{
    int width = 0;
    for (const QString &c : columns)
        width = std::max(width, int(c.section(QLatin1Char('.'), -1).size()));
    for (const QString &c : columns) {
        const QString value = text(valueAt(resource, c));
        if (!value.isEmpty())
            m_out << c.section(QLatin1Char('.'), -1).leftJustified(width + 2) << value << Qt::endl;
    }
    const QJsonArray errors = valueAt(resource, QStringLiteral("properties.errors")).toArray();
    for (const QJsonValue &e : errors) {
        m_out << tr("error") << QStringLiteral(": ") << e.toObject().value(QLatin1String("code")).toString()
              << QStringLiteral(": ") << e.toObject().value(QLatin1String("message")).toString() << Qt::endl;
    }
    const QJsonArray output = valueAt(resource, QStringLiteral("properties.output")).toArray();
    for (const QJsonValue &item : output) {
        const QJsonObject o = item.toObject();
        QStringList parts;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!it.value().isObject() && !it.value().isArray())
                parts.append(it.key() + QLatin1Char('=') + text(it.value()));
        }
        m_out << tr("output") << QStringLiteral(": ") << parts.join(QLatin1Char(' ')) << Qt::endl;
    }
}

void CliApp::printList(const QJsonArray &items, const QStringList &columns)
{
    QList<QStringList> rows;
    QStringList header;
    for (const QString &c : columns) {
        // "sku.name" reads better as SKU than as a second NAME column.
        const QStringList parts = c.split(QLatin1Char('.'));
        const bool nested
            = parts.size() > 1 && parts.first() != QLatin1String("properties") && parts.last() == QLatin1String("name");
        header.append((nested ? parts.first() : parts.last()).toUpper());
    }
    rows.append(header);
    for (const QJsonValue &item : items) {
        QStringList row;
        for (const QString &c : columns)
            row.append(text(valueAt(item.toObject(), c)));
        rows.append(row);
    }
    QList<int> widths(columns.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], int(row.at(i).size()));
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        m_out << line << Qt::endl;
    }
}

service::Keychain &CliApp::keychain()
{
    if (!m_keychain)
        m_keychain = std::make_unique<service::Keychain>();
    return *m_keychain;
}

namespace {

/// A connection info in a task document whose password is null, and the saved connection that
/// may fill it.
struct NullPassword
{
    QString path;   ///< JSON path of the connection info
    QString option; ///< the command-line option naming its saved connection
};

void findNullPasswords(const QJsonValue &value, const QString &path, const QString &member, QList<NullPassword> &found)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.value(QLatin1String("type")).toString().endsWith(QLatin1String("ConnectionInfo"))
            && o.contains(QLatin1String("password")) && o.value(QLatin1String("password")).isNull()) {
            const QString option = member.startsWith(QLatin1String("source"))   ? QStringLiteral("source-connection")
                                   : member.startsWith(QLatin1String("target")) ? QStringLiteral("target-connection")
                                                                                : QStringLiteral("connection");
            found.append({path, option});
        }
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            findNullPasswords(it.value(), core::Validator::childPath(path, it.key()), it.key(), found);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            findNullPasswords(a.at(i), core::Validator::childPath(path, i), member, found);
    }
}

QJsonValue setAt(const QJsonValue &value, const QStringList &parts, qsizetype at, const QJsonObject &replacement)
{
    if (at == parts.size())
        return replacement;
    const QString &part = parts.at(at);
    if (part.startsWith(QLatin1Char('['))) {
        QJsonArray a = value.toArray();
        const qsizetype index = part.mid(1, part.size() - 2).toLongLong();
        a[index] = setAt(a.at(index), parts, at + 1, replacement);
        return a;
    }
    QJsonObject o = value.toObject();
    o.insert(part, setAt(o.value(part), parts, at + 1, replacement));
    return o;
}

QStringList splitPath(const QString &path)
{
    QStringList parts;
    QString current;
    for (const QChar c : path) {
        if (c == QLatin1Char('.') || c == QLatin1Char('[')) {
            if (!current.isEmpty())
                parts.append(current);
            current = c == QLatin1Char('[') ? QString(c) : QString();
        } else if (c == QLatin1Char(']')) {
            parts.append(current + c);
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        parts.append(current);
    return parts;
}

QJsonObject objectAt(const QJsonValue &root, const QStringList &parts)
{
    QJsonValue v = root;
    for (const QString &part : parts)
        v = part.startsWith(QLatin1Char('[')) ? v.toArray().at(part.mid(1, part.size() - 2).toLongLong())
                                              : v.toObject().value(part);
    return v.toObject();
}

/// Where a connection info points: the members that decide which server and account a password
/// is for. A saved password goes only to the server and user it was saved for.
QString mismatch(const QJsonObject &info, const QJsonObject &saved)
{
    for (const char *member : {"type", "serverName", "dataSource", "port", "userName"}) {
        const QLatin1String key(member);
        if (!saved.contains(key))
            continue;
        const QJsonValue a = info.value(key);
        const QJsonValue b = saved.value(key);
        const bool same
            = a.isString() && b.isString() ? a.toString().compare(b.toString(), Qt::CaseInsensitive) == 0 : a == b;
        if (!same)
            return QString(key);
    }
    return {};
}

} // namespace

void CliApp::fillFromSavedConnections(const QJsonObject &body, std::function<void(const QJsonObject &)> then)
{
    QList<NullPassword> nulls;
    findNullPasswords(body, QString(), QString(), nulls);
    struct Fill
    {
        QString path;
        QString connection;
    };
    QList<Fill> fills;
    for (const NullPassword &n : nulls) {
        QString name = m_options->value(n.option.toLatin1().constData());
        if (name.isEmpty())
            name = m_options->value("connection");
        if (!name.isEmpty())
            fills.append({n.path, name});
    }
    for (const char *option : {"source-connection", "target-connection", "connection"}) {
        const QString name = m_options->value(option);
        if (name.isEmpty())
            continue;
        const bool used
            = std::any_of(fills.cbegin(), fills.cend(), [&](const Fill &f) { return f.connection == name; });
        if (!used) {
            usage(tr("--%1 %2: the task has no connection info with a null password for it")
                      .arg(QLatin1String(option), name));
            return;
        }
    }
    if (fills.isEmpty()) {
        then(body);
        return;
    }
    auto store = std::make_shared<service::ConnectionStore>();
    auto result = std::make_shared<QJsonValue>(body);
    auto next = std::make_shared<std::function<void(qsizetype)>>();
    *next = [this, store, result, next, fills, then](qsizetype i) {
        if (i == fills.size()) {
            then(result->toObject());
            *next = nullptr; // breaks the cycle
            return;
        }
        const Fill &fill = fills.at(i);
        const std::optional<service::SavedConnection> saved = store->connection(fill.connection);
        const QStringList parts = splitPath(fill.path);
        const QJsonObject info = objectAt(*result, parts);
        if (!saved) {
            QStringList names;
            for (const service::SavedConnection &c : store->connections())
                names.append(c.name);
            m_err << tr("%1: there is no saved connection named '%2' (saved: %3)")
                         .arg(fill.path, fill.connection,
                              names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")))
                  << Qt::endl;
            done(Failed);
            return;
        }
        if (const QString member = mismatch(info, saved->info); !member.isEmpty()) {
            m_err << tr("%1.%2: the saved connection '%3' is for %4, not this connection; its password is not used")
                         .arg(fill.path, member, fill.connection, saved->summary())
                  << Qt::endl;
            done(Failed);
            return;
        }
        store->readPassword(fill.connection, keychain(), this,
                            [this, result, next, fill, parts, info, i](const service::KeychainResult &read) {
                                if (!read.ok()) {
                                    m_err << QStringLiteral("%1: %2").arg(fill.path, read.error) << Qt::endl;
                                    done(Failed);
                                    *next = nullptr;
                                    return;
                                }
                                *result = setAt(*result, parts, 0,
                                                service::ConnectionStore::withPassword(info, read.value));
                                (*next)(i + 1);
                            });
    };
    (*next)(0);
}

void CliApp::runConnection()
{
    const QString verb = m_options->positionals.value(1);
    const bool json = m_options->value("output") == QLatin1String("json");
    auto store = std::make_shared<service::ConnectionStore>();
    const auto toJson = [](const service::SavedConnection &c) {
        return QJsonObject{{QStringLiteral("name"), c.name},
                           {QStringLiteral("info"), c.info},
                           {QStringLiteral("hasPassword"), c.hasPassword}};
    };
    if (verb == QLatin1String("list")) {
        const QList<service::SavedConnection> connections = store->connections();
        QJsonArray items;
        for (const service::SavedConnection &c : connections) {
            QJsonObject item = toJson(c);
            item.insert(QStringLiteral("type"), c.type());
            item.insert(QStringLiteral("server"), c.summary());
            item.insert(QStringLiteral("password"), c.hasPassword ? tr("keychain") : tr("none"));
            items.append(item);
        }
        if (json) {
            QJsonArray plain;
            for (const service::SavedConnection &c : connections)
                plain.append(toJson(c));
            m_out << QString::fromUtf8(QJsonDocument(plain).toJson(QJsonDocument::Indented));
        } else {
            printList(items, {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("server"),
                              QStringLiteral("password")});
        }
        done(Success);
        return;
    }
    if (!require({QStringLiteral("name")}))
        return;
    const QString name = m_options->value("name");
    if (verb == QLatin1String("show")) {
        const std::optional<service::SavedConnection> c = store->connection(name);
        if (!c) {
            m_err << tr("there is no saved connection named '%1'").arg(name) << Qt::endl;
            done(NotFound);
            return;
        }
        m_out << QString::fromUtf8(QJsonDocument(toJson(*c)).toJson(QJsonDocument::Indented));
        done(Success);
    } else if (verb == QLatin1String("save")) {
        if (!require({QStringLiteral("file")}))
            return;
        service::SavedConnection c;
        c.name = name;
        if (!readJsonOption("file", &c.info))
            return;
        std::optional<core::Secret> password;
        const QJsonValue inFile = c.info.value(QLatin1String("password"));
        if (m_options->flag("password-stdin")) {
            const QString line = readStdinLine ? readStdinLine() : QString();
            if (line.isNull()) {
                m_err << tr("--password-stdin: standard input ended before a password") << Qt::endl;
                done(Failed);
                return;
            }
            password = core::Secret(line);
        } else if (inFile.isString()) {
            password = core::Secret(inFile.toString());
        } else if (inFile.isNull() && c.info.contains(QLatin1String("password"))) {
            const QString asked = askPassword ? askPassword(tr("Password for %1: ").arg(name)) : QString();
            if (asked.isNull()) {
                m_err << tr("password: null in %1 and there is no terminal to ask for it (use --password-stdin)")
                             .arg(m_options->value("file"))
                      << Qt::endl;
                done(Failed);
                return;
            }
            password = core::Secret(asked);
        }
        c.info.remove(QStringLiteral("password"));
        store->save(c, password, keychain(), this, [this, store, name](const service::KeychainResult &r) {
            if (!r.ok()) {
                m_err << tr("connection '%1' not saved: %2").arg(name, r.error) << Qt::endl;
                done(Failed);
                return;
            }
            const std::optional<service::SavedConnection> saved = store->connection(name);
            m_out << tr("saved connection '%1' (%2%3)")
                         .arg(name, saved ? saved->summary() : QString(),
                              saved && saved->hasPassword ? tr(", password in the keychain") : QString())
                  << Qt::endl;
            done(Success);
        });
    } else if (verb == QLatin1String("delete")) {
        if (!store->connection(name)) {
            m_err << tr("there is no saved connection named '%1'").arg(name) << Qt::endl;
            done(NotFound);
            return;
        }
        store->remove(name, keychain(), this, [this, store, name](const service::KeychainResult &r) {
            if (!r.ok()) {
                m_err << tr("connection '%1' not deleted: %2").arg(name, r.error) << Qt::endl;
                done(Failed);
                return;
            }
            done(Success);
        });
    } else {
        usage(tr("unknown verb 'connection %1'").arg(verb));
    }
}

} // namespace godwit::cli
