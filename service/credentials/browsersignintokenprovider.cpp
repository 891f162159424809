#include "service/credentials/browsersignintokenprovider.h"

#include <QFile>
#include <QUrlQuery>

namespace godwit::service {

namespace {

constexpr qsizetype kMaxRequestHead = 16 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Status";
    }
}

} // namespace

BrowserSignInTokenProvider::BrowserSignInTokenProvider(Cloud cloud, QString tenant, QString clientId,
                                                       Keychain *keychain, KeychainScope scope, QObject *parent)
    : InteractiveTokenProvider(std::move(cloud), std::move(tenant), std::move(clientId), keychain, std::move(scope),
                               parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        failSignIn(tr("The browser sign-in did not finish within %n second(s). Start it again.", nullptr,
                      std::max(1, m_signInTimeoutMs / 1000)));
    });
    connect(&m_listener, &QTcpServer::newConnection, this, &BrowserSignInTokenProvider::onConnection);
}

BrowserSignInTokenProvider::~BrowserSignInTokenProvider()
{
    m_listener.close();
}

QByteArray BrowserSignInTokenProvider::resultPage(bool success, const QString &message)
{
    QFile file(success ? QStringLiteral(":/godwit/signin/success.html")
                       : QStringLiteral(":/godwit/signin/failure.html"));
    QByteArray page;
    if (file.open(QIODevice::ReadOnly))
        page = file.readAll();
    else
        page = success ? QByteArrayLiteral("<!DOCTYPE html><title>Godwit</title><p>Signed in. You can close this tab.")
                       : QByteArrayLiteral("<!DOCTYPE html><title>Godwit</title><p>Sign-in failed: {{message}}");
    page.replace("{{message}}", message.toHtmlEscaped().toUtf8());
    return page;
}

void BrowserSignInTokenProvider::startInteractive()
{
    m_callbackTaken = false;
    // Loopback only: nothing on the network can answer in the browser's place.
    if (!m_listener.listen(QHostAddress::LocalHost, 0)) {
        failSignIn(tr("The browser sign-in could not start: no port on 127.0.0.1 could be opened for the "
                      "browser's answer (%1).")
                       .arg(m_listener.errorString()));
        return;
    }
    m_redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_listener.serverPort()));
    m_state = oauth::randomToken(24);
    m_verifier = core::Secret(oauth::randomToken(32)); // 43 characters, as RFC 7636 asks at least

    oauth::Fields query{
        {QStringLiteral("client_id"), clientId()},
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("redirect_uri"), m_redirectUri.toString()},
        {QStringLiteral("response_mode"), QStringLiteral("query")},
        {QStringLiteral("scope"), requestedScopes()},
        {QStringLiteral("state"), m_state},
        {QStringLiteral("code_challenge"), oauth::pkceChallenge(m_verifier.reveal())},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
    };
    if (!m_prompt.isEmpty())
        query.append({QStringLiteral("prompt"), m_prompt});
    if (!m_loginHint.isEmpty())
        query.append({QStringLiteral("login_hint"), m_loginHint});
    QUrl url = cloud().oauthEndpoint(tenant(), QStringLiteral("authorize"));
    url.setQuery(QString::fromLatin1(oauth::formEncode(query)));

    m_timeout.start(m_signInTimeoutMs);
    qCInfo(lcAuth).noquote() << "waiting for the browser's answer on" << m_redirectUri.toString();
    Q_EMIT openBrowserRequested(url);
}

void BrowserSignInTokenProvider::stopInteractive()
{
    m_timeout.stop();
    m_listener.close();
    abortRequest();
    if (QTcpSocket *waiting = m_waiting) {
        m_waiting.clear();
        answerPage(waiting, false, tr("The sign-in was stopped in Godwit."));
    }
    const QList<QPointer<QTcpSocket>> sockets = std::exchange(m_sockets, {});
    for (const QPointer<QTcpSocket> &socket : sockets) {
        if (socket)
            socket->abort();
    }
    m_redirectUri.clear();
    m_state.clear();
    m_verifier = core::Secret();
}

void BrowserSignInTokenProvider::onConnection()
{
    while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
        m_sockets.append(socket);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0) {
                if (buffer->size() > kMaxRequestHead)
                    answer(socket, 431, "text/plain; charset=utf-8", "Request header too large\n");
                return;
            }
            // One request per connection: the answer closes it.
            disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            const QByteArray requestLine = buffer->left(buffer->indexOf("\r\n"));
            const QList<QByteArray> parts = requestLine.split(' ');
            onRequest(socket, parts.value(0), parts.value(1));
        });
    }
}

void BrowserSignInTokenProvider::onRequest(QTcpSocket *socket, const QByteArray &method, const QByteArray &target)
{
    if (method != "GET") {
        answer(socket, 405, "text/plain; charset=utf-8", "Method not allowed\n");
        return;
    }
    const QUrl url(QString::fromLatin1(target));
    if (url.path() != QLatin1String("/")) {
        answer(socket, 404, "text/plain; charset=utf-8", "Not found\n");
        return;
    }
    // The answer comes form-encoded: a '+' is a space.
    QString rawQuery = url.query(QUrl::FullyEncoded);
    rawQuery.replace(QLatin1Char('+'), QLatin1String("%20"));
    const QUrlQuery query(rawQuery);
    const auto value
        = [&query](const char *name) { return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded); };
    if (!query.hasQueryItem(QStringLiteral("code")) && !query.hasQueryItem(QStringLiteral("error"))
        && !query.hasQueryItem(QStringLiteral("state"))) {
        answerPage(socket, false, tr("This address only receives the answer of a Godwit sign-in."));
        return;
    }
    if (m_callbackTaken || m_state.isEmpty()) {
        answerPage(socket, false, tr("This sign-in has already been answered."));
        return;
    }
    m_callbackTaken = true;
    // Only the answer to this sign-in counts: anything else may be forged by another site.
    if (value("state") != m_state) {
        const QString error = tr("The browser's sign-in answer was rejected: it does not carry the state this "
                                 "sign-in sent, so it may belong to an older sign-in or come from another site. "
                                 "Start the sign-in again.");
        answerPage(socket, false, error);
        failSignIn(error);
        return;
    }
    const QString serverError = value("error");
    if (!serverError.isEmpty()) {
        const QString description = value("error_description");
        const QString error
            = description.isEmpty()
                  ? tr("The sign-in was not completed: the server answered “%1”.").arg(serverError)
                  : tr("The sign-in was not completed: the server answered “%1”: %2").arg(serverError, description);
        answerPage(socket, false, error);
        failSignIn(error);
        return;
    }
    const QString code = value("code");
    if (code.isEmpty()) {
        const QString error = tr("The browser's sign-in answer has no authorization code.");
        answerPage(socket, false, error);
        failSignIn(error);
        return;
    }
    // No second answer is accepted; the browser waits for the result page until the exchange ends.
    m_listener.close();
    m_sockets.removeAll(socket);
    m_waiting = socket;
    exchange(code);
}

void BrowserSignInTokenProvider::exchange(const QString &code)
{
    post(tokenEndpoint(),
         {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
          {QStringLiteral("code"), code},
          {QStringLiteral("redirect_uri"), m_redirectUri.toString()},
          {QStringLiteral("code_verifier"), m_verifier.reveal()},
          {QStringLiteral("scope"), requestedScopes()}},
         [this](const TokenResponse &response) {
             QTcpSocket *waiting = m_waiting;
             m_waiting.clear();
             if (!response.ok() || response.accessToken().isEmpty()) {
                 const QString error = QString(
                     tr("The sign-in could not be completed.") + QLatin1Char(' ')
                     + (response.ok() ? tr("The sign-in server's answer has no access token.") : response.message));
                 if (waiting)
                     answerPage(waiting, false, error);
                 failSignIn(error);
                 return;
             }
             if (waiting)
                 answerPage(waiting, true);
             completeSignIn(response);
         });
}

void BrowserSignInTokenProvider::answerPage(QTcpSocket *socket, bool success, const QString &message)
{
    answer(socket, success ? 200 : 400, "text/html; charset=utf-8", resultPage(success, message));
}

void BrowserSignInTokenProvider::answer(QTcpSocket *socket, int status, const QByteArray &contentType,
                                        const QByteArray &body)
{
    m_sockets.removeAll(socket);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    out += "Connection: close\r\n\r\n";
    out += body;
    socket->write(out);
    socket->disconnectFromHost(); // after the page is written
}

} // namespace godwit::service
