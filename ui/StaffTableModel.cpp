#include "StaffTableModel.h"

#include "DisplayNames.h"
#include "WorkingCalendar.h"

namespace WalletDesk {

StaffTableModel::StaffTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StaffTableModel::setStaff(const QList<StaffMember> &staff, const QDateTime &now)
{
    beginResetModel();
    m_staff = staff;
    m_now = now;
    endResetModel();
}

const StaffMember *StaffTableModel::memberAt(int row) const
{
    return row >= 0 && row < m_staff.size() ? &m_staff.at(row) : nullptr;
}

int StaffTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_staff.size());
}

int StaffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StaffTableModel::roleText(Role role)
{
    switch (role) {
    case Role::Agent:
        return tr("Agent");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QString StaffTableModel::totpText(TotpState state)
{
    switch (state) {
    case TotpState::None:
        return tr("None");
    case TotpState::Pending:
        return tr("Awaiting confirmation");
    case TotpState::Active:
        return tr("Switched on");
    }
    return {};
}

QString StaffTableModel::stateText(const StaffMember &member, const QDateTime &now)
{
    QString text;
    if (member.disabled)
        text = tr("Disabled");
    else if (member.isLocked(now))
        text = tr("Sign-in locked until %1 (%2)")
                   .arg(member.lockedUntil->toTimeZone(CallCenterTime::zone())
                            .toString(QStringLiteral("HH:mm")),
                       DisplayNames::zoneName());
    else
        text = tr("On duty");
    if (member.passwordChangeRequired)
        text += tr("; must change password");
    return text;
}

QVariant StaffTableModel::data(const QModelIndex &index, int role) const
{
    const StaffMember *m = memberAt(index.row());
    if (!m)
        return {};
    if (role == IdRole)
        return m->id;
    if (role == RoleValueRole)
        return int(m->role);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Username:
        return m->username;
    case DisplayName:
        return m->displayName;
    case RoleColumn:
        return roleText(m->role);
    case State:
        return stateText(*m, m_now);
    case TwoFactor:
        return totpText(m->totp);
    case LastSignIn:
        return m->lastSignInAt ? m->lastSignInAt->toTimeZone(CallCenterTime::zone())
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                               : tr("Never");
    }
    return {};
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Username:
        return tr("Username");
    case DisplayName:
        return tr("Display name");
    case RoleColumn:
        return tr("Role");
    case State:
        return tr("State");
    case TwoFactor:
        return tr("Two-factor sign-in");
    case LastSignIn:
        return tr("Last sign-in (%1)").arg(DisplayNames::zoneName());
    }
    return {};
}

} // namespace WalletDesk
