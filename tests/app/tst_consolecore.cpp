// Settings and command line, the single-instance hand-over of a caller
// number, and reads that show the cache at once and then refresh.
#include "AccountService.h"
#include "AgentDirectory.h"
#include "CallSession.h"
#include "CallerActions.h"
#include "ComplaintReports.h"
#include "ComplaintService.h"
#include "ConsoleHarness.h"
#include "DraftStore.h"
#include "Outbox.h"
#include "RecordCache.h"
#include "Session.h"
#include "SingleInstance.h"
#include "StoreFile.h"
#include "SupervisorServices.h"
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
    // What IT writes in /etc/xdg/WalletDesk/walletdesk.conf is what the
    // console uses, whatever the agent's own file or command line says; the
    // language there is only a default.
    void deploymentFileFixesItsSettings()
    {
        QTemporaryDir dir;
        QSettings user(dir.filePath(QStringLiteral("user.conf")), QSettings::IniFormat);
        user.setValue(QStringLiteral("server/url"), QStringLiteral("https://elsewhere.example"));
        user.setValue(QStringLiteral("security/idleLockSeconds"), 3600);
        user.setValue(QStringLiteral("security/signOutOnQuit"), false);
        QSettings it(dir.filePath(QStringLiteral("walletdesk.conf")), QSettings::IniFormat);
        it.setValue(
            QStringLiteral("server/url"), QStringLiteral("https://desk.callcenter.example:8443"));
        it.setValue(QStringLiteral("security/idleLockMinutes"), 5);
        it.setValue(QStringLiteral("security/signOutOnQuit"), true);
        it.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        it.sync();

        ConsoleSettings s = ConsoleSettings::load(user, &it);
        QCOMPARE(s.serverUrl, QUrl(QStringLiteral("https://desk.callcenter.example:8443")));
        QCOMPARE(s.idleLockSeconds, 300);
        QVERIFY(s.signOutOnQuit);
        QCOMPARE(s.language, Language::English); // the user's file names none
        QCOMPARE(s.deploymentFile, it.fileName());

        // The agent's own language choice stands over IT's default.
        user.setValue(QStringLiteral("ui/language"), QStringLiteral("zh_CN"));
        QCOMPARE(ConsoleSettings::load(user, &it).language, Language::Chinese);

        // The command line cannot move a fixed setting; one IT left open, it can.
        QCommandLineParser parser;
        ConsoleSettings::addOptions(parser);
        QVERIFY(parser.parse({QStringLiteral("walletdesk"), QStringLiteral("--server"),
            QStringLiteral("https://rogue.example")}));
        const QString refused = s.applyOptions(parser);
        QVERIFY2(refused.contains(QLatin1String("--server")) && refused.contains(it.fileName()),
            qPrintable(refused));
        QCOMPARE(s.serverUrl.host(), QStringLiteral("desk.callcenter.example"));
        QVERIFY(parser.parse(
            {QStringLiteral("walletdesk"), QStringLiteral("--lang"), QStringLiteral("zh_CN")}));
        QCOMPARE(s.applyOptions(parser), QString());

        // Nonsense in IT's idle lock is the strictest lock, not the user's hour.
        it.setValue(QStringLiteral("security/idleLockMinutes"), QStringLiteral("never"));
        it.sync();
        QCOMPARE(ConsoleSettings::load(user, &it).idleLockSeconds, 60);

        // Without a deployment file the user's settings are used as they are.
        QSettings none(dir.filePath(QStringLiteral("absent.conf")), QSettings::IniFormat);
        const ConsoleSettings own = ConsoleSettings::load(user, &none);
        QCOMPARE(own.serverUrl.host(), QStringLiteral("elsewhere.example"));
        QCOMPARE(own.idleLockSeconds, 3600);
        QVERIFY(!own.signOutOnQuit);
        QVERIFY(own.fixedByDeployment.isEmpty());
    }

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
        QCOMPARE(s.language, Language::English);
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
            const auto cached = console.core->recordCache()->account(1);
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
            = QDateTime::currentDateTimeUtc().toTimeZone(CallCenterTime::zone()).time();
        const int ahead = (china.secsTo(next) + 86400) % 86400;
        QVERIFY2(ahead >= 50 && ahead <= 61,
            qPrintable(shown)); // China time whatever TZ this test runs in
    }

    void callNotesAreAutosavedAndMasked()
    {
        QTemporaryDir dir;
        StoreFile store;
        DraftStore drafts(&store);
        Outbox outbox(&store);
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("c.sqlite")), &error));
        CallSession call(&drafts, &outbox);
        call.setAutosaveInterval(50);
        call.start(QStringLiteral("+8613800138000"));
        call.setNotes(QStringLiteral("卡号 9901 0212 3456 7810 019"));
        QTRY_VERIFY(!drafts.draft(call.callId()).isEmpty());
        QVERIFY(!drafts.draft(call.callId()).contains(QLatin1String("3456 7810")));
        const QString id = call.callId();
        QVERIFY(call.end(QStringLiteral("resolved_first_call")));
        QVERIFY(drafts.draft(id).isEmpty());
        QCOMPARE(outbox.unsentCount(), 1);
        QVERIFY(!outbox.entries().first().body.contains("3456 7810"));
        QCOMPARE(outbox.entries().first().operation, OutboxEntry::Operation::RecordCall);
    }

    // The supervisor's services exist only while a supervisor is signed in:
    // an agent's console never holds them, and signing out drops them.
    void supervisorServicesFollowTheSignIn()
    {
        TestServer server;
        QVERIFY2(server.prepare({20, 50, {}}), qPrintable(server.errorString()));
        const quint16 port = TestServer::freePort();
        QVERIFY(server.start({}, port));

        ConsoleHarness agent;
        QVERIFY(agent.create(port, server.caFile()));
        QSignalSpy agentChanged(agent.core.get(), &ConsoleCore::supervisorChanged);
        QVERIFY(agent.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        QVERIFY(agent.core->supervisor() == nullptr);
        QCOMPARE(agentChanged.count(), 0);

        ConsoleHarness supervisor;
        QVERIFY(supervisor.create(port, server.caFile()));
        QList<SupervisorServices *> changed;
        bool stillSigningOut = false; // when the services went
        connect(supervisor.core.get(), &ConsoleCore::supervisorChanged, this,
            [&](SupervisorServices *services) {
                changed.append(services);
                if (!services)
                    stillSigningOut = supervisor.core->session()->isSigningOut();
            });
        QVERIFY(supervisor.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo")));
        SupervisorServices *services = supervisor.core->supervisor();
        QVERIFY(services != nullptr);
        QCOMPARE(changed, QList<SupervisorServices *> {services});

        // They work: the floor's agents and this year's figures.
        QSignalSpy agents(services->agents(), &AgentDirectory::agentsReady);
        services->agents()->load();
        QTRY_COMPARE(agents.count(), 1);
        QVERIFY(!services->agents()->agents().isEmpty());
        QSignalSpy report(services->reports(), &ComplaintReports::ready);
        const QDate today = QDate::currentDate();
        services->reports()->load(QDate(today.year(), 1, 1), QDate(today.year(), 12, 31));
        QTRY_COMPARE(report.count(), 1);

        QPointer<SupervisorServices> gone(services);
        supervisor.core->session()->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 15000);
        QVERIFY(changed.at(1) == nullptr);
        QVERIFY(supervisor.core->supervisor() == nullptr);
        // Gone at once, while the server is still being told, not after.
        QVERIFY(stillSigningOut);
        QTRY_VERIFY(gone.isNull());
    }

    // A complaint logged on a call gets its number once the server has it;
    // the call's wrap-up links that number.
    void sentComplaintReportsItsNumber()
    {
        TestServer server;
        QVERIFY2(server.prepare({20, 50, {}}), qPrintable(server.errorString()));
        const quint16 port = TestServer::freePort();
        QVERIFY(server.start({}, port));
        ConsoleHarness console;
        QVERIFY(console.create(port, server.caFile()));
        QVERIFY(console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        ComplaintService *complaints = console.core->complaints();
        QSignalSpy created(complaints, &ComplaintService::complaintCreated);
        ComplaintDraft draft;
        draft.channel = QStringLiteral("hotline");
        draft.categoryCode = QStringLiteral("fees");
        draft.accountId = 1;
        draft.description = QStringLiteral("扣款未到账");
        draft.customerRequest = QStringLiteral("回电");
        const QString key = complaints->queue(draft);
        QVERIFY(!key.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 15000);
        QCOMPARE(created.at(0).at(0).toString(), key);
        const qint64 id = created.at(0).at(1).toLongLong();
        QVERIFY(id > 0);
        ApiCaller api(server.baseUrl(), server.caCertificates());
        QCOMPARE(api.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo")).status, 200);
        const auto onServer = api.get(QStringLiteral("/api/v1/complaints/%1").arg(id));
        QCOMPARE(onServer.status, 200);
        QCOMPARE(onServer.json.value(QStringLiteral("description")).toString(),
            QStringLiteral("扣款未到账"));
    }
};

QTEST_GUILESS_MAIN(TestConsoleCore)
#include "tst_consolecore.moc"
