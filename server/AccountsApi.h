#pragma once

#include "Account.h"
#include "Router.h"
#include "ServerContext.h"

namespace WalletDesk::Server {

// Account search and the account detail an agent opens on a call.
class AccountsApi
{
public:
    explicit AccountsApi(const ServerContext &context)
        : m_ctx(context)
    {
    }
    void registerRoutes(Router &router);

    // 404 unless the account exists.
    static void requireAccount(const ServerContext &ctx, qint64 accountId);
    static Account loadAccount(const ServerContext &ctx, qint64 accountId);
    // Masked, as in search results; nullopt for an unknown id.
    static std::optional<AccountSummary> loadSummary(const ServerContext &ctx, qint64 accountId);

    enum class SearchKind {
        Auto,
        Phone,
        PhoneLast4,
        CardLast4,
        Email,
        AccountNumber,
        Name,
        OrderNumber
    };
    static SearchKind guessKind(const QString &query);
    // One page of a search: the accounts whose key is `value` (already
    // normalised: national digits, lower-case e-mail, upper-case order
    // number, a name prefix), after the account `after` (0: first page).
    // alsoCards makes four digits match card numbers too.
    static SqlQuery searchQuery(
        SearchKind kind, bool alsoCards, const QString &value, qint64 after, int limit);

private:
    Reply search(RequestContext &request);
    Reply detail(RequestContext &request);

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
