#pragma once

#include "HttpError.h"
#include "Reply.h"
#include "ServerContext.h"

namespace WalletDesk::Server {

// Applies a write at most once per (agent, scope, Idempotency-Key): the first
// request runs and its reply is stored in the same transaction as the write;
// every retry with the same key gets that stored reply back.
class Idempotency
{
public:
    // Runs work() inside a transaction unless the key was seen before.
    template<typename Work>
    static Reply once(const ServerContext &ctx, qint64 agentId, const QString &scope, const QString &key, Work work)
    {
        if (auto stored = lookup(ctx, agentId, scope, key))
            return *stored;
        DbTransaction tx(ctx.db());
        if (!claim(ctx, agentId, scope, key)) {
            // Another request took the key between our look and our claim;
            // the claim waited for it to commit, so its answer is stored.
            tx.commit();
            if (auto stored = lookup(ctx, agentId, scope, key))
                return *stored;
            throw HttpError(409, QStringLiteral("request_in_progress"),
                            QStringLiteral("a request with this Idempotency-Key is still being carried out; retry"));
        }
        Reply reply = work();
        save(ctx, agentId, scope, key, reply);
        tx.commit();
        return reply;
    }

private:
    static std::optional<Reply> lookup(const ServerContext &ctx, qint64 agentId, const QString &scope, const QString &key);
    static bool claim(const ServerContext &ctx, qint64 agentId, const QString &scope, const QString &key);
    static void save(const ServerContext &ctx, qint64 agentId, const QString &scope, const QString &key, const Reply &reply);
};

} // namespace WalletDesk::Server
