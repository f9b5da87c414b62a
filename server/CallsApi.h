#pragma once

#include "CallRecord.h"
#include "Router.h"
#include "ServerContext.h"

namespace WalletDesk::Server {

// Call records written at wrap-up, and an account's previous calls.
class CallsApi
{
public:
    explicit CallsApi(const ServerContext &context)
        : m_ctx(context)
    {
    }
    void registerRoutes(Router &router);

private:
    Reply record(RequestContext &request);
    Reply list(RequestContext &request);
    CallRecord load(qint64 id) const;

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
