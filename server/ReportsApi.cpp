#include "ReportsApi.h"

#include "ComplaintReport.h"

namespace WalletDesk::Server {

void ReportsApi::registerRoutes(Router &router)
{
    router.add(Router::Method::Get, QStringLiteral("/api/v1/reports/complaints"),
        Access::Supervisor, [this](RequestContext &r) { return complaints(r); });
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
        throw HttpError::badRequest(
            QStringLiteral("to"), QStringLiteral("must be on or after from, within ten years"));

    const ReferenceData reference = m_ctx.reference();
    const WorkingCalendar calendar = m_ctx.calendar(reference);
    const qint64 now = ServerContext::nowMs();
    Rows q = m_ctx.db().exec(
        QStringLiteral("SELECT category, status, channel, created_at, ack_due_at, acknowledged_at, "
                       "due_at, resolved_at, assignee"
                       " FROM complaints WHERE created_at > ? AND created_at <= ?"),
        {WorkingCalendar::endOfDay(from->addDays(-1)).toMSecsSinceEpoch(),
            WorkingCalendar::endOfDay(*to).toMSecsSinceEpoch()});
    ComplaintReport report;
    report.from = *from;
    report.to = *to;
    while (q.next()) {
        ++report.total;
        report.byCategory[q.value(0).toString()]++;
        report.byStatus[q.value(1).toString()]++;
        report.byChannel[q.value(2).toString()]++;
        report.byAssignee[q.value(8).isNull() ? QStringLiteral("none")
                                              : QString::number(q.value(8).toLongLong())]++;
        const QDateTime created = ServerContext::fromMs(q.value(3).toLongLong());
        report.perDay[WorkingCalendar::localDate(created).toString(Qt::ISODate)]++;
        const qint64 ackDue = q.value(4).toLongLong();
        const qint64 acked = q.value(5).isNull() ? now : q.value(5).toLongLong();
        if (acked > ackDue)
            ++report.acknowledgeBreaches;
        const qint64 due = q.value(6).toLongLong();
        const qint64 done = q.value(7).isNull() ? now : q.value(7).toLongLong();
        if (done > due)
            ++report.resolveBreaches;
        if (!q.value(7).isNull()) {
            ++report.resolved;
            const int days = calendar.workingDaysBetween(WorkingCalendar::localDate(created),
                WorkingCalendar::localDate(ServerContext::fromMs(done)));
            if (days <= 1)
                ++report.resolvedWithin1WorkingDay;
            else if (days <= 3)
                ++report.resolvedWithin1To3WorkingDays;
        }
    }
    return Reply::json(report.toJson());
}

} // namespace WalletDesk::Server
