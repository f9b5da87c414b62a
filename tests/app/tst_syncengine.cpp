// The outbox against the real server: nothing typed is lost and nothing is
// applied twice, whether the server is down, flaky or talks nonsense; 4xx
// and 409 stop the queue and are shown; what an older console queued goes out.
#include "CallRecord.h"
#include "CallerActions.h"
#include "ComplaintService.h"
#include "ConsoleHarness.h"
#include "FlakyProxy.h"
#include "Outbox.h"
#include "RecordCache.h"
#include "StoreFile.h"
#include "SyncEngine.h"
#include "Version1Cache.h"

#include <QSslKey>

using namespace WalletDesk;

namespace {

ComplaintDraft draft(const QString &description, const QString &category = QStringLiteral("fees"))
{
    ComplaintDraft d;
    d.channel = QStringLiteral("hotline");
    d.categoryCode = category;
    d.severity = Severity::Medium;
    d.description = description;
    d.customerRequest = QStringLiteral("回电");
    return d;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    TestServer m_server;
    quint16 m_port = 0;

    void expectExactlyOnce(const QString &marker, int count)
    {
        const QMap<QString, int> seen = complaintsOnServer(m_server, marker);
        QCOMPARE(seen.size(), count);
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QVERIFY2(
                it.value() == 1, qPrintable(it.key() + QLatin1String(" arrived more than once")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare({50, 100, {}}), qPrintable(m_server.errorString()));
        m_port = TestServer::freePort();
        QVERIFY2(m_server.start({}, m_port), qPrintable(m_server.errorString()));
    }

    void thousandQueuedWhileTheServerIsDown()
    {
        ConsoleHarness console;
        QVERIFY(console.create(m_port, m_server.caFile()));
        QVERIFY(console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        SyncEngine *sync = console.core->sync();
        sync->setBackoff(100, 1000);
        QTRY_COMPARE_WITH_TIMEOUT(sync->state(), SyncEngine::State::Online, 10000);

        m_server.terminate();
        for (int i = 0; i < 1000; ++i)
            console.core->complaints()->queue(
                draft(QStringLiteral("down-%1").arg(i, 4, 10, QLatin1Char('0'))));
        QTRY_COMPARE_WITH_TIMEOUT(sync->state(), SyncEngine::State::Offline, 10000);
        QCOMPARE(sync->unsentCount(), 1000);
        // Offline, the online-only actions say why instead of trying.
        QVERIFY(!console.core->actions()->unavailableReason().isEmpty());
        bool refused = false;
        console.core->actions()->startVerification(1, QStringLiteral("c"), VerificationMethod::Sms,
            [&](const std::optional<CallerVerification> &v, const QString &error) {
                refused = !v && error.contains(QLatin1String("offline"));
            });
        QVERIFY(refused);

        QVERIFY2(m_server.start({}, m_port), qPrintable(m_server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(sync->unsentCount(), 0, 120000);
        expectExactlyOnce(QStringLiteral("down-"), 1000);
        QVERIFY(console.core->outbox()->queuedComplaints().isEmpty());
        // Each sent complaint is now in the cache as the server has it.
        QVERIFY(console.core->recordCache()->complaints().size() >= 1000);
    }

    void thousandThroughAFlakyNetwork()
    {
        FlakyProxy proxy(
            QUrl(m_server.baseUrl()), m_server.caCertificates(), m_server.serverTls(), 4711);
        const quint16 proxyPort = proxy.listen();
        ConsoleHarness console;
        QVERIFY(console.create(proxyPort, m_server.caFile(), 1));
        QVERIFY(console.signIn(QStringLiteral("agent02"), QStringLiteral("agent02-demo")));
        SyncEngine *sync = console.core->sync();
        sync->setBackoff(50, 400);
        proxy.setMix({8, 5, 8, 1, 3});
        for (int i = 0; i < 1000; ++i)
            console.core->complaints()->queue(
                draft(QStringLiteral("flaky-%1").arg(i, 4, 10, QLatin1Char('0'))));
        QTRY_COMPARE_WITH_TIMEOUT(sync->unsentCount(), 0, 400000);
        QVERIFY2(proxy.sabotaged() > 100, "the proxy hardly misbehaved; the test proves little");
        expectExactlyOnce(QStringLiteral("flaky-"), 1000);
    }

    void malformedAnswersAreShownAndNothingIsLost()
    {
        FlakyProxy proxy(QUrl(m_server.baseUrl()), m_server.caCertificates(), m_server.serverTls());
        const quint16 proxyPort = proxy.listen();
        ConsoleHarness console;
        QVERIFY(console.create(proxyPort, m_server.caFile(), 2));
        QVERIFY(console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        SyncEngine *sync = console.core->sync();
        sync->setBackoff(100, 300);
        proxy.setMix({0, 0, 0, 0, 100});
        for (int i = 0; i < 3; ++i)
            console.core->complaints()->queue(draft(QStringLiteral("garbled-%1").arg(i)));
        QTRY_VERIFY_WITH_TIMEOUT(sync->lastError().contains(QLatin1String("cannot read")), 10000);
        QCOMPARE(sync->unsentCount(), 3);
        QVERIFY(sync->state() != SyncEngine::State::Error); // worth retrying, not the agent's fault
        proxy.setMix({});
        QTRY_COMPARE_WITH_TIMEOUT(sync->unsentCount(), 0, 20000);
        expectExactlyOnce(QStringLiteral("garbled-"), 3);
    }

    void refusedItemStopsTheQueueUntilTheAgentActs()
    {
        ConsoleHarness console;
        QVERIFY(console.create(m_port, m_server.caFile()));
        QVERIFY(console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        SyncEngine *sync = console.core->sync();
        QSignalSpy failed(sync, &SyncEngine::itemFailed);
        console.core->complaints()->queue(
            draft(QStringLiteral("refused-bad"), QStringLiteral("no_such_category")));
        console.core->complaints()->queue(draft(QStringLiteral("refused-good")));
        QTRY_COMPARE_WITH_TIMEOUT(sync->state(), SyncEngine::State::Error, 10000);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().at(1).toString().contains(QLatin1String("unknown category")));
        QCOMPARE(sync->unsentCount(), 2);
        const OutboxEntry head = console.core->outbox()->entries().first();
        QCOMPARE(head.state, OutboxEntry::State::Failed);
        QCOMPARE(head.lastStatus, 400);
        // The good one waits behind it. That is an absence, and no event
        // marks it: watch for a while for the engine to move on (any push or
        // pull leaves Error at once, synchronously).
        QSignalSpy states(sync, &SyncEngine::stateChanged);
        QVERIFY2(
            !QTest::qWaitFor([&] { return !states.isEmpty() || sync->unsentCount() != 2; }, 500),
            "the engine went on past a refused item");
        QCOMPARE(complaintsOnServer(m_server, QStringLiteral("refused-good")).size(), 0);
        QCOMPARE(console.core->outbox()->entries().at(1).attempts, 0);
        sync->discard(head.seq);
        QTRY_COMPARE_WITH_TIMEOUT(sync->unsentCount(), 0, 10000);
        expectExactlyOnce(QStringLiteral("refused-good"), 1);
    }

    void conflictShowsBothVersions()
    {
        ApiCaller supervisor(m_server.baseUrl(), m_server.caCertificates());
        supervisor.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo"));
        const auto created = supervisor.post(QStringLiteral("/api/v1/complaints"),
            draft(QStringLiteral("conflict")).toJson(),
            {{"Idempotency-Key", "conflict-test-key-1"}});
        const qint64 id = created.json.value(QStringLiteral("id")).toInteger();
        QCOMPARE(supervisor
                     .patch(QStringLiteral("/api/v1/complaints/%1").arg(id),
                         {{QStringLiteral("severity"), QStringLiteral("critical")}},
                         {{"If-Match", "\"v1\""}})
                     .status,
            200);

        ConsoleHarness console;
        QVERIFY(console.create(m_port, m_server.caFile()));
        QVERIFY(console.signIn(QStringLiteral("super02"), QStringLiteral("super02-demo"))
            || console.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo")));
        QSignalSpy conflicts(console.core->sync(), &SyncEngine::conflict);
        console.core->complaints()->queueEdit(
            id, 1, {{QStringLiteral("severity"), QStringLiteral("low")}});
        QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, 10000);
        const QJsonObject mine = conflicts.first().at(1).toJsonObject();
        const QJsonObject theirs = conflicts.first().at(2).toJsonObject();
        QCOMPARE(mine.value(QStringLiteral("severity")).toString(), QStringLiteral("low"));
        QCOMPARE(theirs.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(theirs.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(console.core->sync()->state(), SyncEngine::State::Error);
        // Nothing was overwritten.
        QCOMPARE(supervisor.get(QStringLiteral("/api/v1/complaints/%1").arg(id))
                     .json.value(QStringLiteral("severity"))
                     .toString(),
            QStringLiteral("critical"));
    }

    // A console updated with work still queued: the file of format 1 holds
    // the requests themselves; after the migration each goes out as the
    // operation it was.
    void version1OutboxStillGoesOut()
    {
        ApiCaller supervisor(m_server.baseUrl(), m_server.caCertificates());
        supervisor.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo"));
        const qint64 id = supervisor
                              .post(QStringLiteral("/api/v1/complaints"),
                                  draft(QStringLiteral("v1-target")).toJson(),
                                  {{"Idempotency-Key", "v1-target-key"}})
                              .json.value(QStringLiteral("id"))
                              .toInteger();
        QVERIFY(id > 0);
        CallRecord call;
        call.callId
            = QStringLiteral("v1-call-") + QString::number(QDateTime::currentMSecsSinceEpoch());
        call.callerNumber = QStringLiteral("+8613800138000");
        call.startedAt = QDateTime::currentDateTimeUtc().addSecs(-120);
        call.endedAt = QDateTime::currentDateTimeUtc();
        call.wrapUpCode = QStringLiteral("resolved_first_call");
        QJsonObject callBody = call.toJson();
        callBody.remove(QStringLiteral("id"));
        callBody.remove(QStringLiteral("agentId"));
        auto json
            = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
        const QString complaint = QStringLiteral("/api/v1/complaints/%1").arg(id);

        ConsoleHarness console;
        QVERIFY(console.create(m_port, m_server.caFile()));
        writeVersion1Cache(console.dir.filePath(QStringLiteral("cache.sqlite")),
            {{QStringLiteral("v1-create-key-0001"), QStringLiteral("complaint.create"),
                 QStringLiteral("POST"), QStringLiteral("/api/v1/complaints"),
                 json(draft(QStringLiteral("v1-queued")).toJson()), {}},
                {QStringLiteral("v1-note-key-0001"), QStringLiteral("complaint.note"),
                    QStringLiteral("POST"), complaint + QStringLiteral("/notes"),
                    json({{QStringLiteral("body"), QStringLiteral("v1 note")}}), {}},
                {QStringLiteral("v1-edit-key-0001"), QStringLiteral("complaint.update"),
                    QStringLiteral("PATCH"), complaint,
                    json({{QStringLiteral("severity"), QStringLiteral("low")}}),
                    QStringLiteral("\"v1\"")},
                {QStringLiteral("v1-call-key-0001"), QStringLiteral("call.record"),
                    QStringLiteral("POST"), QStringLiteral("/api/v1/calls"), json(callBody), {}}});
        QSignalSpy sent(console.core->sync(), &SyncEngine::itemSent);
        QSignalSpy failed(console.core->sync(), &SyncEngine::itemFailed);
        QVERIFY(console.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo")));
        QVERIFY(!console.core->storeFile()->openReport().rebuilt);
        QTRY_VERIFY_WITH_TIMEOUT(sent.count() == 4 || failed.count() > 0, 20000);
        QVERIFY2(
            failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QCOMPARE(console.core->outbox()->unsentCount(), 0);
        QVERIFY(console.core->outbox()->queuedComplaints().isEmpty());
        const QList<OutboxEntry::Operation> order
            = {OutboxEntry::Operation::CreateComplaint, OutboxEntry::Operation::AddComplaintNote,
                OutboxEntry::Operation::EditComplaint, OutboxEntry::Operation::RecordCall};
        for (int i = 0; i < 4; ++i)
            QCOMPARE(sent.at(i).at(0).value<OutboxEntry>().operation, order.at(i));
        expectExactlyOnce(QStringLiteral("v1-queued"), 1);
        const auto now = supervisor.get(complaint).json;
        QCOMPARE(now.value(QStringLiteral("severity")).toString(), QStringLiteral("low"));
        QCOMPARE(now.value(QStringLiteral("version")).toInt(), 2);
        const auto notes = supervisor.get(complaint + QStringLiteral("/notes")).items();
        QVERIFY(std::any_of(notes.cbegin(), notes.cend(), [](const QJsonValue &n) {
            return n.toObject().value(QStringLiteral("body")).toString()
                == QLatin1String("v1 note");
        }));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
