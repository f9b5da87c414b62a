#include "PresenceApi.h"

namespace WalletDesk::Server {

void PresenceApi::registerRoutes(Router &router)
{
    router.add(Router::Method::Put, QStringLiteral("/api/v1/presence"), Access::SignedIn,
        [this](RequestContext &r) { return report(r); });
}

std::optional<Presence> PresenceApi::load(const ServerContext &ctx, qint64 agentId)
{
    Rows q = ctx.db().exec(
        QStringLiteral("SELECT a.display_name, p.signed_in, p.on_call, p.call_started_at,"
                       " p.seen_at FROM presence p JOIN agents a ON a.id = p.agent_id"
                       " WHERE p.agent_id = ?"),
        {agentId});
    if (!q.next())
        return std::nullopt;
    Presence p;
    p.agentId = agentId;
    p.agentName = q.value(0).toString();
    p.signedIn = q.value(1).toInt() != 0;
    p.onCall = q.value(2).toInt() != 0;
    p.callStartedAt = ServerContext::fromMsOrNull(q.value(3));
    p.seenAt = ServerContext::fromMs(q.value(4).toLongLong());
    return p;
}

void PresenceApi::signOut(const ServerContext &ctx, qint64 agentId)
{
    DbTransaction tx(ctx.db());
    Rows q = ctx.db().exec(QStringLiteral("UPDATE presence SET signed_in = 0, on_call = 0,"
                                          " call_started_at = NULL WHERE agent_id = ?"),
        {agentId});
    const bool had = q.numRowsAffected() > 0;
    if (had)
        ctx.recordChange(QStringLiteral("presence"), agentId);
    tx.commit();
}

Reply PresenceApi::report(RequestContext &request)
{
    const Presence::Report sent = request.bodyAs<Presence::Report>();
    const qint64 now = ServerContext::nowMs();
    if (sent.callStartedAt) {
        const qint64 started = sent.callStartedAt->toMSecsSinceEpoch();
        if (started > now + maxClockAheadMs)
            throw HttpError::badRequest(
                QStringLiteral("callStartedAt"), QStringLiteral("is in the future"));
        if (started < now - maxCallMs)
            throw HttpError::badRequest(
                QStringLiteral("callStartedAt"), QStringLiteral("is more than 12 hours ago"));
    }
    const qint64 agentId = request.agent().id;
    const Database &db = m_ctx.db();
    DbTransaction tx(db);
    // Two reports of one agent (two consoles, a retry) one after the other:
    // each compares with what the other wrote.
    db.lockRow(Database::Table::Agents, agentId);
    const std::optional<Presence> before = load(m_ctx, agentId);
    const QVariant started
        = sent.callStartedAt ? QVariant(sent.callStartedAt->toMSecsSinceEpoch()) : QVariant();
    db.exec(
        QStringLiteral("INSERT INTO presence (agent_id, signed_in, on_call, call_started_at,"
                       " seen_at) VALUES (?, 1, ?, ?, ?) ON CONFLICT (agent_id) DO UPDATE SET"
                       " signed_in = 1, on_call = excluded.on_call,"
                       " call_started_at = excluded.call_started_at, seen_at = excluded.seen_at"),
        {agentId, sent.onCall ? 1 : 0, started, now});
    // Back after going stale counts as a change: the wallboard had dropped them.
    const bool wasAway = !before || !before->signedIn
        || before->seenAt.toMSecsSinceEpoch() < now - Presence::staleAfterSeconds * 1000LL;
    if (wasAway || before->onCall != sent.onCall || before->callStartedAt != sent.callStartedAt)
        m_ctx.recordChange(QStringLiteral("presence"), agentId);
    const Presence stored = *load(m_ctx, agentId);
    tx.commit();
    return Reply::json(stored.toJson());
}

} // namespace WalletDesk::Server
