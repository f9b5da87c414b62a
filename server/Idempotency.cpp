#include "Idempotency.h"

#include "Metrics.h"

#include <QCryptographicHash>

namespace WalletDesk::Server {

QString Idempotency::fingerprintOf(const RequestContext &request)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(request.request().body(), QCryptographicHash::Sha256).toHex());
}

std::optional<Reply> Idempotency::lookup(const ServerContext &ctx, qint64 agentId,
    const QString &scope, const QString &key, const QString &fingerprint)
{
    Rows q = ctx.db().exec(QStringLiteral("SELECT status, body, request_hash FROM idempotency"
                                          " WHERE agent_id = ? AND scope = ? AND key = ?"),
        {agentId, scope, key});
    if (!q.next())
        return std::nullopt;
    // Rows from before fingerprints (NULL) are replayed as they always were.
    const QString stored = q.value(2).toString();
    if (!stored.isEmpty() && stored != fingerprint)
        throw HttpError(422, QStringLiteral("idempotency_key_reused"),
            QStringLiteral(
                "this Idempotency-Key was used with another body; use a new key for a new request"),
            QStringLiteral("Idempotency-Key"));
    if (q.value(0).toInt() == 0)
        return std::nullopt;
    Reply reply {q.value(0).toInt(), q.value(1).toString().toUtf8(), {}};
    reply.withHeader("Idempotent-Replay", "true");
    Metrics::noteReplay(); // an outbox resending what was applied
    return reply;
}

bool Idempotency::claim(const ServerContext &ctx, qint64 agentId, const QString &scope,
    const QString &key, const QString &fingerprint)
{
    Rows q = ctx.db().exec(
        QStringLiteral(
            "INSERT INTO idempotency (key, agent_id, scope, status, body, created_at, request_hash)"
            " VALUES (?, ?, ?, 0, '', ?, ?) ON CONFLICT DO NOTHING"),
        {key, agentId, scope, ServerContext::nowMs(), fingerprint});
    return q.numRowsAffected() == 1;
}

void Idempotency::save(const ServerContext &ctx, qint64 agentId, const QString &scope,
    const QString &key, const Reply &reply)
{
    ctx.db().exec(QStringLiteral("UPDATE idempotency SET status = ?, body = ? WHERE agent_id = ? "
                                 "AND scope = ? AND key = ?"),
        {reply.status, QString::fromUtf8(reply.body), agentId, scope, key});
}

} // namespace WalletDesk::Server
