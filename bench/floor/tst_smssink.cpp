// The floor simulator reads callers' codes from the servers' SMS log: a
// wrong or missed code would show up as the server's failure in the figures.
#include "SmsSink.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using FloorSim::SmsSink;

class TestSmsSink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheCodeOfAVerificationMessage()
    {
        QString to, code;
        QVERIFY(SmsSink::parseLine(
            R"({"to":"13800138000","body":"【钱包】您的验证码为 482913，5 分钟内有效。客服人员不会索要您的密码。","at":"2026-11-27T09:00:00.000Z"})",
            &to, &code));
        QCOMPARE(to, QStringLiteral("13800138000"));
        QCOMPARE(code, QStringLiteral("482913"));
    }

    void ignoresMessagesThatAreNotCodes()
    {
        QString to, code;
        // A complaint notice carries digits too (its number), but no code.
        QVERIFY(!SmsSink::parseLine(
            R"({"to":"13900001111","body":"您的投诉（编号 123456）已受理","at":"x"})", &to, &code));
        QVERIFY(!SmsSink::parseLine("not json", &to, &code));
        QVERIFY(!SmsSink::parseLine(R"({"body":"您的验证码为 111111"})", &to, &code));
    }

    void aLineSplitAcrossReadsIsReadOnceWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sms.log"));
        QFile log(path);
        QVERIFY(log.open(QIODevice::Append));
        log.write(R"({"to":"1","body":"您的验证码为 000001"})"
                  "\n"); // before the sink: not ours
        log.flush();
        SmsSink sink({path});
        QString error;
        QVERIFY2(sink.open(&error), qPrintable(error));
        const qint64 mark = sink.poll();
        QCOMPARE(sink.codeFor(QStringLiteral("1"), -1), QString());

        const QByteArray line = R"({"to":"13700137000","body":"您的验证码为 123456，5 分钟内有效"})"
                                "\n";
        log.write(line.left(20));
        log.flush();
        sink.poll();
        QCOMPARE(sink.codeFor(QStringLiteral("13700137000"), mark), QString());
        log.write(line.mid(20));
        log.flush();
        const qint64 after = sink.poll();
        QCOMPARE(sink.codeFor(QStringLiteral("13700137000"), mark), QStringLiteral("123456"));
        // Only a message newer than the mark counts: not the code of an earlier call.
        QCOMPARE(sink.codeFor(QStringLiteral("13700137000"), after), QString());

        log.write(R"({"to":"13700137000","body":"您的验证码为 654321"})"
                  "\n");
        log.flush();
        sink.poll();
        QCOMPARE(sink.codeFor(QStringLiteral("13700137000"), after), QStringLiteral("654321"));
    }

    void severalFilesAndAMissingOne()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.log"));
        const QString b = dir.filePath(QStringLiteral("b.log")); // made by the sink
        SmsSink sink({a, b});
        QString error;
        QVERIFY2(sink.open(&error), qPrintable(error));
        QFile fb(b);
        QVERIFY(fb.open(QIODevice::Append));
        fb.write(R"({"to":"2","body":"您的验证码为 222222"})"
                 "\n");
        fb.close();
        sink.poll();
        QCOMPARE(sink.codeFor(QStringLiteral("2"), 0), QStringLiteral("222222"));

        SmsSink nowhere({dir.filePath(QStringLiteral("no/such/dir/sms.log"))});
        QVERIFY(!nowhere.open(&error));
        QVERIFY(error.contains(QStringLiteral("--sms-log")));
    }
};

QTEST_GUILESS_MAIN(TestSmsSink)
#include "tst_smssink.moc"
