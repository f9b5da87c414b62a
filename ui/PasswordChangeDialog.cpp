#include "PasswordChangeDialog.h"

#include "Accessibility.h"
#include "PasswordRule.h"
#include "Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace WalletDesk {

PasswordChangeDialog::PasswordChangeDialog(
    Session *session, const QString &username, const QString &currentPassword, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_username(username)
    , m_current(currentPassword)
    , m_rules(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passwordChange"));
    setWindowTitle(tr("Choose your own password"));
    m_rules->setWordWrap(true);
    m_rules->setObjectName(QStringLiteral("passwordRules"));
    m_rules->setText(tr("You signed in with a one-time password. Choose your own before you "
                        "start: 10 to 200 characters, not only digits, not your username and not "
                        "the one-time password."));
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(200);
    m_repeat->setMaxLength(200);
    m_password->setAccessibleName(tr("New password"));
    m_password->setAccessibleDescription(m_rules->text());
    m_repeat->setAccessibleName(tr("New password again"));
    m_message->setObjectName(QStringLiteral("passwordMessage"));
    m_message->setWordWrap(true);
    auto *newLabel = new QLabel(tr("&New password"), this);
    auto *repeatLabel = new QLabel(tr("&Again"), this);
    newLabel->setBuddy(m_password);
    repeatLabel->setBuddy(m_repeat);
    Accessibility::nameAfterText(newLabel);
    Accessibility::nameAfterText(repeatLabel);
    Accessibility::nameDialogButtons(m_buttons, tr("Set password"));

    auto *form = new QFormLayout;
    form->addRow(newLabel, m_password);
    form->addRow(repeatLabel, m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rules);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordChangeDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_session, &Session::passwordChangeFailed, this,
        [this](const QString &text, const QString &) {
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
            showProblem(text);
        });
    connect(m_session, &Session::signedIn, this, &QDialog::accept);
    m_password->setFocus();
}

QString PasswordChangeDialog::message() const
{
    return m_message->text();
}

QString PasswordChangeDialog::problemWith(const QString &password, const QString &repeated,
    const QString &username, const QString &currentPassword)
{
    // The server's rule (models/PasswordRule), told before the round trip.
    switch (PasswordRule::check(username, password, currentPassword)) {
    case PasswordRule::Problem::Length:
        return password.size() < PasswordRule::minLength
            ? tr("The new password is too short: at least 10 characters.")
            : tr("The new password is too long: at most 200 characters.");
    case PasswordRule::Problem::DigitsOnly:
        return tr("The new password must not be digits only.");
    case PasswordRule::Problem::Blank:
    case PasswordRule::Problem::HasNul:
        return tr("The new password must have characters other than spaces.");
    case PasswordRule::Problem::IsUsername:
        return tr("The new password must not be your username.");
    case PasswordRule::Problem::SameAsCurrent:
        return tr("The new password must not be the one-time password.");
    case PasswordRule::Problem::None:
        break;
    }
    if (password != repeated)
        return tr("The two new passwords differ: type the same one twice.");
    return {};
}

void PasswordChangeDialog::showProblem(const QString &text)
{
    m_message->setText(text);
    // Focus goes back to the password: a screen reader says why with it.
    m_password->setAccessibleDescription(text);
    m_password->selectAll();
    m_password->setFocus();
}

void PasswordChangeDialog::submit()
{
    const QString problem
        = problemWith(m_password->text(), m_repeat->text(), m_username, m_current);
    if (!problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    m_message->setText(tr("Setting the password…"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_session->changePassword(m_current, m_password->text());
}

} // namespace WalletDesk
