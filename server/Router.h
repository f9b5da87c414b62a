#pragma once

#include "Reply.h"
#include "RequestContext.h"

#include <QHttpServerRequest>

#include <functional>
#include <vector>

namespace WalletDesk::Server {

// Who may call a route. Desk routes (SignedIn, Supervisor) serve customers:
// an administrator gets 403 on them. Account routes are a sign-in's own
// business (who am I, sign out, the reference data) and open to every role.
enum class Access { Public, Account, SignedIn, Supervisor, Admin };

// Maps method + path to a handler. Patterns are written like
// "/api/v1/complaints/{id}/notes"; each {..} segment becomes a path parameter.
// The router checks the bearer token and the role before a handler runs, so
// no handler can forget to.
class Router
{
public:
    using Method = QHttpServerRequest::Method;
    using Handler = std::function<Reply(RequestContext &)>;
    // Who a bearer token signs in: the agent, and whether they signed in with
    // a one-time password they have not replaced yet.
    struct Caller
    {
        Agent agent;
        bool passwordChangeRequired = false;
    };
    // Resolves a bearer token to its caller, or throws a 401 HttpError.
    using Authenticator = std::function<Caller(const QByteArray &token)>;

    void setAuthenticator(Authenticator authenticator)
    {
        m_authenticate = std::move(authenticator);
    }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    // maxBodyBytes > 0: this route takes bodies up to that size instead of
    // the server's limit (uploads); the connection guard asks for it by the
    // request line (maxBodyBytesFor) before the body is read.
    void add(Method method, const QString &pattern, Access access, Handler handler,
        qint64 maxBodyBytes = 0);
    // The body limit of the route a request line ("POST /api/v1/... HTTP/1.1")
    // names: its own or the server's.
    qint64 maxBodyBytesFor(const QByteArray &requestLine) const;

    Reply dispatch(const QHttpServerRequest &request) const;

    // The routes as registered, for the test that holds them against the
    // endpoints docs/api.md lists (tst_serveradmin).
    struct RouteInfo
    {
        Method method;
        QString pattern;
        Access access;
    };
    QList<RouteInfo> routes() const;

private:
    struct Route
    {
        Method method;
        QString pattern;
        QStringList segments;
        Access access;
        Handler handler;
        qint64 maxBodyBytes;
        int metricsId; // what /metrics counts it under (Metrics::routeId)
    };
    const Route *findRoute(Method method, const QStringList &path, QStringList *params) const;
    // Finds the route and runs it; *metricsId: the route's id, if one matched.
    Reply dispatchToRoute(const QHttpServerRequest &request, int *metricsId) const;
    Reply run(const Route &route, const QHttpServerRequest &request, QStringList params) const;

    std::vector<Route> m_routes;
    Authenticator m_authenticate;
    qint64 m_maxBodyBytes = 64 * 1024;
};

Reply errorReply(const HttpError &error);

} // namespace WalletDesk::Server
