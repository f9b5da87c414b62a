#pragma once

#include "Router.h"
#include "ServerContext.h"

namespace WalletDesk::Server {

// GET /api/v1/wallboard, supervisors only: the WallboardSnapshot (models/)
// of presences, approvals waiting and complaints due today or overdue, in one answer so that a
// console refreshes it with one request.
class WallboardApi
{
public:
    explicit WallboardApi(const ServerContext &context)
        : m_ctx(context)
    {
    }
    void registerRoutes(Router &router);

private:
    Reply snapshot(RequestContext &request);

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
