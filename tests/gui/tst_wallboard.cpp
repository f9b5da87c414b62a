// The supervisor's wallboard, two consoles against the real server,
// offscreen, in Chinese: the agent's call shows on the supervisor's board
// within the feed's interval, with how long it has lasted; a 2FA reset the
// agent asks for is listed with how long it has waited; the demo data's
// overdue complaints say so in words; holding the call shows the agent idle.
#include "CallSession.h"
#include "CallerActions.h"
#include "ConsoleCore.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "PresenceReporter.h"
#include "RecordTableModel.h"
#include "SupervisorDesk.h"
#include "SyncEngine.h"
#include "WallboardView.h"

#include "ConsoleHarness.h"
#include "TestServer.h"
#include "TwoFactorRequest.h"

#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace WalletDesk;

class TestWallboard : public QObject
{
    Q_OBJECT

    TestServer m_server;
    ConsoleHarness m_agent;
    ConsoleHarness m_supervisor;
    LanguageSwitch m_language;

    // The text of the row whose first column is `first`, cells joined by " | ".
    static QString rowOf(QTableView *table, const QString &first)
    {
        QAbstractItemModel *m = table->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data().toString() != first)
                continue;
            QStringList cells;
            for (int c = 0; c < m->columnCount(); ++c)
                cells << m->index(r, c).data().toString();
            return cells.join(QStringLiteral(" | "));
        }
        return {};
    }

    static QStringList columnOf(QTableView *table, int column)
    {
        QStringList texts;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            texts << table->model()->index(r, column).data().toString();
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare({20, 100, {}}), qPrintable(m_server.errorString()));
        QVERIFY(m_server.start());
        QVERIFY(m_agent.create(m_server.port(), m_server.caFile()));
        QVERIFY(m_agent.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        QVERIFY(m_supervisor.create(m_server.port(), m_server.caFile()));
        QVERIFY(m_supervisor.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo")));
        m_supervisor.core->sync()->setPullInterval(300);
        QVERIFY(m_language.setLanguage(Language::Chinese));
    }

    void theFloorAtAGlance()
    {
        MainWindow window(m_supervisor.core.get(), &m_language);
        window.show();
        window.openSupervisorDesk();
        SupervisorDesk *desk = window.supervisorDesk();
        QVERIFY(QTest::qWaitForWindowExposed(desk));
        WallboardView *board = desk->wallboard();
        desk->findChild<QTabWidget *>(QStringLiteral("supervisorTabs"))->setCurrentWidget(board);
        auto *agents = board->findChild<QTableView *>(QStringLiteral("wallboardAgents"));
        auto *approvals = board->findChild<QTableView *>(QStringLiteral("wallboardApprovals"));
        auto *complaints = board->findChild<QTableView *>(QStringLiteral("wallboardComplaints"));
        QVERIFY(agents && approvals && complaints);
        const QString agent = QStringLiteral("李雷");
        // Signed in, no call yet.
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(agents, agent).contains(QStringLiteral("空闲")), 10000);

        // The agent answers a call: on the board within the feed's interval.
        QSignalSpy reported(m_agent.core->presence(), &PresenceReporter::reported);
        m_agent.core->call()->start(QStringLiteral("13800138000"));
        m_agent.core->call()->chooseAccount(1);
        QTRY_VERIFY_WITH_TIMEOUT(reported.count() >= 1, 10000);
        QElapsedTimer sinceReport;
        sinceReport.start();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(agents, agent).contains(QStringLiteral("通话中")), 5000);
        QVERIFY2(sinceReport.elapsed() < 3000, "the feed, not the fallback timer, brought it");
        // How long, in words: the call has just begun.
        QVERIFY2(rowOf(agents, agent).contains(QStringLiteral("不到 1 分钟")),
            qPrintable(rowOf(agents, agent)));
        QVERIFY2(board->headline().contains(QStringLiteral("1 位坐席通话中")),
            qPrintable(board->headline()));

        // A request for a second person: listed, with how long it has waited.
        const ActionRequest asked = requestTwoFactorReset(m_agent.core.get(), m_server,
            m_agent.core->call()->callId(), QStringLiteral("客户说手机丢了"));
        QVERIFY(asked.id > 0);
        const QString number = QString::number(asked.id);
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(approvals, number).isEmpty(), 5000);
        const QString request = rowOf(approvals, number);
        QVERIFY2(request.contains(QStringLiteral("重置双重验证")), qPrintable(request));
        QVERIFY(request.contains(agent));
        QVERIFY(request.contains(QStringLiteral("不到 1 分钟")));
        QVERIFY2(board->headline().contains(QStringLiteral("1 条审批等待，最久已等 不到 1 分钟")),
            qPrintable(board->headline()));

        // The demo data's overdue complaints, said in words, and counted.
        const QStringList deadlines = columnOf(complaints, 4);
        QVERIFY2(!deadlines.filter(QStringLiteral("已超期")).isEmpty(),
            qPrintable(deadlines.join(QLatin1Char('\n'))));
        QVERIFY2(
            board->headline().contains(QStringLiteral("已超期 %1 件")
                                           .arg(deadlines.filter(QStringLiteral("已超期")).size())),
            qPrintable(board->headline()));
        // Which complaint, of what, whose: a category name, not its code.
        QVERIFY(!columnOf(complaints, 1)
                     .filter(QRegularExpression(QStringLiteral("^[a-z_]+$")))
                     .size());
        // The headline is a Tab stop a screen reader reads.
        auto *headline = board->findChild<QLabel *>(QStringLiteral("wallboardHeadline"));
        QVERIFY(headline->focusPolicy() & Qt::TabFocus);
        QVERIFY(headline->accessibleName().contains(board->headline()));

        // The agent puts the caller on hold: no call in progress.
        QVERIFY(m_agent.core->call()->hold());
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(agents, agent).contains(QStringLiteral("空闲")), 5000);
        QTRY_VERIFY(board->headline().contains(QStringLiteral("0 位坐席通话中")));
    }
};

QTEST_MAIN(TestWallboard)
#include "tst_wallboard.moc"
