#include "Router.h"

#include "Database.h"
#include "Metrics.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRouter, "walletdesk.server.router")

namespace WalletDesk::Server {

namespace {
// The call id goes into the audit log as it was sent: a control, bidi or
// line-breaking character in it would break or reorder the lines a
// supervisor reads there.
bool callIdIsPrintable(const QByteArray &header)
{
    const QString id = QString::fromUtf8(header);
    // Longer ids were cut to 64 characters, and two calls could share one.
    if (id.size() > 64)
        return false;
    return std::none_of(id.cbegin(), id.cend(), [](QChar c) {
        const QChar::Category category = c.category();
        return category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
    });
}
} // namespace

Reply errorReply(const HttpError &error)
{
    Metrics::noteError(error.code);
    QJsonObject body = error.extra;
    body.insert(QStringLiteral("code"), error.code);
    body.insert(QStringLiteral("message"), error.message);
    body.insert(
        QStringLiteral("field"), error.field.isEmpty() ? QJsonValue() : QJsonValue(error.field));
    Reply reply = Reply::json(body, error.status);
    if (error.status == 401)
        reply.withHeader("WWW-Authenticate", "Bearer realm=\"walletdesk\"");
    if (const QJsonValue retry = error.extra.value(QStringLiteral("retryAfterSeconds"));
        retry.isDouble())
        reply.withHeader("Retry-After", QByteArray::number(retry.toInteger()));
    return reply;
}

void Router::add(
    Method method, const QString &pattern, Access access, Handler handler, qint64 maxBodyBytes)
{
    m_routes.push_back({method, pattern, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts),
        access, std::move(handler), maxBodyBytes > 0 ? maxBodyBytes : 0,
        Metrics::instance().routeId(method, pattern)});
}

QList<Router::RouteInfo> Router::routes() const
{
    QList<RouteInfo> out;
    for (const Route &route : m_routes)
        out.append({route.method, route.pattern, route.access});
    return out;
}

qint64 Router::maxBodyBytesFor(const QByteArray &requestLine) const
{
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() < 2)
        return m_maxBodyBytes;
    static const QHash<QByteArray, Method> methods {{"GET", Method::Get}, {"POST", Method::Post},
        {"PUT", Method::Put}, {"PATCH", Method::Patch}, {"DELETE", Method::Delete}};
    const auto method = methods.constFind(parts.at(0));
    if (method == methods.cend())
        return m_maxBodyBytes;
    const QByteArray target = parts.at(1);
    const qsizetype query = target.indexOf('?');
    const QStringList path = QString::fromUtf8(query < 0 ? target : target.left(query))
                                 .split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList params;
    const Route *route = findRoute(*method, path, &params);
    return route && route->maxBodyBytes > 0 ? route->maxBodyBytes : m_maxBodyBytes;
}

const Router::Route *Router::findRoute(
    Method method, const QStringList &path, QStringList *params) const
{
    for (const Route &route : m_routes) {
        if (route.method != method || route.segments.size() != path.size())
            continue;
        params->clear();
        bool same = true;
        for (qsizetype i = 0; same && i < path.size(); ++i) {
            const QString &seg = route.segments.at(i);
            if (seg.startsWith(QLatin1Char('{')))
                params->append(path.at(i));
            else
                same = seg == path.at(i);
        }
        if (same)
            return &route;
    }
    return nullptr;
}

Reply Router::dispatch(const QHttpServerRequest &request) const
{
    const std::int64_t started = Metrics::startRequest();
    int metricsId = Metrics::unmatchedRoute(request.method());
    Reply reply = dispatchToRoute(request, &metricsId);
    Metrics::requestDone(metricsId, reply.status, started);
    return reply;
}

Reply Router::dispatchToRoute(const QHttpServerRequest &request, int *metricsId) const
{
    const QStringList path = request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    bool pathKnown = false;
    for (const Route &route : m_routes) {
        if (route.segments.size() != path.size())
            continue;
        QStringList params;
        bool match = true;
        for (qsizetype i = 0; match && i < path.size(); ++i) {
            const QString &seg = route.segments.at(i);
            if (seg.startsWith(QLatin1Char('{')))
                params.append(path.at(i));
            else
                match = seg == path.at(i);
        }
        if (!match)
            continue;
        pathKnown = true;
        if (route.method == request.method()) {
            *metricsId = route.metricsId;
            return run(route, request, params);
        }
    }
    if (pathKnown)
        return errorReply(HttpError(405, QStringLiteral("method_not_allowed"),
            QStringLiteral("this method is not allowed on this path")));
    return errorReply(HttpError::notFound(QStringLiteral("path")));
}

Reply Router::run(const Route &route, const QHttpServerRequest &request, QStringList params) const
{
    try {
        const qint64 maxBody = route.maxBodyBytes > 0 ? route.maxBodyBytes : m_maxBodyBytes;
        if (request.body().size() > maxBody)
            throw HttpError(413, QStringLiteral("payload_too_large"),
                QStringLiteral("the body is larger than %1 bytes").arg(maxBody));
        RequestContext context(request, std::move(params));
        if (route.access != Access::Public) {
            const QByteArray auth = context.header("Authorization");
            if (!auth.startsWith("Bearer "))
                throw HttpError(
                    401, QStringLiteral("unauthenticated"), QStringLiteral("sign in first"));
            const Caller caller = m_authenticate(auth.mid(7).trimmed());
            context.setAgent(caller.agent);
            // Here rather than in handlers, so that no route added later can
            // forget it: a one-time password opens only the account routes
            // (among them POST /auth/password, which replaces it).
            if (caller.passwordChangeRequired && route.access != Access::Account)
                throw HttpError(403, QStringLiteral("password_change_required"),
                    QStringLiteral("change the one-time password first"));
            const Role role = context.agent().role;
            if (route.access == Access::SignedIn && role == Role::Admin)
                throw HttpError::forbidden(
                    QStringLiteral("an administrator's sign-in has no access to customer data"));
            if (route.access == Access::Supervisor && role != Role::Supervisor)
                throw HttpError::forbidden(QStringLiteral("only a supervisor may do this"));
            if (route.access == Access::Admin && role != Role::Admin)
                throw HttpError::forbidden(QStringLiteral("only an administrator may do this"));
        }
        if (!callIdIsPrintable(context.header("X-Call-Id")))
            throw HttpError::badRequest(QStringLiteral("X-Call-Id"),
                QStringLiteral("must be up to 64 characters without control, format or"
                               " line-breaking characters"));
        if (!request.body().isEmpty()
            && !context.header("Content-Type").startsWith("application/json"))
            throw HttpError(415, QStringLiteral("unsupported_media_type"),
                QStringLiteral("send the body as application/json"));
        return route.handler(context);
    } catch (const HttpError &error) {
        return errorReply(error);
    } catch (const DatabaseError &error) {
        qCWarning(lcRouter) << "storage error on" << request.url().path() << error.what();
        return errorReply(HttpError(500, QStringLiteral("storage_error"),
            QStringLiteral("the server could not read or write its store")));
    } catch (const std::exception &error) {
        qCWarning(lcRouter) << "unexpected error on" << request.url().path() << error.what();
        return errorReply(HttpError(
            500, QStringLiteral("internal_error"), QStringLiteral("unexpected server error")));
    }
}

} // namespace WalletDesk::Server
