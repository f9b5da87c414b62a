#include "Router.h"

#include "Database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRouter, "walletdesk.server.router")

namespace WalletDesk::Server {

Reply errorReply(const HttpError &error)
{
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

void Router::add(Method method, const QString &pattern, Access access, Handler handler)
{
    m_routes.push_back(
        {method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), access, std::move(handler)});
}

Reply Router::dispatch(const QHttpServerRequest &request) const
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
        if (route.method == request.method())
            return run(route, request, params);
    }
    if (pathKnown)
        return errorReply(HttpError(405, QStringLiteral("method_not_allowed"),
            QStringLiteral("this method is not allowed on this path")));
    return errorReply(HttpError::notFound(QStringLiteral("path")));
}

Reply Router::run(const Route &route, const QHttpServerRequest &request, QStringList params) const
{
    try {
        if (request.body().size() > m_maxBodyBytes)
            throw HttpError(413, QStringLiteral("payload_too_large"),
                QStringLiteral("the body is larger than %1 bytes").arg(m_maxBodyBytes));
        RequestContext context(request, std::move(params));
        if (route.access != Access::Public) {
            const QByteArray auth = context.header("Authorization");
            if (!auth.startsWith("Bearer "))
                throw HttpError(
                    401, QStringLiteral("unauthenticated"), QStringLiteral("sign in first"));
            context.setAgent(m_authenticate(auth.mid(7).trimmed()));
            if (route.access == Access::Supervisor && !context.isSupervisor())
                throw HttpError::forbidden(QStringLiteral("only a supervisor may do this"));
        }
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
