#pragma once

#include "CallCenterTime.h"
#include "DeadlinePolicy.h"
#include "ReferenceItems.h"

#include <QHash>
#include <QTimeZone>

namespace WalletDesk {

// Working days on the mainland China calendar: Monday to Friday, minus public
// holidays, plus make-up working days. Dates are taken in the call center's
// zone (CallCenterTime: China Standard Time unless the reference data say
// otherwise), whatever the machine's own zone.
class WorkingCalendar
{
public:
    explicit WorkingCalendar(const QList<Holiday> &days = {});

    static QDate localDate(const QDateTime &instant);
    // The last millisecond of a China-time day, as a UTC instant.
    static QDateTime endOfDay(QDate date);

    bool isWorkingDay(QDate date) const;
    // The n-th working day strictly after date (n = 0 gives date itself when
    // it is a working day, else the next working day).
    QDate addWorkingDays(QDate date, int n) const;
    // Working days d with from < d <= to.
    int workingDaysBetween(QDate from, QDate to) const;

    // Deadlines of a complaint created at the given instant.
    QDateTime acknowledgeDue(const QDateTime &created, const DeadlinePolicy &policy) const;
    static QDateTime resolveDue(const QDateTime &created, int calendarDays);
    QDate withdrawalArrival(const QDateTime &created, const DeadlinePolicy &policy) const;
    QDate reversalDue(const QDateTime &created, const DeadlinePolicy &policy) const;

private:
    QHash<QDate, HolidayKind> m_days;
};

} // namespace WalletDesk
