#include "CallbacksApi.h"

#include "Etag.h"
#include "Idempotency.h"
#include "Masking.h"
#include "PageBuilder.h"

namespace WalletDesk::Server {

namespace {

const QString columns = QStringLiteral(
    "id, version, agent_id, phone, reason, account_id, call_id, due_at, scheduled_at, status,"
    " updated_at");

Callback callbackFrom(const Rows &q)
{
    Callback c;
    c.id = q.value(0).toLongLong();
    c.version = q.value(1).toLongLong();
    c.agentId = q.value(2).toLongLong();
    c.phone = q.value(3).toString();
    c.reason = q.value(4).toString();
    if (!q.value(5).isNull())
        c.accountId = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        c.callId = q.value(6).toString();
    c.dueAt = ServerContext::fromMs(q.value(7).toLongLong());
    c.scheduledAt = ServerContext::fromMs(q.value(8).toLongLong());
    c.status
        = enumFromString<CallbackStatus>(q.value(9).toString()).value_or(CallbackStatus::Scheduled);
    c.updatedAt = ServerContext::fromMs(q.value(10).toLongLong());
    return c;
}

// The owner dials the number; anyone else (a supervisor) needs only to
// know that there is one.
QJsonObject shownTo(Callback c, const RequestContext &request)
{
    if (c.agentId != request.agent().id)
        c.phone = Masking::phone(c.phone);
    return c.toJson();
}

Reply callbackReply(const Callback &c, const RequestContext &request, int status = 200)
{
    return Reply::json(shownTo(c, request), status).withHeader("ETag", versionEtag(c.version));
}

// The agent's own clock reading (scheduledAt, changedAt), or the server's
// when the console sent none; an absurd one is refused by name.
QDateTime agentClock(const QDateTime &sent, const QString &field)
{
    const qint64 now = ServerContext::nowMs();
    if (!sent.isValid())
        return ServerContext::fromMs(now);
    const qint64 ms = sent.toMSecsSinceEpoch();
    if (ms > now + CallbacksApi::maxClockAheadMs)
        throw HttpError::badRequest(field, QStringLiteral("is in the future"));
    if (ms < now - CallbacksApi::maxOutboxAgeMs)
        throw HttpError::badRequest(field, QStringLiteral("is more than 7 days old"));
    return sent;
}

void checkDue(const QDateTime &due, const QDateTime &decidedAt)
{
    if (due < decidedAt.addSecs(-60))
        throw HttpError::badRequest(
            QStringLiteral("dueAt"), QStringLiteral("must not be in the past"));
    if (due > decidedAt.addDays(Callback::maxDaysAhead))
        throw HttpError::badRequest(QStringLiteral("dueAt"),
            QStringLiteral("must be at most %1 days ahead").arg(Callback::maxDaysAhead));
}

QString auditDetail(const Callback &c)
{
    return Masking::phone(c.phone) + QLatin1String(" due ") + formatDateTime(c.dueAt);
}

} // namespace

void CallbacksApi::registerRoutes(Router &router)
{
    using M = Router::Method;
    router.add(M::Post, QStringLiteral("/api/v1/callbacks"), Access::SignedIn,
        [this](RequestContext &r) { return create(r); });
    router.add(M::Get, QStringLiteral("/api/v1/callbacks"), Access::SignedIn,
        [this](RequestContext &r) { return list(r); });
    router.add(M::Get, QStringLiteral("/api/v1/callbacks/{id}"), Access::SignedIn,
        [this](RequestContext &r) { return get(r); });
    router.add(M::Patch, QStringLiteral("/api/v1/callbacks/{id}"), Access::SignedIn,
        [this](RequestContext &r) { return change(r); });
}

// One range of the (agent_id, status, due_at, id) index; the row comparison
// is the bound the index starts at (TransactionsApi::pageQuery says why).
SqlQuery CallbacksApi::pageQuery(
    qint64 agentId, std::optional<std::pair<qint64, qint64>> after, int limit)
{
    QString sql = QStringLiteral("SELECT ") + columns
        + QStringLiteral(" FROM callbacks WHERE agent_id = ? AND status = 'scheduled'");
    QVariantList binds {agentId};
    if (after) {
        sql += QStringLiteral(" AND (due_at, id) > (?, ?)");
        binds << after->first << after->second;
    }
    sql += QStringLiteral(" ORDER BY due_at, id LIMIT ?");
    binds << limit;
    return {sql, binds};
}

std::optional<Callback> CallbacksApi::load(const ServerContext &ctx, qint64 id)
{
    Rows q = ctx.db().exec(
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM callbacks WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return callbackFrom(q);
}

Reply CallbacksApi::create(RequestContext &request)
{
    const QString key = request.idempotencyKey(true);
    Callback c = request.bodyAs<Callback>();
    if (c.phone.contains(QLatin1Char('*')))
        throw HttpError::badRequest(QStringLiteral("phone"),
            QStringLiteral("must be the number to dial, not a masked one"));
    c.scheduledAt = agentClock(c.scheduledAt, QStringLiteral("scheduledAt"));
    checkDue(c.dueAt, c.scheduledAt);
    if (c.accountId
        && !m_ctx.db()
                .scalar(QStringLiteral("SELECT 1 FROM accounts WHERE id = ?"), {*c.accountId})
                .isValid())
        throw HttpError::badRequest(
            QStringLiteral("accountId"), QStringLiteral("names no account"));
    return Idempotency::once(m_ctx, request, QStringLiteral("callbacks"), key, [&] {
        const qint64 now = ServerContext::nowMs();
        const qint64 id = m_ctx.db().insert(
            QStringLiteral("INSERT INTO callbacks (version, agent_id, phone, reason, account_id,"
                           " call_id, due_at, scheduled_at, status, updated_at)"
                           " VALUES (1, ?, ?, ?, ?, ?, ?, ?, 'scheduled', ?)"),
            {request.agent().id, c.phone, c.reason, ServerContext::orNull(c.accountId),
                c.callId ? QVariant(*c.callId) : QVariant(), c.dueAt.toMSecsSinceEpoch(),
                c.scheduledAt.toMSecsSinceEpoch(), now});
        const Callback stored = *load(m_ctx, id);
        m_ctx.recordChange(QStringLiteral("callback"), id);
        m_ctx.audit(request.agent().id, QStringLiteral("callback.create"), stored.accountId,
            request.callId(), QString(), auditDetail(stored));
        return callbackReply(stored, request, 201);
    });
}

Reply CallbacksApi::list(RequestContext &request)
{
    const auto asked = request.queryInteger(QStringLiteral("agentId"), 1, Q_INT64_C(1) << 52);
    const qint64 agentId = asked.value_or(request.agent().id);
    if (agentId != request.agent().id && !request.isSupervisor())
        throw HttpError::forbidden(QStringLiteral("agents list only their own callbacks"));
    const auto after = PageBuilder::parseKeysetCursor(request);
    const int limit = request.pageLimit(50, 200);
    const SqlQuery page = pageQuery(agentId, after, limit + 1);
    Rows q = m_ctx.db().exec(page.sql, page.binds);
    PageBuilder builder(limit);
    while (q.next() && builder.hasRoom()) {
        const Callback c = callbackFrom(q);
        builder.add(
            shownTo(c, request), PageBuilder::keysetCursor(c.dueAt.toMSecsSinceEpoch(), c.id));
    }
    return builder.reply();
}

Reply CallbacksApi::get(RequestContext &request)
{
    const auto c = load(m_ctx, request.pathId(0));
    // Another agent's callback is not theirs to know of: the same 404 as none.
    if (!c || (c->agentId != request.agent().id && !request.isSupervisor()))
        throw HttpError::notFound(QStringLiteral("callback"));
    return callbackReply(*c, request);
}

Reply CallbacksApi::change(RequestContext &request)
{
    const qint64 id = request.pathId(0);
    const auto expected = request.ifMatchVersion();
    if (!expected)
        throw HttpError(428, QStringLiteral("if_match_required"),
            QStringLiteral("send If-Match with the version you changed"),
            QStringLiteral("If-Match"));
    CallbackChange change = request.bodyAs<CallbackChange>();
    if (change.dueAt)
        checkDue(*change.dueAt, agentClock(change.changedAt, QStringLiteral("changedAt")));
    DbTransaction tx(m_ctx.db());
    if (!m_ctx.db().lockRow(Database::Table::Callbacks, id))
        throw HttpError::notFound(QStringLiteral("callback"));
    Callback c = *load(m_ctx, id);
    if (c.agentId != request.agent().id) {
        if (!request.isSupervisor())
            throw HttpError::notFound(QStringLiteral("callback"));
        throw HttpError::forbidden(
            QStringLiteral("only the agent who scheduled it changes a callback"));
    }
    if (*expected != c.version)
        throw HttpError::conflict(QStringLiteral("version_conflict"),
            QStringLiteral("this callback was changed elsewhere (now version %1)").arg(c.version),
            {{QStringLiteral("current"), shownTo(c, request)}});
    if (c.status != CallbackStatus::Scheduled)
        throw HttpError::conflict(QStringLiteral("invalid_state"),
            QStringLiteral("the callback is already %1").arg(enumToString(c.status)));
    QString action;
    if (change.dueAt) {
        c.dueAt = *change.dueAt;
        action = QStringLiteral("callback.reschedule");
    } else {
        c.status = *change.status;
        action = c.status == CallbackStatus::Done ? QStringLiteral("callback.done")
                                                  : QStringLiteral("callback.cancel");
    }
    c.version += 1;
    c.updatedAt = ServerContext::fromMs(ServerContext::nowMs());
    m_ctx.db().exec(QStringLiteral("UPDATE callbacks SET version = ?, status = ?, due_at = ?,"
                                   " updated_at = ? WHERE id = ?"),
        {c.version, enumToString(c.status), c.dueAt.toMSecsSinceEpoch(),
            c.updatedAt.toMSecsSinceEpoch(), id});
    m_ctx.recordChange(QStringLiteral("callback"), id);
    m_ctx.audit(
        request.agent().id, action, c.accountId, request.callId(), QString(), auditDetail(c));
    tx.commit();
    return callbackReply(c, request);
}

} // namespace WalletDesk::Server
