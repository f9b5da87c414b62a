#pragma once

#include "Router.h"
#include "ServerContext.h"

namespace WalletDesk::Server {

// Complaint figures for a period: counts by category, status and channel,
// speed of resolution in working days, and deadline breaches.
class ReportsApi
{
public:
    explicit ReportsApi(const ServerContext &context)
        : m_ctx(context)
    {
    }
    void registerRoutes(Router &router);

private:
    Reply complaints(RequestContext &request);

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
