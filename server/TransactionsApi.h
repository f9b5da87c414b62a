#pragma once

#include "Router.h"
#include "ServerContext.h"
#include "Transaction.h"

namespace WalletDesk::Server {

// An account's transaction log, paged and filtered, and lookup by order number.
class TransactionsApi
{
public:
    explicit TransactionsApi(const ServerContext &context)
        : m_ctx(context)
    {
    }
    void registerRoutes(Router &router);

    // The columns transactionFrom() expects, for "SELECT <columns> FROM transactions t LEFT JOIN
    // cards c ...".
    static QString selectSql();
    // One page of an account's log, newest first: `filters` are " AND ..."
    // conditions on t with their values; `before` is the (created_at, id) of
    // the previous page's last row.
    static SqlQuery pageQuery(qint64 accountId, const QString &filters,
        const QVariantList &filterBinds, std::optional<std::pair<qint64, qint64>> before,
        int limit);
    // Which way a page reads the log: Older is newest first (rows below the
    // bound), Newer oldest first (rows above it). The bound is a
    // (created_at, id) that the page excludes.
    enum class Direction { Older, Newer };
    static SqlQuery pageQuery(qint64 accountId, const QString &filters,
        const QVariantList &filterBinds, Direction direction,
        std::optional<std::pair<qint64, qint64>> bound, int limit);
    static Transaction transactionFrom(
        const Rows &q, const WorkingCalendar &calendar, const DeadlinePolicy &policy);

private:
    Reply list(RequestContext &request);
    Reply byOrderNumber(RequestContext &request);

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
