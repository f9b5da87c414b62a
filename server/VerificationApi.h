#pragma once

#include "CallerVerification.h"
#include "Router.h"
#include "ServerContext.h"

namespace WalletDesk::Server {

// Caller verification: a one-time code to the registered phone, or the
// account's security question. Bound to one agent, account and call.
class VerificationApi
{
public:
    explicit VerificationApi(const ServerContext &context)
        : m_ctx(context)
    {
    }
    void registerRoutes(Router &router);

    // Throws 403 "verification_required" unless verificationId is a live,
    // verified verification of this agent, account and call.
    static CallerVerification requireVerified(const ServerContext &ctx, qint64 verificationId,
        qint64 agentId, qint64 accountId, const QString &callId);
    static CallerVerification load(const ServerContext &ctx, qint64 id);
    static QByteArray answerDigest(qint64 accountId, const QString &answer);

private:
    Reply start(RequestContext &request);
    Reply answer(RequestContext &request);
    Reply get(RequestContext &request);
    // 429 with Retry-After past AbuseLimits; called with the rows locked.
    void enforceCodeLimits(qint64 accountId, qint64 agentId, qint64 now) const;
    void enforceQuestionLimit(qint64 accountId, qint64 now) const;
    std::optional<qint64> nthNewestCode(const char *column, qint64 id, qint64 since, int n) const;

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
