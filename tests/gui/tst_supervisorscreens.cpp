// The dashboard and the audit log read as words, against the real server,
// offscreen: the audit log names actions, shows accounts masked and calls
// by their time and agent, details as sentences, and filters by names; the
// dashboard's headline says its period, the trend's axis reads dates, the
// per-agent chart lists agents and the disclosure table shows every row at
// the window sizes supervisors use.
#include "AuditLogModel.h"
#include "AuditTexts.h"
#include "AuditView.h"
#include "ConsoleCore.h"
#include "DashboardView.h"
#include "DateFilterEdit.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "RecordCache.h"
#include "SupervisorDesk.h"

#include "ApiCaller.h"
#include "ConsoleHarness.h"
#include "TestServer.h"

#include <QBarCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace WalletDesk;

class TestSupervisorScreens : public QObject
{
    Q_OBJECT

    TestServer m_server;
    ConsoleHarness m_console;
    LanguageSwitch m_language;

    static QStringList column(AuditLogModel *model, int c)
    {
        QStringList cells;
        for (int r = 0; r < model->rowCount(); ++r)
            cells << model->index(r, c).data().toString();
        return cells;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare({30, 200, {}}), qPrintable(m_server.errorString()));
        QVERIFY(m_server.start(TestServer::relaxedAbuseLimits()));
        QVERIFY(m_console.create(m_server.port(), m_server.caFile()));
        QVERIFY(m_console.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo")));
        QVERIFY(m_language.setLanguage(Language::Chinese));
        QTRY_VERIFY_WITH_TIMEOUT(m_console.core->recordCache()->reference().has_value(), 15000);
    }

    void auditLogReadsAsWords()
    {
        // An agent opens account 1 on a call.
        ApiCaller agent(m_server.baseUrl(), m_server.caCertificates());
        agent.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo"));
        const QByteArray call = "8b0c1f2e-0000-4000-8000-000000000001";
        QCOMPARE(
            agent.get(QStringLiteral("/api/v1/accounts/1"), {{"X-Call-Id", call}}).status, 200);
        const QString fullNumber = QStringLiteral("8800000000000001"); // the demo data's account 1
        QCOMPARE(
            agent.get(QStringLiteral("/api/v1/accounts/1"), {{"X-Call-Id", call}}).status, 200);

        MainWindow window(m_console.core.get(), &m_language);
        window.openSupervisorDesk();
        SupervisorDesk *desk = window.supervisorDesk();
        desk->resize(1366, 768);
        desk->findChild<QTabWidget *>(QStringLiteral("supervisorTabs"))
            ->setCurrentWidget(desk->audit());
        AuditView *audit = desk->audit();
        // The filters by name: the action from a list of words, the account as it is shown.
        auto *action = audit->findChild<QComboBox *>(QStringLiteral("auditAction"));
        const int opened = action->findText(QStringLiteral("查看账户"));
        QVERIFY2(opened > 0, qPrintable(action->itemText(1)));
        QCOMPARE(action->findText(QStringLiteral("account.view")), -1);
        action->setCurrentIndex(opened);
        auto *account = audit->findChild<QLineEdit *>(QStringLiteral("auditAccount"));
        // Typed as shown in the list ("…" is no key of QTest's: sent as typed text).
        QTest::keyClicks(account, QStringLiteral("8800"));
        QKeyEvent ellipsis(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QStringLiteral("…"));
        QApplication::sendEvent(account, &ellipsis);
        QTest::keyClicks(account, QStringLiteral("0001"));
        QCOMPARE(account->text(), QStringLiteral("8800…0001"));
        QTest::keyClick(account, Qt::Key_Return);
        AuditLogModel *model = audit->model();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() >= 2, 10000);
        QCOMPARE(audit->findChild<QLabel *>(QStringLiteral("auditMessage"))->text(), QString());
        const QStringList actions = column(model, AuditLogModel::ActionColumn);
        QCOMPARE(actions.count(QStringLiteral("查看账户")), actions.size());
        QCOMPARE(column(model, AuditLogModel::AccountColumn).count(QStringLiteral("8800…0001")),
            model->rowCount());
        // The call by when it began and who took it, never its id.
        const QString callCell = model->index(0, AuditLogModel::CallColumn).data().toString();
        QVERIFY2(callCell.contains(QStringLiteral("李雷")), qPrintable(callCell));
        QVERIFY2(callCell.contains(
                     QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"))),
            qPrintable(callCell));
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < AuditLogModel::ColumnCount; ++c) {
                const QString cell = model->index(r, c).data().toString();
                QVERIFY2(!cell.contains(QString::fromLatin1(call)), qPrintable(cell));
                QVERIFY2(!cell.contains(fullNumber), qPrintable(cell));
            }
        }
        // The full number finds the same entries.
        account->clear();
        QTest::keyClicks(account, fullNumber);
        audit->findChild<QPushButton *>(QStringLiteral("auditApplyFilter"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() >= 2, 10000);
        QCOMPARE(column(model, AuditLogModel::AccountColumn).count(QStringLiteral("8800…0001")),
            model->rowCount());

        // The same list in English.
        QVERIFY(m_language.setLanguage(Language::English));
        QTRY_COMPARE(model->index(0, AuditLogModel::ActionColumn).data().toString(),
            QStringLiteral("Opened account"));
        QTRY_COMPARE(action->currentText(), QStringLiteral("Opened account"));
        QVERIFY(m_language.setLanguage(Language::Chinese));
    }

    void detailsAreSentences_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("chinese");
        QTest::addColumn<QString>("english");
        QTest::newRow("pending") << "action.two_factor_reset"
                                 << "pending_approval"
                                 << "待组长审批。"
                                 << "Awaiting a supervisor's approval.";
        // The server writes UTC; people read China time.
        QTest::newRow("callback") << "callback.create"
                                  << "138****8000 due 2026-11-27T00:15:06.380Z"
                                  << "于 2026-11-27 08:15（北京时间）回电 138****8000。"
                                  << "Call 138****8000 back at 2026-11-27 08:15 (Beijing time).";
        QTest::newRow("approval") << "approval.approve"
                                  << "two_factor_reset"
                                  << "所审申请：重置双重验证。"
                                  << "Request: Two-factor reset.";
        QTest::newRow("verification") << "verification.start"
                                      << "sms"
                                      << "已发送短信验证码。"
                                      << "A code was sent by SMS.";
        QTest::newRow("unknown") << "something.new"
                                 << "as written"
                                 << "as written"
                                 << "as written";
    }

    void detailsAreSentences()
    {
        QFETCH(QString, action);
        QFETCH(QString, detail);
        QFETCH(QString, chinese);
        QFETCH(QString, english);
        AuditEntry e;
        e.action = action;
        e.detail = detail;
        const ReferenceData reference = m_console.core->referenceData();
        QVERIFY(m_language.setLanguage(Language::Chinese));
        QCOMPARE(AuditTexts::detail(e, reference, Language::Chinese), chinese);
        QVERIFY(m_language.setLanguage(Language::English));
        QCOMPARE(AuditTexts::detail(e, reference, Language::English), english);
        QVERIFY(m_language.setLanguage(Language::Chinese));
    }

    // Every action code the server writes has words (docs/api.md lists them).
    void everyActionHasWords()
    {
        QVERIFY(m_language.setLanguage(Language::Chinese));
        for (const QString &code : AuditTexts::actionCodes()) {
            const QString words = AuditTexts::action(code);
            QVERIFY2(words != code && !words.contains(QLatin1Char('.')), qPrintable(code));
        }
        QCOMPARE(
            AuditTexts::action(QStringLiteral("something.new")), QStringLiteral("something.new"));
    }

    void auditDatesTakeTyping()
    {
        MainWindow window(m_console.core.get(), &m_language);
        window.openSupervisorDesk();
        AuditView *audit = window.supervisorDesk()->audit();
        window.supervisorDesk()
            ->findChild<QTabWidget *>(QStringLiteral("supervisorTabs"))
            ->setCurrentWidget(audit);
        auto *from = audit->findChild<DateFilterEdit *>(QStringLiteral("auditFrom"));
        QVERIFY(from);
        QCOMPARE(from->text(), QStringLiteral("不限"));
        from->setFocus();
        QTest::keyClicks(from, QStringLiteral("2024-03-15"));
        QCOMPARE(from->date(), QDate(2024, 3, 15));
        QCOMPARE(audit->filter().from.value_or(QDate()), QDate(2024, 3, 15));
    }

    void dashboardReadsItsPeriodAndShowsItsTable_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void dashboardReadsItsPeriodAndShowsItsTable()
    {
        QFETCH(QSize, size);
        QVERIFY(m_language.setLanguage(Language::Chinese));
        MainWindow window(m_console.core.get(), &m_language);
        window.openSupervisorDesk();
        SupervisorDesk *desk = window.supervisorDesk();
        desk->resize(size);
        DashboardView *dashboard = desk->dashboard();
        desk->findChild<QTabWidget *>(QStringLiteral("supervisorTabs"))
            ->setCurrentWidget(dashboard);
        QVERIFY(QTest::qWaitForWindowExposed(desk));
        QSignalSpy period(dashboard, &DashboardView::periodShown);
        QSignalSpy year(dashboard, &DashboardView::yearShown);
        const QDate to = QDate::currentDate();
        const QDate from = to.addDays(-29);
        dashboard->showPeriod(from, to);
        dashboard->showYear(to.year());
        QTRY_VERIFY_WITH_TIMEOUT(period.count() == 1 && year.count() == 1, 10000);

        // The headline says what it counts; the table's caption its year.
        const QString headline
            = dashboard->findChild<QLabel *>(QStringLiteral("dashboardFigures"))->text();
        QVERIFY2(
            headline.startsWith(QStringLiteral("%1 至 %2：投诉 ")
                                    .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))),
            qPrintable(headline));
        const QString caption
            = dashboard->findChild<QLabel *>(QStringLiteral("disclosureCaption"))->text();
        QVERIFY2(caption.contains(QString::number(to.year())), qPrintable(caption));

        // The trend's axis reads the period's dates.
        QChart *trend = dashboard->findChild<QChartView *>(QStringLiteral("chartTrend"))->chart();
        auto *days = qobject_cast<QDateTimeAxis *>(trend->axes(Qt::Horizontal).value(0));
        QVERIFY(days);
        QCOMPARE(days->min().date(), from);
        QCOMPARE(days->max().date(), to);

        // Every agent by name, those without complaints too.
        QChart *perAgent
            = dashboard->findChild<QChartView *>(QStringLiteral("chartPerAgent"))->chart();
        QStringList names;
        for (QAbstractAxis *axis : perAgent->axes()) {
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                names = categories->categories();
        }
        QVERIFY2(names.contains(QStringLiteral("李雷")), qPrintable(names.join(QLatin1Char(','))));
        for (const QString &name : std::as_const(names))
            QVERIFY2(!name.startsWith(QStringLiteral("坐席 ")), qPrintable(name));

        // The disclosure table shows every row without scrolling of its own.
        auto *table = dashboard->findChild<QTableView *>(QStringLiteral("disclosureTable"));
        QTRY_VERIFY(table->isVisible());
        const int last = table->model()->rowCount() - 1;
        QVERIFY(last >= 4);
        QCOMPARE(table->verticalScrollBar()->maximum(), 0);
        QVERIFY2(table->rowViewportPosition(last) + table->rowHeight(last)
                <= table->viewport()->height(),
            qPrintable(QStringLiteral("%1 + %2 > %3")
                           .arg(table->rowViewportPosition(last))
                           .arg(table->rowHeight(last))
                           .arg(table->viewport()->height())));
    }
};

QTEST_MAIN(TestSupervisorScreens)
#include "tst_supervisorscreens.moc"
