#pragma once

#include "CallRecord.h"
#include "Complaint.h"

#include "ReferenceData.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace WalletDesk {

class AccountHistory;
class ComplaintListModel;
class RecordTableModel;

// Has this customer called or complained before? The account's complaints
// (newest first, overdue ones marked) and its previous calls with their
// wrap-up codes and notes.
class AccountHistoryTab : public QWidget
{
    Q_OBJECT

public:
    AccountHistoryTab(AccountHistory *history, QWidget *parent = nullptr);

    // Names for categories, channels and wrap-up codes, in the console's language.
    void setReference(const ReferenceData &reference, Language language);
    void showAccount(qint64 accountId, const QString &callId);
    void clear();
    // Shows complaints as they change (changes feed), if they are this account's.
    void complaintChanged(const Complaint &complaint);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCalls();
    void retranslateUi();

    AccountHistory *m_history;
    ReferenceData m_reference;
    Language m_language = Language::Chinese;
    qint64 m_accountId = 0;
    QList<CallRecord> m_calls;
    QString m_complaintsMessage;
    QString m_callsMessage;
    ComplaintListModel *m_complaints;
    RecordTableModel *m_callModel;
    QLabel *m_complaintsLabel;
    QLabel *m_callsLabel;
    QTableView *m_complaintView;
    QTableView *m_callView;
};

} // namespace WalletDesk
