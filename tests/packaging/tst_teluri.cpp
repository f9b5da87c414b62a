// The tel: URIs a softphone or CTI client opens the console with (RFC 3966):
// the caller number each names, and those that name none.
#include "TelUri.h"

#include <QTest>

using namespace WalletDesk;

class TelUriTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callerNumber_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("number");
        QTest::newRow("global") << "tel:+8613800138000"
                                << "+8613800138000";
        QTest::newRow("local") << "tel:13800138000"
                               << "13800138000";
        QTest::newRow("hyphens") << "tel:+86-138-0013-8000"
                                 << "+8613800138000";
        QTest::newRow("dots and brackets") << "tel:+86.(138).0013.8000"
                                           << "+8613800138000";
        QTest::newRow("upper-case scheme") << "TEL:+8613800138000"
                                           << "+8613800138000";
        QTest::newRow("parameters") << "tel:010-6512-3456;ext=8021;phone-context=+86"
                                    << "01065123456";
        QTest::newRow("percent-encoded") << "tel:%2B86%20138%200013%208000"
                                         << "+8613800138000";
        QTest::newRow("tel://") << "tel://+8613800138000"
                                << "+8613800138000";
        QTest::newRow("service number") << "tel:95188"
                                        << "95188";
        QTest::newRow("15 digits") << "tel:+123456789012345"
                                   << "+123456789012345";
    }
    void callerNumber()
    {
        QFETCH(QString, uri);
        QFETCH(QString, number);
        QVERIFY(TelUri::isTelUri(uri));
        const std::optional<QString> got = TelUri::callerNumber(uri);
        QVERIFY(got.has_value());
        QCOMPARE(*got, number);
    }

    void notANumber_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("empty") << "tel:";
        QTest::newRow("plus only") << "tel:+";
        QTest::newRow("separators only") << "tel:--..()";
        QTest::newRow("letters") << "tel:+86-138-CALL-NOW";
        QTest::newRow("star and hash") << "tel:*21#";
        QTest::newRow("second plus") << "tel:+86+13800138000";
        QTest::newRow("plus not first") << "tel:86+13800138000";
        QTest::newRow("too short") << "tel:12";
        QTest::newRow("16 digits") << "tel:+1234567890123456";
        QTest::newRow("parameters only") << "tel:;ext=12";
        QTest::newRow("a line break") << "tel:+86138%0A13800138000";
        QTest::newRow("shell") << "tel:+86$(reboot)";
        QTest::newRow("very long") << QString(QStringLiteral("tel:+86") + QString(300, u'1'));
        QTest::newRow("not tel") << "sip:+8613800138000";
    }
    void notANumber()
    {
        QFETCH(QString, uri);
        const std::optional<QString> got = TelUri::callerNumber(uri);
        QVERIFY2(!got.has_value(), qPrintable(got.value_or(QString())));
    }

    void onlyTelIsATelUri()
    {
        QVERIFY(!TelUri::isTelUri(QStringLiteral("+8613800138000")));
        QVERIFY(!TelUri::isTelUri(QStringLiteral("https://example.org/tel:1")));
        QVERIFY(!TelUri::isTelUri(QStringLiteral("te")));
        QVERIFY(TelUri::isTelUri(QStringLiteral("Tel:nonsense")));
    }
};

QTEST_GUILESS_MAIN(TelUriTest)
#include "tst_teluri.moc"
