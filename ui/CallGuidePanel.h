#pragma once

#include "CallGuide.h"

#include <QGroupBox>
#include <QSet>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace WalletDesk {

class AccountHistory;
class CallSession;
class TransactionFeed;

// The checklist for the kind of call the agent picked, filled with the open
// account's live data. Ticking a step (Space) writes it into the call notes.
class CallGuidePanel : public QGroupBox
{
    Q_OBJECT

public:
    CallGuidePanel(CallSession *call, TransactionFeed *feed, AccountHistory *history,
        QWidget *parent = nullptr);

    void setAccount(const Account &account);
    void clearAccount();
    void setKind(CallGuide::Kind kind);
    CallGuide::Kind kind() const { return m_kind; }
    const QList<CallGuide::Step> &steps() const { return m_steps; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadTransactions();
    void rebuild();
    void stepChanged(QListWidgetItem *item);
    void retranslateUi();

    CallSession *m_call;
    TransactionFeed *m_feed;
    CallGuide::Kind m_kind = CallGuide::Kind::CannotSignIn;
    CallGuide::Facts m_facts;
    quint64 m_fetchGeneration = 0;
    QList<CallGuide::Step> m_steps;
    QSet<QString> m_ticked;
    bool m_rebuilding = false;
    QLabel *m_kindLabel;
    QComboBox *m_kindBox;
    QListWidget *m_list;
};

} // namespace WalletDesk
