#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace godwit::ui {

/// Tells the person how to finish an interactive sign-in while it waits: the browser's address
/// (opened already, shown again to copy), or the device code and the page to enter it on.
/// Modeless; Cancel asks for the sign-in to stop (cancelRequested).
class SignInDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(const QString &profileName, QWidget *parent = nullptr);

    /// The browser sign-in: `url` was opened in the browser.
    void showBrowser(const QUrl &url);
    /// The device code flow: enter `code` at `verificationUri` (`message`: the server's own text).
    void showDeviceCode(const QString &code, const QUrl &verificationUri, const QString &message);

    QString code() const;

Q_SIGNALS:
    void cancelRequested();

private:
    QString m_profileName;
    QUrl m_url;
    QLabel *m_text = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_address = nullptr;
    QPushButton *m_copyCode = nullptr;
    QPushButton *m_copyAddress = nullptr;
    QPushButton *m_openPage = nullptr;
};

} // namespace godwit::ui
