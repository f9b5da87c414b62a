#include "Idempotency.h"

namespace WalletDesk::Server {

std::optional<Reply> Idempotency::lookup(const ServerContext &ctx, qint64 agentId, const QString &scope, const QString &key)
{
    Rows q = ctx.db().exec(QStringLiteral("SELECT status, body FROM idempotency WHERE agent_id = ? AND scope = ? AND key = ?"),
                                {agentId, scope, key});
    if (!q.next() || q.value(0).toInt() == 0)
        return std::nullopt;
    Reply reply{q.value(0).toInt(), q.value(1).toString().toUtf8(), {}};
    reply.withHeader("Idempotent-Replay", "true");
    return reply;
}

bool Idempotency::claim(const ServerContext &ctx, qint64 agentId, const QString &scope, const QString &key)
{
    Rows q = ctx.db().exec(QStringLiteral("INSERT INTO idempotency (key, agent_id, scope, status, body, created_at)"
                                               " VALUES (?, ?, ?, 0, '', ?) ON CONFLICT DO NOTHING"),
                                {key, agentId, scope, ServerContext::nowMs()});
    return q.numRowsAffected() == 1;
}

void Idempotency::save(const ServerContext &ctx, qint64 agentId, const QString &scope, const QString &key, const Reply &reply)
{
    ctx.db().exec(QStringLiteral("UPDATE idempotency SET status = ?, body = ? WHERE agent_id = ? AND scope = ? AND key = ?"),
                  {reply.status, QString::fromUtf8(reply.body), agentId, scope, key});
}

} // namespace WalletDesk::Server
