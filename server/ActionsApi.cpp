#include "ActionsApi.h"

#include "NeedToKnow.h"

#include "AccountsApi.h"
#include "Approval.h"
#include "Credentials.h"
#include "Idempotency.h"
#include "PageBuilder.h"
#include "RiskAssessment.h"
#include "VerificationApi.h"

namespace WalletDesk::Server {

namespace {

const char columns[]
    = "id, account_id, agent_id, call_id, type, status, reason, verification_id, transaction_id,"
      " reset_target, created_at, decided_by, decision_reason, decided_at";

ActionRequest actionFrom(const Rows &q)
{
    ActionRequest a;
    a.id = q.value(0).toLongLong();
    a.accountId = q.value(1).toLongLong();
    a.agentId = q.value(2).toLongLong();
    a.callId = q.value(3).toString();
    a.type = enumFromString<ActionType>(q.value(4).toString()).value_or(ActionType::Unlock);
    a.status = enumFromString<ActionStatus>(q.value(5).toString()).value_or(ActionStatus::Done);
    a.reason = q.value(6).toString();
    a.verificationId = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        a.transactionId = q.value(8).toLongLong();
    if (!q.value(9).isNull())
        a.resetTarget = enumFromString<ResetTarget>(q.value(9).toString());
    a.createdAt = ServerContext::fromMs(q.value(10).toLongLong());
    if (!q.value(11).isNull())
        a.decidedBy = q.value(11).toLongLong();
    a.decisionReason = q.value(12).toString();
    a.decidedAt = ServerContext::fromMsOrNull(q.value(13));
    return a;
}

} // namespace

void ActionsApi::registerRoutes(Router &router)
{
    using M = Router::Method;
    router.add(M::Post, QStringLiteral("/api/v1/accounts/{id}/actions"), Access::SignedIn,
        [this](RequestContext &r) { return request(r); });
    router.add(M::Get, QStringLiteral("/api/v1/accounts/{id}/actions"), Access::SignedIn,
        [this](RequestContext &r) { return listForAccount(r); });
    router.add(M::Get, QStringLiteral("/api/v1/actions/{id}"), Access::SignedIn,
        [this](RequestContext &r) { return get(r); });
    router.add(M::Get, QStringLiteral("/api/v1/approvals"), Access::Supervisor,
        [this](RequestContext &r) { return approvals(r); });
    router.add(M::Post, QStringLiteral("/api/v1/approvals/{id}/approve"), Access::Supervisor,
        [this](RequestContext &r) { return decide(r, true); });
    router.add(M::Post, QStringLiteral("/api/v1/approvals/{id}/reject"), Access::Supervisor,
        [this](RequestContext &r) { return decide(r, false); });
}

QList<ActionRequest> ActionsApi::loadForAccount(
    const ServerContext &ctx, qint64 accountId, qint64 sinceMs, int limit)
{
    Rows q = ctx.db().exec(QStringLiteral("SELECT %1 FROM actions WHERE account_id = ? AND "
                                          "created_at > ? ORDER BY id DESC LIMIT ?")
                               .arg(QLatin1String(columns)),
        {accountId, sinceMs, limit});
    QList<ActionRequest> actions;
    while (q.next())
        actions.append(actionFrom(q));
    return actions;
}

ActionRequest ActionsApi::load(const ServerContext &ctx, qint64 id)
{
    Rows q = ctx.db().exec(
        QStringLiteral("SELECT %1 FROM actions WHERE id = ?").arg(QLatin1String(columns)), {id});
    if (!q.next())
        throw HttpError::notFound(QStringLiteral("action"));
    return actionFrom(q);
}

Reply ActionsApi::request(RequestContext &request)
{
    const qint64 accountId = request.pathId(0);
    const ActionDraft draft = request.bodyAs<ActionDraft>();
    // Optional, for older consoles: with a key, a resend after a lost answer
    // gets that answer back instead of 409 refund_already_requested or a
    // second sign-out of every device.
    const QString key = request.idempotencyKey(false);
    const auto act = [&] { return carryOut(request, accountId, draft); };
    return Idempotency::onceIfKeyed(
        m_ctx, request, QStringLiteral("actions:") + QString::number(accountId), key, act);
}

Reply ActionsApi::carryOut(RequestContext &request, qint64 accountId, const ActionDraft &draft)
{
    const Database &db = m_ctx.db();
    // Actions on one account are carried out one after the other: what is
    // checked below (locked, refund already asked for) is still so when the
    // action is done.
    if (!db.lockRow(Database::Table::Accounts, accountId))
        throw HttpError::notFound(QStringLiteral("account"));
    VerificationApi::requireVerified(
        m_ctx, draft.verificationId, request.agent().id, accountId, draft.callId);

    qint64 amountFen = 0;
    if (draft.transactionId) {
        Rows t = db.exec(
            QStringLiteral(
                "SELECT account_id, refund_state, amount_fen FROM transactions WHERE id = ?"),
            {*draft.transactionId});
        if (!t.next() || t.value(0).toLongLong() != accountId)
            throw HttpError::badRequest(QStringLiteral("transactionId"),
                QStringLiteral("is not a transaction of this account"));
        amountFen = t.value(2).toLongLong();
        // Already requested, refunded, reversed or being reversed: a request would change nothing.
        const QString refundState = t.value(1).toString();
        if (draft.type == ActionType::RefundRequest
            && refundState != enumToString(RefundState::None)) {
            if (refundState == enumToString(RefundState::RefundRequested))
                throw HttpError::conflict(QStringLiteral("refund_already_requested"),
                    QStringLiteral("a refund of this transaction has already been requested"));
            throw HttpError::conflict(QStringLiteral("refund_not_possible"),
                QStringLiteral("this transaction is already %1").arg(refundState));
        }
    }
    const QString accountStatus
        = db.scalar(QStringLiteral("SELECT status FROM accounts WHERE id = ?"), {accountId})
              .toString();
    if (draft.type == ActionType::Unlock && accountStatus != QLatin1String("locked"))
        throw HttpError::conflict(QStringLiteral("not_locked"),
            QStringLiteral("the account is %1, not locked").arg(accountStatus));
    if (draft.type == ActionType::Unfreeze && accountStatus != QLatin1String("frozen"))
        throw HttpError::conflict(QStringLiteral("not_frozen"),
            QStringLiteral("the account is %1, not frozen").arg(accountStatus));
    const bool needsApproval = m_ctx.reference().actions.needsApproval(draft.type, amountFen);
    // One request of a kind waits for a second person at a time: a second
    // one would be decided apart from the first, and perhaps approved twice.
    if (needsApproval
        && db.scalar(QStringLiteral("SELECT 1 FROM actions WHERE account_id = ? AND type = ? AND "
                                    "status = 'pending_approval' AND COALESCE(transaction_id, 0) "
                                    "= ?"),
                 {accountId, enumToString(draft.type), draft.transactionId.value_or(0)})
               .isValid())
        throw HttpError::conflict(QStringLiteral("already_pending"),
            QStringLiteral("the same request is already waiting for a supervisor"));
    const qint64 now = ServerContext::nowMs();
    const ActionStatus status = needsApproval ? ActionStatus::PendingApproval : ActionStatus::Done;
    const qint64 id = db.insert(
        QStringLiteral(
            "INSERT INTO actions (account_id, agent_id, call_id, type, status, reason, "
            "verification_id,"
            " transaction_id, reset_target, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {accountId, request.agent().id, draft.callId, enumToString(draft.type),
            enumToString(status), draft.reason, draft.verificationId,
            ServerContext::orNull(draft.transactionId),
            ServerContext::orNull(draft.resetTarget ? enumToString(*draft.resetTarget) : QString()),
            now});
    const ActionRequest action = load(m_ctx, id);
    if (status == ActionStatus::Done)
        perform(action);
    else
        m_ctx.recordChange(QStringLiteral("action"), id);
    m_ctx.audit(request.agent().id, QStringLiteral("action.") + enumToString(draft.type), accountId,
        draft.callId, draft.reason, enumToString(status));
    return Reply::json(action.toJson(), 201);
}

void ActionsApi::perform(const ActionRequest &action) const
{
    const Database &db = m_ctx.db();
    switch (action.type) {
    case ActionType::Unlock:
        db.exec(QStringLiteral("UPDATE accounts SET status = 'active', lock_reason = NULL, version "
                               "= version + 1 WHERE id = ?"),
            {action.accountId});
        break;
    case ActionType::PasswordReset: {
        // The code goes to the customer's own phone or e-mail, never to the agent.
        Rows q = db.exec(
            QStringLiteral("SELECT phone, email FROM accounts WHERE id = ?"), {action.accountId});
        q.next();
        const bool email = action.resetTarget == ResetTarget::Email;
        m_ctx.sendSms(q.value(email ? 1 : 0).toString(),
            QStringLiteral("【钱包】您正在重置登录密码，验证码 %1，15 分钟内有效。")
                .arg(Credentials::numericCode(6)));
        break;
    }
    case ActionType::SignOutDevices:
        db.exec(QStringLiteral("UPDATE devices SET signed_in = 0 WHERE account_id = ?"),
            {action.accountId});
        break;
    case ActionType::TwoFactorReset:
        db.exec(QStringLiteral(
                    "UPDATE accounts SET two_factor = 0, version = version + 1 WHERE id = ?"),
            {action.accountId});
        break;
    case ActionType::RefundRequest:
        db.exec(QStringLiteral("UPDATE transactions SET refund_state = 'refund_requested' WHERE id "
                               "= ? AND refund_state = 'none'"),
            {*action.transactionId});
        break;
    case ActionType::Investigation:
        break; // the case is the action record itself; the payments team works from it
    case ActionType::Unfreeze:
        db.exec(QStringLiteral("UPDATE accounts SET status = 'active', lock_reason = NULL, version "
                               "= version + 1 WHERE id = ? AND status = 'frozen'"),
            {action.accountId});
        break;
    }
}

Reply ActionsApi::get(RequestContext &request)
{
    const ActionRequest a = load(m_ctx, request.pathId(0));
    if (a.agentId != request.agent().id && !request.isSupervisor())
        throw HttpError::forbidden(QStringLiteral("this action belongs to another agent"));
    return Reply::json(a.toJson());
}

Reply ActionsApi::listForAccount(RequestContext &request)
{
    const qint64 accountId = request.pathId(0);
    AccountsApi::requireAccount(m_ctx, accountId);
    NeedToKnow(m_ctx).accountList(request, accountId, QStringLiteral("account.actions"));
    Rows q = m_ctx.db().exec(
        QStringLiteral("SELECT %1 FROM actions WHERE account_id = ? ORDER BY id DESC LIMIT ?")
            .arg(QLatin1String(columns)),
        {accountId, request.pageLimit(50, 200)});
    QJsonArray items;
    while (q.next())
        items.append(actionFrom(q).toJson());
    return Reply::json({{QStringLiteral("items"), items}});
}

Reply ActionsApi::approvals(RequestContext &request)
{
    const ActionStatus status = request.queryEnum<ActionStatus>(QStringLiteral("status"))
                                    .value_or(ActionStatus::PendingApproval);
    // The queue of a second person: what waits for one or was decided by one.
    if (status == ActionStatus::Done)
        throw HttpError::badRequest(QStringLiteral("status"),
            QStringLiteral("must be pending_approval, approved or rejected"));
    const qint64 after
        = request.queryInteger(QStringLiteral("cursor"), 0, Q_INT64_C(1) << 52).value_or(0);
    const int limit = request.pageLimit(50, 200);
    Rows q = m_ctx.db().exec(QStringLiteral("SELECT %1 FROM actions WHERE status = ? AND id > ? "
                                            "ORDER BY id LIMIT ?")
                                 .arg(QLatin1String(columns)),
        {enumToString(status), after, limit + 1});
    PageBuilder page(limit);
    while (q.next() && page.hasRoom()) {
        Approval a;
        a.action = actionFrom(q);
        a.agentName = m_ctx.db()
                          .scalar(QStringLiteral("SELECT display_name FROM agents WHERE id = ?"),
                              {a.action.agentId})
                          .toString();
        a.verification = VerificationApi::load(m_ctx, a.action.verificationId);
        a.account = AccountsApi::loadSummary(m_ctx, a.action.accountId);
        if (a.action.transactionId) {
            Rows t = m_ctx.db().exec(
                QStringLiteral("SELECT amount_fen, currency FROM transactions WHERE id = ?"),
                {*a.action.transactionId});
            if (t.next())
                a.amount = Money {t.value(0).toLongLong(), t.value(1).toString()};
        }
        a.risk = RiskAssessment(m_ctx).forRequest(a.action);
        page.add(a.toJson(), QString::number(a.action.id));
    }
    return page.reply();
}

Reply ActionsApi::decide(RequestContext &request, bool approve)
{
    const qint64 id = request.pathId(0);
    const QString reason = request.readBody(
        [](JsonReader &r) { return r.nonEmptyText(QStringLiteral("reason"), 500); });
    const Database &db = m_ctx.db();
    DbTransaction tx(db);
    // Decided once: a second supervisor waits here and then finds it decided.
    if (!db.lockRow(Database::Table::Actions, id))
        throw HttpError::notFound(QStringLiteral("action"));
    ActionRequest action = load(m_ctx, id);
    if (action.status != ActionStatus::PendingApproval)
        throw HttpError::conflict(QStringLiteral("not_pending"),
            QStringLiteral("this request is already %1").arg(enumToString(action.status)));
    if (action.agentId == request.agent().id)
        throw HttpError::forbidden(QStringLiteral("a second person must approve your own request"));
    const ActionStatus status = approve ? ActionStatus::Approved : ActionStatus::Rejected;
    db.exec(QStringLiteral("UPDATE actions SET status = ?, decided_by = ?, decision_reason = ?, "
                           "decided_at = ? WHERE id = ?"),
        {enumToString(status), request.agent().id, reason, ServerContext::nowMs(), id});
    if (approve)
        perform(action);
    m_ctx.recordChange(QStringLiteral("action"), id);
    m_ctx.audit(request.agent().id,
        approve ? QStringLiteral("approval.approve") : QStringLiteral("approval.reject"),
        action.accountId, action.callId, reason, enumToString(action.type));
    const ActionRequest decided = load(m_ctx, id);
    tx.commit();
    return Reply::json(decided.toJson());
}

} // namespace WalletDesk::Server
