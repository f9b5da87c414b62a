#pragma once

#include "BankCard.h"

#include <QWidget>

class QTableView;

namespace WalletDesk {

class RecordTableModel;

// The bank cards linked to the account, numbers masked as the server sends them.
class CardsTab : public QWidget
{
    Q_OBJECT

public:
    explicit CardsTab(QWidget *parent = nullptr);

    void showCards(const QList<BankCard> &cards);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<BankCard> m_cards;
    RecordTableModel *m_model;
    QTableView *m_view;
};

} // namespace WalletDesk
