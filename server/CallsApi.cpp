#include "CallsApi.h"

#include "NeedToKnow.h"

#include "Idempotency.h"
#include "Masking.h"

namespace WalletDesk::Server {

void CallsApi::registerRoutes(Router &router)
{
    using M = Router::Method;
    router.add(M::Post, QStringLiteral("/api/v1/calls"), Access::SignedIn,
        [this](RequestContext &r) { return record(r); });
    router.add(M::Get, QStringLiteral("/api/v1/calls"), Access::SignedIn,
        [this](RequestContext &r) { return list(r); });
}

CallRecord CallsApi::load(qint64 id) const
{
    Rows q = m_ctx.db().exec(
        QStringLiteral(
            "SELECT id, call_id, caller_number, account_id, agent_id, started_at, ended_at,"
            " wrap_up_code, notes, complaint_id FROM calls WHERE id = ?"),
        {id});
    if (!q.next())
        throw HttpError::notFound(QStringLiteral("call"));
    CallRecord c;
    c.id = q.value(0).toLongLong();
    c.callId = q.value(1).toString();
    c.callerNumber = Masking::phone(q.value(2).toString());
    if (!q.value(3).isNull())
        c.accountId = q.value(3).toLongLong();
    c.agentId = q.value(4).toLongLong();
    c.startedAt = ServerContext::fromMs(q.value(5).toLongLong());
    c.endedAt = ServerContext::fromMs(q.value(6).toLongLong());
    c.wrapUpCode = q.value(7).toString();
    c.notes = q.value(8).toString();
    if (!q.value(9).isNull())
        c.complaintId = q.value(9).toLongLong();
    return c;
}

Reply CallsApi::record(RequestContext &request)
{
    const QString key = request.idempotencyKey(true);
    CallRecord call = request.bodyAs<CallRecord>();
    if (!m_ctx.reference().hasWrapUpCode(call.wrapUpCode))
        throw HttpError::badRequest(QStringLiteral("wrapUpCode"),
            QStringLiteral("unknown wrap-up code \"%1\"").arg(call.wrapUpCode));
    if (call.accountId
        && !m_ctx.db()
                .scalar(QStringLiteral("SELECT 1 FROM accounts WHERE id = ?"), {*call.accountId})
                .isValid())
        throw HttpError::badRequest(
            QStringLiteral("accountId"), QStringLiteral("names no account"));
    if (call.complaintId
        && !m_ctx.db()
                .scalar(
                    QStringLiteral("SELECT 1 FROM complaints WHERE id = ?"), {*call.complaintId})
                .isValid())
        throw HttpError::badRequest(
            QStringLiteral("complaintId"), QStringLiteral("names no complaint"));
    return Idempotency::once(m_ctx, request, QStringLiteral("calls"), key, [&] {
        const qint64 id = m_ctx.db().insert(
            QStringLiteral("INSERT INTO calls (call_id, caller_number, account_id, agent_id, "
                           "started_at, ended_at, wrap_up_code,"
                           " notes, complaint_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {call.callId, Masking::nationalPhoneDigits(call.callerNumber),
                ServerContext::orNull(call.accountId), request.agent().id,
                call.startedAt.toMSecsSinceEpoch(), call.endedAt.toMSecsSinceEpoch(),
                call.wrapUpCode, call.notes, ServerContext::orNull(call.complaintId)});
        m_ctx.audit(request.agent().id, QStringLiteral("call.record"), call.accountId, call.callId,
            QString(), call.wrapUpCode);
        return Reply::json(load(id).toJson(), 201);
    });
}

Reply CallsApi::list(RequestContext &request)
{
    const auto accountId = request.queryInteger(QStringLiteral("accountId"), 1, Q_INT64_C(1) << 52);
    if (!accountId)
        throw HttpError::badRequest(QStringLiteral("accountId"), QStringLiteral("is required"));
    NeedToKnow(m_ctx).accountList(request, *accountId, QStringLiteral("account.calls"));
    Rows q = m_ctx.db().exec(
        QStringLiteral(
            "SELECT id FROM calls WHERE account_id = ? ORDER BY started_at DESC, id DESC LIMIT ?"),
        {*accountId, request.pageLimit(20, 100)});
    QJsonArray items;
    while (q.next())
        items.append(load(q.value(0).toLongLong()).toJson());
    return Reply::json({{QStringLiteral("items"), items}});
}

} // namespace WalletDesk::Server
