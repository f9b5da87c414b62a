#include "SignInDialog.h"

#include "Accessibility.h"
#include "PasswordChangeDialog.h"
#include "Session.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace WalletDesk {

SignInDialog::SignInDialog(Session *session, const QString &serverName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_serverName(serverName)
    , m_serverLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_otpLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_otp(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_signIn(new QPushButton(this))
{
    m_password->setEchoMode(QLineEdit::Password);
    m_otp->setMaxLength(6);
    m_otp->setInputMask(QString());
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_signIn->setDefault(true);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_otpLabel->setBuddy(m_otp);

    auto *form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_otpLabel, m_otp);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_serverLabel);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_signIn);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_session, &Session::signInFailed, this, [this](const QString &message) {
        m_message->setText(message);
        // Focus goes back to the password: a screen reader says why with it.
        m_password->setAccessibleDescription(message);
        m_signIn->setEnabled(true);
        m_password->selectAll();
        m_password->setFocus();
    });
    connect(m_session, &Session::signedIn, this, &QDialog::accept);
    connect(m_session, &Session::passwordChangeRequired, this,
        [this](const Agent &agent) { askForNewPassword(agent.username); });
    connect(m_session, &Session::passwordChangeAbandoned, this, [this] {
        m_message->setText(tr("Signed out: the password was not changed."));
        m_signIn->setEnabled(true);
        m_password->clear();
        m_password->setFocus();
    });
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    retranslateUi();
}

void SignInDialog::setUsername(const QString &username)
{
    m_user->setText(username);
    m_password->setFocus();
}

void SignInDialog::showSignedOut(SessionRevoker::Outcome outcome)
{
    switch (outcome) {
    case SessionRevoker::Outcome::Revoked:
        m_message->setText(tr("Signed out."));
        break;
    case SessionRevoker::Outcome::Pending:
        m_message->setText(tr(
            "Signed out on this computer. The server could not be reached: your session there is "
            "ended as soon as WalletDesk reaches it again."));
        break;
    case SessionRevoker::Outcome::Lost:
        m_message->setText(tr(
            "Signed out on this computer. The server could not be reached and there is no keychain "
            "to remember that: your session there ends when it expires."));
        break;
    }
}

void SignInDialog::askForNewPassword(const QString &username)
{
    m_message->setText(tr("Choose your own password to go on."));
    auto *dialog = new PasswordChangeDialog(m_session, username, m_password->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, m_session, &Session::abandonPasswordChange);
    dialog->open();
}

QString SignInDialog::serverText(const QString &serverUrl)
{
    const QUrl url(serverUrl);
    if (!url.isValid() || url.host().isEmpty())
        return serverUrl;
    const int port = url.port(url.scheme() == QLatin1String("http") ? 80 : 443);
    return QStringLiteral("%1:%2").arg(url.host()).arg(port);
}

QString SignInDialog::message() const
{
    return m_message->text();
}

void SignInDialog::submit()
{
    if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_message->setText(tr("Enter your username and password."));
        return;
    }
    m_message->setText(tr("Signing in…"));
    m_signIn->setEnabled(false);
    m_session->signIn(m_user->text().trimmed(), m_password->text(), m_otp->text().trimmed());
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to WalletDesk"));
    m_serverLabel->setText(tr("Server: %1").arg(serverText(m_serverName)));
    m_serverLabel->setToolTip(m_serverName);
    m_userLabel->setText(tr("&Username"));
    m_passwordLabel->setText(tr("&Password"));
    m_otpLabel->setText(tr("&One-time code (if you have one)"));
    m_signIn->setText(tr("Sign in"));
    m_user->setAccessibleName(tr("Username"));
    m_password->setAccessibleName(tr("Password"));
    m_otp->setAccessibleName(tr("One-time code"));
    m_signIn->setAccessibleName(tr("Sign in"));
    for (QLabel *label : {m_userLabel, m_passwordLabel, m_otpLabel})
        Accessibility::nameAfterText(label);
}

} // namespace WalletDesk
