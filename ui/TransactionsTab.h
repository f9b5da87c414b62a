#pragma once

#include "TransactionListModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace WalletDesk {

class TransactionFeed;

// The transaction log of one account: a filter bar (type, status, amount,
// order number), the lazily loaded list with exceptions tinted, and the
// detail of the selected transaction.
class TransactionsTab : public QWidget
{
    Q_OBJECT

public:
    TransactionsTab(TransactionListModel *model, TransactionFeed *feed, QWidget *parent = nullptr);

    void showAccount(qint64 accountId, const QString &callId);
    QTableView *view() const { return m_view; }
    // The filter as API query parameters ("type=withdrawal&status=pending").
    QString filterQuery() const;

Q_SIGNALS:
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showDetail();
    void retranslateUi();

    TransactionListModel *m_model;
    TransactionFeed *m_feed;
    qint64 m_accountId = 0;
    QString m_callId;
    QComboBox *m_type;
    QComboBox *m_status;
    QLineEdit *m_minYuan;
    QLineEdit *m_maxYuan;
    QLabel *m_amountLabel;
    QTableView *m_view;
    QLabel *m_detail;
};

} // namespace WalletDesk
