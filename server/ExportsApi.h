#pragma once

#include "Router.h"
#include "ServerContext.h"

namespace WalletDesk::Server {

// A customer's transaction log leaving the console as a file. The console
// announces an export before its first row (the policy may refuse it by
// role; an agent needs the account open, as for reading it) and says how
// many rows it wrote when it is done. Both ends are audited, so an export
// cut short by a crash still shows in the audit log.
class ExportsApi
{
public:
    explicit ExportsApi(const ServerContext &context)
        : m_ctx(context)
    {
    }
    void registerRoutes(Router &router);

private:
    Reply start(RequestContext &request);
    Reply finish(RequestContext &request);

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
