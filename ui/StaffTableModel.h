#pragma once

#include "StaffMember.h"

#include <QAbstractTableModel>

namespace WalletDesk {

// The staff list as the administrator reads it: state and two-factor sign-in
// in words, times in the call center's zone.
class StaffTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Username, DisplayName, RoleColumn, State, TwoFactor, LastSignIn, ColumnCount };
    enum { IdRole = Qt::UserRole + 1, RoleValueRole };

    explicit StaffTableModel(QObject *parent = nullptr);

    void setStaff(const QList<StaffMember> &staff, const QDateTime &now);
    const StaffMember *memberAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString roleText(Role role);
    static QString totpText(TotpState state);
    // Enabled, disabled or locked (until when, China time), and whether the
    // next sign-in must set a password.
    static QString stateText(const StaffMember &member, const QDateTime &now);

private:
    QList<StaffMember> m_staff;
    QDateTime m_now;
};

} // namespace WalletDesk
