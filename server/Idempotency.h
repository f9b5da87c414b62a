#pragma once

#include "HttpError.h"
#include "Reply.h"
#include "RequestContext.h"
#include "ServerContext.h"

namespace WalletDesk::Server {

// Applies a write at most once per (agent, scope, Idempotency-Key): the first
// request runs and its reply is stored in the same transaction as the write;
// every retry with the same key and the same body gets that stored reply
// back. The same key with another body is a client bug (or a key guessed
// to read someone's answer): 422 idempotency_key_reused, as the IETF
// Idempotency-Key draft has it. The body is compared by its SHA-256.
class Idempotency
{
public:
    // Runs work() inside a transaction unless the key was seen before.
    template<typename Work>
    static Reply once(const ServerContext &ctx, const RequestContext &request, const QString &scope,
        const QString &key, Work work)
    {
        const qint64 agentId = request.agent().id;
        const QString fingerprint = fingerprintOf(request);
        if (auto stored = lookup(ctx, agentId, scope, key, fingerprint))
            return *stored;
        DbTransaction tx(ctx.db());
        if (!claim(ctx, agentId, scope, key, fingerprint)) {
            // Another request took the key between our look and our claim;
            // the claim waited for it to commit, so its answer is stored.
            tx.commit();
            if (auto stored = lookup(ctx, agentId, scope, key, fingerprint))
                return *stored;
            throw HttpError(409, QStringLiteral("request_in_progress"),
                QStringLiteral(
                    "a request with this Idempotency-Key is still being carried out; retry"));
        }
        Reply reply = work();
        save(ctx, agentId, scope, key, reply);
        tx.commit();
        return reply;
    }

    // For a route whose key is optional (older consoles send none): with a
    // key, once(); without, work() in a transaction of its own, each time.
    template<typename Work>
    static Reply onceIfKeyed(const ServerContext &ctx, const RequestContext &request,
        const QString &scope, const QString &key, Work work)
    {
        if (!key.isEmpty())
            return once(ctx, request, scope, key, std::move(work));
        DbTransaction tx(ctx.db());
        Reply reply = work();
        tx.commit();
        return reply;
    }

private:
    static QString fingerprintOf(const RequestContext &request);
    static std::optional<Reply> lookup(const ServerContext &ctx, qint64 agentId,
        const QString &scope, const QString &key, const QString &fingerprint);
    static bool claim(const ServerContext &ctx, qint64 agentId, const QString &scope,
        const QString &key, const QString &fingerprint);
    static void save(const ServerContext &ctx, qint64 agentId, const QString &scope,
        const QString &key, const Reply &reply);
};

} // namespace WalletDesk::Server
