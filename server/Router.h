#pragma once

#include "Reply.h"
#include "RequestContext.h"

#include <QHttpServerRequest>

#include <functional>
#include <vector>

namespace WalletDesk::Server {

enum class Access { Public, SignedIn, Supervisor };

// Maps method + path to a handler. Patterns are written like
// "/api/v1/complaints/{id}/notes"; each {..} segment becomes a path parameter.
// The router checks the bearer token and the role before a handler runs, so
// no handler can forget to.
class Router
{
public:
    using Method = QHttpServerRequest::Method;
    using Handler = std::function<Reply(RequestContext &)>;
    // Resolves a bearer token to its agent, or throws a 401 HttpError.
    using Authenticator = std::function<Agent(const QByteArray &token)>;

    void setAuthenticator(Authenticator authenticator)
    {
        m_authenticate = std::move(authenticator);
    }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    void add(Method method, const QString &pattern, Access access, Handler handler);

    Reply dispatch(const QHttpServerRequest &request) const;

private:
    struct Route
    {
        Method method;
        QStringList segments;
        Access access;
        Handler handler;
    };
    Reply run(const Route &route, const QHttpServerRequest &request, QStringList params) const;

    std::vector<Route> m_routes;
    Authenticator m_authenticate;
    qint64 m_maxBodyBytes = 64 * 1024;
};

Reply errorReply(const HttpError &error);

} // namespace WalletDesk::Server
