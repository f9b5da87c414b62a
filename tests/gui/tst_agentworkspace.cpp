// The agent's workspace beyond the basic call, offscreen against the real
// server: the security, cards and history tabs; the call guide with live
// data; a 2FA reset waiting for a supervisor and its outcome on the call;
// order search, date range and CSV export of the log; every control named
// for assistive technology; and a whole call without the mouse.
#include "AccountSearchModel.h"
#include "ActionBar.h"
#include "CallGuidePanel.h"
#include "CallSession.h"
#include "ComplaintDialog.h"
#include "ConsoleCore.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "ReasonPrompt.h"
#include "RecordCache.h"
#include "RecordTableModel.h"
#include "SignInDialog.h"
#include "SyncEngine.h"
#include "TransactionListModel.h"
#include "TransactionsTab.h"
#include "WorkingCalendar.h"
#include "WrapUpDialog.h"

#include "ApiCaller.h"
#include "ConsoleHarness.h"
#include "TestServer.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace WalletDesk;

class TestAgentWorkspace : public QObject
{
    Q_OBJECT

    TestServer m_server;
    ConsoleHarness m_console;
    LanguageSwitch m_language;
    std::unique_ptr<ApiCaller> m_supervisor;

    template<typename T> static T *child(QWidget &w, const char *name)
    {
        auto *found = w.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    static QStringList column(QAbstractItemModel *model, int col)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, col).data().toString();
        return values;
    }

    QJsonArray allTransactions(qint64 accountId, const QString &filter)
    {
        QJsonArray all;
        QString cursor;
        do {
            const auto page = m_supervisor->get(
                QStringLiteral("/api/v1/accounts/%1/transactions?limit=200&%2%3")
                    .arg(accountId)
                    .arg(filter,
                        cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            for (const auto &item : page.items())
                all.append(item);
            cursor = page.json.value(QStringLiteral("nextCursor")).toString();
        } while (!cursor.isEmpty());
        return all;
    }

    // Controls a keyboard can reach that a screen reader could not name.
    static QStringList unnamedControls(QWidget *top)
    {
        QStringList unnamed;
        for (QWidget *w : top->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(top) || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            if (qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                || qobject_cast<QComboBox *>(w->parentWidget()))
                continue; // editors inside a date edit or combo box: the outer control carries the
                          // name
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 %2 in %3")
                               .arg(QString::fromLatin1(w->metaObject()->className()),
                                   w->objectName(),
                                   QString::fromLatin1(top->metaObject()->className()));
        }
        return unnamed;
    }

    // Takes a call for phone, opens the only candidate and verifies with the SMS code.
    void takeVerifiedCall(MainWindow &window, const QString &phone, qint64 accountId)
    {
        window.takeCall(QStringLiteral("+86") + phone);
        QTRY_COMPARE_WITH_TIMEOUT(window.candidates()->rowCount(), 1, 10000);
        window.openAccount(accountId);
        auto *send = child<QPushButton>(window, "sendCode");
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 10000);
        send->click();
        auto *answer = child<QLineEdit>(window, "verificationAnswer");
        QTRY_VERIFY_WITH_TIMEOUT(answer->isEnabled(), 10000);
        answer->setText(m_server.lastSmsCode(phone));
        QTest::keyClick(answer, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_console.core->call()->isVerified(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare({50, 800, {}}), qPrintable(m_server.errorString()));
        QVERIFY(m_server.start());
        QVERIFY(m_console.create(m_server.port(), m_server.caFile()));
        QVERIFY(m_console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        m_console.core->sync()->setPullInterval(300);
        QVERIFY(m_language.setLanguage(Language::Chinese));
        m_supervisor = std::make_unique<ApiCaller>(m_server.baseUrl(), m_server.caCertificates());
        QVERIFY(
            m_supervisor->signIn(QStringLiteral("super01"), QStringLiteral("super01-demo")).status
            == 200);
    }

    void securityCardsAndHistoryTabs()
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            m_console.core->recordCache()->reference().has_value(), 15000); // wrap-up names
        // Something to find in the history: a call and a complaint made elsewhere.
        const auto complaint = m_supervisor->post(QStringLiteral("/api/v1/complaints"),
            {{QStringLiteral("channel"), QStringLiteral("hotline")},
                {QStringLiteral("categoryCode"), QStringLiteral("fees")},
                {QStringLiteral("severity"), QStringLiteral("low")},
                {QStringLiteral("accountId"), 3},
                {QStringLiteral("description"), QStringLiteral("历史页测试投诉")},
                {QStringLiteral("customerRequest"), QStringLiteral("退手续费")}},
            {{"Idempotency-Key", "history-tab-complaint-1"}});
        QVERIFY2(complaint.status == 201, complaint.body.constData());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto call = m_supervisor->post(QStringLiteral("/api/v1/calls"),
            {{QStringLiteral("callId"), QStringLiteral("history-call-1")},
                {QStringLiteral("callerNumber"), QStringLiteral("+8613700137000")},
                {QStringLiteral("accountId"), 3},
                {QStringLiteral("startedAt"), formatDateTime(now.addSecs(-300))},
                {QStringLiteral("endedAt"), formatDateTime(now)},
                {QStringLiteral("wrapUpCode"), QStringLiteral("information_only")},
                {QStringLiteral("notes"), QStringLiteral("上次来电问冻结原因")}},
            {{"Idempotency-Key", "history-call-1-key"}});
        QVERIFY2(call.status == 201, call.body.constData());

        MainWindow window(m_console.core.get(), &m_language);
        window.show();
        window.openAccount(1); // 张伟: locked after failed sign-ins
        auto *lock = child<QLabel>(window, "lockState");
        QTRY_VERIFY_WITH_TIMEOUT(lock->text().startsWith(QStringLiteral("已锁定")), 10000);
        const QJsonObject account = m_supervisor->get(QStringLiteral("/api/v1/accounts/1")).json;
        QVERIFY(lock->text().contains(account.value(QStringLiteral("lockReason")).toString()));

        // Failures highlighted: exactly the failed attempts the server reports.
        auto *logins = child<QTableView>(window, "loginAttempts")->model();
        const QJsonArray attempts = account.value(QStringLiteral("recentLogins")).toArray();
        QCOMPARE(logins->rowCount(), attempts.size());
        int failures = 0;
        for (int row = 0; row < attempts.size(); ++row) {
            const bool failed
                = !attempts.at(row).toObject().value(QStringLiteral("success")).toBool();
            failures += failed;
            QCOMPARE(logins->index(row, 0).data(RecordTableModel::FlaggedRole).toBool(), failed);
            QCOMPARE(logins->index(row, 0).data(RowTint::Role).value<RowTint::Tint>(),
                failed ? RowTint::Tint::Alert : RowTint::Tint::None);
        }
        QVERIFY(failures >= 5);
        QCOMPARE(child<QTableView>(window, "devices")->model()->rowCount(),
            account.value(QStringLiteral("devices")).toArray().size());

        // Cards: masked as the server sends them, never more.
        auto *cards = child<QTableView>(window, "cards")->model();
        const QJsonArray serverCards = account.value(QStringLiteral("cards")).toArray();
        QCOMPARE(cards->rowCount(), serverCards.size());
        for (int row = 0; row < cards->rowCount(); ++row) {
            QCOMPARE(cards->index(row, 1).data().toString(),
                serverCards.at(row).toObject().value(QStringLiteral("maskedNumber")).toString());
            QVERIFY(cards->index(row, 1).data().toString().contains(QStringLiteral("****")));
        }

        // History of account 3: the complaint and the call made above.
        window.openAccount(3);
        auto *complaints = child<QTableView>(window, "accountComplaints")->model();
        auto *calls = child<QTableView>(window, "previousCalls")->model();
        QTRY_VERIFY_WITH_TIMEOUT(calls->rowCount() == 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(complaints->rowCount() >= 1, 10000);
        const qint64 complaintId = complaint.json.value(QStringLiteral("id")).toInteger();
        QVERIFY(column(complaints, 0).contains(QString::number(complaintId))
            || column(complaints, 0).contains(QStringLiteral("#%1").arg(complaintId)));
        QCOMPARE(calls->index(0, 2).data().toString(), QStringLiteral("咨询"));
        for (int row = 0; row < complaints->rowCount(); ++row) {
            if (complaints->index(row, 0).data().toLongLong() == complaintId)
                QCOMPARE(complaints->index(row, 1).data().toString(),
                    QStringLiteral("费用争议")); // the name, not the code
        }
        QVERIFY(calls->index(0, 4).data().toString().contains(QStringLiteral("冻结原因")));
    }

    void guideFilledWithLiveData()
    {
        MainWindow window(m_console.core.get(), &m_language);
        window.show();
        window.takeCall(QStringLiteral("+8613900139000"));
        QTRY_COMPARE_WITH_TIMEOUT(window.candidates()->rowCount(), 1, 10000);
        window.openAccount(2);
        CallGuidePanel *guide = window.guide();
        guide->setKind(CallGuide::Kind::WithdrawalNotArrived);
        auto *steps = child<QListWidget>(window, "guideSteps");

        // The pending withdrawal's expected day is the server's holiday-aware one.
        const QJsonArray withdrawals = allTransactions(2, QStringLiteral("type=withdrawal"));
        QJsonObject pending;
        for (const auto &w : withdrawals) {
            if (w.toObject().value(QStringLiteral("status")).toString() == QLatin1String("pending"))
                pending = w.toObject();
        }
        const QString expected = pending.value(QStringLiteral("expectedArrival")).toString();
        QVERIFY(!expected.isEmpty());
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < steps->count(); ++i) {
                    if (steps->item(i)->text().contains(
                            pending.value(QStringLiteral("orderNumber")).toString())) {
                        row = i;
                        return true;
                    }
                }
                return false;
            }(),
            10000);
        const QString text = steps->item(row)->text();
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(text.contains(pending.value(QStringLiteral("bankName")).toString()));
        QVERIFY(text.contains(pending.value(QStringLiteral("maskedCard")).toString()));
        const bool late = QDate::fromString(expected, Qt::ISODate)
            < WorkingCalendar::localDate(QDateTime::currentDateTimeUtc());
        QCOMPARE(text.contains(QStringLiteral("现已逾期")), late);

        // Space ticks the step and the step goes into the notes.
        steps->setFocus();
        steps->setCurrentRow(row);
        QTest::keyClick(steps, Qt::Key_Space);
        QCOMPARE(steps->item(row)->checkState(), Qt::Checked);
        const QString notes = child<QPlainTextEdit>(window, "notes")->toPlainText();
        QVERIFY2(notes.contains(QStringLiteral("✓ "))
                && notes.contains(pending.value(QStringLiteral("orderNumber")).toString()),
            qPrintable(notes));

        // A payment problem on 张伟: the failed-but-debited payment with its reversal day, and the
        // double charge.
        window.openAccount(1);
        guide->setKind(CallGuide::Kind::PaymentProblem);
        const QJsonObject failed
            = m_supervisor->get(QStringLiteral("/api/v1/transactions/P7000001")).json;
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(guide->steps().cbegin(), guide->steps().cend(),
                [&](const CallGuide::Step &s) {
                    return s.text.contains(QStringLiteral("P7000001"))
                        && s.text.contains(failed.value(QStringLiteral("reversalDue")).toString());
                }),
            10000);
        QVERIFY(std::any_of(
            guide->steps().cbegin(), guide->steps().cend(), [](const CallGuide::Step &s) {
                return s.text.contains(QStringLiteral("P7000003"))
                    && s.text.contains(QStringLiteral("P7000002")) && s.attention;
            }));
        // The caller is not verified yet: the first step says so.
        QVERIFY(guide->steps().first().attention);
        m_console.core->call()->end(QStringLiteral("dropped"));
    }

    void twoFactorResetWaitsForApprovalAndShowsTheOutcome()
    {
        MainWindow window(m_console.core.get(), &m_language);
        window.show();
        takeVerifiedCall(window, QStringLiteral("13800138000"), 1);
        ReasonPrompt::setNextAnswer(QStringLiteral("客户换了手机，收不到验证码"));
        auto *reset = child<QPushButton>(window, "twoFactorReset");
        QTRY_VERIFY(reset->isEnabled());
        reset->click();
        auto *requests = child<QLabel>(window, "callRequests");
        QTRY_VERIFY_WITH_TIMEOUT(requests->text().contains(QStringLiteral("等待组长审批")), 10000);
        QVERIFY(requests->isVisibleTo(&window));

        qint64 id = 0;
        for (const auto &a :
            m_supervisor->get(QStringLiteral("/api/v1/approvals?status=pending_approval"))
                .items()) {
            const QJsonObject action = a.toObject().value(QStringLiteral("action")).toObject();
            if (action.value(QStringLiteral("callId")).toString()
                == m_console.core->call()->callId())
                id = action.value(QStringLiteral("id")).toInteger();
        }
        QVERIFY(id > 0);
        QCOMPARE(m_supervisor
                     ->post(QStringLiteral("/api/v1/approvals/%1/approve").arg(id),
                         {{QStringLiteral("reason"), QStringLiteral("已电话回访确认")}})
                     .status,
            200);
        // The changes feed brings the decision to the agent's call panel.
        QTRY_VERIFY_WITH_TIMEOUT(requests->text().contains(QStringLiteral("组长已批准")), 15000);
        QVERIFY(!requests->text().contains(QStringLiteral("等待组长审批")));
        m_console.core->call()->end(QStringLiteral("dropped"));
    }

    void orderSearchAndDateRange()
    {
        MainWindow window(m_console.core.get(), &m_language);
        window.show();
        window.openAccount(1);
        QTRY_VERIFY_WITH_TIMEOUT(window.transactions()->rowCount() > 0, 10000);
        auto *order = child<QLineEdit>(window, "orderSearch");
        auto *detail = child<QLabel>(window, "transactionDetail");
        auto *view = child<QTableView>(window, "transactions");
        order->setText(QStringLiteral("P7000002"));
        QTest::keyClick(order, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(detail->text().contains(QStringLiteral("P7000002")), 10000);
        QCOMPARE(window.transactions()
                     ->at(view->selectionModel()->selectedRows().first().row())
                     .orderNumber,
            QStringLiteral("P7000002"));
        order->setText(QStringLiteral("W7000004")); // 李娜's
        QTest::keyClick(order, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(detail->text().contains(QStringLiteral("属于其他账户")), 10000);
        order->setText(QStringLiteral("P9999999"));
        QTest::keyClick(order, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(detail->text().contains(QStringLiteral("没有订单号")), 10000);

        // From the day of the middle transaction on: the rows the server has for that range.
        // (A generated account: the showcase ones have only a few rows.)
        window.openAccount(10);
        const QJsonArray all = allTransactions(10, {});
        QVERIFY(all.size() >= 4);
        const QDate from = WorkingCalendar::localDate(QDateTime::fromString(
            all.at(all.size() / 2).toObject().value(QStringLiteral("createdAt")).toString(),
            Qt::ISODate));
        const QJsonArray inRange
            = allTransactions(10, QStringLiteral("from=") + from.toString(Qt::ISODate));
        auto *fromEdit = child<QDateEdit>(window, "fromDate");
        fromEdit->setDate(from);
        QTRY_COMPARE_WITH_TIMEOUT(window.transactions()->rowCount(), int(inRange.size()), 10000);
        for (int row = 0; row < window.transactions()->rowCount(); ++row)
            QVERIFY(WorkingCalendar::localDate(window.transactions()->at(row).createdAt) >= from);
        QCOMPARE(window.findChild<TransactionsTab *>()->filter().from, std::optional<QDate>(from));
    }

    void csvExportOfTheFilteredRows()
    {
        MainWindow window(m_console.core.get(), &m_language);
        window.show();
        window.openAccount(1);
        auto *tab = window.findChild<TransactionsTab *>();
        auto *type = child<QComboBox>(window, "typeFilter");
        type->setCurrentIndex(type->findData(QStringLiteral("payment")));
        Q_EMIT type->activated(type->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT(window.transactions()->rowCount() > 0, 10000);
        const QJsonArray payments = allTransactions(1, QStringLiteral("type=payment"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("payments.csv"));
        QSignalSpy finished(tab, &TransactionsTab::exportFinished);
        tab->exportTo(path);
        QVERIFY(!child<QWidget>(window, "exportProgress")->isHidden());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(child<QWidget>(window, "exportProgress")->isHidden());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines
            = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), payments.size() + 1);
        QVERIFY(lines.first().startsWith(QStringLiteral("时间,订单号")));
        QStringList orders;
        for (int i = 1; i < lines.size(); ++i)
            orders << lines.at(i).section(QLatin1Char(','), 1, 1);
        for (const auto &p : payments)
            QVERIFY(orders.contains(p.toObject().value(QStringLiteral("orderNumber")).toString()));
        QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("259.00")));
        // The export itself is in the audit log, with how many rows left as a
        // file. The console reports it without waiting for the answer, so
        // the row may arrive a moment after the file is written.
        const auto exportsInAudit = [this] {
            const auto audit = m_supervisor->get(
                QStringLiteral("/api/v1/audit?action=account.export&accountId=1&limit=20"));
            QStringList exports;
            for (const auto &e : audit.items())
                exports << e.toObject().value(QStringLiteral("detail")).toString();
            return exports;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(
            exportsInAudit().contains(QStringLiteral("%1 rows").arg(payments.size())),
            qPrintable(exportsInAudit().join(QLatin1Char('|'))), 10000);

        // A path that cannot be written: a clear message, nothing else touched.
        finished.clear();
        tab->exportTo(dir.filePath(QStringLiteral("no/such/folder/x.csv")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("无法写入")));

        // Cancelled: no file, the old one stays as it was.
        finished.clear();
        tab->exportTo(path + QStringLiteral(".2"));
        child<QPushButton>(window, "cancelExport")->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!QFile::exists(path + QStringLiteral(".2")));
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("payments.csv")});
    }

    void everyControlHasAnAccessibleName()
    {
        MainWindow window(m_console.core.get(), &m_language);
        window.show();
        takeVerifiedCall(window, QStringLiteral("13900139000"), 2);
        auto *tabs = child<QTabWidget>(window, "accountTabs");
        QStringList unnamed;
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QVERIFY(tabs->widget(t)->isVisible()); // shown at once: nothing to wait for
            unnamed += unnamedControls(&window);
        }
        // The dialogs of the call, too.
        const ReferenceData reference = m_console.core->referenceData();
        ComplaintDialog complaint(reference, Language::Chinese);
        complaint.show();
        unnamed += unnamedControls(&complaint);
        WrapUpDialog wrapUp(reference, Language::Chinese, std::nullopt);
        wrapUp.show();
        unnamed += unnamedControls(&wrapUp);
        SignInDialog signIn(m_console.core->session(), m_server.baseUrl());
        signIn.show();
        unnamed += unnamedControls(&signIn);
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        m_console.core->call()->end(QStringLiteral("dropped"));
    }

    void wholeCallWithoutTheMouse()
    {
        MainWindow window(m_console.core.get(), &m_language);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto key = [](Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
            QWidget *target = QApplication::focusWidget();
            QVERIFY2(target,
                qPrintable(QStringLiteral("nothing has the keyboard focus for key %1")
                               .arg(QKeySequence(int(k) | int(mods)).toString())));
            QTest::keyClick(target, k, mods);
        };
        const auto type
            = [](const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); };

        // The telephony system pops the call; the agent searches with Ctrl+K like any other time.
        window.takeCall(QStringLiteral("+8613800138000"));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.findChild<QTableView *>(QStringLiteral("candidates"))->hasFocus(), 10000);
        key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_console.core->call()->accountId().value_or(0), qint64(1), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(window, "sendCode")->isEnabled(), 10000);

        key(Qt::Key_C, Qt::AltModifier); // send the code
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(window, "verificationAnswer")->hasFocus(), 10000);
        type(m_server.lastSmsCode(QStringLiteral("13800138000")));
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_console.core->call()->isVerified(), 10000);

        // The guide: Alt+R to the reason, arrows to pick, Tab into the list, Space to tick.
        key(Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(child<QComboBox>(window, "callKind")->hasFocus());
        QCOMPARE(window.guide()->kind(), CallGuide::Kind::CannotSignIn);
        key(Qt::Key_Tab);
        QTRY_VERIFY(child<QListWidget>(window, "guideSteps")->hasFocus());
        key(Qt::Key_Down);
        key(Qt::Key_Down);
        key(Qt::Key_Space);
        QTRY_VERIFY(m_console.core->call()->notes().contains(QStringLiteral("✓ ")));

        // Unlock: Alt+U, the reason typed into the prompt, Enter.
        key(Qt::Key_U, Qt::AltModifier);
        QInputDialog *prompt = nullptr;
        QTRY_VERIFY(
            (prompt = window.findChild<QInputDialog *>()) != nullptr && prompt->isVisible());
        QTRY_VERIFY(
            QApplication::focusWidget() && prompt->isAncestorOf(QApplication::focusWidget()));
        type(QStringLiteral("Caller verified by SMS, asked to unlock"));
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(window, "callRequests")->text().contains(QStringLiteral("解锁：已完成")),
            10000);
        // (Offscreen has no window manager to hand activation back after a dialog.)
        const auto backToWindow = [&] {
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
        };
        backToWindow();
        QTRY_COMPARE_WITH_TIMEOUT(m_supervisor->get(QStringLiteral("/api/v1/accounts/1"))
                                      .json.value(QStringLiteral("status"))
                                      .toString(),
            QStringLiteral("active"), 10000);

        // The complaint form: Alt+M, Alt+W to the description, Tab on, Enter.
        key(Qt::Key_M, Qt::AltModifier);
        ComplaintDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = window.findChild<ComplaintDialog *>()) != nullptr && dialog->isVisible());
        QTRY_VERIFY(
            QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
        key(Qt::Key_W, Qt::AltModifier); // "what happened"
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("description"));
        type(QStringLiteral("Keyboard-only call: locked after five wrong passwords"));
        key(Qt::Key_Tab);
        type(QStringLiteral("Explain the lock"));
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_console.core->sync()->unsentCount(), 0, 15000);
        backToWindow();

        // Wrap-up: Alt+E, a code by arrow keys, Enter.
        key(Qt::Key_E, Qt::AltModifier);
        WrapUpDialog *wrapUp = nullptr;
        QTRY_VERIFY(
            (wrapUp = window.findChild<WrapUpDialog *>()) != nullptr && wrapUp->isVisible());
        QTRY_VERIFY(
            QApplication::focusWidget() && wrapUp->isAncestorOf(QApplication::focusWidget()));
        key(Qt::Key_Down);
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_console.core->call()->isActive(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_console.core->sync()->unsentCount(), 0, 15000);

        // On the server: the complaint and the call record with the ticked step and the unlock.
        bool complaintFound = false;
        for (const auto &c :
            m_supervisor->get(QStringLiteral("/api/v1/complaints?accountId=1&limit=200")).items())
            complaintFound |= c.toObject()
                                  .value(QStringLiteral("description"))
                                  .toString()
                                  .startsWith(QStringLiteral("Keyboard-only call"));
        QVERIFY(complaintFound);
        const QJsonObject call = m_supervisor->get(QStringLiteral("/api/v1/calls?accountId=1"))
                                     .items()
                                     .first()
                                     .toObject();
        const QString notes = call.value(QStringLiteral("notes")).toString();
        QVERIFY2(notes.contains(QStringLiteral("✓ ")) && notes.contains(QStringLiteral("解锁")),
            qPrintable(notes));
        QVERIFY(!call.value(QStringLiteral("wrapUpCode")).toString().isEmpty());
    }
};

QTEST_MAIN(TestAgentWorkspace)
#include "tst_agentworkspace.moc"
