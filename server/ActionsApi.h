#pragma once

#include "ActionRequest.h"
#include "Router.h"
#include "ServerContext.h"

namespace WalletDesk::Server {

// Account actions agents take on a call, and the supervisor's approval queue
// for those that need a second person.
class ActionsApi
{
public:
    explicit ActionsApi(const ServerContext &context)
        : m_ctx(context)
    {
    }
    void registerRoutes(Router &router);

    static ActionRequest load(const ServerContext &ctx, qint64 id);
    // The account's requests created since sinceMs, newest first.
    static QList<ActionRequest> loadForAccount(
        const ServerContext &ctx, qint64 accountId, qint64 sinceMs, int limit);

private:
    Reply request(RequestContext &request);
    // The action itself, inside the caller's transaction (Idempotency::once's
    // when the request has a key).
    Reply carryOut(RequestContext &request, qint64 accountId, const ActionDraft &draft);
    Reply get(RequestContext &request);
    Reply listForAccount(RequestContext &request);
    Reply approvals(RequestContext &request);
    Reply decide(RequestContext &request, bool approve);
    // Carries out an action on the account (inside the caller's transaction).
    void perform(const ActionRequest &action) const;

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
