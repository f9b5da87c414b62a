#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace WalletDesk {

class Session;

// After a sign-in with a one-time password: the person sets their own
// before anything of the desk opens. The rules are shown before typing; the
// ones the console can check are checked here, the server's refusal is shown
// as it comes. Cancel ends the session (Session::abandonPasswordChange).
class PasswordChangeDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordChangeDialog(Session *session, const QString &username, const QString &currentPassword,
        QWidget *parent = nullptr);

    QString message() const;
    // What the console itself refuses in a new password, in words; empty if fine.
    static QString problemWith(const QString &password, const QString &repeated,
        const QString &username, const QString &currentPassword);

private:
    void submit();
    void showProblem(const QString &text);

    Session *m_session;
    QString m_username;
    QString m_current;
    QLabel *m_rules;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace WalletDesk
