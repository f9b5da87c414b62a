#include "TransactionsApi.h"

#include "AccountsApi.h"
#include "Etag.h"
#include "Masking.h"
#include "PageBuilder.h"

namespace WalletDesk::Server {

void TransactionsApi::registerRoutes(Router &router)
{
    using M = Router::Method;
    router.add(M::Get, QStringLiteral("/api/v1/accounts/{id}/transactions"), Access::SignedIn,
        [this](RequestContext &r) { return list(r); });
    router.add(M::Get, QStringLiteral("/api/v1/transactions/{orderNumber}"), Access::SignedIn,
        [this](RequestContext &r) { return byOrderNumber(r); });
}

QString TransactionsApi::selectSql()
{
    return QStringLiteral(
        "SELECT t.id, t.order_no, t.account_id, t.type, t.status, t.amount_fen, t.fee_fen, "
        "t.currency,"
        " t.merchant, t.counterparty, t.created_at, t.completed_at, t.failure_reason, t.debited,"
        " t.refund_state, c.bank_name, c.number"
        " FROM transactions t LEFT JOIN cards c ON c.id = t.card_id ");
}

// The row comparison is one bound of the (account_id, created_at, id) index,
// read backwards; "created_at < ? OR (created_at = ? AND id < ?)" is the same
// set but not a range the index can start at.
SqlQuery TransactionsApi::pageQuery(qint64 accountId, const QString &filters,
    const QVariantList &filterBinds, std::optional<std::pair<qint64, qint64>> before, int limit)
{
    QString sql = selectSql() + QStringLiteral("WHERE t.account_id = ?") + filters;
    QVariantList binds = QVariantList {accountId} + filterBinds;
    if (before) {
        sql += QStringLiteral(" AND (t.created_at, t.id) < (?, ?)");
        binds << before->first << before->second;
    }
    sql += QStringLiteral(" ORDER BY t.created_at DESC, t.id DESC LIMIT ?");
    binds << limit;
    return {sql, binds};
}

Transaction TransactionsApi::transactionFrom(
    const Rows &q, const WorkingCalendar &calendar, const DeadlinePolicy &policy)
{
    Transaction t;
    t.id = q.value(0).toLongLong();
    t.orderNumber = q.value(1).toString();
    t.accountId = q.value(2).toLongLong();
    t.type
        = enumFromString<TransactionType>(q.value(3).toString()).value_or(TransactionType::Payment);
    t.status = enumFromString<TransactionStatus>(q.value(4).toString())
                   .value_or(TransactionStatus::Pending);
    t.amount = {q.value(5).toLongLong(), q.value(7).toString()};
    t.fee = {q.value(6).toLongLong(), q.value(7).toString()};
    t.merchant = q.value(8).toString();
    t.counterparty = Masking::name(q.value(9).toString());
    t.createdAt = ServerContext::fromMs(q.value(10).toLongLong());
    t.completedAt = ServerContext::fromMsOrNull(q.value(11));
    t.failureReason = q.value(12).toString();
    t.debited = q.value(13).toInt() != 0;
    t.refundState = enumFromString<RefundState>(q.value(14).toString()).value_or(RefundState::None);
    t.bankName = q.value(15).toString();
    if (!q.value(16).isNull())
        t.maskedCard = Masking::card(q.value(16).toString());
    if (t.type == TransactionType::Withdrawal && t.status != TransactionStatus::Failed)
        t.expectedArrival = calendar.withdrawalArrival(t.createdAt, policy);
    if (t.refundState == RefundState::ReversalPending)
        t.reversalDue = calendar.reversalDue(t.createdAt, policy);
    return t;
}

Reply TransactionsApi::list(RequestContext &request)
{
    const qint64 accountId = request.pathId(0);
    QString where;
    QVariantList binds;
    if (const auto from = request.queryDate(QStringLiteral("from"))) {
        where += QStringLiteral(" AND t.created_at >= ?");
        binds << WorkingCalendar::endOfDay(from->addDays(-1)).toMSecsSinceEpoch() + 1;
    }
    if (const auto to = request.queryDate(QStringLiteral("to"))) {
        where += QStringLiteral(" AND t.created_at <= ?");
        binds << WorkingCalendar::endOfDay(*to).toMSecsSinceEpoch();
    }
    if (const auto type = request.queryEnum<TransactionType>(QStringLiteral("type"))) {
        where += QStringLiteral(" AND t.type = ?");
        binds << enumToString(*type);
    }
    if (const auto status = request.queryEnum<TransactionStatus>(QStringLiteral("status"))) {
        where += QStringLiteral(" AND t.status = ?");
        binds << enumToString(*status);
    }
    if (const auto min = request.queryInteger(QStringLiteral("minFen"), 0, Money::maxFen)) {
        where += QStringLiteral(" AND t.amount_fen >= ?");
        binds << *min;
    }
    if (const auto max = request.queryInteger(QStringLiteral("maxFen"), 0, Money::maxFen)) {
        where += QStringLiteral(" AND t.amount_fen <= ?");
        binds << *max;
    }
    // The cursor is "<createdAt ms>.<id>" of the last row of the previous page.
    const auto cursor = PageBuilder::parseKeysetCursor(request);
    const int limit = request.pageLimit(50, 200);
    const SqlQuery pageSql = pageQuery(accountId, where, binds, cursor, limit + 1);
    Rows q = m_ctx.db().exec(pageSql.sql, pageSql.binds);
    const ReferenceData reference = m_ctx.recentReference();
    const WorkingCalendar calendar = m_ctx.calendar(reference);
    PageBuilder page(limit);
    while (q.next() && page.hasRoom()) {
        const Transaction t = transactionFrom(q, calendar, reference.policy);
        page.add(t.toJson(), PageBuilder::keysetCursor(t.createdAt.toMSecsSinceEpoch(), t.id));
    }
    // Rows name their account; only an empty page asks whether it exists.
    if (page.isEmpty())
        AccountsApi::requireAccount(m_ctx, accountId);
    // Paging on is part of the same read; the first page is what gets audited.
    if (!cursor)
        m_ctx.audit(request.agent().id, QStringLiteral("account.transactions"), accountId,
            request.callId());
    return withContentEtag(request, page.reply());
}

Reply TransactionsApi::byOrderNumber(RequestContext &request)
{
    const QString orderNumber
        = request.request().url().path().section(QLatin1Char('/'), -1).toUpper();
    if (orderNumber.size() > 40)
        throw HttpError::notFound(QStringLiteral("transaction"));
    Rows q = m_ctx.db().exec(selectSql() + QStringLiteral("WHERE t.order_no = ?"), {orderNumber});
    if (!q.next())
        throw HttpError::notFound(QStringLiteral("transaction"));
    const ReferenceData reference = m_ctx.recentReference();
    const Transaction t = transactionFrom(q, m_ctx.calendar(reference), reference.policy);
    m_ctx.audit(request.agent().id, QStringLiteral("transaction.view"), t.accountId,
        request.callId(), QString(), t.orderNumber);
    return withContentEtag(request, Reply::json(t.toJson()));
}

} // namespace WalletDesk::Server
