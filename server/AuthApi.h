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
    Agent authenticate(const QByteArray &accessToken);

    // Creates or replaces an agent's sign-in (demo data, tests, operators).
    static void upsertAgent(const ServerContext &ctx, const QString &username,
        const QString &displayName, Role role, const QString &password,
        const QByteArray &totpSecret = {});

private:
    Reply login(RequestContext &request);
    Reply refresh(RequestContext &request);
    Reply logout(RequestContext &request);
    QJsonObject issueTokens(const Agent &agent) const;
    HttpError unknownNameFailed(const QString &username, const QString &password, qint64 now) const;

    const ServerContext &m_ctx;
    TokenCache m_tokens;
};

} // namespace WalletDesk::Server
