#include "CallCenterTime.h"
#include "ReferenceData.h"
#include "WorkingCalendar.h"

#include <QtTest>

using namespace WalletDesk;

namespace {
// National Day 2026: 1–7 October off, Saturday 10 October worked.
WorkingCalendar nationalDay()
{
    QList<Holiday> days;
    for (int d = 1; d <= 7; ++d)
        days.append({QDate(2026, 10, d), HolidayKind::Holiday, QStringLiteral("国庆节")});
    days.append({QDate(2026, 10, 10), HolidayKind::Workday, QStringLiteral("调休")});
    return WorkingCalendar(days);
}
QDateTime chinaTime(int y, int m, int d, int h)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), CallCenterTime::zone());
}
} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workingDays()
    {
        const WorkingCalendar cal = nationalDay();
        QVERIFY(!cal.isWorkingDay(QDate(2026, 10, 1))); // Thursday, holiday
        QVERIFY(cal.isWorkingDay(QDate(2026, 10, 10))); // Saturday, make-up day
        QVERIFY(!cal.isWorkingDay(QDate(2026, 10, 11))); // plain Sunday
        QCOMPARE(cal.addWorkingDays(QDate(2026, 9, 30), 1), QDate(2026, 10, 8));
        QCOMPARE(cal.addWorkingDays(QDate(2026, 10, 9), 1), QDate(2026, 10, 10));
        QCOMPARE(cal.addWorkingDays(QDate(2026, 10, 3), 0), QDate(2026, 10, 8));
        QCOMPARE(
            cal.workingDaysBetween(QDate(2026, 9, 30), QDate(2026, 10, 12)), 4); // 8, 9, 10, 12
    }

    void complaintDeadlines()
    {
        const WorkingCalendar cal = nationalDay();
        DeadlinePolicy policy;
        // Filed on the evening before the holiday: acknowledge by the end of 8 October.
        const QDateTime created = chinaTime(2026, 9, 30, 20);
        QCOMPARE(
            cal.acknowledgeDue(created, policy), WorkingCalendar::endOfDay(QDate(2026, 10, 8)));
        QCOMPARE(WorkingCalendar::resolveDue(created, policy.resolveCalendarDays),
            WorkingCalendar::endOfDay(QDate(2026, 10, 15)));
        // 20:00 UTC is already the next day in China.
        const QDateTime lateUtc(QDate(2026, 9, 29), QTime(20, 0), Qt::UTC);
        QCOMPARE(WorkingCalendar::localDate(lateUtc), QDate(2026, 9, 30));
    }

    void withdrawalOverHoliday()
    {
        const WorkingCalendar cal = nationalDay();
        DeadlinePolicy policy;
        QCOMPARE(cal.withdrawalArrival(chinaTime(2026, 9, 30, 10), policy), QDate(2026, 10, 8));
        // 30 September, then 8 and 9 October.
        QCOMPARE(cal.reversalDue(chinaTime(2026, 9, 29, 10), policy), QDate(2026, 10, 9));
    }

    // The call center's zone comes from its reference data: a day is that
    // zone's day, whatever the machine's (this test runs with TZ=UTC too).
    void daysInTheCallCentersZone()
    {
        const QDateTime instant(QDate(2026, 11, 26), QTime(15, 30), QTimeZone::utc());
        QCOMPARE(CallCenterTime::zoneId(), CallCenterTime::defaultZoneId());
        QCOMPARE(WorkingCalendar::localDate(instant), QDate(2026, 11, 26)); // 23:30 in Beijing
        QVERIFY(CallCenterTime::setZone("Asia/Tokyo"));
        QCOMPARE(WorkingCalendar::localDate(instant), QDate(2026, 11, 27)); // 00:30 in Tokyo
        QCOMPARE(WorkingCalendar::endOfDay(QDate(2026, 11, 26)),
            QDateTime(QDate(2026, 11, 26), QTime(14, 59, 59, 999), QTimeZone::utc()));
        // An id this machine does not know changes nothing.
        QVERIFY(!CallCenterTime::setZone("Mars/Olympus_Mons"));
        QCOMPARE(CallCenterTime::zoneId(), QByteArray("Asia/Tokyo"));
        QVERIFY(CallCenterTime::setZone(CallCenterTime::defaultZoneId()));
        QCOMPARE(WorkingCalendar::localDate(instant), QDate(2026, 11, 26));

        // Reference data stored before the zone existed are China's.
        QJsonObject stored = ReferenceData {}.toJson();
        QCOMPARE(
            stored.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Asia/Shanghai"));
        stored.remove(QStringLiteral("timeZone"));
        JsonReader reader(stored);
        QCOMPARE(ReferenceData::read(reader).timeZone, QStringLiteral("Asia/Shanghai"));
        QVERIFY(reader.ok());
    }
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
