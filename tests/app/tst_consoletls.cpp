// The console refuses every server it cannot trust, each with its reason:
// wrong CA, wrong public-key pin, expired certificate, wrong host name.
#include "ApiClient.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QtTest>

using namespace WalletDesk;

class TestConsoleTls : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_otherCa;

    ApiResult health(const ConsoleSettings &settings)
    {
        QString error;
        const TlsPolicy tls = TlsPolicy::fromSettings(settings, &error);
        if (!error.isEmpty())
            return ApiResult{ApiResult::Failure::Tls, 0, {}, {}, {}, {}, error};
        ApiClient api(settings, tls);
        ApiResult result;
        bool done = false;
        api.get(QStringLiteral("/api/v1/health"), this, [&](const ApiResult &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            result.message = QStringLiteral("no answer in the test's time");
        return result;
    }

    ConsoleSettings settingsFor(const QString &caFile)
    {
        ConsoleSettings s;
        s.serverUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.port()));
        s.caFile = caFile;
        s.requestTimeoutSeconds = 10;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare({20, 20, {}}), qPrintable(m_server.errorString()));
        QVERIFY(m_server.makeCertificate(QStringLiteral("expired"), {QStringLiteral("--start"), QStringLiteral("20200101000000Z"),
                                                                    QStringLiteral("--days"), QStringLiteral("30")}));
        QVERIFY(m_server.makeCertificate(QStringLiteral("otherhost"), {QStringLiteral("--hosts"), QStringLiteral("DNS:wrong.example")}));
        QProcess p;
        p.start(TestServer::sourceDir() + QStringLiteral("/scripts/dev-cert.sh"), {m_otherCa.path()});
        QVERIFY(p.waitForFinished(30000) && p.exitCode() == 0);
    }

    void trustedServerWorks()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        const ApiResult r = health(settingsFor(m_server.caFile()));
        QVERIFY2(r.ok(), qPrintable(r.message));
    }

    void wrongCaIsRefused()
    {
        QVERIFY(m_server.start());
        const ApiResult r = health(settingsFor(m_otherCa.filePath(QStringLiteral("ca.pem"))));
        QCOMPARE(r.failure, ApiResult::Failure::Tls);
        QVERIFY2(r.message.contains(QLatin1String("not signed by a trusted authority")), qPrintable(r.message));
        // Nor does the system store alone trust it.
        const ApiResult system = health(settingsFor(QString()));
        QCOMPARE(system.failure, ApiResult::Failure::Tls);
    }

    void pinning()
    {
        QVERIFY(m_server.start());
        ConsoleSettings s = settingsFor(m_server.caFile());
        const QSslCertificate cert = QSslCertificate::fromPath(m_server.certDir() + QStringLiteral("/server.pem")).first();
        s.pinSha256 = QString::fromLatin1(TlsPolicy::spkiSha256(cert).toBase64());
        const ApiResult right = health(s);
        QVERIFY2(right.ok(), qPrintable(right.message));
        s.pinSha256 = QString::fromLatin1(QByteArray(32, '\x01').toBase64());
        const ApiResult wrong = health(s);
        QCOMPARE(wrong.failure, ApiResult::Failure::Tls);
        QVERIFY2(wrong.message.contains(QLatin1String("pin")), qPrintable(wrong.message));
        s.pinSha256 = QStringLiteral("not-base64-at-all");
        QVERIFY(!s.validate().isEmpty());
    }

    void expiredCertificateIsRefused()
    {
        QVERIFY2(m_server.start({}, 0, QStringLiteral("expired")), qPrintable(m_server.errorString()));
        const ApiResult r = health(settingsFor(m_server.caFile()));
        QCOMPARE(r.failure, ApiResult::Failure::Tls);
        QVERIFY2(r.message.contains(QLatin1String("expired")), qPrintable(r.message));
    }

    void hostNameMismatchIsRefused()
    {
        QVERIFY(m_server.start({}, 0, QStringLiteral("otherhost")));
        const ApiResult r = health(settingsFor(m_server.caFile()));
        QCOMPARE(r.failure, ApiResult::Failure::Tls);
        QVERIFY2(r.message.contains(QLatin1String("another host name")), qPrintable(r.message));
    }

    void plainHttpIsNeverUsed()
    {
        ConsoleSettings s;
        s.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:8443"));
        QVERIFY(s.validate().contains(QLatin1String("https")));
    }

    void noServerIsANetworkError()
    {
        m_server.terminate();
        ConsoleSettings s = settingsFor(m_server.caFile());
        s.serverUrl.setPort(TestServer::freePort());
        const ApiResult r = health(s);
        QCOMPARE(r.failure, ApiResult::Failure::Network);
        QVERIFY(r.isTransient());
        QVERIFY(!r.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConsoleTls)
#include "tst_consoletls.moc"
