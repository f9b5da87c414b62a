#pragma once

#include "Router.h"
#include "ServerContext.h"
#include "TokenCache.h"

namespace WalletDesk::Server {

// Agent sign-in, token refresh, sign-out and the bearer-token check.
class AuthApi
{
public:
    explicit AuthApi(const ServerContext &context)
        : m_ctx(context)
    {
    }
    void registerRoutes(Router &router);
    // Who the token belongs to; 401 unless it is current. Checked against
    // the store at most once a second per token (TokenCache).
    Router::Caller authenticate(const QByteArray &accessToken);

    // Creates or replaces an agent's sign-in (demo data, tests, operators).
    // The password is theirs to keep: no change is asked for at sign-in.
    static void upsertAgent(const ServerContext &ctx, const QString &username,
        const QString &displayName, Role role, const QString &password,
        const QByteArray &totpSecret = {});

    // Ends every session of the agent but the one with this access-token
    // digest, in the caller's transaction; each server thread notices within
    // a second (TokenCache).
    static void revokeSessions(
        const Database &db, qint64 agentId, const QByteArray &keepAccessDigest = {});
    // Why a new password is refused (empty when it is acceptable).
    static QString newPasswordProblem(
        const QString &username, const QString &currentPassword, const QString &newPassword);

private:
    Reply login(RequestContext &request);
    Reply refresh(RequestContext &request);
    Reply logout(RequestContext &request);
    Reply changePassword(RequestContext &request);
    QJsonObject issueTokens(const Agent &agent, bool passwordChangeRequired) const;
    // One more failed sign-in of a locked row; true when it locks the sign-in.
    bool countFailure(qint64 agentId, int failedBefore, qint64 lockedUntil, qint64 now) const;
    HttpError unknownNameFailed(const QString &username, const QString &password, qint64 now) const;

    const ServerContext &m_ctx;
    TokenCache m_tokens;
};

} // namespace WalletDesk::Server
