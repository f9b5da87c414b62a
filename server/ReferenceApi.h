#pragma once

#include "Router.h"
#include "ServerContext.h"

namespace WalletDesk::Server {

// Reference data (categories, channels, codes, holiday calendar, deadline
// policy), the agent list for assignment, and the health check.
class ReferenceApi
{
public:
    explicit ReferenceApi(const ServerContext &context)
        : m_ctx(context)
    {
    }
    void registerRoutes(Router &router);

    // Stores reference data as the next version and records the change.
    static qint64 store(const ServerContext &ctx, const ReferenceData &data);

private:
    Reply get(RequestContext &request);
    Reply put(RequestContext &request);
    Reply agents(RequestContext &request);

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
