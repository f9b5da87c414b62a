// A request for a second person reaches the supervisor with the desk closed,
// against the real server, offscreen: the tray counts it and a desktop
// notification (on the session bus, as every Linux desktop shows them) says
// who asks for what and warns of a takeover pattern; clicking it opens the
// desk on the request with the account's risk context in words. Meanwhile
// the agent's call panel says how long the caller has been waiting.
#include "ApprovalAlerts.h"
#include "ApprovalTray.h"
#include "ApprovalsView.h"
#include "CallSession.h"
#include "CallerActions.h"
#include "ConsoleCore.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "ReasonPrompt.h"
#include "RecordTableModel.h"
#include "SupervisorDesk.h"
#include "SupervisorServices.h"
#include "SyncEngine.h"

#include "ConsoleHarness.h"
#include "TestServer.h"
#include "TwoFactorRequest.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace WalletDesk;

// Stands in for the desktop's notification daemon, which does not run
// offscreen: it takes Notify calls on the real session bus and records them.
class NotificationSink : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString summary;
        QString body;
        QStringList actions;
    };
    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon,
        const QString &summary, const QString &body, const QStringList &actions,
        const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(appName)
        Q_UNUSED(icon)
        Q_UNUSED(hints)
        Q_UNUSED(timeout)
        shown.append({summary, body, actions});
        return replacesId ? replacesId : uint(shown.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body"), QStringLiteral("actions")}; }
};

class TestApprovalAlerts : public QObject
{
    Q_OBJECT

    TestServer m_server;
    ConsoleHarness m_agent;
    ConsoleHarness m_supervisor;
    LanguageSwitch m_language;
    NotificationSink m_sink;

private Q_SLOTS:
    void initTestCase()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), "run under dbus-run-session");
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_sink,
            QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));

        QVERIFY2(m_server.prepare({20, 100, {}}), qPrintable(m_server.errorString()));
        QVERIFY(m_server.start());
        QVERIFY(m_agent.create(m_server.port(), m_server.caFile()));
        QVERIFY(m_agent.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        m_agent.core->sync()->setPullInterval(300);
        QVERIFY(m_supervisor.create(m_server.port(), m_server.caFile()));
        QVERIFY(m_supervisor.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo")));
        m_supervisor.core->sync()->setPullInterval(300);
        QVERIFY(m_language.setLanguage(Language::Chinese));
    }

    void requestReachesAClosedDesk()
    {
        MainWindow supervisorWindow(m_supervisor.core.get(), &m_language);
        supervisorWindow.show();
        ApprovalTray *tray = supervisorWindow.approvalTray();
        QVERIFY(tray);
        ApprovalAlerts *alerts = m_supervisor.core->supervisor()->alerts();
        // The first answer of the queue is counted, never announced.
        QTRY_VERIFY_WITH_TIMEOUT(
            alerts->waiting() >= 0 && tray->toolTip().contains(QStringLiteral("WalletDesk")),
            10000);
        QTest::qWait(500);
        const int before = tray->count();
        QCOMPARE(m_sink.shown.size(), 0);

        MainWindow agentWindow(m_agent.core.get(), &m_language);
        agentWindow.show();
        m_agent.core->call()->start(QStringLiteral("13800138000"));
        m_agent.core->call()->chooseAccount(1);
        const ActionRequest asked = requestTwoFactorReset(m_agent.core.get(), m_server,
            m_agent.core->call()->callId(), QStringLiteral("客户说手机丢了"));
        QVERIFY(asked.id > 0);
        QCOMPARE(asked.status, ActionStatus::PendingApproval);
        m_agent.core->call()->trackRequest(asked);

        // The supervisor never opened the desk.
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.shown.size(), 1, 15000);
        QVERIFY(!supervisorWindow.supervisorDesk());
        QCOMPARE(tray->count(), before + 1);
        QVERIFY2(
            tray->toolTip().contains(QString::number(before + 1)), qPrintable(tray->toolTip()));
        const NotificationSink::Shown note = m_sink.shown.first();
        QCOMPARE(note.summary, QStringLiteral("需要审批"));
        QVERIFY2(note.body.contains(QStringLiteral("李雷")), qPrintable(note.body));
        QVERIFY(note.body.contains(QStringLiteral("重置双重验证")));
        QVERIFY(note.body.contains(QStringLiteral("张*")));
        // The takeover pattern is in the notification itself.
        QVERIFY(note.body.contains(QStringLiteral("不受信任的设备")));
        QVERIFY(note.actions.contains(QStringLiteral("default")));

        // The agent tells the caller how long it has been.
        auto *requests = agentWindow.findChild<QLabel *>(QStringLiteral("callRequests"));
        QVERIFY(requests);
        QVERIFY2(requests->text().contains(QStringLiteral("已等待")), qPrintable(requests->text()));

        // Clicking the notification opens the desk on the request.
        QDBusMessage clicked
            = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
        clicked << uint(1) << QStringLiteral("default");
        QVERIFY(QDBusConnection::sessionBus().send(clicked));
        QTRY_VERIFY_WITH_TIMEOUT(
            supervisorWindow.supervisorDesk() && supervisorWindow.supervisorDesk()->isVisible(),
            10000);
        SupervisorDesk *desk = supervisorWindow.supervisorDesk();
        auto *view = desk->findChild<ApprovalsView *>();
        QVERIFY(view);
        QCOMPARE(
            desk->findChild<QTabWidget *>(QStringLiteral("supervisorTabs"))->currentWidget(), view);
        auto *table = view->findChild<QTableView *>(QStringLiteral("approvals"));
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < table->model()->rowCount(); ++r)
                    if (table->model()->index(r, 0).data(RecordTableModel::IdRole).toLongLong()
                        == asked.id)
                        row = r;
                return row >= 0;
            }(),
            10000);
        // Said in the row, not only by its tint; how long it has waited.
        QVERIFY(
            table->model()->index(row, 2).data().toString().contains(QStringLiteral("核查风险")));
        QVERIFY(!table->model()->index(row, 6).data().toString().isEmpty());
        table->selectRow(row);
        const QString risk = view->riskText();
        QVERIFY2(risk.contains(QStringLiteral("HUAWEI Mate 60")), qPrintable(risk));
        QVERIFY(risk.contains(QStringLiteral("上海")));
        QVERIFY(risk.contains(QStringLiteral("不受信任")));
        QVERIFY(risk.contains(QStringLiteral("客户说手机丢了")));
        auto *riskField = view->findChild<QPlainTextEdit *>(QStringLiteral("riskContext"));
        QVERIFY(riskField->focusPolicy() != Qt::NoFocus);
        QVERIFY(!riskField->accessibleName().isEmpty());

        // Decided: the count goes down, and no new notification is raised.
        ReasonPrompt::setNextAnswer(QStringLiteral("已回拨注册手机核实"));
        view->findChild<QPushButton *>(QStringLiteral("approve"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(tray->count(), before, 10000);
        QCOMPARE(m_sink.shown.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(requests->text().contains(QStringLiteral("已批准")), 15000);
        QVERIFY(!requests->text().contains(QStringLiteral("已等待")));
    }
};

QTEST_MAIN(TestApprovalAlerts)
#include "tst_approvalalerts.moc"
