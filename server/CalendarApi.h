#pragma once

#include "Router.h"
#include "ServerContext.h"

namespace WalletDesk::Server {

// The working-day calendar and the deadline policy, edited by an
// administrator one year or one policy at a time. Both are part of the
// reference data and share its version (ReferenceApi::lockForEdit).
class CalendarApi
{
public:
    explicit CalendarApi(const ServerContext &context)
        : m_ctx(context)
    {
    }
    void registerRoutes(Router &router);

    static constexpr int firstYear = 2000;
    static constexpr int lastYear = 2100;
    static constexpr int maxDaysPerYear = 100;

private:
    Reply putYear(RequestContext &request);
    Reply putPolicy(RequestContext &request);

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
