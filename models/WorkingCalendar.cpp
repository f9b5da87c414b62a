#include "WorkingCalendar.h"

#include "CallCenterTime.h"

namespace WalletDesk {

WorkingCalendar::WorkingCalendar(const QList<Holiday> &days)
{
    for (const Holiday &h : days)
        m_days.insert(h.date, h.kind);
}

QDate WorkingCalendar::localDate(const QDateTime &instant)
{
    return instant.toTimeZone(CallCenterTime::zone()).date();
}

QDateTime WorkingCalendar::endOfDay(QDate date)
{
    return QDateTime(date, QTime(23, 59, 59, 999), CallCenterTime::zone()).toUTC();
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    const auto it = m_days.constFind(date);
    if (it != m_days.constEnd())
        return *it == HolidayKind::Workday;
    return date.dayOfWeek() <= 5;
}

QDate WorkingCalendar::addWorkingDays(QDate date, int n) const
{
    QDate d = date;
    if (n == 0) {
        while (!isWorkingDay(d))
            d = d.addDays(1);
        return d;
    }
    // Long holidays are at most ~10 days; 4 * n + 30 bounds the walk.
    for (int guard = 0, found = 0; found < n && guard < 4 * n + 30; ++guard) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            ++found;
    }
    return d;
}

int WorkingCalendar::workingDaysBetween(QDate from, QDate to) const
{
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        if (isWorkingDay(d))
            ++count;
    }
    return count;
}

QDateTime WorkingCalendar::acknowledgeDue(
    const QDateTime &created, const DeadlinePolicy &policy) const
{
    return endOfDay(addWorkingDays(localDate(created), policy.acknowledgeWorkingDays));
}

QDateTime WorkingCalendar::resolveDue(const QDateTime &created, int calendarDays)
{
    return endOfDay(localDate(created).addDays(calendarDays));
}

QDate WorkingCalendar::withdrawalArrival(
    const QDateTime &created, const DeadlinePolicy &policy) const
{
    return addWorkingDays(localDate(created), policy.withdrawalArrivalWorkingDays);
}

QDate WorkingCalendar::reversalDue(const QDateTime &created, const DeadlinePolicy &policy) const
{
    return addWorkingDays(localDate(created), policy.reversalWorkingDays);
}

} // namespace WalletDesk
