#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace WalletDesk {

class ApprovalQueue;
class RecordTableModel;

// Requests waiting for a second person: who asked, for what, on which
// account, why, and how the caller was verified. Approve or reject, each
// with a reason the agent sees.
class ApprovalsView : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalsView(ApprovalQueue *queue, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void show();
    void decide(bool approve);
    void updateButtons();
    void retranslateUi();

    ApprovalQueue *m_queue;
    RecordTableModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QString m_lastDecision;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_refresh;
};

} // namespace WalletDesk
