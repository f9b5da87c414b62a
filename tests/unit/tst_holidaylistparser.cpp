// HolidayListParser: the State Council's notice as an administrator pastes
// it, read into days, and every kind of line it must refuse, with its number.
#include "HolidayListParser.h"

#include <QtTest>

using namespace WalletDesk;
using Problem = HolidayListParser::Problem;

class TestHolidayListParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsSingleDaysAndRanges()
    {
        const auto r = HolidayListParser::parse(
            QStringLiteral("# 国务院办公厅关于2027年部分节假日安排的通知\n"
                           "\n"
                           "2027-01-01 元旦 休\n"
                           "2027-02-15 至 2027-02-21 春节 放假\n"
                           "2027-02-07　春节　班\n" // full-width spaces, as copied from a web page
                           "2027-02-20 ~ 2027-02-20 春节补休 放假\n")); // one day, as written
        QVERIFY2(r.ok(), qPrintable(r.text));
        // The range skips its Saturday 20 and Sunday 21 (off anyway); a day on a
        // line of its own is kept as written, Saturday or not.
        QCOMPARE(r.days.size(), 1 + 1 + 5 + 1);
        QCOMPARE(r.days.first(),
            (Holiday {QDate(2027, 1, 1), HolidayKind::Holiday, QStringLiteral("元旦")}));
        QCOMPARE(r.days.at(1),
            (Holiday {QDate(2027, 2, 7), HolidayKind::Workday, QStringLiteral("春节")}));
        QCOMPARE(r.days.at(2).date, QDate(2027, 2, 15));
        QCOMPARE(r.days.at(6).date, QDate(2027, 2, 19));
        QCOMPARE(r.days.last().date, QDate(2027, 2, 20));
        for (int i = 1; i < r.days.size(); ++i)
            QVERIFY(r.days.at(i - 1).date < r.days.at(i).date);
    }

    void readsTheLongKindWords()
    {
        const auto r = HolidayListParser::parse(QStringLiteral("2027-10-01 国庆节 上班\n"));
        QVERIFY(r.ok());
        QCOMPARE(r.days.size(), 1);
        QCOMPARE(r.days.first().kind, HolidayKind::Workday);
    }

    void namesWithSpacesAreKept()
    {
        const auto r = HolidayListParser::parse(QStringLiteral("2027-05-03 劳动节 补休 休"));
        QVERIFY(r.ok());
        QCOMPARE(r.days.size(), 1);
        QCOMPARE(r.days.first().name, QStringLiteral("劳动节 补休"));
    }

    void refusesWithTheLineNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("problem");
        QTest::addColumn<int>("line");
        QTest::newRow("not a date") << QStringLiteral("2027-01-01 元旦 休\n2027/02/16 春节 休")
                                    << int(Problem::BadDate) << 2;
        QTest::newRow("no such day")
            << QStringLiteral("2027-02-30 春节 休") << int(Problem::BadDate) << 1;
        QTest::newRow("no kind") << QStringLiteral("\n\n2027-02-16 春节") << int(Problem::NoKind)
                                 << 3;
        QTest::newRow("unknown kind")
            << QStringLiteral("2027-02-16 春节 holiday") << int(Problem::NoKind) << 1;
        QTest::newRow("no name") << QStringLiteral("2027-02-16 休") << int(Problem::NoName) << 1;
        QTest::newRow("long name")
            << (QStringLiteral("2027-02-16 ") + QString(41, QChar(0x6625)) + QStringLiteral(" 休"))
            << int(Problem::NameTooLong) << 1;
        QTest::newRow("backwards")
            << QStringLiteral("2027-02-21 至 2027-02-15 春节 放假") << int(Problem::BadRange) << 1;
        QTest::newRow("too long") << QStringLiteral("2027-01-01 至 2027-03-01 春节 放假")
                                  << int(Problem::BadRange) << 1;
        QTest::newRow("range end missing")
            << QStringLiteral("2027-02-15 至") << int(Problem::BadDate) << 1;
        QTest::newRow("range of workdays") << QStringLiteral("2027-02-06 至 2027-02-07 春节 班")
                                           << int(Problem::RangeOfWorkdays) << 1;
        QTest::newRow("twice") << QStringLiteral(
            "2027-02-16 春节 休\n2027-02-15 至 2027-02-19 春节 放假")
                               << int(Problem::Duplicate) << 2;
        QTest::newRow("empty") << QStringLiteral("# nothing yet\n\n") << int(Problem::Empty) << 0;
    }

    void refusesWithTheLineNumber()
    {
        QFETCH(QString, text);
        QFETCH(int, problem);
        QFETCH(int, line);
        const auto r = HolidayListParser::parse(text);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.problem), problem);
        QCOMPARE(r.line, line);
        QVERIFY(r.days.isEmpty()); // nothing half-read
        if (line > 0)
            QCOMPARE(r.text, text.split(QLatin1Char('\n')).at(line - 1).trimmed());
    }
};

QTEST_APPLESS_MAIN(TestHolidayListParser)
#include "tst_holidaylistparser.moc"
