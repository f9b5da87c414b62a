// "Send code" and account actions whose answer is lost on the way back
// (a proxy between console and the real server drops it after the server
// acted): the console resends with the same Idempotency-Key, the agent is
// told it worked, and the customer gets one SMS and one refund request.
#include "CallerActions.h"
#include "ConsoleHarness.h"
#include "FlakyProxy.h"
#include "StoreSql.h"
#include "SyncEngine.h"

#include <QSslKey>
#include <QTimer>

using namespace WalletDesk;

class TestCallerActions : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<FlakyProxy> m_proxy;
    ConsoleHarness m_console;
    int m_smsBefore = 0;

    int count(const QString &sql) const
    {
        const QStringList values = StoreSql::column(m_server.databaseSpec(), sql);
        return values.isEmpty() ? -1 : values.first().toInt();
    }

    // The next request to a path containing `fragment` reaches the server,
    // which acts on it, but its answer is lost; later ones pass.
    void loseTheNextAnswerTo(const QByteArray &fragment)
    {
        m_proxy->setOnlyPath(fragment);
        m_proxy->setMix({0, 0, 100, 0, 0});
        const int before = m_proxy->sabotaged();
        // Reset once the lost one has reached the proxy: the server takes
        // longer than a tick to answer it, so the resend passes.
        QTimer *watch = new QTimer(m_proxy.get());
        watch->setInterval(1);
        connect(watch, &QTimer::timeout, m_proxy.get(), [this, watch, before] {
            if (m_proxy->sabotaged() > before) {
                m_proxy->setMix({});
                watch->deleteLater();
            }
        });
        watch->start();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare({30, 300, {}}), qPrintable(m_server.errorString()));
        // One code a minute per customer: a resend that sent a second code
        // would be refused (429), and the agent told so.
        QVERIFY2(m_server.start({QStringLiteral("--sms-interval"), QStringLiteral("60")}),
            qPrintable(m_server.errorString()));
        m_proxy = std::make_unique<FlakyProxy>(
            QUrl(m_server.baseUrl()), m_server.caCertificates(), m_server.serverTls());
        const quint16 port = m_proxy->listen();
        QVERIFY(m_console.create(port, m_server.caFile(), 5));
        QVERIFY(m_console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_console.core->sync()->state(), SyncEngine::State::Online, 10000);
    }

    void codeSentOnceThoughTheAnswerWasLost()
    {
        const QString callId = QStringLiteral("call-lost-code");
        m_smsBefore = count(QStringLiteral("SELECT COUNT(*) FROM sms_log"));
        loseTheNextAnswerTo("/verifications");
        std::optional<CallerVerification> started;
        QString error = QStringLiteral("no answer yet");
        m_console.core->actions()->startVerification(3, callId, VerificationMethod::Sms,
            [&](const std::optional<CallerVerification> &v, const QString &e) {
                started = v;
                error = e;
            });
        QTRY_VERIFY_WITH_TIMEOUT(started || error != QLatin1String("no answer yet"), 20000);
        QVERIFY2(started, qPrintable(error));
        QVERIFY(m_proxy->sabotaged() >= 1); // the first answer was indeed lost
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sms_log")), m_smsBefore + 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM verifications WHERE call_id = '%1'")
                           .arg(callId)),
            1);
        QCOMPARE(
            count(QStringLiteral("SELECT id FROM verifications WHERE call_id = '%1'").arg(callId)),
            int(started->id));

        // The one code sent verifies the caller.
        std::optional<CallerVerification> answered;
        m_console.core->actions()->answerVerification(started->id, m_server.latestSmsCode(),
            [&](const std::optional<CallerVerification> &v, const QString &e) {
                answered = v;
                error = e;
            });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY(answered->status == VerificationStatus::Verified);

        // A refund request whose answer is lost: the resend is told it was
        // done, not "already requested", and one request is stored.
        const int transaction = count(QStringLiteral("SELECT MIN(id) FROM transactions WHERE "
                                                     "account_id = 3 AND refund_state = 'none'"));
        QVERIFY(transaction > 0);
        ActionDraft draft;
        draft.type = ActionType::RefundRequest;
        draft.verificationId = started->id;
        draft.callId = callId;
        draft.reason = QStringLiteral("客户要求退款");
        draft.transactionId = transaction;
        loseTheNextAnswerTo("/actions");
        std::optional<ActionRequest> requested;
        error = QStringLiteral("no answer yet");
        m_console.core->actions()->request(
            3, draft, [&](const std::optional<ActionRequest> &a, const QString &e) {
                requested = a;
                error = e;
            });
        QTRY_VERIFY_WITH_TIMEOUT(requested || error != QLatin1String("no answer yet"), 20000);
        QVERIFY2(requested, qPrintable(error));
        QVERIFY(m_proxy->sabotaged() >= 2);
        QVERIFY(requested->type == ActionType::RefundRequest);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM actions WHERE call_id = '%1'").arg(callId)),
            1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit WHERE call_id = '%1' AND action "
                                      "= 'action.refund_request'")
                           .arg(callId)),
            1);
    }

    // Each click is a request of its own: a second click sends a new key,
    // and the server's limit on codes holds it back.
    void aSecondClickIsANewRequest()
    {
        std::optional<CallerVerification> started;
        QString error = QStringLiteral("no answer yet");
        m_console.core->actions()->startVerification(3, QStringLiteral("call-second-click"),
            VerificationMethod::Sms,
            [&](const std::optional<CallerVerification> &v, const QString &e) {
                started = v;
                error = e;
            });
        QTRY_VERIFY_WITH_TIMEOUT(started || error != QLatin1String("no answer yet"), 20000);
        QVERIFY(!started);
        QVERIFY2(error.contains(QLatin1String("next code")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sms_log")), m_smsBefore + 1);
    }
};

QTEST_GUILESS_MAIN(TestCallerActions)
#include "tst_calleractions.moc"
