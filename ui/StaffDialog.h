#pragma once

#include "StaffMember.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace WalletDesk {

// A new staff member (username, display name, role), or the display name and
// role of one who exists (the username never changes).
class StaffDialog : public QDialog
{
    Q_OBJECT

public:
    // Creating a new staff member.
    explicit StaffDialog(QWidget *parent = nullptr);
    // Editing member; a note (e.g. a version conflict) shown above the form.
    StaffDialog(const StaffMember &member, const QString &note, QWidget *parent = nullptr);

    QString username() const;
    QString displayName() const;
    Role role() const;
    void setDisplayName(const QString &name);
    void setRole(Role role);

    // What is wrong with the form, in words; empty if it can be sent.
    QString problem() const;

private:
    void build(const QString &note);
    void submit();

    bool m_creating;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace WalletDesk
