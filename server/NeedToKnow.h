#pragma once

#include "RequestContext.h"

#include <optional>

namespace WalletDesk::Server {

class ServerContext;

// Who may read complaints, notes, action requests and call notes (docs/api.md,
// "Need to know"): supervisors everything; an agent their own items, and
// another's only through the customer's account: a list of one account is
// an audited read of that account, and one item of another agent's needs
// its account opened (GET /accounts/{id}, audited) by this agent within the
// last 12 hours. Listing across accounts is for supervisors.
class NeedToKnow
{
public:
    explicit NeedToKnow(const ServerContext &ctx)
        : m_ctx(ctx)
    {
    }

    // A list of one account's items: audited as `action` for an agent.
    void accountList(const RequestContext &request, qint64 accountId, const QString &action) const;
    // A list across accounts: 403 for an agent unless it is limited to
    // their own items.
    void crossAccountList(const RequestContext &request, bool onlyOwnItems) const;
    // One item: its people (creator, assignee), a supervisor, or an agent
    // who opened its account lately; 403 otherwise.
    void item(const RequestContext &request, std::optional<qint64> accountId,
        std::initializer_list<std::optional<qint64>> people) const;

private:
    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
