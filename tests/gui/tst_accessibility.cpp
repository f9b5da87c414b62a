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

class TestAccessibility : public QObject
{
    Q_OBJECT

    TestServer m_server;
    ConsoleHarness m_console;
    LanguageSwitch m_language;

    template<typename T> static T *child(QWidget &w, const char *name)
    {
        return w.findChild<T *>(QString::fromLatin1(name));
    }

    static QString nameOf(QWidget *w)
    {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        return a ? a->text(QAccessible::Name) : QString();
    }

    // The captions a screen reader says with w: labels whose buddy it is,
    // the titled group box it sits in (AT-SPI's "labelled by").
    static QList<QPair<QObject *, QString>> labelsOf(QWidget *w)
    {
        QList<QPair<QObject *, QString>> labels;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a)
            return labels;
        for (const auto &relation : a->relations(QAccessible::Label))
            labels.append({relation.first->object(), relation.first->text(QAccessible::Name)});
        return labels;
    }

    static QString describe(QWidget *w)
    {
        if (!w)
            return QStringLiteral("(nothing)");
        QStringList labels;
        for (const auto &label : labelsOf(w))
            labels << label.second;
        return QStringLiteral("%1#%2 \"%3\" [%4]")
            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), nameOf(w),
                labels.join(QStringLiteral(", ")));
    }

    // What is wrong with one text a screen reader says, or nothing.
    static QString textProblem(const QString &name, bool chinese)
    {
        static const QRegularExpression mnemonic(
            QStringLiteral("&|[(（][A-Za-z0-9][)）]|[(（]&[^)）]*[)）]"));
        if (name.contains(mnemonic))
            return QStringLiteral("mnemonic marker");
        // Figures need no translation: an amount, a masked number, a time.
        static const QRegularExpression figure(QStringLiteral("^[-+0-9\\s.,:*#¥/()…]*$"));
        bool ascii = true;
        for (QChar c : name)
            ascii = ascii && c.unicode() < 0x80;
        if (chinese && ascii && !figure.match(name).hasMatch())
            return QStringLiteral("English in the Chinese console");
        return {};
    }

    // What is wrong with what a screen reader says for w, or nothing.
    static QString nameProblem(QWidget *w, bool chinese)
    {
        const QString name = nameOf(w);
        const auto labels = labelsOf(w);
        if (name.trimmed().isEmpty() && labels.isEmpty())
            return QStringLiteral("no name");
        // On Linux a combo box's name is its current item: only a label says what it is.
        if (qobject_cast<QComboBox *>(w)
            && std::none_of(labels.cbegin(), labels.cend(),
                [](const auto &l) { return qobject_cast<QLabel *>(l.first); }))
            return QStringLiteral("no label");
        QString problem = textProblem(name, chinese);
        for (const auto &label : labels) {
            if (problem.isEmpty())
                problem = textProblem(label.second, chinese);
            // A caption is read as it is shown (Qt names an untitled or
            // unnamed group box after the box around it).
            QString shown;
            if (auto *box = qobject_cast<QGroupBox *>(label.first))
                shown = Accessibility::withoutMnemonic(box->title());
            else if (auto *caption = qobject_cast<QLabel *>(label.first))
                shown = Accessibility::withoutMnemonic(caption->text());
            if (problem.isEmpty() && label.second != shown)
                problem
                    = QStringLiteral("caption \"%1\" is read as \"%2\"").arg(shown, label.second);
        }
        return problem;
    }

    // Controls Tab should reach in top: shown, enabled, taking Tab focus.
    static QSet<QWidget *> tabStops(QWidget *top)
    {
        QSet<QWidget *> stops;
        for (QWidget *w : top->findChildren<QWidget *>()) {
            if (w->isVisibleTo(top) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
                && !w->focusProxy() && w->window() == top)
                stops.insert(w);
        }
        return stops;
    }

    static void press(Qt::Key key)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        if (key == Qt::Key_Backtab)
            QTest::keyClick(target, Qt::Key_Backtab, Qt::ShiftModifier);
        else
            QTest::keyClick(target, key);
    }

    // Walks top from its focused control with Tab, then with Shift+Tab;
    // each problem found is one line of the returned list.
    static QStringList walk(QWidget *top, const QString &where, bool chinese)
    {
        QStringList problems;
        QWidget *start = QApplication::focusWidget();
        if (!start || (start != top && !top->isAncestorOf(start)))
            return {where + QStringLiteral(": the walk has no focused control to start from")};
        const QSet<QWidget *> expected = tabStops(top);
        const int limit = int(expected.size()) * 2 + 10;
        QList<QWidget *> forward {start};
        for (Qt::Key key : {Qt::Key_Tab, Qt::Key_Backtab}) {
            QList<QWidget *> seen {start};
            for (int i = 0; i < limit; ++i) {
                press(key);
                QWidget *now = QApplication::focusWidget();
                if (!now || (now != top && !top->isAncestorOf(now))) {
                    problems << QStringLiteral("%1: %2 from %3 left the window (to %4)")
                                    .arg(where, QKeySequence(key).toString(), describe(seen.last()),
                                        describe(now));
                    break;
                }
                if (now == seen.last()) {
                    problems << QStringLiteral("%1: %2 does not leave %3")
                                    .arg(where, QKeySequence(key).toString(), describe(now));
                    break;
                }
                if (now == start)
                    break;
                seen << now;
            }
            if (QApplication::focusWidget() != start)
                problems << QStringLiteral("%1: %2 never came back round to %3")
                                .arg(where, QKeySequence(key).toString(), describe(start));
            if (key == Qt::Key_Tab) {
                forward = seen;
            } else if (problems.isEmpty()) {
                QList<QWidget *> backward = seen.mid(1);
                std::reverse(backward.begin(), backward.end());
                if (backward != forward.mid(1))
                    problems << QStringLiteral("%1: Shift+Tab is not Tab backwards").arg(where);
            }
        }
        if (qEnvironmentVariableIsSet("WALLETDESK_A11Y_VERBOSE")) {
            QStringList stops;
            for (QWidget *w : std::as_const(forward))
                stops << describe(w);
            qInfo().noquote() << where << forward.size()
                              << "stops:" << stops.join(QStringLiteral(" | "));
        }
        for (QWidget *w : expected) {
            if (!forward.contains(w))
                problems << QStringLiteral("%1: Tab never reaches %2").arg(where, describe(w));
        }
        for (QWidget *w : std::as_const(forward)) {
            const QString problem = nameProblem(w, chinese);
            if (!problem.isEmpty())
                problems << QStringLiteral("%1: %2: %3").arg(where, describe(w), problem);
        }
        return problems;
    }

    static void focusFirst(QWidget *top)
    {
        top->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(top));
        // The first control of the window's focus chain.
        for (QWidget *w = top->nextInFocusChain(); w != top; w = w->nextInFocusChain()) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
                && w->window() == top) {
                w->setFocus(Qt::TabFocusReason);
                break;
            }
        }
        QTRY_VERIFY(QApplication::focusWidget() && top->isAncestorOf(QApplication::focusWidget()));
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
