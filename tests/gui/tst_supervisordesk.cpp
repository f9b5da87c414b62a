// The supervisor's desk against the real server, offscreen: a 2FA reset an
// agent asked for on a call shows in the approval queue with the agent's
// reason and the verification; the supervisor approves (or rejects) with a
// reason, and the decision reaches the agent's console through its changes
// feed. An agent's console has no desk, and the server answers it 403.
#include "ApprovalQueue.h"
#include "CallerActions.h"
#include "ConsoleCore.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "ReasonPrompt.h"
#include "RecordTableModel.h"
#include "SupervisorDesk.h"
#include "SyncEngine.h"

#include "ApiCaller.h"
#include "ConsoleHarness.h"
#include "TestServer.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace WalletDesk;

class TestSupervisorDesk : public QObject
{
    Q_OBJECT

    TestServer m_server;
    ConsoleHarness m_agent;
    ConsoleHarness m_supervisor;
    LanguageSwitch m_language;

    // The agent verifies the caller of account 1 and asks for a 2FA reset; returns the request.
    ActionRequest requestTwoFactorReset(const QString &reason)
    {
        CallerActions *actions = m_agent.core->actions();
        const QString callId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        std::optional<CallerVerification> verification;
        actions->startVerification(1, callId, VerificationMethod::Sms,
                                   [&](const std::optional<CallerVerification> &v, const QString &) { verification = v; });
        if (!QTest::qWaitFor([&] { return verification.has_value(); }, 10000))
            return {};
        const qint64 verificationId = verification->id;
        verification.reset();
        actions->answerVerification(verificationId, m_server.lastSmsCode(QStringLiteral("13800138000")),
                                    [&](const std::optional<CallerVerification> &v, const QString &) { verification = v; });
        if (!QTest::qWaitFor([&] { return verification.has_value(); }, 10000) || verification->status != VerificationStatus::Verified)
            return {};
        ActionDraft draft;
        draft.type = ActionType::TwoFactorReset;
        draft.verificationId = verificationId;
        draft.callId = callId;
        draft.reason = reason;
        std::optional<ActionRequest> done;
        actions->request(1, draft, [&](const std::optional<ActionRequest> &a, const QString &) { done = a; });
        if (!QTest::qWaitFor([&] { return done.has_value(); }, 10000))
            return {};
        return done.value_or(ActionRequest{});
    }

    static int rowOf(QTableView *view, qint64 id)
    {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data(RecordTableModel::IdRole).toLongLong() == id)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare({20, 100, {}}), qPrintable(m_server.errorString()));
        QVERIFY(m_server.start());
        QVERIFY(m_agent.create(m_server.port(), m_server.caFile()));
        QVERIFY(m_agent.signIn(QStringLiteral("agent02"), QStringLiteral("agent02-demo")));
        m_agent.core->sync()->setPullInterval(300);
        QVERIFY(m_supervisor.create(m_server.port(), m_server.caFile()));
        QVERIFY(m_supervisor.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo")));
        m_supervisor.core->sync()->setPullInterval(300);
        QVERIFY(m_language.setLanguage(QStringLiteral("zh_CN")));
    }

    void approveReachesTheAgent()
    {
        const ActionRequest asked = requestTwoFactorReset(QStringLiteral("客户换了手机"));
        QVERIFY(asked.id > 0);
        QCOMPARE(asked.status, ActionStatus::PendingApproval);
        QSignalSpy agentSees(m_agent.core->sync(), &SyncEngine::actionChanged);

        MainWindow window(m_supervisor.core.get(), &m_language);
        window.show();
        auto *open = window.findChild<QAction *>(QStringLiteral("openSupervisorDesk"));
        QVERIFY(open);
        open->trigger();
        SupervisorDesk *desk = window.supervisorDesk();
        QVERIFY(desk && desk->isVisible());
        auto *view = desk->findChild<QTableView *>(QStringLiteral("approvals"));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view, asked.id) >= 0, 10000);
        const int row = rowOf(view, asked.id);
        // What the supervisor decides on: the agent, the reason, the verification.
        QCOMPARE(view->model()->index(row, 4).data().toString(), QStringLiteral("客户换了手机"));
        QVERIFY(view->model()->index(row, 5).data().toString().contains(QStringLiteral("138****8000")));
        QVERIFY(!view->model()->index(row, 1).data().toString().isEmpty());
        view->selectRow(row);
        ReasonPrompt::setNextAnswer(QStringLiteral("已回拨核实"));
        desk->findChild<QPushButton *>(QStringLiteral("approve"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view, asked.id) < 0, 10000);
        QVERIFY(desk->findChild<QLabel *>(QStringLiteral("approvalsStatus"))->text().contains(QStringLiteral("已批准")));

        // The agent's console learns it from its changes feed.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(agentSees.cbegin(), agentSees.cend(), [&](const QList<QVariant> &args) {
            const auto a = args.at(0).value<ActionRequest>();
            return a.id == asked.id && a.status == ActionStatus::Approved && a.decisionReason == QStringLiteral("已回拨核实");
        }), 15000);

        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        api.signIn(QStringLiteral("super02"), QStringLiteral("super02-demo"));
        QCOMPARE(api.get(QStringLiteral("/api/v1/actions/%1").arg(asked.id)).json.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        const auto audit = api.get(QStringLiteral("/api/v1/audit?action=approval.approve&accountId=1"));
        QCOMPARE(audit.items().first().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("已回拨核实"));
    }

    void rejectWithReason()
    {
        const ActionRequest asked = requestTwoFactorReset(QStringLiteral("来电人说不清原因"));
        QVERIFY(asked.id > 0);
        QSignalSpy agentSees(m_agent.core->sync(), &SyncEngine::actionChanged);
        MainWindow window(m_supervisor.core.get(), &m_language);
        window.openSupervisorDesk();
        auto *view = window.supervisorDesk()->findChild<QTableView *>(QStringLiteral("approvals"));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view, asked.id) >= 0, 10000);
        view->selectRow(rowOf(view, asked.id));
        ReasonPrompt::setNextAnswer(QStringLiteral("核实不充分"));
        window.supervisorDesk()->findChild<QPushButton *>(QStringLiteral("reject"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(agentSees.cbegin(), agentSees.cend(), [&](const QList<QVariant> &args) {
            const auto a = args.at(0).value<ActionRequest>();
            return a.id == asked.id && a.status == ActionStatus::Rejected && a.decisionReason == QStringLiteral("核实不充分");
        }), 15000);
    }

    void anAgentHasNoDeskAndTheServerRefuses()
    {
        MainWindow window(m_agent.core.get(), &m_language);
        window.show();
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("openSupervisorDesk")));
        QVERIFY(!window.findChild<SupervisorDesk *>());
        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        api.signIn(QStringLiteral("agent02"), QStringLiteral("agent02-demo"));
        QCOMPARE(api.get(QStringLiteral("/api/v1/approvals?status=pending_approval")).status, 403);
        QCOMPARE(api.post(QStringLiteral("/api/v1/approvals/1/approve"), {{QStringLiteral("reason"), QStringLiteral("x")}}).status, 403);
        QCOMPARE(api.get(QStringLiteral("/api/v1/audit")).status, 403);
        QCOMPARE(api.get(QStringLiteral("/api/v1/reports/complaints?from=2026-01-01&to=2026-12-31")).status, 403);
        // Even through the console's own queue: a clear refusal, nothing shown.
        ApprovalQueue queue(m_agent.core->api());
        QSignalSpy failed(&queue, &ApprovalQueue::failed);
        queue.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY(queue.pending().isEmpty());
    }
};

QTEST_MAIN(TestSupervisorDesk)
#include "tst_supervisordesk.moc"
