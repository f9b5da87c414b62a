#include "CalendarApi.h"

#include "ReferenceApi.h"

#include <QSet>

#include <algorithm>

namespace WalletDesk::Server {

namespace {

struct DayCounts
{
    int holidays = 0;
    int workdays = 0;
};

DayCounts countYear(const QList<Holiday> &days, int year)
{
    DayCounts counts;
    for (const Holiday &day : days) {
        if (day.date.year() != year)
            continue;
        if (day.kind == HolidayKind::Holiday)
            ++counts.holidays;
        else
            ++counts.workdays;
    }
    return counts;
}

bool breaksTheLine(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Other_Format
        || category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
}

// The contract's ranges (DeadlinePolicy::settableProblem): PUT /reference
// checks the same.
void checkPolicy(const DeadlinePolicy &p)
{
    QString field;
    if (const QString problem = p.settableProblem(&field); !problem.isEmpty())
        throw HttpError::badRequest(field, problem);
}

} // namespace

void CalendarApi::registerRoutes(Router &router)
{
    using M = Router::Method;
    router.add(M::Put, QStringLiteral("/api/v1/calendar/{year}"), Access::Admin,
        [this](RequestContext &r) { return putYear(r); });
    router.add(M::Put, QStringLiteral("/api/v1/deadline-policy"), Access::Admin,
        [this](RequestContext &r) { return putPolicy(r); });
}

Reply CalendarApi::putYear(RequestContext &request)
{
    const qint64 year = request.pathId(0);
    if (year < firstYear || year > lastYear)
        throw HttpError::badRequest(QStringLiteral("year"),
            QStringLiteral("must be between %1 and %2").arg(firstYear).arg(lastYear));
    const QList<Holiday> days = request.readBody([year](JsonReader &r) {
        const QList<Holiday> list = r.list<Holiday>(QStringLiteral("days"), maxDaysPerYear);
        QSet<QDate> seen;
        for (qsizetype i = 0; r.ok() && i < list.size(); ++i) {
            const Holiday &day = list.at(i);
            const QString at = QStringLiteral("days[%1].").arg(i);
            r.check(day.date.year() == year, at + QStringLiteral("date"),
                QStringLiteral("is not in %1").arg(year));
            if (r.ok())
                r.check(!seen.contains(day.date), at + QStringLiteral("date"),
                    QStringLiteral("appears twice"));
            seen.insert(day.date);
            if (r.ok())
                r.check(!day.name.trimmed().isEmpty() && day.name.size() <= 40,
                    at + QStringLiteral("name"), QStringLiteral("must be 1 to 40 characters"));
            // Every console shows the name in one line of its calendar.
            if (r.ok())
                r.check(std::none_of(day.name.cbegin(), day.name.cend(), breaksTheLine),
                    at + QStringLiteral("name"),
                    QStringLiteral("must not contain control, format or line-breaking characters"));
        }
        return list;
    });
    const Database &db = m_ctx.db();
    DbTransaction tx(db);
    ReferenceData data = ReferenceApi::lockForEdit(m_ctx, request);
    const DayCounts before = countYear(data.holidays, int(year));
    data.holidays.removeIf([year](const Holiday &day) { return day.date.year() == year; });
    data.holidays.append(days);
    std::sort(data.holidays.begin(), data.holidays.end(),
        [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    const DayCounts after = countYear(data.holidays, int(year));
    data.version = ReferenceApi::store(m_ctx, data);
    m_ctx.audit(request.agent().id, QStringLiteral("calendar.update"), std::nullopt,
        request.callId(), QString(),
        QStringLiteral("%1: %2 holidays, %3 make-up working days; was %4 and %5")
            .arg(year)
            .arg(after.holidays)
            .arg(after.workdays)
            .arg(before.holidays)
            .arg(before.workdays));
    tx.commit();
    return ReferenceApi::replyWith(data);
}

Reply CalendarApi::putPolicy(RequestContext &request)
{
    const DeadlinePolicy policy = request.bodyAs<DeadlinePolicy>();
    checkPolicy(policy);
    const Database &db = m_ctx.db();
    DbTransaction tx(db);
    ReferenceData data = ReferenceApi::lockForEdit(m_ctx, request);
    const DeadlinePolicy old = data.policy;
    if (old == policy)
        return ReferenceApi::replyWith(data); // nothing to change, nothing to audit
    QStringList changes;
    const auto note = [&changes](const char *name, int before, int after) {
        if (before != after)
            changes
                << QStringLiteral("%1 %2 -> %3").arg(QLatin1String(name)).arg(before).arg(after);
    };
    note("acknowledgeWorkingDays", old.acknowledgeWorkingDays, policy.acknowledgeWorkingDays);
    note("resolveCalendarDays", old.resolveCalendarDays, policy.resolveCalendarDays);
    note("maxExtendedCalendarDays", old.maxExtendedCalendarDays, policy.maxExtendedCalendarDays);
    note("withdrawalArrivalWorkingDays", old.withdrawalArrivalWorkingDays,
        policy.withdrawalArrivalWorkingDays);
    note("reversalWorkingDays", old.reversalWorkingDays, policy.reversalWorkingDays);
    data.policy = policy;
    data.version = ReferenceApi::store(m_ctx, data);
    m_ctx.audit(request.agent().id, QStringLiteral("policy.update"), std::nullopt, request.callId(),
        QString(), changes.join(QLatin1String("; ")));
    tx.commit();
    return ReferenceApi::replyWith(data);
}

} // namespace WalletDesk::Server
