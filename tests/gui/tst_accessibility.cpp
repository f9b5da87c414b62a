// The console by keyboard and screen reader, offscreen against the real
// server: Tab and Shift+Tab walk the agent's window (an account open, a
// call live, on every account tab) and every dialog of a call, in Chinese
// and in English. Focus leaves every control and comes back round, and each
// control a walk reaches has a name a screen reader can say: not empty, in
// the console's language, without a mnemonic marker. Dynamic labels are
// named with their current text, and the transaction log says in words
// what its row tints show.
#include "Accessibility.h"
#include "AccountSearchModel.h"
#include "CallSession.h"
#include "CallbackDialog.h"
#include "CallbacksView.h"
#include "ComplaintDialog.h"
#include "ComplaintListModel.h"
#include "ConsoleCore.h"
#include "DateFilterEdit.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "ReasonPrompt.h"
#include "RecordCache.h"
#include "SignInDialog.h"
#include "SyncEngine.h"
#include "TransactionListModel.h"
#include "WrapUpDialog.h"

#include "ConsoleHarness.h"
#include "TabWalk.h"
#include "TestServer.h"

#include <QAccessible>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace WalletDesk;

class TestAccessibility : public QObject, private TabWalk
{
    Q_OBJECT

    TestServer m_server;
    ConsoleHarness m_console;
    LanguageSwitch m_language;

    template<typename T> static T *child(QWidget &w, const char *name)
    {
        return w.findChild<T *>(QString::fromLatin1(name));
    }

    static QStringList walkWindow(MainWindow &window, const QString &state, bool chinese)
    {
        QStringList problems;
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("accountTabs"));
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            window.findChild<QLineEdit *>(QStringLiteral("search"))->setFocus();
            problems += walk(&window,
                QStringLiteral("main window, %1, tab %2").arg(state, tabs->tabText(t)), chinese);
        }
        return problems;
    }

    QStringList walkDialog(QDialog *dialog, const QString &what, bool chinese)
    {
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog))
            return {what + QStringLiteral(": not shown")};
        focusFirst(dialog);
        return walk(dialog, what, chinese);
    }

    // The menu bar and every menu under it, as a screen reader lists them:
    // each item named, translated, without its mnemonic marker.
    static QStringList menuProblems(QMainWindow &window, bool chinese)
    {
        QStringList problems;
        QAccessibleInterface *bar = QAccessible::queryAccessibleInterface(window.menuBar());
        if (!bar || bar->childCount() == 0)
            return {QStringLiteral("menu bar: no items")};
        int items = 0;
        for (int i = 0; i < bar->childCount(); ++i) {
            QAccessibleInterface *title = bar->child(i);
            QList<QAccessibleInterface *> entries {title};
            if (QAccessibleInterface *menu = title ? title->child(0) : nullptr) {
                for (int j = 0; j < menu->childCount(); ++j)
                    entries << menu->child(j);
            }
            for (QAccessibleInterface *item : std::as_const(entries)) {
                if (!item || item->role() == QAccessible::Separator)
                    continue;
                ++items;
                const QString name = item->text(QAccessible::Name);
                // The language names are written in their own language on purpose.
                if (name == QLatin1String("English"))
                    continue;
                const QString problem
                    = name.isEmpty() ? QStringLiteral("no name") : textProblem(name, chinese);
                if (!problem.isEmpty())
                    problems << QStringLiteral("menu item \"%1\": %2").arg(name, problem);
            }
        }
        if (items < 10)
            problems << QStringLiteral("menus: only %1 items found").arg(items);
        return problems;
    }

    void walkEverything(bool chinese)
    {
        QVERIFY(m_language.setLanguage(chinese ? Language::Chinese : Language::English));
        QTRY_VERIFY_WITH_TIMEOUT(m_console.core->recordCache()->reference().has_value(), 15000);
        QStringList problems;
        {
            MainWindow window(m_console.core.get(), &m_language);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            focusFirst(&window);
            problems += walkWindow(window, QStringLiteral("no call"), chinese);
            problems += menuProblems(window, chinese);

            window.takeCall(QStringLiteral("+8613800138000"));
            QTRY_COMPARE_WITH_TIMEOUT(window.candidates()->rowCount(), 1, 10000);
            window.openAccount(1);
            auto *send = child<QPushButton>(window, "sendCode");
            QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(window.transactions()->rowCount() > 0, 10000);
            problems += walkWindow(window, QStringLiteral("account open"), chinese);

            send->click();
            auto *answer = child<QLineEdit>(window, "verificationAnswer");
            QTRY_VERIFY_WITH_TIMEOUT(answer->isEnabled(), 10000);
            problems += walkWindow(window, QStringLiteral("code sent"), chinese);

            answer->setText(m_server.lastSmsCode(QStringLiteral("13800138000")));
            QTest::keyClick(answer, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(m_console.core->call()->isVerified(), 10000);
            // An action on the call: its request shows under the verification.
            ReasonPrompt::setNextAnswer(QStringLiteral("a11y walk"));
            child<QPushButton>(window, "passwordReset")->click();
            auto *requests = child<QLabel>(window, "callRequests");
            QTRY_VERIFY_WITH_TIMEOUT(requests->isVisible(), 10000);
            window.findChild<QTableView *>(QStringLiteral("transactions"))->selectRow(0);
            problems += walkWindow(window, QStringLiteral("verified"), chinese);

            // The reason prompt of an action, as the agent meets it.
            child<QPushButton>(window, "unlock")->click();
            auto *prompt = window.findChild<QInputDialog *>();
            QVERIFY(prompt);
            problems += walkDialog(prompt, QStringLiteral("reason prompt"), chinese);
            prompt->reject();

            // A second pop during the call: the box that asks what to do.
            window.takeCall(QStringLiteral("+8613900139000"));
            auto *pop = window.findChild<QMessageBox *>(QStringLiteral("screenPop"));
            QVERIFY(pop);
            problems += walkDialog(pop, QStringLiteral("screen pop"), chinese);
            child<QPushButton>(*pop, "queueCall")->click();
            QTRY_COMPARE(m_console.core->call()->waitingCount(), 1);

            // Go to date, from the log.
            child<QPushButton>(window, "goToDate")->click();
            QDialog *day = nullptr;
            QTRY_VERIFY((day = [&]() -> QDialog * {
                for (auto *d : window.findChildren<QDialog *>()) {
                    if (d->isVisible() && d->findChild<QDateEdit *>(QStringLiteral("goToDay")))
                        return d;
                }
                return nullptr;
            }()) != nullptr);
            problems += walkDialog(day, QStringLiteral("go to date"), chinese);
            day->reject();

            // A callback on the call, and the list of them.
            {
                CallbackDialog dialog(&window);
                dialog.setCall(QStringLiteral("+8613800138000"), 1,
                    QStringLiteral("张* · 8800…0001"), m_console.core->call()->callId());
                problems += walkDialog(&dialog, QStringLiteral("callback dialog"), chinese);
            }
            {
                CallbacksView list(m_console.core->callbacks(), [](qint64) { return QString(); });
                problems += walkDialog(&list, QStringLiteral("callbacks"), chinese);
            }
        }
        const ReferenceData reference = m_console.core->referenceData();
        const Language language = chinese ? Language::Chinese : Language::English;
        {
            ComplaintDialog dialog(reference, language);
            dialog.setAccount(1, m_console.core->call()->callId(), 1);
            problems += walkDialog(&dialog, QStringLiteral("complaint dialog"), chinese);
        }
        {
            WrapUpDialog dialog(reference, language, 7);
            problems += walkDialog(&dialog, QStringLiteral("wrap-up dialog"), chinese);
        }
        {
            SignInDialog dialog(m_console.core->session(), m_server.baseUrl());
            problems += walkDialog(&dialog, QStringLiteral("sign-in dialog"), chinese);
        }
        CallSession *call = m_console.core->call();
        do {
            if (call->isActive())
                call->end(QStringLiteral("dropped"));
        } while (call->switchToNext());
        // One line each: QTest cuts a long failure message short.
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1 problem(s), listed above").arg(problems.size())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare({50, 500, {}}), qPrintable(m_server.errorString()));
        QVERIFY(m_server.start(TestServer::relaxedAbuseLimits()));
        QVERIFY(m_console.create(m_server.port(), m_server.caFile()));
        QVERIFY(m_console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        QVERIFY(m_language.setLanguage(Language::Chinese));
    }

    void walkInChinese() { walkEverything(true); }
    void walkInEnglish() { walkEverything(false); }

    // Labels whose text changes are read with it, and with their caption.
    void changingLabelsAreReadWithTheirText()
    {
        QVERIFY(m_language.setLanguage(Language::Chinese));
        MainWindow window(m_console.core.get(), &m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openAccount(1);
        QTRY_COMPARE_WITH_TIMEOUT(
            child<QLabel>(window, "field3")->text(), QStringLiteral("已锁定"), 10000);
        QCOMPARE(nameOf(child<QLabel>(window, "field3")), QStringLiteral("状态：已锁定"));
        auto *lock = child<QLabel>(window, "lockState");
        QVERIFY(lock->text().startsWith(QStringLiteral("已锁定")));
        QVERIFY2(nameOf(lock).contains(lock->text()), qPrintable(nameOf(lock)));
        QTRY_VERIFY_WITH_TIMEOUT(window.transactions()->rowCount() > 0, 10000);
        child<QTableView>(window, "transactions")->selectRow(0);
        auto *detail = child<QLabel>(window, "transactionDetail");
        const QString firstLine = detail->text().section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(nameOf(detail).contains(firstLine), qPrintable(nameOf(detail)));
        auto *state = child<QLabel>(window, "verificationState");
        QVERIFY2(nameOf(state).contains(state->text().section(QLatin1Char('\n'), 0, 0)),
            qPrintable(nameOf(state)));
        // The search field's clear button, as a screen reader finds it.
        auto *search = child<QLineEdit>(window, "search");
        search->setText(QStringLiteral("138"));
        for (QToolButton *clear : search->findChildren<QToolButton *>())
            QCOMPARE(nameOf(clear), QStringLiteral("清除"));
        m_language.setLanguage(Language::English);
        QTRY_COMPARE(nameOf(child<QLabel>(window, "field3")), QStringLiteral("Status: Locked"));
        QVERIFY(nameOf(lock).startsWith(QStringLiteral("Lock state: Locked")));
        QVERIFY(m_language.setLanguage(Language::Chinese));
    }

    // The failed payment that took the money says so in words, not in red only.
    void theLogSaysWhatItsTintsShow()
    {
        QVERIFY(m_language.setLanguage(Language::Chinese));
        MainWindow window(m_console.core.get(), &m_language);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openAccount(1);
        TransactionListModel *log = window.transactions();
        int failed = -1;
        QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() > 0, 10000);
        for (int row = 0; row < log->rowCount(); ++row) {
            if (log->at(row).orderNumber == QLatin1String("P7000001"))
                failed = row;
        }
        QVERIFY(failed >= 0);
        QCOMPARE(log->exceptionAt(failed), TransactionListModel::Exception::FailedButDebited);
        const QModelIndex status = log->index(failed, TransactionListModel::Status);
        QCOMPARE(status.data().toString(), QStringLiteral("失败·已扣款"));
        QCOMPARE(status.data(Qt::AccessibleTextRole).toString(), QStringLiteral("失败·已扣款"));
        QCOMPARE(status.data(RowTint::Role).value<RowTint::Tint>(), RowTint::Tint::Alert);
        // And the double charge, which the demo data has on this account too.
        bool duplicate = false;
        for (int row = 0; row < log->rowCount(); ++row) {
            if (log->exceptionAt(row) == TransactionListModel::Exception::DuplicateCharge)
                duplicate = log->index(row, TransactionListModel::Status)
                                .data()
                                .toString()
                                .endsWith(QStringLiteral("·疑似重复扣款"));
        }
        QVERIFY(duplicate);

        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("accountTabs"));
        tabs->setCurrentIndex(3);
        auto *view = child<QTableView>(window, "transactions");
        // Another row selected: the failed one shows its tint and its words.
        view->selectRow(failed == 0 ? 1 : 0);
        const QString shot = qEnvironmentVariable("WALLETDESK_A11Y_SCREENSHOT");
        if (!shot.isEmpty()) {
            QApplication::processEvents();
            QVERIFY(tabs->currentWidget()->grab().save(shot));
        }

        m_language.setLanguage(Language::English);
        QTRY_COMPARE(status.data().toString(), QStringLiteral("Failed · debited"));
        QVERIFY(m_language.setLanguage(Language::Chinese));
    }

    void overdueComplaintsSayIt()
    {
        QVERIFY(m_language.setLanguage(Language::English));
        ComplaintListModel model;
        Complaint overdue;
        overdue.id = 1;
        overdue.status = ComplaintStatus::Open;
        overdue.dueAt = QDateTime::currentDateTimeUtc().addDays(-2);
        Complaint later = overdue;
        later.id = 2;
        later.dueAt = QDateTime::currentDateTimeUtc().addDays(20);
        model.setComplaints({overdue, later});
        QVERIFY(model.index(0, ComplaintListModel::DueColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral(" · overdue")));
        QVERIFY(!model.index(1, ComplaintListModel::DueColumn)
                     .data()
                     .toString()
                     .contains(QStringLiteral("·")));
        QVERIFY(m_language.setLanguage(Language::Chinese));
        QVERIFY(model.index(0, ComplaintListModel::DueColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("·已超期")));
    }

    void typingADateOverAny()
    {
        QVERIFY(m_language.setLanguage(Language::Chinese));
        DateFilterEdit edit;
        edit.setMinimumDate(QDate(2000, 1, 1));
        edit.setDate(QDate(2000, 1, 1));
        edit.setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit.setSpecialValueText(QStringLiteral("不限"));
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.setFocus();
        QTest::keyClicks(&edit, QStringLiteral("2024-03-15"));
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(edit.date(), QDate(2024, 3, 15));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
