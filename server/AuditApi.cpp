#include "AuditApi.h"

#include "AuditEntry.h"
#include "PageBuilder.h"

namespace WalletDesk::Server {

void AuditApi::registerRoutes(Router &router)
{
    router.add(Router::Method::Get, QStringLiteral("/api/v1/audit"), Access::Supervisor,
        [this](RequestContext &r) { return query(r); });
}

Reply AuditApi::query(RequestContext &request)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList binds;
    constexpr qint64 maxId = Q_INT64_C(1) << 52;
    if (const auto agent = request.queryInteger(QStringLiteral("agentId"), 1, maxId)) {
        where += QStringLiteral(" AND agent_id = ?");
        binds << *agent;
    }
    if (const auto account = request.queryInteger(QStringLiteral("accountId"), 1, maxId)) {
        where += QStringLiteral(" AND account_id = ?");
        binds << *account;
    }
    if (const auto action = request.queryString(QStringLiteral("action"), 60)) {
        // "complaint" matches every complaint.* action; "complaint.resolve" only itself.
        where += QStringLiteral(" AND (action = ? OR action LIKE ?)");
        binds << *action
              << QString(QString(*action).remove(QLatin1Char('%')).remove(QLatin1Char('_'))
                     + QStringLiteral(".%"));
    }
    if (const auto from = request.queryDate(QStringLiteral("from"))) {
        where += QStringLiteral(" AND at > ?");
        binds << WorkingCalendar::endOfDay(from->addDays(-1)).toMSecsSinceEpoch();
    }
    if (const auto to = request.queryDate(QStringLiteral("to"))) {
        where += QStringLiteral(" AND at <= ?");
        binds << WorkingCalendar::endOfDay(*to).toMSecsSinceEpoch();
    }
    if (const auto before = request.queryInteger(QStringLiteral("cursor"), 1, maxId)) {
        where += QStringLiteral(" AND id < ?");
        binds << *before;
    }
    const int limit = request.pageLimit(100, 500);
    binds << limit + 1;
    Rows q = m_ctx.db().exec(
        QStringLiteral(
            "SELECT id, at, agent_id, action, account_id, call_id, reason, detail FROM audit")
            + where + QStringLiteral(" ORDER BY id DESC LIMIT ?"),
        binds);
    PageBuilder page(limit);
    while (q.next() && page.hasRoom()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = ServerContext::fromMs(q.value(1).toLongLong());
        e.agentId = q.value(2).toLongLong();
        e.action = q.value(3).toString();
        if (!q.value(4).isNull())
            e.accountId = q.value(4).toLongLong();
        e.callId = q.value(5).toString();
        e.reason = q.value(6).toString();
        e.detail = q.value(7).toString();
        page.add(e.toJson(), QString::number(e.id));
    }
    return page.reply();
}

} // namespace WalletDesk::Server
