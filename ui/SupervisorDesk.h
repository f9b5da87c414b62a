#pragma once

#include "Language.h"

#include <QWidget>

class QTabWidget;

namespace WalletDesk {

class ApprovalQueue;
class ApprovalsView;
class AuditView;
class ComplaintQueueView;
class ConsoleCore;
class DashboardView;
class SupervisorServices;
class WallboardView;

// The supervisor's own window, next to the call screen: the complaint queue,
// the approval queue, the deadline dashboard, the audit log and the live
// wallboard. Only a supervisor's console opens it, and the server refuses
// its requests to anyone else anyway.
class SupervisorDesk : public QWidget
{
    Q_OBJECT

public:
    SupervisorDesk(ConsoleCore *core, SupervisorServices *services, QWidget *parent = nullptr);

    ApprovalQueue *approvals() const { return m_approvals; }
    ComplaintQueueView *complaintQueue() const { return m_queue; }
    DashboardView *dashboard() const { return m_dashboard; }
    AuditView *audit() const { return m_audit; }
    WallboardView *wallboard() const { return m_wallboard; }
    // Names of categories and channels follow the console's language.
    void setLanguage(WalletDesk::Language language);
    // Brings the approval queue to the front (from the tray or a notification).
    void showApprovals();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void applyReference();

    ConsoleCore *m_core;
    ApprovalQueue *m_approvals;
    ComplaintQueueView *m_queue = nullptr;
    ApprovalsView *m_approvalsView = nullptr;
    DashboardView *m_dashboard = nullptr;
    AuditView *m_audit = nullptr;
    WallboardView *m_wallboard = nullptr;
    Language m_language = Language::Chinese;
    QTabWidget *m_tabs;
};

} // namespace WalletDesk
