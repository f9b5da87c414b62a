#pragma once

#include <QWidget>

class QTabWidget;

namespace WalletDesk {

class ApprovalQueue;
class ConsoleCore;

// The supervisor's own window, next to the call screen: the approval queue
// for now; the complaint queue, the deadline dashboard and the audit log
// join it. Only a supervisor's console opens it, and the server refuses
// its requests to anyone else anyway.
class SupervisorDesk : public QWidget
{
    Q_OBJECT

public:
    explicit SupervisorDesk(ConsoleCore *core, QWidget *parent = nullptr);

    ApprovalQueue *approvals() const { return m_approvals; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    ConsoleCore *m_core;
    ApprovalQueue *m_approvals;
    QTabWidget *m_tabs;
};

} // namespace WalletDesk
