// CallbackService against the real server over HTTPS: a callback scheduled
// online or offline reaches the server exactly once and is listed at once;
// its time coming is announced once (again when moved); one scheduled on
// another PC shows up after sync.
#include "CallbackService.h"
#include "ConsoleHarness.h"
#include "Outbox.h"
#include "RecordCache.h"
#include "SyncEngine.h"

#include <QSignalSpy>

using namespace WalletDesk;

namespace {
int countOnServer(const TestServer &server, const QString &user, const QString &reason)
{
    ApiCaller api(server.baseUrl(), server.caCertificates());
    api.signIn(user, user + QStringLiteral("-demo"));
    const auto r = api.get(QStringLiteral("/api/v1/callbacks?limit=200"));
    int n = 0;
    for (const auto &item : r.items())
        n += item.toObject().value(QStringLiteral("reason")).toString() == reason;
    return n;
}

std::optional<CallbackService::Item> find(CallbackService *service, const QString &reason)
{
    for (const auto &item : service->upcoming())
        if (item.callback.reason == reason)
            return item;
    return std::nullopt;
}

int announced(const QSignalSpy &spy, const QString &reason)
{
    int n = 0;
    for (const auto &args : spy)
        n += args.at(0).value<Callback>().reason == reason;
    return n;
}
} // namespace

class TestCallbackService : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    quint16 m_port = 0;

    std::unique_ptr<ConsoleHarness> console(const QString &user)
    {
        auto c = std::make_unique<ConsoleHarness>();
        if (!c->create(m_port, m_server.caFile())
            || !c->signIn(user, user + QStringLiteral("-demo")))
            return {};
        c->core->sync()->setBackoff(100, 500);
        c->core->sync()->setPullInterval(200);
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Callback>();
        QVERIFY2(m_server.prepare({50, 100, {}}), qPrintable(m_server.errorString()));
        m_port = TestServer::freePort();
        QVERIFY2(m_server.start({}, m_port), qPrintable(m_server.errorString()));
    }

    void scheduledOnline()
    {
        auto pc = console(QStringLiteral("agent01"));
        QVERIFY(pc);
        CallbackService *callbacks = pc->core->callbacks();
        const QString reason = QStringLiteral("online 回电");
        const QString key = callbacks->schedule(QStringLiteral("138 0013 8000"), reason,
            QDateTime::currentDateTimeUtc().addSecs(3600), 1, QStringLiteral("call-7"));
        QVERIFY(!key.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            find(callbacks, reason) && find(callbacks, reason)->isSent(), 10000);
        const auto item = *find(callbacks, reason);
        // The owner dials it: known in full this sign-in, though cached masked.
        QCOMPARE(item.callback.phone, QStringLiteral("13800138000"));
        QCOMPARE(pc->core->recordCache()->callback(item.callback.id)->phone,
            QStringLiteral("138****8000"));
        QCOMPARE(countOnServer(m_server, QStringLiteral("agent01"), reason), 1);
    }

    void scheduledOffline()
    {
        auto pc = console(QStringLiteral("agent01"));
        QVERIFY(pc);
        QTRY_COMPARE_WITH_TIMEOUT(pc->core->sync()->state(), SyncEngine::State::Online, 10000);
        m_server.terminate();
        CallbackService *callbacks = pc->core->callbacks();
        QSignalSpy changed(callbacks, &CallbackService::changed);
        const QString reason = QStringLiteral("offline 回电");
        QVERIFY(!callbacks
                     ->schedule(QStringLiteral("+8613900139000"), reason,
                         QDateTime::currentDateTimeUtc().addSecs(7200))
                     .isEmpty());
        // Listed at once, before any server has seen it.
        QVERIFY(!changed.isEmpty());
        const auto queued = find(callbacks, reason);
        QVERIFY(queued);
        QVERIFY(!queued->isSent());
        QCOMPARE(queued->callback.phone, QStringLiteral("+8613900139000"));
        QTRY_COMPARE_WITH_TIMEOUT(pc->core->sync()->state(), SyncEngine::State::Offline, 10000);

        QVERIFY2(m_server.start({}, m_port), qPrintable(m_server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(pc->core->sync()->unsentCount(), 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            find(callbacks, reason) && find(callbacks, reason)->isSent(), 10000);
        QCOMPARE(countOnServer(m_server, QStringLiteral("agent01"), reason), 1);
        int listed = 0;
        for (const auto &item : callbacks->upcoming())
            listed += item.callback.reason == reason;
        QCOMPARE(listed, 1);
    }

    void dueAnnouncedOnceAndAgainWhenMoved()
    {
        auto pc = console(QStringLiteral("agent01"));
        QVERIFY(pc);
        CallbackService *callbacks = pc->core->callbacks();
        QSignalSpy due(callbacks, &CallbackService::due);
        const QString reason = QStringLiteral("soon 回电");
        QVERIFY(!callbacks
                     ->schedule(QStringLiteral("13800138000"), reason,
                         QDateTime::currentDateTimeUtc().addSecs(2))
                     .isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(announced(due, reason), 1, 10000);
        QCOMPARE(due.last().at(0).value<Callback>().phone.contains(QLatin1Char('*')), false);
        // Every later change looks at the list again: still announced once.
        QTRY_VERIFY_WITH_TIMEOUT(
            find(callbacks, reason) && find(callbacks, reason)->isSent(), 10000);
        const QString later = QStringLiteral("later 回电");
        QVERIFY(!callbacks
                     ->schedule(QStringLiteral("13800138000"), later,
                         QDateTime::currentDateTimeUtc().addSecs(3600))
                     .isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(pc->core->sync()->unsentCount(), 0, 10000);
        QCOMPARE(announced(due, reason), 1);

        // Snoozed: announced again at its new time.
        QVERIFY(callbacks->reschedule(
            find(callbacks, reason)->callback.id, QDateTime::currentDateTimeUtc().addSecs(2)));
        QTRY_COMPARE_WITH_TIMEOUT(announced(due, reason), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(pc->core->sync()->unsentCount(), 0, 10000);
        QVERIFY(callbacks->markDone(find(callbacks, reason)->callback.id));
        QVERIFY(!find(callbacks, reason));
        QTRY_COMPARE_WITH_TIMEOUT(pc->core->sync()->unsentCount(), 0, 10000);
        QCOMPARE(countOnServer(m_server, QStringLiteral("agent01"), reason), 0);
        QCOMPARE(announced(due, later), 0);
    }

    // Fell due while no console was open: said at the next sign-in.
    void dueWhileClosedAnnouncedAtSignIn()
    {
        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        QCOMPARE(api.signIn(QStringLiteral("agent02"), QStringLiteral("agent02-demo")).status, 200);
        const QString reason = QStringLiteral("missed 回电");
        const auto created = api.post(QStringLiteral("/api/v1/callbacks"),
            {{QStringLiteral("phone"), QStringLiteral("13800138000")},
                {QStringLiteral("reason"), reason},
                {QStringLiteral("dueAt"),
                    QDateTime::currentDateTimeUtc().addSecs(-30).toString(Qt::ISODateWithMs)}},
            {{"Idempotency-Key", "test-missed-callback-1"}});
        QCOMPARE(created.status, 201);
        auto pc = std::make_unique<ConsoleHarness>();
        QVERIFY(pc->create(m_port, m_server.caFile()));
        QSignalSpy due(pc->core->callbacks(), &CallbackService::due);
        QVERIFY(pc->signIn(QStringLiteral("agent02"), QStringLiteral("agent02-demo")));
        QTRY_COMPARE_WITH_TIMEOUT(announced(due, reason), 1, 10000);
    }

    void scheduledOnAnotherPc()
    {
        auto first = console(QStringLiteral("agent01"));
        auto second = console(QStringLiteral("agent01"));
        QVERIFY(first && second);
        const QString reason = QStringLiteral("other pc 回电");
        QVERIFY(!first->core->callbacks()
                     ->schedule(QStringLiteral("13800138000"), reason,
                         QDateTime::currentDateTimeUtc().addSecs(5400))
                     .isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(find(second->core->callbacks(), reason), 15000);
        const auto there = *find(second->core->callbacks(), reason);
        QVERIFY(there.isSent());
        QCOMPARE(there.callback.phone, QStringLiteral("13800138000"));
        // Done on the second PC: gone from the first.
        QVERIFY(second->core->callbacks()->markDone(there.callback.id));
        QTRY_VERIFY_WITH_TIMEOUT(!find(first->core->callbacks(), reason), 15000);
    }

    void badInputQueuesNothing()
    {
        auto pc = console(QStringLiteral("agent01"));
        QVERIFY(pc);
        CallbackService *callbacks = pc->core->callbacks();
        QSignalSpy failed(callbacks, &CallbackService::queueFailed);
        const int before = pc->core->outbox()->unsentCount();
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(600);
        QVERIFY(
            callbacks->schedule(QStringLiteral("call me"), QStringLiteral("x"), soon).isEmpty());
        QVERIFY(callbacks->schedule(QStringLiteral("13800138000"), QStringLiteral("  "), soon)
                    .isEmpty());
        QVERIFY(callbacks
                    ->schedule(QStringLiteral("13800138000"), QStringLiteral("x"),
                        QDateTime::currentDateTimeUtc().addSecs(-3600))
                    .isEmpty());
        QVERIFY(callbacks
                    ->schedule(QStringLiteral("13800138000"), QStringLiteral("x"),
                        QDateTime::currentDateTimeUtc().addDays(91))
                    .isEmpty());
        QVERIFY(
            callbacks->schedule(QStringLiteral("13800138000"), QString(501, QLatin1Char('x')), soon)
                .isEmpty());
        QVERIFY(!callbacks->reschedule(999999, soon));
        QCOMPARE(failed.size(), 6);
        for (const auto &args : failed)
            QVERIFY(!args.at(0).toString().isEmpty());
        QCOMPARE(pc->core->outbox()->unsentCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestCallbackService)
#include "tst_callbackservice.moc"
