#include "ReportsApi.h"

#include <QMap>

namespace WalletDesk::Server {

void ReportsApi::registerRoutes(Router &router)
{
    router.add(Router::Method::Get, QStringLiteral("/api/v1/reports/complaints"), Access::Supervisor,
               [this](RequestContext &r) { return complaints(r); });
}

Reply ReportsApi::complaints(RequestContext &request)
{
    const auto from = request.queryDate(QStringLiteral("from"));
    const auto to = request.queryDate(QStringLiteral("to"));
    if (!from)
        throw HttpError::badRequest(QStringLiteral("from"), QStringLiteral("is required"));
    if (!to)
        throw HttpError::badRequest(QStringLiteral("to"), QStringLiteral("is required"));
    if (*to < *from || from->daysTo(*to) > 3660)
        throw HttpError::badRequest(QStringLiteral("to"), QStringLiteral("must be on or after from, within ten years"));

    const ReferenceData reference = m_ctx.reference();
    const WorkingCalendar calendar = m_ctx.calendar(reference);
    const qint64 now = ServerContext::nowMs();
    Rows q = m_ctx.db().exec(
        QStringLiteral("SELECT category, status, channel, created_at, ack_due_at, acknowledged_at, due_at, resolved_at"
                       " FROM complaints WHERE created_at > ? AND created_at <= ?"),
        {WorkingCalendar::endOfDay(from->addDays(-1)).toMSecsSinceEpoch(), WorkingCalendar::endOfDay(*to).toMSecsSinceEpoch()});
    QMap<QString, int> byCategory, byStatus, byChannel, perDay;
    int total = 0, resolved = 0, within1 = 0, within1to3 = 0, ackBreaches = 0, resolveBreaches = 0;
    while (q.next()) {
        ++total;
        byCategory[q.value(0).toString()]++;
        byStatus[q.value(1).toString()]++;
        byChannel[q.value(2).toString()]++;
        const QDateTime created = ServerContext::fromMs(q.value(3).toLongLong());
        perDay[WorkingCalendar::localDate(created).toString(Qt::ISODate)]++;
        const qint64 ackDue = q.value(4).toLongLong();
        const qint64 acked = q.value(5).isNull() ? now : q.value(5).toLongLong();
        if (acked > ackDue)
            ++ackBreaches;
        const qint64 due = q.value(6).toLongLong();
        const qint64 done = q.value(7).isNull() ? now : q.value(7).toLongLong();
        if (done > due)
            ++resolveBreaches;
        if (!q.value(7).isNull()) {
            ++resolved;
            const int days = calendar.workingDaysBetween(WorkingCalendar::localDate(created),
                                                         WorkingCalendar::localDate(ServerContext::fromMs(done)));
            if (days <= 1)
                ++within1;
            else if (days <= 3)
                ++within1to3;
        }
    }
    const auto toObject = [](const QMap<QString, int> &map) {
        QJsonObject o;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    const auto share = [total](int n) { return total ? double(n) / total : 0.0; };
    return Reply::json({{QStringLiteral("from"), from->toString(Qt::ISODate)},
                        {QStringLiteral("to"), to->toString(Qt::ISODate)},
                        {QStringLiteral("total"), total},
                        {QStringLiteral("resolved"), resolved},
                        {QStringLiteral("byCategory"), toObject(byCategory)},
                        {QStringLiteral("byStatus"), toObject(byStatus)},
                        {QStringLiteral("byChannel"), toObject(byChannel)},
                        {QStringLiteral("perDay"), toObject(perDay)},
                        {QStringLiteral("resolvedWithin1WorkingDay"), within1},
                        {QStringLiteral("resolvedWithin1To3WorkingDays"), within1to3},
                        {QStringLiteral("shareResolvedWithin1WorkingDay"), share(within1)},
                        {QStringLiteral("shareResolvedWithin1To3WorkingDays"), share(within1to3)},
                        {QStringLiteral("acknowledgeBreaches"), ackBreaches},
                        {QStringLiteral("resolveBreaches"), resolveBreaches}});
}

} // namespace WalletDesk::Server
