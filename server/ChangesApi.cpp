#include "ChangesApi.h"

#include "ActionsApi.h"
#include "ComplaintsApi.h"

namespace WalletDesk::Server {

void ChangesApi::registerRoutes(Router &router)
{
    router.add(Router::Method::Get, QStringLiteral("/api/v1/changes"), Access::SignedIn,
               [this](RequestContext &r) { return changes(r); });
}

Reply ChangesApi::changes(RequestContext &request)
{
    const qint64 since = request.queryInteger(QStringLiteral("since"), 0, Q_INT64_C(1) << 52).value_or(0);
    const int limit = request.pageLimit(200, 1000);
    Rows q = m_ctx.db().exec(QStringLiteral("SELECT seq, entity, entity_id FROM changes WHERE seq > ? ORDER BY seq LIMIT ?"),
                                  {since, limit + 1});
    const Agent &me = request.agent();
    QJsonArray items;
    qint64 cursor = since;
    bool more = false;
    int seen = 0;
    while (q.next()) {
        if (++seen > limit) {
            more = true;
            break;
        }
        const qint64 seq = q.value(0).toLongLong();
        const QString entity = q.value(1).toString();
        const qint64 id = q.value(2).toLongLong();
        cursor = seq;
        QJsonObject data;
        if (entity == QLatin1String("complaint")) {
            const auto c = ComplaintsApi::load(m_ctx, id);
            // Agents follow the complaints they logged or were given.
            if (!c || (!request.isSupervisor() && c->createdBy != me.id && c->assignee != me.id))
                continue;
            data = c->toJson();
        } else if (entity == QLatin1String("note")) {
            const ComplaintNote n = ComplaintsApi::loadNote(m_ctx, id);
            const auto c = ComplaintsApi::load(m_ctx, n.complaintId);
            if (!c || (!request.isSupervisor() && c->createdBy != me.id && c->assignee != me.id))
                continue;
            data = n.toJson();
        } else if (entity == QLatin1String("action")) {
            const ActionRequest a = ActionsApi::load(m_ctx, id);
            if (!request.isSupervisor() && a.agentId != me.id)
                continue;
            data = a.toJson();
        } else if (entity == QLatin1String("reference")) {
            data = {{QStringLiteral("version"), id}};
        } else {
            continue;
        }
        items.append(QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("entity"), entity},
                                 {QStringLiteral("id"), id}, {QStringLiteral("data"), data}});
    }
    return Reply::json({{QStringLiteral("items"), items},
                        {QStringLiteral("cursor"), QString::number(cursor)},
                        {QStringLiteral("more"), more}});
}

} // namespace WalletDesk::Server
