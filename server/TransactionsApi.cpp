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
    return pageQuery(accountId, filters, filterBinds, Direction::Older, before, limit);
}

// The oldest end is the same index read forwards: no sort either way.
SqlQuery TransactionsApi::pageQuery(qint64 accountId, const QString &filters,
    const QVariantList &filterBinds, Direction direction,
    std::optional<std::pair<qint64, qint64>> bound, int limit)
{
    const bool older = direction == Direction::Older;
    QString sql = selectSql() + QStringLiteral("WHERE t.account_id = ?") + filters;
    QVariantList binds = QVariantList {accountId} + filterBinds;
    if (bound) {
        sql += older ? QStringLiteral(" AND (t.created_at, t.id) < (?, ?)")
                     : QStringLiteral(" AND (t.created_at, t.id) > (?, ?)");
        binds << bound->first << bound->second;
    }
    sql += older ? QStringLiteral(" ORDER BY t.created_at DESC, t.id DESC LIMIT ?")
                 : QStringLiteral(" ORDER BY t.created_at, t.id LIMIT ?");
    binds << limit;
    return {sql, binds};
}

namespace {

constexpr qint64 beyondAnyId = Q_INT64_C(1) << 53;
const QString newerMark = QStringLiteral("n");

// A page's cursor says which way it goes on: "<ms>.<id>" towards older rows
// (as servers before the oldest-end pages gave out), "n<ms>.<id>" towards newer.
QString cursorOf(TransactionsApi::Direction direction, qint64 ms, qint64 id)
{
    return (direction == TransactionsApi::Direction::Newer ? newerMark : QString())
        + PageBuilder::keysetCursor(ms, id);
}

struct Start
{
    TransactionsApi::Direction direction = TransactionsApi::Direction::Older;
    std::optional<std::pair<qint64, qint64>> bound;
    bool fromCursor = false;
};

Start startOf(const RequestContext &request)
{
    using D = TransactionsApi::Direction;
    const auto order = request.queryString(QStringLiteral("order"), 10);
    if (order && *order != QLatin1String("newest") && *order != QLatin1String("oldest"))
        throw HttpError::badRequest(QStringLiteral("order"),
            QStringLiteral("unknown value \"%1\"; expected newest or oldest").arg(*order));
    const auto at = request.queryString(QStringLiteral("at"), 40);
    if (auto cursor = request.queryString(QStringLiteral("cursor"), 41)) {
        if (order || at)
            throw HttpError::badRequest(order ? QStringLiteral("order") : QStringLiteral("at"),
                QStringLiteral("applies to the first page only; the cursor knows the way"));
        Start s;
        s.fromCursor = true;
        if (cursor->startsWith(newerMark)) {
            s.direction = D::Newer;
            cursor->remove(0, newerMark.size());
        }
        const QStringList parts = cursor->split(QLatin1Char('.'));
        const auto key = RequestContext::decimal(parts.value(0));
        const auto id = RequestContext::decimal(parts.value(1));
        if (parts.size() != 2 || !key || !id || *id < 1)
            throw HttpError::badRequest(
                QStringLiteral("cursor"), QStringLiteral("is not a cursor this server gave out"));
        s.bound = std::make_pair(*key, *id);
        return s;
    }
    Start s;
    s.direction = order == QLatin1String("oldest") ? D::Newer : D::Older;
    if (!at)
        return s;
    // A day (China time) or an instant; the page starts at its end going
    // older, at its start going newer, so the day's own rows come first.
    qint64 ms = 0;
    const QDate day = QDate::fromString(*at, Qt::ISODate);
    if (at->size() == 10 && day.isValid()) {
        ms = s.direction == D::Older
            ? WorkingCalendar::endOfDay(day).toMSecsSinceEpoch()
            : WorkingCalendar::endOfDay(day.addDays(-1)).toMSecsSinceEpoch() + 1;
    } else {
        const QDateTime instant = QDateTime::fromString(*at, Qt::ISODateWithMs);
        if (!instant.isValid() || instant.timeSpec() == Qt::LocalTime)
            throw HttpError::badRequest(QStringLiteral("at"),
                QStringLiteral("must be a date (YYYY-MM-DD) or an instant with a UTC offset"));
        ms = instant.toMSecsSinceEpoch();
    }
    // Inclusive of the instant itself: every id is above 0 and below beyondAnyId.
    s.bound = std::make_pair(ms, s.direction == D::Older ? beyondAnyId : qint64(0));
    return s;
}

} // namespace

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
    const Start start = startOf(request);
    const int limit = request.pageLimit(50, 200);
    const SqlQuery pageSql
        = pageQuery(accountId, where, binds, start.direction, start.bound, limit + 1);
    const ReferenceData reference = m_ctx.recentReference();
    const WorkingCalendar calendar = m_ctx.calendar(reference);
    const Direction back
        = start.direction == Direction::Older ? Direction::Newer : Direction::Older;
    PageBuilder page(limit);
    QJsonValue prevCursor;
    // The way back starts at the page's first row, or, on an empty page,
    // where the page started; a plain first page is at an end already.
    if (start.bound)
        prevCursor = cursorOf(back, start.bound->first, start.bound->second);
    {
        // Closed before the audit below: an SQLite statement left open on its
        // limit+1st row holds a read snapshot, and once another thread has
        // written the audit's INSERT cannot upgrade it ("database is locked",
        // a 500 on a third of first pages under bench/floor_run.sh).
        Rows q = m_ctx.db().exec(pageSql.sql, pageSql.binds);
        while (q.next() && page.hasRoom()) {
            const Transaction t = transactionFrom(q, calendar, reference.policy);
            const qint64 ms = t.createdAt.toMSecsSinceEpoch();
            if (page.isEmpty() && start.bound)
                prevCursor = cursorOf(back, ms, t.id);
            page.add(t.toJson(), cursorOf(start.direction, ms, t.id));
        }
    }
    // Rows name their account; only an empty page asks whether it exists.
    if (page.isEmpty())
        AccountsApi::requireAccount(m_ctx, accountId);
    // Paging on is part of the same read; the first page is what gets audited.
    if (!start.fromCursor)
        m_ctx.audit(request.agent().id, QStringLiteral("account.transactions"), accountId,
            request.callId());
    return withContentEtag(request, page.reply({{QStringLiteral("prevCursor"), prevCursor}}));
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
