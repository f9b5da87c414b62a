// The console refuses every server it cannot trust, each with its reason:
// wrong CA, wrong public-key pin, expired certificate, wrong host name, a
// server that offers only CBC suites.
#include "ApiClient.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QSslCipher>
#include <QSslKey>
#include <QSslServer>
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
            return ApiResult {ApiResult::Failure::Tls, 0, {}, {}, {}, {}, error};
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
        QVERIFY(m_server.makeCertificate(QStringLiteral("expired"),
            {QStringLiteral("--start"), QStringLiteral("20200101000000Z"), QStringLiteral("--days"),
                QStringLiteral("30")}));
        QVERIFY(m_server.makeCertificate(QStringLiteral("otherhost"),
            {QStringLiteral("--hosts"), QStringLiteral("DNS:wrong.example")}));
        QProcess p;
        p.start(
            TestServer::sourceDir() + QStringLiteral("/scripts/dev-cert.sh"), {m_otherCa.path()});
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
        QVERIFY2(r.message.contains(QLatin1String("not signed by a trusted authority")),
            qPrintable(r.message));
        // Nor does the system store alone trust it.
        const ApiResult system = health(settingsFor(QString()));
        QCOMPARE(system.failure, ApiResult::Failure::Tls);
    }

    void pinning()
    {
        QVERIFY(m_server.start());
        ConsoleSettings s = settingsFor(m_server.caFile());
        const QSslCertificate cert
            = QSslCertificate::fromPath(m_server.certDir() + QStringLiteral("/server.pem")).first();
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
        QVERIFY2(
            m_server.start({}, 0, QStringLiteral("expired")), qPrintable(m_server.errorString()));
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

    // The console offers TLS 1.3 and TLS 1.2 with ECDHE and AES-GCM or
    // ChaCha20-Poly1305 only: a TLS 1.2 server with CBC suites alone (what
    // the reference server offered too, before) gets no handshake from it,
    // and the same server with one AEAD suite does.
    void serverWithOnlyCbcSuitesIsRefused()
    {
        for (const QSslCipher &cipher : TlsPolicy::aeadCiphers()) {
            const QString name = cipher.name();
            QVERIFY2(name.startsWith(QLatin1String("TLS_"))
                    || (name.startsWith(QLatin1String("ECDHE-"))
                        && (name.contains(QLatin1String("-GCM-"))
                            || name.contains(QLatin1String("CHACHA20")))),
                qPrintable(name));
        }
        QList<QSslCipher> cbc;
        for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
            const QString name = cipher.name();
            if (name.startsWith(QLatin1String("ECDHE-ECDSA-AES"))
                && !name.contains(QLatin1String("GCM")) && !name.contains(QLatin1String("CCM")))
                cbc.append(cipher);
        }
        QVERIFY(!cbc.isEmpty());
        QFile keyFile(m_server.certDir() + QStringLiteral("/server.key"));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey key(keyFile.readAll(), QSsl::Ec);
        QVERIFY(!key.isNull());
        for (const bool aead : {false, true}) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setLocalCertificate(
                QSslCertificate::fromPath(m_server.certDir() + QStringLiteral("/server.pem"))
                    .first());
            tls.setPrivateKey(key);
            tls.setProtocol(QSsl::TlsV1_2);
            tls.setCiphers(aead ? QList<QSslCipher> {QSslCipher(
                               QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256"))}
                                : cbc);
            QSslServer server;
            server.setSslConfiguration(tls);
            int encrypted = 0;
            connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
                while (QTcpSocket *socket = server.nextPendingConnection()) {
                    ++encrypted;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: "
                                  "application/json\r\nContent-Length: 2\r\n\r\n{}");
                    socket->disconnectFromHost();
                }
            });
            QVERIFY(server.listen(QHostAddress::LocalHost, 0));
            ConsoleSettings s = settingsFor(m_server.caFile());
            s.serverUrl.setPort(server.serverPort());
            const ApiResult r = health(s);
            if (aead) {
                QCOMPARE(encrypted, 1);
            } else {
                QVERIFY(!r.ok());
                QCOMPARE(encrypted, 0);
                qInfo() << "CBC-only server:" << r.message;
            }
        }
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
