#include "SupervisorServices.h"

#include "AgentDirectory.h"
#include "ApprovalAlerts.h"
#include "ApprovalQueue.h"
#include "AuditLog.h"
#include "ChannelComplaints.h"
#include "ComplaintDesk.h"
#include "ComplaintReports.h"
#include "Wallboard.h"

namespace WalletDesk {

SupervisorServices::SupervisorServices(
    ApiClient *api, RecordCache *cache, ComplaintService *complaints, QObject *parent)
    : QObject(parent)
    , m_complaints(new ComplaintDesk(api, cache, this))
    , m_approvals(new ApprovalQueue(api, this))
    , m_alerts(new ApprovalAlerts(m_approvals, this))
    , m_audit(new AuditLog(api, this))
    , m_reports(new ComplaintReports(api, this))
    , m_agents(new AgentDirectory(api, this))
    , m_wallboard(new Wallboard(api, this))
    , m_channels(new ChannelComplaints(api, complaints, this))
{
    m_complaints->setChannels(m_channels);
}

} // namespace WalletDesk
