#pragma once

#include "AccountSummary.h"

#include <QAbstractTableModel>

namespace WalletDesk {

// Candidate accounts of a search or a screen pop, all masked.
class AccountSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The e-mail comes last: it is the one column that may give way (it
    // stretches into what is left and elides in the middle), so the keys
    // before it always show whole.
    enum Column { Name, Phone, AccountNumber, Status, KycLevel, Email, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit AccountSearchModel(QObject *parent = nullptr);

    void setResults(const QList<AccountSummary> &results);
    // A fresher copy of an account (after an action): its row, if listed,
    // shows what the account header shows.
    void updateAccount(const AccountSummary &account);
    const AccountSummary &at(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AccountSummary> m_rows;
};

} // namespace WalletDesk
