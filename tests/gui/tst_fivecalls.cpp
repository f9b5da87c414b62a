// The seed's five calls, each handled from the screen pop to the wrap-up by
// key events only, as an agent would, counting every key pressed (what is
// typed into a text field is not counted). The counts are the goal of
// issue #13 (at most 12 a call, 50 for the five): a change that adds a key
// to any of these paths fails here.
#include "CallSession.h"
#include "ComplaintDialog.h"
#include "ConsoleCore.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "SyncEngine.h"
#include "TransactionListModel.h"
#include "WrapUpDialog.h"

#include "ApiCaller.h"
#include "ConsoleHarness.h"
#include "TestServer.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace WalletDesk;

class TestFiveCalls : public QObject
{
    Q_OBJECT

    TestServer m_server;
    ConsoleHarness m_console;
    LanguageSwitch m_language;
    std::unique_ptr<ApiCaller> m_supervisor;
    std::unique_ptr<MainWindow> m_window;
    int m_keys = 0;
    int m_total = 0;

    CallSession *call() const { return m_console.core->call(); }

    // One key, to whatever has the focus, counted.
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY2(target,
            qPrintable(QStringLiteral("nothing has the focus for %1")
                           .arg(QKeySequence(int(k) | int(mods)).toString())));
        QTest::keyClick(target, k, mods);
        ++m_keys;
    }

    // Free text: not counted (an input method may put Chinese in).
    void type(const QString &text)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        if (auto *line = qobject_cast<QLineEdit *>(target))
            line->insert(text);
        else if (auto *edit = qobject_cast<QPlainTextEdit *>(target))
            edit->insertPlainText(text);
        else
            QFAIL("no text field has the focus");
    }

    // Offscreen has no window manager to give the window its activation
    // back after a dialog; a desktop does that by itself (no key).
    void backToWindow()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    template<typename T> T *dialog()
    {
        T *found = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    for (T *d : m_window->findChildren<T *>()) {
                        if (d->isVisible() && QApplication::focusWidget()
                            && d->isAncestorOf(QApplication::focusWidget()))
                            found = d;
                    }
                    return found != nullptr;
                },
                5000))
            qWarning("no dialog with the focus");
        return found;
    }

    void pop(const QString &number, qint64 accountId)
    {
        m_keys = 0;
        backToWindow();
        m_window->takeCall(number);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->findChild<QTableView *>(QStringLiteral("candidates"))->hasFocus(), 10000);
        key(Qt::Key_Return); // the one candidate
        QTRY_COMPARE_WITH_TIMEOUT(call()->accountId().value_or(0), accountId, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->findChild<QPushButton *>(QStringLiteral("sendCode"))->isEnabled(), 10000);
    }

    void verifyBySms(const QString &phone)
    {
        key(Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->findChild<QLineEdit *>(QStringLiteral("verificationAnswer"))->hasFocus(),
            10000);
        // The field tells a screen reader where the code went.
        QVERIFY(!QApplication::focusWidget()->accessibleDescription().isEmpty());
        type(m_server.lastSmsCode(phone));
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(call()->isVerified(), 10000);
    }

    // An action that asks why: the reason typed, Enter.
    void giveReason(const QString &reason)
    {
        QInputDialog *prompt = dialog<QInputDialog>();
        QVERIFY(prompt);
        type(reason);
        key(Qt::Key_Return);
        QTRY_VERIFY(!prompt->isVisible());
    }

    void wrapUp(const QString &expectedCode)
    {
        backToWindow();
        key(Qt::Key_E, Qt::AltModifier);
        WrapUpDialog *wrap = dialog<WrapUpDialog>();
        QVERIFY(wrap);
        QCOMPARE(wrap->wrapUpCode(), expectedCode);
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!call()->isActive(), 5000);
    }

    void counted(int expected)
    {
        qInfo("%d keys", m_keys);
        QCOMPARE(m_keys, expected);
        QVERIFY(m_keys <= 12);
        m_total += m_keys;
    }

    QTableView *log() const
    {
        return m_window->findChild<QTableView *>(QStringLiteral("transactions"));
    }

    QString selectedOrder() const
    {
        const auto rows = log()->selectionModel()->selectedRows();
        return rows.isEmpty() ? QString()
                              : m_window->transactions()->at(rows.first().row()).orderNumber;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare({50, 800, {}}), qPrintable(m_server.errorString()));
        QVERIFY(m_server.start());
        QVERIFY(m_console.create(m_server.port(), m_server.caFile()));
        QVERIFY(m_console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        QVERIFY(m_language.setLanguage(Language::Chinese));
        QTRY_VERIFY_WITH_TIMEOUT(m_console.core->referenceData().categories.size() > 0, 15000);
        m_supervisor = std::make_unique<ApiCaller>(m_server.baseUrl(), m_server.caCertificates());
        QCOMPARE(
            m_supervisor->signIn(QStringLiteral("super01"), QStringLiteral("super01-demo")).status,
            200);
        m_window = std::make_unique<MainWindow>(m_console.core.get(), &m_language);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // 1. 张伟 cannot sign in: locked after five wrong passwords. Verify, unlock.
    void lockedOut()
    {
        pop(QStringLiteral("+8613800138000"), 1);
        verifyBySms(QStringLiteral("13800138000"));
        key(Qt::Key_U, Qt::AltModifier);
        giveReason(QStringLiteral("本人来电，已验证，要求解锁"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QLabel *>(QStringLiteral("callRequests"))
                                     ->text()
                                     .contains(QStringLiteral("解锁：已完成")),
            10000);
        wrapUp(QStringLiteral("resolved_first_call"));
        counted(7);
    }

    // 2. 张伟 again: a payment failed but the money was taken. Alt+T lands
    // on it; the complaint's category follows; Ctrl+Enter queues it.
    void failedButDebited()
    {
        pop(QStringLiteral("+8613800138000"), 1);
        verifyBySms(QStringLiteral("13800138000"));
        key(Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            log()->hasFocus() && selectedOrder() == QLatin1String("P7000001"), 10000);
        key(Qt::Key_M, Qt::AltModifier);
        ComplaintDialog *complaint = dialog<ComplaintDialog>();
        QVERIFY(complaint);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("description"));
        QCOMPARE(complaint->draft().categoryCode, QStringLiteral("payment_failed_debited"));
        type(QStringLiteral("扣款后订单失败，客户要求退回"));
        key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!complaint->isVisible(), 5000);
        wrapUp(QStringLiteral("complaint_logged"));
        counted(8);
    }

    // 3. 张伟: the same coffee charged twice. One row down from the first
    // exception is the repeat; a refund request for it.
    void chargedTwice()
    {
        pop(QStringLiteral("+8613800138000"), 1);
        verifyBySms(QStringLiteral("13800138000"));
        key(Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(log()->hasFocus() && !selectedOrder().isEmpty(), 10000);
        key(Qt::Key_Down);
        QCOMPARE(selectedOrder(), QStringLiteral("P7000003"));
        key(Qt::Key_F, Qt::AltModifier);
        giveReason(QStringLiteral("同一笔消费扣了两次"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QLabel *>(QStringLiteral("callRequests"))
                                     ->text()
                                     .contains(QStringLiteral("退款")),
            10000);
        wrapUp(QStringLiteral("resolved_first_call"));
        counted(9);
    }

    // 4. 李娜: where is my withdrawal? Verify; the log opens on what is
    // stuck; the guide says when it arrives.
    void withdrawalNotArrived()
    {
        pop(QStringLiteral("+8613900139000"), 2);
        verifyBySms(QStringLiteral("13900139000"));
        key(Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(log()->hasFocus() && !selectedOrder().isEmpty(), 10000);
        QVERIFY(m_window->transactions()->exceptionAt(
                    log()->selectionModel()->selectedRows().first().row())
            != TransactionListModel::Exception::None);
        wrapUp(QStringLiteral("resolved_first_call"));
        counted(6);
    }

    // 5. 王芳: frozen, and a transfer she says she did not make. Verified by
    // her security question; an investigation of the transfer.
    void transferNotMine()
    {
        pop(QStringLiteral("+8613700137000"), 3);
        key(Qt::Key_Q, Qt::AltModifier);
        auto *answer = m_window->findChild<QLineEdit *>(QStringLiteral("verificationAnswer"));
        QTRY_VERIFY_WITH_TIMEOUT(answer->hasFocus(), 10000);
        // The question is the answer field's description.
        QVERIFY2(answer->accessibleDescription().contains(QStringLiteral("您第一只宠物的名字是？")),
            qPrintable(answer->accessibleDescription()));
        type(QStringLiteral("旺财"));
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(call()->isVerified(), 10000);
        key(Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            log()->hasFocus() && selectedOrder() == QLatin1String("T7000007"), 10000);
        key(Qt::Key_I, Qt::AltModifier);
        giveReason(QStringLiteral("客户称未进行此笔转账"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QLabel *>(QStringLiteral("callRequests"))
                                     ->text()
                                     .contains(QStringLiteral("调查")),
            10000);
        wrapUp(QStringLiteral("resolved_first_call"));
        counted(8);
    }

    // The complaint form's own keys: severities in order, a category found
    // by typing part of its name, no two fields on one mnemonic.
    void complaintFormByKeys()
    {
        ComplaintDialog dialog(m_console.core->referenceData(), Language::Chinese, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *severity = dialog.findChildren<QComboBox *>().at(2);
        QStringList severities;
        for (int i = 0; i < severity->count(); ++i)
            severities << severity->itemText(i);
        QCOMPARE(severities.join(QLatin1Char(' ')), QStringLiteral("低 中 高 紧急"));
        QCOMPARE(severity->currentText(), QStringLiteral("中"));
        auto *category = dialog.findChild<QComboBox *>(QStringLiteral("category"));
        category->setFocus();
        category->lineEdit()->selectAll();
        category->lineEdit()->insert(QStringLiteral("重复"));
        QTRY_VERIFY(category->completer()->popup()->isVisible());
        QCOMPARE(category->completer()->completionCount(), 1);
        QTest::keyClick(category->completer()->popup(), Qt::Key_Down);
        QTest::keyClick(category->completer()->popup(), Qt::Key_Return);
        QTRY_COMPARE(dialog.draft().categoryCode, QStringLiteral("duplicate_charge"));
        QSet<QChar> mnemonics;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            const int amp = label->text().indexOf(QLatin1Char('&'));
            if (amp < 0 || amp + 1 >= label->text().size())
                continue;
            const QChar letter = label->text().at(amp + 1).toUpper();
            QVERIFY2(!mnemonics.contains(letter), qPrintable(label->text()));
            mnemonics.insert(letter);
        }
        QVERIFY(mnemonics.size() >= 5);
    }

    void fiveCallsInAll()
    {
        qInfo("%d keys for the five calls", m_total);
        QCOMPARE(m_total, 38);
        QVERIFY(m_total <= 50);
        // Every call reached the server, with its record.
        QTRY_COMPARE_WITH_TIMEOUT(m_console.core->sync()->unsentCount(), 0, 15000);
        int records = 0;
        for (const char *account : {"1", "2", "3"})
            records += int(
                m_supervisor
                    ->get(QStringLiteral("/api/v1/calls?accountId=") + QLatin1String(account))
                    .items()
                    .size());
        QCOMPARE(records, 5);
    }
};

QTEST_MAIN(TestFiveCalls)
#include "tst_fivecalls.moc"
