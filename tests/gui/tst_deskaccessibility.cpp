// The supervisor's desk by keyboard and screen reader, offscreen against the
// real server, in Chinese and in English: Tab and Shift+Tab walk every view
// of the desk (whatever controls the complaint queue has) and the dialogs it
// opens, with the checks the agent's window passes (TabWalk.h). The
// dashboard's headline and charts are Tab stops that read their figures;
// Ctrl+Tab switches views from a combo box; the Supervisor menu has a
// mnemonic of its own; Qt's own texts (OK, the file dialog) follow the
// console's language.
#include "AuditView.h"
#include "ChannelComplaintDialog.h"
#include "ComplaintQueueView.h"
#include "ConsoleCore.h"
#include "DashboardView.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "RecordCache.h"
#include "SupervisorDesk.h"

#include "ConsoleHarness.h"
#include "TabWalk.h"
#include "TestServer.h"

#include <QChartView>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace WalletDesk;

class TestDeskAccessibility : public QObject, private TabWalk
{
    Q_OBJECT

    TestServer m_server;
    ConsoleHarness m_console;
    LanguageSwitch m_language;

    static QTabWidget *tabsOf(SupervisorDesk *desk)
    {
        return desk->findChild<QTabWidget *>(QStringLiteral("supervisorTabs"));
    }

    static QDialog *openDialog(QWidget *owner)
    {
        for (auto *d : owner->findChildren<QDialog *>()) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

    void showFigures(DashboardView *dashboard)
    {
        QSignalSpy period(dashboard, &DashboardView::periodShown);
        QSignalSpy year(dashboard, &DashboardView::yearShown);
        const QDate to = QDate::currentDate().addDays(1);
        dashboard->showPeriod(to.addDays(-400), to);
        dashboard->showYear(QDate::currentDate().year());
        QTRY_VERIFY_WITH_TIMEOUT(period.count() == 1 && year.count() == 1, 10000);
    }

    void walkDesk(bool chinese)
    {
        QVERIFY(m_language.setLanguage(chinese ? Language::Chinese : Language::English));
        MainWindow window(m_console.core.get(), &m_language);
        window.show();
        window.openSupervisorDesk();
        SupervisorDesk *desk = window.supervisorDesk();
        QVERIFY(QTest::qWaitForWindowExposed(desk));
        QTabWidget *tabs = tabsOf(desk);
        showFigures(desk->dashboard());
        QStringList problems;
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            tabs->tabBar()->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(tabs->tabBar()->hasFocus());
            problems += walk(desk, QStringLiteral("desk, %1").arg(tabs->tabText(t)), chinese);
        }

        // The complaint step dialogs, for whatever steps the first complaint allows.
        tabs->setCurrentIndex(0);
        auto *queue = desk->complaintQueue();
        auto *list = queue->findChild<QTableView *>();
        QTRY_VERIFY_WITH_TIMEOUT(list && list->model()->rowCount() > 0, 10000);
        list->selectRow(0);
        for (const char *name : {"assign", "escalate", "note", "resolve", "reopen", "extend"}) {
            auto *button = queue->findChild<QPushButton *>(QString::fromLatin1(name));
            if (!button || !button->isEnabled() || !button->isVisible())
                continue;
            button->click();
            QDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = openDialog(queue)) != nullptr);
            focusFirst(dialog);
            problems += walk(dialog, QStringLiteral("step %1").arg(QLatin1String(name)), chinese);
            dialog->reject();
            QTRY_VERIFY(!openDialog(queue));
        }

        // Logging a complaint that came by another channel.
        ChannelComplaintDialog *logDialog = queue->openLogDialog();
        QVERIFY(QTest::qWaitForWindowExposed(logDialog));
        focusFirst(logDialog);
        problems += walk(logDialog, QStringLiteral("log complaint"), chinese);
        logDialog->reject();

        // The export's file dialog (Qt's own, translated by qtbase_<lang>).
        tabs->setCurrentWidget(desk->audit());
        desk->audit()->findChild<QPushButton *>(QStringLiteral("auditExport"))->click();
        QFileDialog *files = nullptr;
        QTRY_VERIFY((files = desk->audit()->findChild<QFileDialog *>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(files));
        const QString accept
            = files->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->text();
        QVERIFY2(chinese ? accept.contains(QStringLiteral("保存"))
                         : accept.contains(QStringLiteral("Save")),
            qPrintable(accept));
        focusFirst(files);
        const QStringList fileProblems = walk(files, QStringLiteral("file dialog"), chinese);
        // Qt's dialog is not ours to name; it must not trap the keyboard though.
        for (const QString &p : fileProblems) {
            if (p.contains(QStringLiteral("never")) || p.contains(QStringLiteral("does not leave"))
                || p.contains(QStringLiteral("left the window")))
                problems << p;
        }
        files->reject();

        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1 problem(s), listed above").arg(problems.size())));
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

    void walkInChinese() { walkDesk(true); }
    void walkInEnglish() { walkDesk(false); }

    // The headline and every chart are Tab stops that say their figures.
    void dashboardFiguresAreHeard()
    {
        QVERIFY(m_language.setLanguage(Language::Chinese));
        MainWindow window(m_console.core.get(), &m_language);
        window.openSupervisorDesk();
        DashboardView *dashboard = window.supervisorDesk()->dashboard();
        showFigures(dashboard);
        const ComplaintReport report = *dashboard->periodReport();
        auto *headline = dashboard->findChild<QLabel *>(QStringLiteral("dashboardFigures"));
        QVERIFY(headline->focusPolicy() & Qt::TabFocus);
        const QString heard = nameOf(headline);
        QVERIFY2(heard.contains(QStringLiteral("投诉 %1 件").arg(report.total)), qPrintable(heard));
        QVERIFY2(heard.contains(report.from.toString(Qt::ISODate)), qPrintable(heard));
        for (const char *name :
            {"chartByCategory", "chartByStatus", "chartTrend", "chartPerAgent"}) {
            auto *chart = dashboard->findChild<QChartView *>(QString::fromLatin1(name));
            QVERIFY(chart->focusPolicy() & Qt::TabFocus);
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(chart);
            QVERIFY2(!a->text(QAccessible::Name).isEmpty(), name);
            const QString values = a->text(QAccessible::Description);
            QVERIFY2(values.contains(QRegularExpression(QStringLiteral("：\\d+"))),
                qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), values)));
        }
        // A category with its count, as the chart draws it.
        const QString category = m_console.core->referenceData().categoryName(
            report.byCategory.firstKey(), Language::Chinese);
        QVERIFY(
            QAccessible::queryAccessibleInterface(
                dashboard->findChild<QChartView *>(QStringLiteral("chartByCategory")))
                ->text(QAccessible::Description)
                .contains(QStringLiteral("%1：%2").arg(category).arg(report.byCategory.first())));
    }

    // Ctrl+Tab and Ctrl+Shift+Tab switch views with the focus in a combo box.
    void ctrlTabFromAComboBox()
    {
        MainWindow window(m_console.core.get(), &m_language);
        window.openSupervisorDesk();
        SupervisorDesk *desk = window.supervisorDesk();
        QVERIFY(QTest::qWaitForWindowActive(desk));
        QTabWidget *tabs = tabsOf(desk);
        tabs->setCurrentWidget(desk->audit());
        auto *combo = desk->audit()->findChild<QComboBox *>(QStringLiteral("auditAction"));
        combo->setFocus();
        QTRY_VERIFY(combo->hasFocus());
        const int audit = tabs->currentIndex();
        QTest::keyClick(combo, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), (audit + 1) % tabs->count());
        QTest::keyClick(
            QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tabs->currentIndex(), audit);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tabs->currentIndex(), audit - 1);
    }

    // Alt plus the Supervisor menu's letter opens it; no other menu or
    // control of the window answers to that letter.
    void supervisorMenuHasItsOwnMnemonic()
    {
        for (Language language : {Language::Chinese, Language::English}) {
            QVERIFY(m_language.setLanguage(language));
            MainWindow window(m_console.core.get(), &m_language);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QMenu *menu = nullptr;
            for (QAction *a : window.menuBar()->actions()) {
                if (a->menu()
                    && a->menu()->findChild<QAction *>(QStringLiteral("openSupervisorDesk")))
                    menu = a->menu();
            }
            QVERIFY(menu);
            const QKeySequence mnemonic = QKeySequence::mnemonic(menu->title());
            QVERIFY2(!mnemonic.isEmpty(), qPrintable(menu->title()));
            for (QAction *a : window.menuBar()->actions()) {
                if (a->menu() != menu)
                    QVERIFY2(QKeySequence::mnemonic(a->text()) != mnemonic, qPrintable(a->text()));
            }
            for (auto *b : window.findChildren<QAbstractButton *>())
                QVERIFY2(QKeySequence::mnemonic(b->text()) != mnemonic, qPrintable(b->text()));
            for (auto *l : window.findChildren<QLabel *>())
                QVERIFY2(QKeySequence::mnemonic(l->text()) != mnemonic, qPrintable(l->text()));
            for (auto *bar : window.findChildren<QTabBar *>()) {
                for (int i = 0; i < bar->count(); ++i)
                    QVERIFY2(QKeySequence::mnemonic(bar->tabText(i)) != mnemonic,
                        qPrintable(bar->tabText(i)));
            }
            QTest::keyClick(&window, Qt::Key(mnemonic[0].key()), Qt::AltModifier);
            QTRY_VERIFY(menu->isVisible());
            menu->close();
        }
        QVERIFY(m_language.setLanguage(Language::Chinese));
    }

    // The export buttons have mnemonics and Tab reaches them (walkDesk).
    void exportButtonsHaveMnemonics()
    {
        MainWindow window(m_console.core.get(), &m_language);
        window.openSupervisorDesk();
        SupervisorDesk *desk = window.supervisorDesk();
        QStringList exports;
        for (auto *b : desk->findChildren<QPushButton *>()) {
            if (b->text().contains(QStringLiteral("CSV"))) {
                exports << b->text();
                QVERIFY2(!QKeySequence::mnemonic(b->text()).isEmpty(), qPrintable(b->text()));
                QVERIFY(b->focusPolicy() & Qt::TabFocus);
            }
        }
        QVERIFY2(exports.size() >= 3, qPrintable(exports.join(QStringLiteral(" | "))));
    }

    // Qt's own texts follow the console's language: OK, and the file dialog.
    void qtTextsFollowTheLanguage()
    {
        const auto okText = []() -> QString {
            QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
            return Accessibility::withoutMnemonic(box.button(QDialogButtonBox::Ok)->text())
                + QLatin1Char('|')
                + Accessibility::withoutMnemonic(box.button(QDialogButtonBox::Cancel)->text());
        };
        const auto fileTexts = []() -> QString {
            QFileDialog dialog;
            dialog.setOption(QFileDialog::DontUseNativeDialog);
            QStringList texts;
            for (auto *label : dialog.findChildren<QLabel *>())
                texts << Accessibility::withoutMnemonic(label->text());
            return texts.join(QLatin1Char('|'));
        };
        QVERIFY(m_language.setLanguage(Language::Chinese));
        QCOMPARE(okText(), QStringLiteral("确定|取消"));
        QVERIFY2(fileTexts().contains(QStringLiteral("文件名")), qPrintable(fileTexts()));
        QVERIFY(m_language.setLanguage(Language::English));
        QCOMPARE(okText(), QStringLiteral("OK|Cancel"));
        QVERIFY2(fileTexts().contains(QStringLiteral("File name")), qPrintable(fileTexts()));
        QVERIFY(m_language.setLanguage(Language::Chinese));
        QCOMPARE(okText(), QStringLiteral("确定|取消"));
    }
};

QTEST_MAIN(TestDeskAccessibility)
#include "tst_deskaccessibility.moc"
