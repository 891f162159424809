#include "oauthserver.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace godwit::test {

namespace {

/// Decodes an application/x-www-form-urlencoded body ('+' is a space), independently of the
/// client's encoder.
QMap<QString, QString> decodeForm(const QByteArray &body)
{
    QMap<QString, QString> out;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                   QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return out;
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

OAuthServer::OAuthServer(QObject *parent)
    : QObject(parent)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &OAuthServer::onConnection);
}

QUrl OAuthServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_server.serverPort());
    return u;
}

QList<OAuthServer::Request> OAuthServer::tokenRequests(const QString &grantType) const
{
    QList<Request> out;
    for (const Request &r : m_requests) {
        if (r.path.endsWith(QLatin1String("/oauth2/v2.0/token")) && r.field("grant_type") == grantType)
            out.append(r);
    }
    return out;
}

void OAuthServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
                Request r;
                r.method = requestLine.value(0);
                const QUrl target(QString::fromLatin1(requestLine.value(1)));
                r.path = target.path();
                r.query = QUrlQuery(target.query(QUrl::FullyEncoded));
                qsizetype length = 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon < 0)
                        continue;
                    const QByteArray name = lines[i].left(colon).trimmed();
                    const QByteArray value = lines[i].mid(colon + 1).trimmed();
                    if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                        length = value.toLongLong();
                    if (name.compare("content-type", Qt::CaseInsensitive) == 0)
                        r.contentType = value;
                }
                if (buffer->size() < end + 4 + length)
                    return;
                const QByteArray body = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                if (r.contentType.startsWith("application/x-www-form-urlencoded"))
                    r.form = decodeForm(body);
                r.atMs = m_clock.elapsed();
                m_requests.append(r);
                handle(socket, r);
            }
        });
    }
}

void OAuthServer::handle(QTcpSocket *socket, const Request &request)
{
    const QString prefix = QString(QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/"));
    if (!request.path.startsWith(prefix)) {
        respondError(
            socket, 400, QStringLiteral("invalid_tenant"),
            QStringLiteral("AADSTS90002: Tenant '%1' not found.").arg(request.path.section(QLatin1Char('/'), 1, 1)));
        return;
    }
    const QString leaf = request.path.mid(prefix.size());
    if (leaf == QLatin1String("authorize") && request.method == "GET") {
        authorize(socket, request);
        return;
    }
    if (request.method != "POST") {
        respondError(socket, 405, QStringLiteral("invalid_request"), QStringLiteral("Only POST is supported."));
        return;
    }
    if (!request.contentType.startsWith("application/x-www-form-urlencoded")) {
        respondError(socket, 400, QStringLiteral("invalid_request"),
                     QStringLiteral("AADSTS900144: The request body must be form-encoded."));
        return;
    }
    if (request.field("client_id") != clientId) {
        respondError(socket, 400, QStringLiteral("unauthorized_client"),
                     QStringLiteral("AADSTS700016: Application with identifier '%1' was not found in the directory.")
                         .arg(request.field("client_id")));
        return;
    }
    if (leaf == QLatin1String("token"))
        token(socket, request);
    else if (leaf == QLatin1String("devicecode"))
        deviceCode(socket, request);
    else
        respond(socket, 404, "{}");
}

void OAuthServer::token(QTcpSocket *socket, const Request &request)
{
    const QString grant = request.field("grant_type");
    const QString scope = request.field("scope");
    if (grant == QLatin1String("client_credentials")) {
        if (request.field("client_secret") != clientSecret) {
            respondError(socket, 401, QStringLiteral("invalid_client"),
                         QStringLiteral("AADSTS7000215: Invalid client secret provided. Ensure the secret being sent "
                                        "in the request is the client secret value, not the client secret ID."));
            return;
        }
        if (!scope.endsWith(QLatin1String("/.default"))) {
            respondError(socket, 400, QStringLiteral("invalid_scope"),
                         QStringLiteral("AADSTS1002012: The provided value for scope %1 is not valid. Client "
                                        "credential flows must have a scope value with /.default suffixed to the "
                                        "resource identifier.")
                             .arg(scope));
            return;
        }
        respondTokens(socket, scope, false);
        return;
    }
    if (grant == QLatin1String("authorization_code")) {
        const QString code = request.field("code");
        if (!m_codes.contains(code)) {
            respondError(socket, 400, QStringLiteral("invalid_grant"),
                         QStringLiteral("AADSTS70000: The provided authorization code is invalid or has expired."));
            return;
        }
        const AuthorizationCode issued = m_codes.take(code); // a code is redeemed at most once
        if (request.field("redirect_uri") != issued.redirectUri) {
            respondError(socket, 400, QStringLiteral("invalid_grant"),
                         QStringLiteral("AADSTS50148: The redirect_uri does not match the one of the authorization "
                                        "request."));
            return;
        }
        if (s256(request.field("code_verifier")) != issued.challenge) {
            respondError(socket, 400, QStringLiteral("invalid_grant"),
                         QStringLiteral("AADSTS501481: The Code_Verifier does not match the code_challenge supplied "
                                        "in the authorization request."));
            return;
        }
        respondTokens(socket, scope, true);
        return;
    }
    if (grant == QLatin1String("refresh_token")) {
        const QString refreshToken = request.field("refresh_token");
        if (!m_refreshTokens.remove(refreshToken)) {
            respondError(socket, 400, QStringLiteral("invalid_grant"),
                         QStringLiteral("AADSTS700082: The refresh token has expired due to inactivity."));
            return;
        }
        respondTokens(socket, scope, true);
        return;
    }
    if (grant == QLatin1String("urn:ietf:params:oauth:grant-type:device_code")) {
        if (m_deviceCode.isEmpty() || request.field("device_code") != m_deviceCode) {
            respondError(socket, 400, QStringLiteral("bad_verification_code"),
                         QStringLiteral("AADSTS70019: Verification code expired or unknown."));
            return;
        }
        const QString step = deviceScript.isEmpty() ? QStringLiteral("ok") : deviceScript.takeFirst();
        if (step == QLatin1String("ok")) {
            m_deviceCode.clear();
            respondTokens(socket, scope.isEmpty() ? QStringLiteral("https://management.azure.com/.default") : scope,
                          true);
            return;
        }
        const QHash<QString, QString> descriptions{
            {QStringLiteral("authorization_pending"),
             QStringLiteral("AADSTS70016: OAuth 2.0 device flow error. Authorization is pending. Continue polling.")},
            {QStringLiteral("slow_down"), QStringLiteral("AADSTS70023: Polling too fast. Slow down.")},
            {QStringLiteral("expired_token"), QStringLiteral("AADSTS70020: The provided value for the input parameter "
                                                             "'device_code' is not valid. Device codes expire.")},
            {QStringLiteral("access_denied"),
             QStringLiteral("AADSTS70000: The user declined the authentication request.")},
        };
        respondError(socket, 400, step, descriptions.value(step));
        return;
    }
    respondError(socket, 400, QStringLiteral("unsupported_grant_type"),
                 QStringLiteral("AADSTS70003: The app requested an unsupported grant type '%1'.").arg(grant));
}

void OAuthServer::deviceCode(QTcpSocket *socket, const Request &request)
{
    Q_UNUSED(request)
    m_deviceCode = QStringLiteral("dc-%1").arg(++m_issued);
    const QString verification = QString(url().toString() + QStringLiteral("/devicelogin"));
    const QJsonObject answer{
        {QStringLiteral("device_code"), m_deviceCode},
        {QStringLiteral("user_code"), userCode},
        {QStringLiteral("verification_uri"), verification},
        {QStringLiteral("expires_in"), deviceExpiresIn},
        {QStringLiteral("interval"), deviceInterval},
        {QStringLiteral("message"), QStringLiteral("To sign in, use a web browser to open the page %1 and enter the "
                                                   "code %2 to authenticate.")
                                        .arg(verification, userCode)},
    };
    respond(socket, 200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

void OAuthServer::authorize(QTcpSocket *socket, const Request &request)
{
    const auto value = [&request](const char *name) {
        return request.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    const QString redirectUri = value("redirect_uri");
    const QUrl redirect(redirectUri);
    if (value("client_id") != clientId || !redirect.isValid()) {
        respond(socket, 400, "unknown client or redirect URI", "text/plain");
        return;
    }
    QUrlQuery answer;
    if (!authorizeError.isEmpty()) {
        answer.addQueryItem(QStringLiteral("error"), authorizeError);
        answer.addQueryItem(QStringLiteral("error_description"),
                            QStringLiteral("AADSTS65004: User declined to consent to access the app."));
    } else if (value("response_type") != QLatin1String("code")
               || value("code_challenge_method") != QLatin1String("S256") || value("code_challenge").isEmpty()) {
        answer.addQueryItem(QStringLiteral("error"), QStringLiteral("invalid_request"));
        answer.addQueryItem(QStringLiteral("error_description"),
                            QStringLiteral("AADSTS9002325: Proof Key for Code Exchange is required."));
    } else {
        const QString code = QStringLiteral("code-%1").arg(++m_issued);
        m_codes.insert(code, {value("code_challenge"), redirectUri, value("client_id")});
        answer.addQueryItem(QStringLiteral("code"), code);
    }
    answer.addQueryItem(QStringLiteral("state"), value("state"));
    QUrl location = redirect;
    location.setQuery(answer);
    respond(socket, 302, QByteArray(), "text/plain", {{"Location", location.toEncoded()}});
}

void OAuthServer::respondTokens(QTcpSocket *socket, const QString &scope, bool withRefreshToken)
{
    ++m_issued;
    m_lastAccessToken = QStringLiteral("at-%1").arg(m_issued);
    QJsonObject answer{
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("expires_in"), expiresIn},
        {QStringLiteral("ext_expires_in"), expiresIn},
        {QStringLiteral("access_token"), m_lastAccessToken},
    };
    if (withRefreshToken) {
        m_lastRefreshToken = QStringLiteral("rt-%1").arg(m_issued);
        m_refreshTokens.insert(m_lastRefreshToken);
        answer.insert(QStringLiteral("refresh_token"), m_lastRefreshToken);
    }
    respond(socket, 200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

void OAuthServer::respondError(QTcpSocket *socket, int status, const QString &error, const QString &description)
{
    const QJsonObject answer{
        {QStringLiteral("error"), error},
        {QStringLiteral("error_description"), description},
        {QStringLiteral("error_codes"), QJsonArray{}},
        {QStringLiteral("trace_id"), QStringLiteral("00000000-0000-0000-0000-000000000001")},
    };
    respond(socket, status, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

void OAuthServer::respond(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &contentType,
                          const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Cache-Control: no-store\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    out += body;
    socket->write(out);
}

RefreshOutcome awaitRefresh(service::TokenProvider &provider, const std::function<void()> &start, int timeoutMs)
{
    RefreshOutcome out;
    QEventLoop loop;
    QObject::connect(&provider, &service::TokenProvider::refreshed, &loop, [&](bool ok, const QString &error) {
        if (out.signalCount++ == 0) {
            out.finished = true;
            out.ok = ok;
            out.error = error;
        }
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (start)
        start();
    else
        provider.refresh();
    if (!out.finished)
        loop.exec();
    // A second refreshed() for the same refresh would be a bug: give it a chance to show.
    QEventLoop settle;
    QTimer::singleShot(30, &settle, &QEventLoop::quit);
    settle.exec();
    return out;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return condition();
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

service::KeychainResult awaitKeychain(const std::function<void(service::Keychain::Callback)> &operation, int timeoutMs)
{
    struct State
    {
        bool done = false;
        service::KeychainResult result;
        QPointer<QEventLoop> loop;
    };
    auto state = std::make_shared<State>();
    state->result.status = service::KeychainResult::Status::Failed;
    state->result.error = QStringLiteral("the keychain callback never came");
    QEventLoop loop;
    state->loop = &loop;
    operation([state](const service::KeychainResult &r) {
        state->result = r;
        state->done = true;
        if (state->loop)
            state->loop->quit();
    });
    if (!state->done) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return state->result;
}

} // namespace godwit::test
