#pragma once

#include "SessionRevoker.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace WalletDesk {

class PasswordChangeDialog;
class Session;

// The agent signs in: username, password and, when their sign-in has one,
// the code from their authenticator app. Errors are shown in the dialog. A
// one-time password's sign-in asks for a new password before it is accepted.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(Session *session, const QString &serverName, QWidget *parent = nullptr);

    void setUsername(const QString &username);
    // After a sign-out: says how it ended on the server.
    void showSignedOut(SessionRevoker::Outcome outcome);
    QString message() const;
    // Where the console connects, as people read it: host and port.
    static QString serverText(const QString &serverUrl);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void submit();
    void askForNewPassword(const QString &username);

    Session *m_session;
    QString m_serverName;
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
    QLabel *m_passwordLabel;
    QLabel *m_otpLabel;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_otp;
    QLabel *m_message;
    QPushButton *m_signIn;
};

} // namespace WalletDesk
