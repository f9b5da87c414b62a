#pragma once

#include <QObject>

namespace WalletDesk {

class AgentDirectory;
class ApiClient;
class ApprovalAlerts;
class ApprovalQueue;
class ChannelComplaints;
class ComplaintService;
class AuditLog;
class ComplaintDesk;
class ComplaintReports;
class RecordCache;
class Wallboard;

// What only a supervisor's console has: the complaint desk, the approval
// queue, the audit log, the reports, the directory of agents and the wallboard. ConsoleCore makes
// them when a supervisor signs in and drops them at sign-out, so an agent's console never holds
// them (the server refuses an agent's requests anyway).
class SupervisorServices : public QObject
{
    Q_OBJECT

public:
    SupervisorServices(ApiClient *api, RecordCache *cache, ComplaintService *complaints,
        QObject *parent = nullptr);

    ComplaintDesk *complaints() const { return m_complaints; }
    ApprovalQueue *approvals() const { return m_approvals; }
    ApprovalAlerts *alerts() const { return m_alerts; }
    AuditLog *audit() const { return m_audit; }
    ComplaintReports *reports() const { return m_reports; }
    AgentDirectory *agents() const { return m_agents; }
    Wallboard *wallboard() const { return m_wallboard; }
    ChannelComplaints *channels() const { return m_channels; }

private:
    ComplaintDesk *m_complaints;
    ApprovalQueue *m_approvals;
    ApprovalAlerts *m_alerts;
    AuditLog *m_audit;
    ComplaintReports *m_reports;
    AgentDirectory *m_agents;
    Wallboard *m_wallboard;
    ChannelComplaints *m_channels;
};

} // namespace WalletDesk
