#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace WalletDesk {

class ApprovalQueue;
class RecordTableModel;

// Requests waiting for a second person: who asked, for what, on which
// account, why, how the caller was verified and how long the request has
// waited; beside the selected one, the account's risk context in words.
// Approve or reject, each with a reason the agent sees.
class ApprovalsView : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalsView(ApprovalQueue *queue, QWidget *parent = nullptr);

    // The risk context of the selected request, as the supervisor reads it.
    QString riskText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void show();
    void showRisk();
    void decide(bool approve);
    void updateButtons();
    void retranslateUi();

    ApprovalQueue *m_queue;
    RecordTableModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QLabel *m_riskCaption;
    QPlainTextEdit *m_risk;
    QString m_lastDecision;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_refresh;
};

} // namespace WalletDesk
