#pragma once

#include "Presence.h"
#include "Router.h"
#include "ServerContext.h"

namespace WalletDesk::Server {

// Who is at a console and on a call: each console reports its agent's state
// when it changes and heartbeats it (PUT /api/v1/presence). Only a change of
// state goes on the changes feed, to supervisors; a heartbeat that changes
// nothing only keeps the presence fresh, or the feed would carry every
// console's minute ticks to every supervisor.
class PresenceApi
{
public:
    explicit PresenceApi(const ServerContext &context)
        : m_ctx(context)
    {
    }
    void registerRoutes(Router &router);

    static std::optional<Presence> load(const ServerContext &ctx, qint64 agentId);
    // Sign-out: the agent is away at once, not after the presence goes stale.
    static void signOut(const ServerContext &ctx, qint64 agentId);
    // How far a console's call start may be from the server's clock: a
    // little ahead (skew), and no call lasts longer than a shift.
    static constexpr qint64 maxClockAheadMs = 5 * 60 * 1000;
    static constexpr qint64 maxCallMs = 12LL * 3600 * 1000;

private:
    Reply report(RequestContext &request);

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
