#include "StaffDialog.h"

#include "Accessibility.h"
#include "StaffTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace WalletDesk {

StaffDialog::StaffDialog(QWidget *parent)
    : QDialog(parent)
    , m_creating(true)
{
    build({});
    setWindowTitle(tr("New staff member"));
}

StaffDialog::StaffDialog(const StaffMember &member, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_creating(false)
{
    build(note);
    setWindowTitle(tr("Edit %1").arg(member.username));
    m_username->setText(member.username);
    m_username->setReadOnly(true);
    setDisplayName(member.displayName);
    setRole(member.role);
}

void StaffDialog::build(const QString &note)
{
    setObjectName(QStringLiteral("staffDialog"));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("staffUsername"));
    m_username->setMaxLength(32);
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("staffDisplayName"));
    m_displayName->setMaxLength(64);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("staffRole"));
    for (Role r : {Role::Agent, Role::Supervisor, Role::Admin})
        m_role->addItem(StaffTableModel::roleText(r), int(r));
    m_message = new QLabel(note, this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("staffMessage"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    Accessibility::nameDialogButtons(m_buttons, m_creating ? tr("Create") : tr("Save"));

    auto *userLabel = new QLabel(tr("&Username"), this);
    auto *nameLabel = new QLabel(tr("&Display name"), this);
    auto *roleLabel = new QLabel(tr("&Role"), this);
    userLabel->setBuddy(m_username);
    nameLabel->setBuddy(m_displayName);
    roleLabel->setBuddy(m_role);
    for (QLabel *label : {userLabel, nameLabel, roleLabel})
        Accessibility::nameAfterText(label);
    m_username->setAccessibleName(tr("Username"));
    m_username->setAccessibleDescription(
        tr("3 to 32 characters: a-z, 0-9, '.', '_' and '-', starting with a letter"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_role->setAccessibleName(tr("Role"));

    auto *form = new QFormLayout;
    form->addRow(userLabel, m_username);
    form->addRow(nameLabel, m_displayName);
    form->addRow(roleLabel, m_role);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StaffDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (m_creating ? m_username : m_displayName)->setFocus();
}

QString StaffDialog::username() const
{
    return m_username->text().trimmed();
}

QString StaffDialog::displayName() const
{
    return m_displayName->text().trimmed();
}

Role StaffDialog::role() const
{
    return Role(m_role->currentData().toInt());
}

void StaffDialog::setDisplayName(const QString &name)
{
    m_displayName->setText(name);
}

void StaffDialog::setRole(Role role)
{
    m_role->setCurrentIndex(m_role->findData(int(role)));
}

QString StaffDialog::problem() const
{
    if (m_creating && !StaffMember::usernameProblem(username()).isEmpty())
        return tr("The username must be 3 to 32 characters of a-z, 0-9, '.', '_' and '-', "
                  "starting with a letter.");
    if (displayName().isEmpty() || displayName().size() > 64)
        return tr("The display name must be 1 to 64 characters.");
    for (QChar c : displayName())
        if (c.category() == QChar::Other_Control)
            return tr("The display name must not hold control characters.");
    return {};
}

void StaffDialog::submit()
{
    const QString text = problem();
    if (!text.isEmpty()) {
        m_message->setText(text);
        return;
    }
    accept();
}

} // namespace WalletDesk
