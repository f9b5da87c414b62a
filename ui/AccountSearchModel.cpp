#include "AccountSearchModel.h"
#include "DisplayNames.h"

namespace WalletDesk {

AccountSearchModel::AccountSearchModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AccountSearchModel::setResults(const QList<AccountSummary> &results)
{
    beginResetModel();
    m_rows = results;
    endResetModel();
}

void AccountSearchModel::updateAccount(const AccountSummary &account)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id != account.id || m_rows.at(row) == account)
            continue;
        m_rows[row] = account;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int AccountSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountSummary &a = m_rows.at(index.row());
    if (role == IdRole)
        return a.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Name:
        return a.name;
    case Phone:
        return a.phone;
    case AccountNumber:
        return a.accountNumber;
    case Email:
        return a.email;
    case Status:
        return DisplayNames::accountStatus(a.status);
    case KycLevel:
        return a.kycLevel;
    }
    return {};
}

QVariant AccountSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case AccountNumber:
        return tr("Account");
    case Email:
        return tr("E-mail");
    case Status:
        return tr("Status");
    case KycLevel:
        return tr("Verification level");
    }
    return {};
}

} // namespace WalletDesk
