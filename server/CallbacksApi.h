#pragma once

#include "Callback.h"
#include "Router.h"
#include "ServerContext.h"

namespace WalletDesk::Server {

// Callbacks an agent promised a customer: scheduled on a call, listed in
// due order, marked done or cancelled or moved. They are the agent's own:
// another agent's callback is not found; a supervisor may read an agent's
// (number masked) but not change it.
class CallbacksApi
{
public:
    explicit CallbacksApi(const ServerContext &context)
        : m_ctx(context)
    {
    }
    void registerRoutes(Router &router);

    // One page of an agent's scheduled callbacks, earliest due first;
    // `after` is the (due_at, id) of the previous page's last row.
    static SqlQuery pageQuery(
        qint64 agentId, std::optional<std::pair<qint64, qint64>> after, int limit);
    // The callback as its owner sees it (number in full), or nullopt.
    static std::optional<Callback> load(const ServerContext &ctx, qint64 id);
    // How far an agent's clock (scheduledAt, changedAt) may be from the
    // server's: ahead by a little skew, behind by as long as an entry may
    // sensibly wait in a console's outbox.
    static constexpr qint64 maxClockAheadMs = 5 * 60 * 1000;
    static constexpr qint64 maxOutboxAgeMs = 7LL * 24 * 3600 * 1000;

private:
    Reply create(RequestContext &request);
    Reply list(RequestContext &request);
    Reply get(RequestContext &request);
    Reply change(RequestContext &request);

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
