#include "Masking.h"

#include <QtTest>

using namespace WalletDesk;

class TestMasking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phone_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "13812341234" << "138****1234";
        QTest::newRow("+86") << "+86 138-1234-1234" << "138****1234";
        QTest::newRow("0086") << "008613812341234" << "138****1234";
        QTest::newRow("too short") << "1234" << "****";
    }
    void phone()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(Masking::phone(in), out);
    }

    void card()
    {
        QCOMPARE(Masking::card(QStringLiteral("6222020200112345678")), QStringLiteral("622202*********5678"));
        QCOMPARE(Masking::card(QStringLiteral("6222 0202 0011 2345")), QStringLiteral("622202******2345"));
        // A short number never shows more than its last 4 digits.
        QCOMPARE(Masking::card(QStringLiteral("12345678")), QStringLiteral("****5678"));
    }

    void idNameEmail()
    {
        QCOMPARE(Masking::idNumber(QStringLiteral("11010519491231002X")), QStringLiteral("1101**********002X"));
        QCOMPARE(Masking::name(QStringLiteral("张三丰")), QStringLiteral("张**"));
        QCOMPARE(Masking::name(QStringLiteral("李")), QStringLiteral("李*"));
        QCOMPARE(Masking::email(QStringLiteral("zhang.san@example.cn")), QStringLiteral("z***@example.cn"));
        QCOMPARE(Masking::accountNumber(QStringLiteral("8800123456781234")), QStringLiteral("8800…1234"));
    }

    void redactCardNumbersInNotes()
    {
        const QString notes = QStringLiteral("客户卡号 6222 0202 0011 2345，订单 P202611200001，电话13812341234");
        const QString redacted = Masking::redactCardNumbers(notes);
        QVERIFY(!redacted.contains(QLatin1String("0011")));
        QVERIFY(redacted.contains(QLatin1String("622202******2345")));
        // Order numbers and 11-digit phone numbers are not card numbers.
        QVERIFY(redacted.contains(QLatin1String("P202611200001")));
        QVERIFY(redacted.contains(QLatin1String("13812341234")));
    }
};

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"
