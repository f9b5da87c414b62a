#pragma once

#include "AuditEntry.h"
#include "Router.h"
#include "ServerContext.h"

namespace WalletDesk::Server {

// The supervisor's view of the audit log.
class AuditApi
{
public:
    explicit AuditApi(const ServerContext &context)
        : m_ctx(context)
    {
    }
    void registerRoutes(Router &router);

private:
    Reply query(RequestContext &request);
    // Each entry of a call gets the call's start and agent.
    void addCalls(QList<AuditEntry> &entries) const;

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
