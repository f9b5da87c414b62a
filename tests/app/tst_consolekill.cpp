// The console killed with SIGKILL in the middle of a sync and started again:
// every queued complaint arrives, none twice.
#include "ConsoleHarness.h"

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
};

QTEST_GUILESS_MAIN(TestConsoleKill)
#include "tst_consolekill.moc"
