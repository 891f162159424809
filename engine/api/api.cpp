#include "engine/api/api.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include "core/clock.h"
#include "core/dmstypes.h"
#include "engine/api/handlers.h"
#include "engine/runner/taskrunner.h"
#include "engine/storage/store.h"

namespace godwit::engine {

Q_LOGGING_CATEGORY(lcApi, "godwit.engine.api", QtInfoMsg)

struct Api::Route
{
    QStringList pattern; // literal segments, or {name} placeholders
    QString method;
    RouteHandler *handler;
};

namespace {

const QString kProvider = QStringLiteral("Microsoft.DataMigration");

QStringList split(const char *pattern)
{
    return QString::fromLatin1(pattern).split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool matches(const QStringList &pattern, const QStringList &segments, RouteParams *params)
{
    if (pattern.size() != segments.size())
        return false;
    RouteParams p;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &want = pattern.at(i);
        const QString &got = segments.at(i);
        if (!want.startsWith(QLatin1Char('{'))) {
            if (want.compare(got, Qt::CaseInsensitive) != 0)
                return false;
            continue;
        }
        if (got.isEmpty())
            return false;
        if (want == QLatin1String("{sub}"))
            p.subscription = got;
        else if (want == QLatin1String("{rg}"))
            p.resourceGroup = got;
        else if (want == QLatin1String("{svc}"))
            p.service = got;
        else if (want == QLatin1String("{proj}"))
            p.project = got;
        else if (want == QLatin1String("{task}"))
            p.task = got;
        else if (want == QLatin1String("{file}"))
            p.file = got;
        else if (want == QLatin1String("{loc}"))
            p.location = got;
        else if (want == QLatin1String("{op}"))
            p.operation = got;
    }
    *params = p;
    return true;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

// The Azure CLI checks task names with "<service>/projects/<project>" as the service name, which
// arrives as one %2F-encoded segment.
ApiResponse checkChildrenNameQuirk(Api &api, const ApiRequest &request, const RouteParams &params)
{
    RouteParams p = params;
    const QStringList parts = params.service.split(QLatin1Char('/'));
    if (parts.size() == 3 && parts.at(1).compare(QLatin1String("projects"), Qt::CaseInsensitive) == 0) {
        p.service = parts.at(0);
        p.project = parts.at(2);
    }
    return ServicesHandler::checkChildrenName(api, request, p);
}

} // namespace

Api::Api(Store &store, TaskRunner &runner, ApiOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_runner(runner)
    , m_options(std::move(options))
    , m_routes(new QList<Route>)
{
    m_blobKey.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_blobKey.data()), 8);

    const auto add = [this](const char *pattern, const char *method, RouteHandler *handler) {
        m_routes->append(Route{split(pattern), QString::fromLatin1(method), handler});
    };
#define RG "subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.DataMigration"
#define SUB "subscriptions/{sub}/providers/Microsoft.DataMigration"
    add(SUB "/services", "GET", &ServicesHandler::list);
    add(RG "/services", "GET", &ServicesHandler::list);
    add(RG "/services/{svc}", "GET", &ServicesHandler::get);
    add(RG "/services/{svc}", "PUT", &ServicesHandler::put);
    add(RG "/services/{svc}", "PATCH", &ServicesHandler::patch);
    add(RG "/services/{svc}", "DELETE", &ServicesHandler::remove);
    add(RG "/services/{svc}/start", "POST", &ServicesHandler::start);
    add(RG "/services/{svc}/stop", "POST", &ServicesHandler::stop);
    add(RG "/services/{svc}/checkStatus", "POST", &ServicesHandler::checkStatus);
    add(RG "/services/{svc}/skus", "GET", &ServicesHandler::skus);
    add(RG "/services/{svc}/checkNameAvailability", "POST", &checkChildrenNameQuirk);
    add(RG "/services/{svc}/projects/{proj}/checkNameAvailability", "POST", &ServicesHandler::checkChildrenName);
    add(RG "/services/{svc}/projects", "GET", &ProjectsHandler::list);
    add(RG "/services/{svc}/projects/{proj}", "GET", &ProjectsHandler::get);
    add(RG "/services/{svc}/projects/{proj}", "PUT", &ProjectsHandler::put);
    add(RG "/services/{svc}/projects/{proj}", "PATCH", &ProjectsHandler::patch);
    add(RG "/services/{svc}/projects/{proj}", "DELETE", &ProjectsHandler::remove);
    add(RG "/services/{svc}/projects/{proj}/tasks", "GET", &TasksHandler::list);
    add(RG "/services/{svc}/projects/{proj}/tasks/{task}", "GET", &TasksHandler::get);
    add(RG "/services/{svc}/projects/{proj}/tasks/{task}", "PUT", &TasksHandler::put);
    add(RG "/services/{svc}/projects/{proj}/tasks/{task}", "PATCH", &TasksHandler::patch);
    add(RG "/services/{svc}/projects/{proj}/tasks/{task}", "DELETE", &TasksHandler::remove);
    add(RG "/services/{svc}/projects/{proj}/tasks/{task}/cancel", "POST", &TasksHandler::cancel);
    add(RG "/services/{svc}/projects/{proj}/tasks/{task}/command", "POST", &TasksHandler::command);
    add(RG "/services/{svc}/serviceTasks", "GET", &TasksHandler::list);
    add(RG "/services/{svc}/serviceTasks/{task}", "GET", &TasksHandler::get);
    add(RG "/services/{svc}/serviceTasks/{task}", "PUT", &TasksHandler::put);
    add(RG "/services/{svc}/serviceTasks/{task}", "PATCH", &TasksHandler::patch);
    add(RG "/services/{svc}/serviceTasks/{task}", "DELETE", &TasksHandler::remove);
    add(RG "/services/{svc}/serviceTasks/{task}/cancel", "POST", &TasksHandler::cancel);
    add(RG "/services/{svc}/projects/{proj}/files", "GET", &FilesHandler::list);
    add(RG "/services/{svc}/projects/{proj}/files/{file}", "GET", &FilesHandler::get);
    add(RG "/services/{svc}/projects/{proj}/files/{file}", "PUT", &FilesHandler::put);
    add(RG "/services/{svc}/projects/{proj}/files/{file}", "PATCH", &FilesHandler::patch);
    add(RG "/services/{svc}/projects/{proj}/files/{file}", "DELETE", &FilesHandler::remove);
    add(RG "/services/{svc}/projects/{proj}/files/{file}/read", "POST", &FilesHandler::read);
    add(RG "/services/{svc}/projects/{proj}/files/{file}/readwrite", "POST", &FilesHandler::readWrite);
    add(SUB "/skus", "GET", &CatalogHandler::resourceSkus);
    add(SUB "/locations/{loc}/usages", "GET", &CatalogHandler::usages);
    add(SUB "/locations/{loc}/checkNameAvailability", "POST", &CatalogHandler::checkName);
    add(SUB "/locations/{loc}/operationStatuses/{op}", "GET", &CatalogHandler::operationStatus);
    add(SUB "/locations/{loc}/operationResults/{op}", "GET", &CatalogHandler::operationResult);
    add("providers/Microsoft.DataMigration/operations", "GET", &CatalogHandler::operations);
#undef RG
#undef SUB
}

Api::~Api()
{
    delete m_routes;
}

ApiResponse Api::handle(const ApiRequest &request)
{
    const QByteArray clientId = request.headers.value("x-ms-client-request-id");
    const bool action = request.method == QLatin1String("POST") && !request.segments.isEmpty()
                        && (request.segments.last().compare(QLatin1String("cancel"), Qt::CaseInsensitive) == 0
                            || request.segments.last().compare(QLatin1String("command"), Qt::CaseInsensitive) == 0);
    const QByteArray actionKey = action && !clientId.isEmpty()
                                     ? clientId + ' ' + request.segments.join(QLatin1Char('/')).toLower().toUtf8()
                                     : QByteArray();
    if (!actionKey.isEmpty()) {
        for (const auto &[key, previous] : std::as_const(m_recentActions)) {
            if (key == actionKey)
                return previous;
        }
    }
    ApiResponse response;
    try {
        response = dispatch(request);
    } catch (const ApiError &error) {
        response = ApiResponse::json(error.status, error.envelope());
        if (error.status == 401)
            response.header("WWW-Authenticate", "Bearer");
    } catch (const std::exception &e) {
        qCWarning(lcApi) << "internal error on" << request.method << request.segments.join(QLatin1Char('/'))
                         << e.what();
        response = ApiResponse::json(500, ApiError{500,
                                                   QStringLiteral("InternalServerError"),
                                                   QStringLiteral("The engine failed to process the request."),
                                                   {}}
                                              .envelope());
    }
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    response.header("x-ms-request-id", requestId);
    if (!clientId.isEmpty() && clientId.size() <= 200)
        response.header("x-ms-client-request-id", clientId);
    response.header("x-ms-correlation-request-id", requestId);
    if (!actionKey.isEmpty() && response.status != 401) {
        m_recentActions.append({actionKey, response});
        if (m_recentActions.size() > 256)
            m_recentActions.removeFirst();
    }
    return response;
}

ApiResponse Api::dispatch(const ApiRequest &request)
{
    if (m_options.maxBodyBytes > 0 && request.body.size() > m_options.maxBodyBytes)
        throw ApiError{413,
                       QStringLiteral("RequestEntityTooLarge"),
                       QStringLiteral("The request body is %1 bytes; this engine accepts at most %2.")
                           .arg(request.body.size())
                           .arg(m_options.maxBodyBytes),
                       {}};

    // File contents travel on signed URIs, like blob SAS URIs: no bearer token there.
    if (request.segments.size() == 2 && request.segments.at(0) == QLatin1String("_blobs")
        && (request.method == QLatin1String("GET") || request.method == QLatin1String("PUT")))
        return FilesHandler::blob(*this, request, request.segments.at(1));

    if (!m_options.token.isEmpty()) {
        const QByteArray header = request.headers.value("authorization");
        if (header.isEmpty())
            throw ApiError{401,
                           QStringLiteral("AuthenticationFailed"),
                           QStringLiteral("Authentication failed. The 'Authorization' header is missing."),
                           {}};
        if (!header.startsWith("Bearer ") || !constantTimeEquals(header.mid(7).trimmed(), m_options.token.toUtf8()))
            throw ApiError{
                401, QStringLiteral("InvalidAuthenticationToken"), QStringLiteral("The access token is invalid."), {}};
    }

    QStringList allowed;
    for (const Route &route : std::as_const(*m_routes)) {
        RouteParams params;
        if (!matches(route.pattern, request.segments, &params))
            continue;
        if (route.method != request.method) {
            allowed.append(route.method);
            continue;
        }
        const QString version = request.queryValue(QStringLiteral("api-version"));
        if (version.isEmpty())
            throw ApiError::badRequest(
                QStringLiteral("MissingApiVersionParameter"),
                QStringLiteral("The api-version query parameter (?api-version=) is required for all requests."));
        if (version != QLatin1String(core::dms::kApiVersion))
            throw ApiError::badRequest(
                QStringLiteral("InvalidApiVersionParameter"),
                QStringLiteral("The api-version '%1' is invalid. The supported versions are '%2'.")
                    .arg(version, QLatin1String(core::dms::kApiVersion)));
        return route.handler(*this, request, params);
    }
    if (!allowed.isEmpty()) {
        ApiError error{405,
                       QStringLiteral("MethodNotAllowed"),
                       QStringLiteral("The method %1 is not allowed here; allowed: %2.")
                           .arg(request.method, allowed.join(QStringLiteral(", "))),
                       {}};
        throw error;
    }
    const bool underProvider = request.segments.contains(kProvider, Qt::CaseInsensitive);
    throw ApiError{
        404,
        underProvider ? QStringLiteral("InvalidResourceType") : QStringLiteral("NotFound"),
        underProvider
            ? QStringLiteral("The resource type in '/%1' could not be found in the namespace '%2' for api "
                             "version '%3'.")
                  .arg(request.segments.join(QLatin1Char('/')), kProvider, QLatin1String(core::dms::kApiVersion))
            : QStringLiteral("No such path: /%1").arg(request.segments.join(QLatin1Char('/'))),
        {}};
}

QList<std::pair<QByteArray, QByteArray>> Api::startOperation(const ApiRequest &request, const QString &subscription,
                                                             const QString &location, std::function<void()> done)
{
    const QString operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString loc = location.isEmpty() ? m_options.defaultLocation : location;
    const QString base
        = QStringLiteral("/subscriptions/%1/providers/%2/locations/%3").arg(subscription, kProvider, loc);
    const QString statusPath = base + QStringLiteral("/operationStatuses/") + operationId;
    QJsonObject status{{QStringLiteral("id"), statusPath},
                       {QStringLiteral("name"), operationId},
                       {QStringLiteral("status"), QStringLiteral("InProgress")},
                       {QStringLiteral("startTime"), core::Clock::current().now().toUTC().toString(Qt::ISODateWithMs)}};
    m_store.putOperation(operationId, status);
    QTimer::singleShot(m_options.lroDelayMs, this, [this, operationId, status, done = std::move(done)]() mutable {
        done();
        status.insert(QStringLiteral("status"), QStringLiteral("Succeeded"));
        status.insert(QStringLiteral("endTime"), core::Clock::current().now().toUTC().toString(Qt::ISODateWithMs));
        status.insert(QStringLiteral("percentComplete"), 100);
        m_store.putOperation(operationId, status);
    });
    const auto url = [&](const QString &path) {
        QUrl u = request.baseUrl;
        u.setPath(path);
        u.setQuery(QStringLiteral("api-version=") + QLatin1String(core::dms::kApiVersion));
        return u.toString(QUrl::FullyEncoded).toUtf8();
    };
    return {{"Azure-AsyncOperation", url(statusPath)},
            {"Location", url(base + QStringLiteral("/operationResults/") + operationId)},
            {"Retry-After", QByteArray::number(std::max(0, (m_options.lroDelayMs + 999) / 1000))}};
}

} // namespace godwit::engine
