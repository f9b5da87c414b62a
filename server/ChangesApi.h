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
    // The changes after (afterTxid, afterSeq) of transactions below bound.
    static SqlQuery feedQuery(qint64 bound, qint64 afterTxid, qint64 afterSeq, int limit);

private:
    Reply changes(RequestContext &request);

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
