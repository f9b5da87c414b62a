// The console killed with SIGKILL in the middle of a sync and started again:
// every queued complaint arrives, none twice. Killed in the middle of calls:
// the next sign-in on that PC has the calls back, their notes in place.
#include "CallSession.h"
#include "ConsoleHarness.h"
#include "DraftStore.h"
#include "SyncEngine.h"

#include <csignal>

class TestConsoleKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidSyncLosesNothing()
    {
        TestServer server;
        QVERIFY2(server.prepare({20, 20, {}}), qPrintable(server.errorString()));
        QVERIFY(server.start());
        QTemporaryDir dir;
        const QString runner
            = QCoreApplication::applicationDirPath() + QStringLiteral("/sync_runner");
        const QStringList common {QStringLiteral("--server"), server.baseUrl(),
            QStringLiteral("--ca"), server.caFile(), QStringLiteral("--store"),
            dir.filePath(QStringLiteral("cache.sqlite")), QStringLiteral("--marker"),
            QStringLiteral("killed")};
        int kills = 0;
        for (int round = 0; round < 3; ++round) {
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(runner,
                common
                    + QStringList {QStringLiteral("--enqueue"),
                        round == 0 ? QStringLiteral("1000") : QStringLiteral("0")});
            QVERIFY(p.waitForStarted());
            if (round == 0) {
                QVERIFY(p.waitForReadyRead(30000)); // "queued 1000": all in the outbox
                QVERIFY(p.readAll().contains("queued 1000"));
            }
            if (round < 2) {
                // Let it send a part (its progress lines say how much is left),
                // then pull the plug.
                const int killBelow = round == 0 ? 900 : 1000;
                int unsent = -1;
                int firstSeen = -1;
                QByteArray pending;
                while (p.state() == QProcess::Running && p.waitForReadyRead(30000)) {
                    pending += p.readAll();
                    for (qsizetype nl; (nl = pending.indexOf('\n')) >= 0;
                         pending.remove(0, nl + 1)) {
                        const QByteArray line = pending.left(nl);
                        if (line.startsWith("unsent "))
                            unsent = line.mid(7).toInt();
                    }
                    if (firstSeen < 0)
                        firstSeen = unsent;
                    // Round 1 restarts with what round 0 left: kill at its first step.
                    if (unsent >= 0 && (unsent < killBelow && (round == 0 || unsent < firstSeen)))
                        break;
                }
                if (p.state() == QProcess::Running && unsent > 0) {
                    ::kill(pid_t(p.processId()), SIGKILL);
                    ++kills;
                }
                p.waitForFinished(10000);
                continue;
            }
            QVERIFY(p.waitForFinished(180000));
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 0);
        }
        QCOMPARE(kills, 2); // both mid-sync, whatever the speed of the machine
        const QMap<QString, int> seen = complaintsOnServer(server, QStringLiteral("killed-"));
        QCOMPARE(seen.size(), 1000);
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

    void killedMidCallGetsTheCallBack()
    {
        using namespace WalletDesk;
        TestServer server;
        QVERIFY2(server.prepare({20, 20, {}}), qPrintable(server.errorString()));
        QVERIFY(server.start());
        ConsoleHarness console;
        const QString caller = QStringLiteral("+8613800138000");
        {
            // Two calls, the second popped on top of the first; notes typed
            // in both; killed once the second's notes are autosaved.
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(QCoreApplication::applicationDirPath() + QStringLiteral("/sync_runner"),
                {QStringLiteral("--server"), server.baseUrl(), QStringLiteral("--ca"),
                    server.caFile(), QStringLiteral("--store"),
                    console.dir.filePath(QStringLiteral("cache.sqlite")),
                    QStringLiteral("--marker"), QStringLiteral("crash"), QStringLiteral("--calls"),
                    QStringLiteral("2"), QStringLiteral("--caller"), caller,
                    QStringLiteral("--account"), QStringLiteral("1")});
            QVERIFY(p.waitForStarted());
            QByteArray out;
            while (!out.contains('\n') && p.waitForReadyRead(30000))
                out += p.readAll();
            QVERIFY2(out.startsWith("draft saved "), out.constData());
            ::kill(pid_t(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        }

        // The same agent signs in again on this PC (the same cache file).
        QVERIFY(console.create(server.port(), server.caFile()));
        CallSession *call = console.core->call();
        QSignalSpy resumed(call, &CallSession::resumed);
        const QDateTime beforeSignIn = QDateTime::currentDateTimeUtc();
        QVERIFY(console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        // The call the agent was on is back, live, with its notes, caller and account.
        QVERIFY(call->isActive());
        QCOMPARE(resumed.count(), 1);
        QCOMPARE(resumed.first().at(1).toInt(), 1); // the older call is back on hold
        QCOMPARE(call->waitingCount(), 1);
        QCOMPARE(call->waiting().first().kind, WaitingCall::Kind::Held);
        QVERIFY(call->notes().startsWith(QStringLiteral("crash call 1\n卡号 ")));
        QVERIFY2(!call->notes().contains(QLatin1String("3456 7810")), qPrintable(call->notes()));
        QCOMPARE(call->callerNumber(), caller);
        QCOMPARE(call->accountId().value_or(0), qint64(1));
        QVERIFY(call->startedAt().isValid() && call->startedAt() < beforeSignIn);
        QCOMPARE(resumed.first().at(0).toDateTime(), call->startedAt());
        const QString first = call->callId();

        // Wrapped up: its record is queued and its draft goes; the older
        // call is taken off hold next, with its notes.
        QVERIFY(call->end(QStringLiteral("resolved_first_call")));
        QVERIFY(console.core->drafts()->draft(first).isEmpty());
        QVERIFY(!call->isActive());
        QVERIFY(call->switchToNext());
        QVERIFY(call->callId() != first);
        QVERIFY(call->notes().startsWith(QStringLiteral("crash call 0\n")));
        QCOMPARE(call->waitingCount(), 0);
        QVERIFY(call->end(QStringLiteral("follow_up")));
        QTRY_COMPARE_WITH_TIMEOUT(console.core->sync()->unsentCount(), 0, 15000);
        QVERIFY(console.core->drafts()->all().isEmpty());
        QVERIFY(!call->switchToNext()); // nothing more to come back

        // On the server: both calls' records, their notes masked.
        ApiCaller api(server.baseUrl(), server.caCertificates());
        api.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo"));
        QStringList notes;
        for (const auto &c : api.get(QStringLiteral("/api/v1/calls?accountId=1")).items())
            notes << c.toObject().value(QStringLiteral("notes")).toString();
        QCOMPARE(notes.filter(QStringLiteral("crash call")).size(), 2);
        QVERIFY(notes.filter(QStringLiteral("3456 7810")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConsoleKill)
#include "tst_consolekill.moc"
