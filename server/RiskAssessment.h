#pragma once

#include "RiskContext.h"
#include "ServerContext.h"

namespace WalletDesk::Server {

// Gathers what a supervisor should know about an account before approving a
// request on it (RiskContext), and names the patterns among those facts.
// Read-only; runs inside the approval queue's request.
class RiskAssessment
{
public:
    explicit RiskAssessment(const ServerContext &context)
        : m_ctx(context)
    {
    }

    RiskContext forRequest(const ActionRequest &request) const;

private:
    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
