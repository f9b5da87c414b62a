#pragma once

#include "Router.h"
#include "ServerContext.h"

namespace WalletDesk::Server {

// The changes feed: everything that changed after a cursor, with the changed
// record embedded, so that a console can keep its cache current.
class ChangesApi
{
public:
    explicit ChangesApi(const ServerContext &context)
        : m_ctx(context)
    {
    }
    void registerRoutes(Router &router);

private:
    Reply changes(RequestContext &request);

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
