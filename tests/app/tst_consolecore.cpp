// Settings and command line, the single-instance hand-over of a caller
// number, and reads that show the cache at once and then refresh.
#include "AccountService.h"
#include "CallSession.h"
#include "CallerActions.h"
#include "ConsoleHarness.h"
#include "LocalStore.h"
#include "SingleInstance.h"
#include "SyncEngine.h"
#include "WorkingCalendar.h"

#include <QCommandLineParser>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QSettings>

using namespace WalletDesk;

class TestConsoleCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsFromFileAndCommandLine()
    {
        QTemporaryDir dir;
        QSettings file(dir.filePath(QStringLiteral("walletdesk.ini")), QSettings::IniFormat);
        file.setValue(QStringLiteral("security/idleLockSeconds"), QStringLiteral("banana"));
        file.setValue(QStringLiteral("network/timeoutSeconds"), 100000);
        file.setValue(QStringLiteral("server/url"), QStringLiteral("https://desk.example:9443"));
        ConsoleSettings s = ConsoleSettings::load(file);
        QCOMPARE(s.idleLockSeconds, 300); // nonsense falls back
        QCOMPARE(s.requestTimeoutSeconds, 20);
        QCOMPARE(s.serverUrl.port(), 9443);
        QVERIFY(s.validate().isEmpty());
        // Quitting signs out unless the deployment says false, in so many words.
        QVERIFY(s.signOutOnQuit);
        file.setValue(QStringLiteral("security/signOutOnQuit"), QStringLiteral("maybe"));
        QVERIFY(ConsoleSettings::load(file).signOutOnQuit);
        file.setValue(QStringLiteral("security/signOutOnQuit"), false);
        QVERIFY(!ConsoleSettings::load(file).signOutOnQuit);
        file.remove(QStringLiteral("security/signOutOnQuit"));

        QCommandLineParser parser;
        ConsoleSettings::addOptions(parser);
        QVERIFY(parser.parse({QStringLiteral("walletdesk"), QStringLiteral("--server"),
            QStringLiteral("http://plain:80")}));
        QVERIFY(s.applyOptions(parser).contains(QLatin1String("https://")));
        QVERIFY(parser.parse(
            {QStringLiteral("walletdesk"), QStringLiteral("--idle-lock"), QStringLiteral("5")}));
        QVERIFY(!s.applyOptions(parser).isEmpty());
        QVERIFY(parser.parse(
            {QStringLiteral("walletdesk"), QStringLiteral("--lang"), QStringLiteral("en"),
                QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:8443"),
                QStringLiteral("--call"), QStringLiteral("+8613800138000")}));
        QVERIFY(s.applyOptions(parser).isEmpty());
        QCOMPARE(s.language, QStringLiteral("en"));
        QCOMPARE(parser.value(QStringLiteral("call")), QStringLiteral("+8613800138000"));
        s.caFile = dir.filePath(QStringLiteral("missing.pem"));
        QVERIFY(s.validate().contains(QLatin1String("cannot be read")));
        // Nothing secret is ever in the settings file.
        s.caFile.clear();
        s.save(file);
        file.sync();
        QFile raw(file.fileName());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray text = raw.readAll().toLower();
        QVERIFY(!text.contains("password") && !text.contains("token"));
    }

    void secondInstanceHandsOverTheCall()
    {
        const QString name
            = QStringLiteral("walletdesk-test-%1").arg(QCoreApplication::applicationPid());
        SingleInstance first(name);
        QVERIFY(first.claim());
        QSignalSpy received(&first, &SingleInstance::callReceived);
        SingleInstance second(name);
        QVERIFY(!second.claim());
        QVERIFY(second.forward(QStringLiteral("+8613800138000")));
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.first().at(0).toString(), QStringLiteral("+8613800138000"));
        QVERIFY(
            second.forward(QStringLiteral("DROP TABLE; rm -rf /"))); // delivered, but not a number
        // Dropped: nothing says so. But lines on one connection are read in
        // order, so when a number sent right after another non-number is the
        // next one received, the line before it was read and dropped.
        QLocalSocket client;
        client.connectToServer(name);
        QVERIFY(client.waitForConnected(2000));
        client.write("DROP TABLE; rm -rf /\n+8613900139000\n");
        QVERIFY(client.waitForBytesWritten(2000));
        QTRY_VERIFY(received.count() >= 2);
        QCOMPARE(received.at(1).at(0).toString(), QStringLiteral("+8613900139000"));
        QCOMPARE(received.count(), 2);
    }

    void cachedFirstThenFresh()
    {
        TestServer server;
        QVERIFY2(server.prepare({20, 50, {}}), qPrintable(server.errorString()));
        const quint16 port = TestServer::freePort();
        QVERIFY(server.start({}, port));
        ConsoleHarness console;
        QVERIFY(console.create(port, server.caFile(), 3));
        QVERIFY(console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        AccountService *accounts = console.core->accounts();
        QSignalSpy ready(accounts, &AccountService::accountReady);
        accounts->open(1);
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(2).toBool(), true);
        // Until the cached copy is a second old, so that its age shows.
        const auto cacheAgeSecs = [&] {
            const auto cached = console.core->store()->account(1);
            return cached ? cached->fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) : -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(cacheAgeSecs() >= 1, 5000);
        // Second time: the cached copy at once, with its age, then the server's word.
        accounts->open(1);
        QCOMPARE(ready.count(), 2); // synchronously, before any network round trip
        QCOMPARE(ready.at(1).at(2).toBool(), false);
        QVERIFY(ready.at(1).at(1).toDateTime().secsTo(QDateTime::currentDateTimeUtc()) >= 1);
        QTRY_COMPARE(ready.count(), 3);
        QCOMPARE(ready.at(2).at(2).toBool(), true);
        QCOMPARE(ready.at(2).at(0).value<Account>().summary.phone, QStringLiteral("138****8000"));

        QSignalSpy found(accounts, &AccountService::searchFinished);
        accounts->search(QStringLiteral("13800138000"));
        QTRY_COMPARE(found.count(), 1);
        QCOMPARE(found.at(0).at(2).toBool(), false);
        // Server gone: the cache answers, and says so.
        server.terminate();
        accounts->search(QStringLiteral("8000"));
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 2, 15000);
        QCOMPARE(found.at(1).at(2).toBool(), true);
        QVERIFY(!found.at(1).at(3).toString().isEmpty());
        const auto cached = found.at(1).at(1).value<QList<AccountSummary>>();
        QVERIFY(!cached.isEmpty());
        QCOMPARE(cached.first().id, 1);
        QSignalSpy failed(accounts, &AccountService::accountFailed);
        accounts->open(1);
        QCOMPARE(ready.count(), 4); // still shown from the cache
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        QVERIFY(failed.first().at(1).toString().contains(QLatin1String("cached")));
    }

    // A second code to the same customer within a minute is refused, and
    // the agent reads when the next one can go, in China time.
    void nextCodeTimeIsShown()
    {
        TestServer server;
        QVERIFY2(server.prepare({20, 50, {}}), qPrintable(server.errorString()));
        const quint16 port = TestServer::freePort();
        QVERIFY(server.start({QStringLiteral("--sms-interval"), QStringLiteral("60")}, port));
        ConsoleHarness console;
        QVERIFY(console.create(port, server.caFile(), 3));
        QVERIFY(console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        QTRY_COMPARE_WITH_TIMEOUT(console.core->sync()->state(), SyncEngine::State::Online, 10000);
        QList<QString> errors;
        const auto start = [&] {
            console.core->actions()->startVerification(1, QStringLiteral("call-limit"),
                VerificationMethod::Sms,
                [&](const std::optional<CallerVerification> &, const QString &error) {
                    errors << error;
                });
        };
        start();
        QTRY_COMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).isEmpty(), qPrintable(errors.at(0)));
        start();
        QTRY_COMPARE(errors.size(), 2);
        const QString shown = errors.at(1);
        static const QRegularExpression time(QStringLiteral("(\\d\\d):(\\d\\d):(\\d\\d)"));
        const QRegularExpressionMatch m = time.match(shown);
        QVERIFY2(m.hasMatch() && shown.contains(QLatin1String("next code")), qPrintable(shown));
        const QTime next(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const QTime china
            = QDateTime::currentDateTimeUtc().toTimeZone(WorkingCalendar::chinaTime()).time();
        const int ahead = (china.secsTo(next) + 86400) % 86400;
        QVERIFY2(ahead >= 50 && ahead <= 61,
            qPrintable(shown)); // China time whatever TZ this test runs in
    }

    void callNotesAreAutosavedAndMasked()
    {
        QTemporaryDir dir;
        LocalStore store;
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("c.sqlite")), &error));
        CallSession call(&store);
        call.setAutosaveInterval(50);
        call.start(QStringLiteral("+8613800138000"));
        call.setNotes(QStringLiteral("卡号 9901 0212 3456 7810 019"));
        QTRY_VERIFY(!store.draft(call.callId()).isEmpty());
        QVERIFY(!store.draft(call.callId()).contains(QLatin1String("3456 7810")));
        const QString id = call.callId();
        call.end(QStringLiteral("resolved_first_call"));
        QVERIFY(store.draft(id).isEmpty());
        QCOMPARE(store.unsentCount(), 1);
        QVERIFY(!store.outbox().first().body.contains("3456 7810"));
        QCOMPARE(store.outbox().first().kind, QStringLiteral("call.record"));
    }
};

QTEST_GUILESS_MAIN(TestConsoleCore)
#include "tst_consolecore.moc"
