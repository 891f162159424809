#include "ui/signindialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFont>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace godwit::ui {

SignInDialog::SignInDialog(const QString &profileName, QWidget *parent)
    : QDialog(parent)
    , m_profileName(profileName)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to %1").arg(profileName));

    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("signInTextLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(true);

    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("deviceCodeLineEdit"));
    m_code->setAccessibleName(tr("Sign-in code"));
    m_code->setReadOnly(true);
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_code->setFont(big);
    m_code->setAlignment(Qt::AlignCenter);
    m_codeLabel = new QLabel(tr("C&ode:"));
    m_codeLabel->setBuddy(m_code);
    m_copyCode = new QPushButton(tr("&Copy code"));
    m_copyCode->setObjectName(QStringLiteral("copyCodeButton"));
    connect(m_copyCode, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_code->text()); });

    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("signInAddressLineEdit"));
    m_address->setAccessibleName(tr("Sign-in address"));
    m_address->setReadOnly(true);
    auto *addressLabel = new QLabel(tr("&Address:"));
    addressLabel->setBuddy(m_address);
    m_copyAddress = new QPushButton(tr("Cop&y address"));
    m_copyAddress->setObjectName(QStringLiteral("copyAddressButton"));
    connect(m_copyAddress, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_address->text()); });
    m_openPage = new QPushButton(tr("&Open in the browser"));
    m_openPage->setObjectName(QStringLiteral("openSignInPageButton"));
    connect(m_openPage, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_url); });

    auto *waiting = new QProgressBar;
    waiting->setRange(0, 0);
    waiting->setTextVisible(false);
    waiting->setAccessibleName(tr("Waiting for the sign-in"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("signInButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        Q_EMIT cancelRequested();
        reject();
    });

    auto *grid = new QGridLayout;
    grid->addWidget(m_codeLabel, 0, 0);
    grid->addWidget(m_code, 0, 1);
    grid->addWidget(m_copyCode, 0, 2);
    grid->addWidget(addressLabel, 1, 0);
    grid->addWidget(m_address, 1, 1);
    grid->addWidget(m_copyAddress, 1, 2);
    grid->addWidget(m_openPage, 2, 1, 1, 2, Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(grid);
    layout->addWidget(waiting);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void SignInDialog::showBrowser(const QUrl &url)
{
    m_url = url;
    m_text->setText(tr("Finish signing in to <b>%1</b> in your browser. If no browser page opened, open this "
                       "address yourself; this window closes when the sign-in is done.")
                        .arg(m_profileName.toHtmlEscaped()));
    m_codeLabel->hide();
    m_code->hide();
    m_copyCode->hide();
    m_address->setText(url.toString());
    m_address->setCursorPosition(0);
    m_copyAddress->setFocus();
}

void SignInDialog::showDeviceCode(const QString &code, const QUrl &verificationUri, const QString &message)
{
    m_url = verificationUri;
    const QString link = QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(verificationUri.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                  verificationUri.toDisplayString().toHtmlEscaped());
    QString text = tr("To sign in to <b>%1</b>, open %2 on any device and enter the code below.")
                       .arg(m_profileName.toHtmlEscaped(), link);
    if (!message.isEmpty())
        text += QStringLiteral("<br><small>%1</small>").arg(message.toHtmlEscaped());
    m_text->setText(text);
    m_codeLabel->show();
    m_code->show();
    m_copyCode->show();
    m_code->setText(code);
    m_address->setText(verificationUri.toString());
    m_copyCode->setFocus();
}

QString SignInDialog::code() const
{
    return m_code->text();
}

} // namespace godwit::ui
