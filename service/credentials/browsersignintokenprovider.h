#pragma once

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include "service/credentials/aadtokenprovider.h"

namespace godwit::service {

/// Sign-in in the system browser: the authorization code flow with PKCE (S256). A listener on
/// 127.0.0.1 (a random port) is the redirect URI; the answer must carry the `state` this sign-in
/// sent; the browser gets a small result page; the code is exchanged with the code verifier.
/// The console opens the URL of openBrowserRequested() (QDesktopServices) — this layer has no GUI.
class BrowserSignInTokenProvider final : public InteractiveTokenProvider
{
    Q_OBJECT
public:
    static constexpr int kDefaultSignInTimeoutMs = 5 * 60 * 1000;

    BrowserSignInTokenProvider(Cloud cloud, QString tenant, QString clientId, Keychain *keychain, KeychainScope scope,
                               QObject *parent = nullptr);
    ~BrowserSignInTokenProvider() override;

    /// How long the person has to finish in the browser.
    void setSignInTimeoutMs(int ms) { m_signInTimeoutMs = ms; }
    /// Pre-fills the account in the sign-in page.
    void setLoginHint(const QString &hint) { m_loginHint = hint; }
    /// The `prompt` parameter (default select_account; empty to leave it out).
    void setPrompt(const QString &prompt) { m_prompt = prompt; }
    /// The loopback redirect URI while a sign-in waits for the browser, else empty.
    QUrl redirectUri() const { return m_redirectUri; }

    /// The result page for the browser: success, or failure with `message` (HTML-escaped).
    static QByteArray resultPage(bool success, const QString &message = {});

Q_SIGNALS:
    /// Open this URL in the person's browser.
    void openBrowserRequested(const QUrl &authorizeUrl);

protected:
    void startInteractive() override;
    void stopInteractive() override;

private:
    void onConnection();
    void onRequest(QTcpSocket *socket, const QByteArray &method, const QByteArray &target);
    void answer(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body);
    void answerPage(QTcpSocket *socket, bool success, const QString &message = {});
    void exchange(const QString &code);

    QTcpServer m_listener;
    QTimer m_timeout;
    QString m_state;
    core::Secret m_verifier;
    QUrl m_redirectUri;
    QString m_loginHint;
    QString m_prompt = QStringLiteral("select_account");
    int m_signInTimeoutMs = kDefaultSignInTimeoutMs;
    bool m_callbackTaken = false;
    QPointer<QTcpSocket> m_waiting; ///< the browser waiting for the result page
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace godwit::service
