// The agent's window against the real server, offscreen: sign in by
// keyboard, a screen pop, the account opened with Enter, the language
// switched at runtime; and `walletdesk --call` handing its call to the
// running console.
#include "AccountSearchModel.h"
#include "CallSession.h"
#include "CallerNumberIndex.h"
#include "ConsoleCore.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "Session.h"
#include "SignInDialog.h"
#include "SingleInstance.h"
#include "TestServer.h"
#include "TransactionListModel.h"

#include "ApiCaller.h"
#include "CallbackDialog.h"
#include "CallbackService.h"
#include "CallbacksView.h"
#include "ComplaintDialog.h"
#include "DraftStore.h"
#include "ReasonPrompt.h"
#include "RecordCache.h"
#include "StoreFile.h"
#include "SyncEngine.h"
#include "WorkingCalendar.h"
#include "WrapUpDialog.h"

#include "IdleLock.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace WalletDesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleCore> m_core;
    LanguageSwitch m_language;
    quint16 m_port = 0;

    template<typename T> T *child(QWidget &w, const char *name)
    {
        return w.findChild<T *>(QString::fromLatin1(name));
    }

    QString field(MainWindow &w, int i)
    {
        return w.findChild<QLabel *>(QStringLiteral("field%1").arg(i))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare({50, 500, {}}), qPrintable(m_server.errorString()));
        m_port = TestServer::freePort();
        QVERIFY(m_server.start({}, m_port));
        ConsoleSettings settings;
        settings.serverUrl = QUrl(m_server.baseUrl());
        settings.caFile = m_server.caFile();
        m_core = std::make_unique<ConsoleCore>(settings);
        m_core->setStorePathOverride(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY(m_core->init(&error));
        QVERIFY(m_language.setLanguage(Language::Chinese));
    }

    // Every test starts with a free line: calls a test left live, held or
    // queued are wrapped up as dropped.
    void cleanup()
    {
        CallSession *call = m_core->call();
        do {
            if (call->isActive())
                QVERIFY(call->end(QStringLiteral("dropped")));
        } while (call->switchToNext());
    }

    void signInByKeyboard()
    {
        SignInDialog dialog(m_core->session(), m_server.baseUrl());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("登录 WalletDesk"));
        auto edits = dialog.findChildren<QLineEdit *>();
        QTest::keyClicks(edits.at(0), QStringLiteral("agent01"));
        QTest::keyClick(edits.at(0), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("wrong"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.message(), QStringLiteral("用户名或密码错误。"), 10000);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("agent01-demo"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_core->session()->state(), Session::State::SignedIn, 10000);
        QVERIFY(!dialog.isVisible());
    }

    void screenPopAndOpenWithEnter()
    {
        MainWindow window(m_core.get(), &m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.takeCall(QStringLiteral("+8613800138000"));
        QTRY_COMPARE_WITH_TIMEOUT(window.candidates()->rowCount(), 1, 10000);
        auto *candidates = window.findChild<QTableView *>(QStringLiteral("candidates"));
        QTRY_VERIFY(candidates->hasFocus());
        QTest::keyClick(candidates, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(field(window, 1), QStringLiteral("138****8000"), 10000);
        QCOMPARE(field(window, 3), QStringLiteral("已锁定"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("accountHeader"))
                    ->text()
                    .contains(QStringLiteral("已锁定")));
        QTRY_VERIFY_WITH_TIMEOUT(window.transactions()->rowCount() > 0, 10000);
        QCOMPARE(m_core->call()->accountId().value_or(0), qint64(1));

        // Ctrl+K: search from anywhere.
        QTest::keyClick(candidates, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(window.findChild<QLineEdit *>(QStringLiteral("search"))->hasFocus());

        // The language at runtime.
        m_language.setLanguage(Language::English);
        // (Qt posts LanguageChange to the windows.)
        QTRY_COMPARE(field(window, 3), QStringLiteral("Locked"));
        QCOMPARE(window.findChild<QTabWidget *>()->tabText(0), QStringLiteral("&Overview"));
        m_language.setLanguage(Language::Chinese);
        QTRY_COMPARE(window.findChild<QTabWidget *>()->tabText(0), QStringLiteral("概览(&O)"));
        // Every control says what it is.
        QVERIFY(
            !window.findChild<QLineEdit *>(QStringLiteral("search"))->accessibleName().isEmpty());
        QVERIFY(!candidates->accessibleName().isEmpty());
    }

    void wholeCall()
    {
        MainWindow window(m_core.get(), &m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_core->recordCache()->reference().has_value(), 15000); // pickers need the lists
        window.takeCall(QStringLiteral("+8613800138000"));
        QTRY_COMPARE_WITH_TIMEOUT(window.candidates()->rowCount(), 1, 10000);
        QTest::keyClick(child<QTableView>(window, "candidates"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(field(window, 3), QStringLiteral("已锁定"), 10000);
        const QModelIndex candidateStatus
            = window.candidates()->index(0, AccountSearchModel::Status);
        QCOMPARE(candidateStatus.data().toString(), QStringLiteral("已锁定"));

        // Nothing logged yet: the wrap-up suggests "solved on this call".
        QTest::mouseClick(child<QPushButton>(window, "endCall"), Qt::LeftButton);
        WrapUpDialog *early = nullptr;
        QTRY_VERIFY((early = window.findChild<WrapUpDialog *>()) != nullptr);
        QCOMPARE(early->wrapUpCode(), QStringLiteral("resolved_first_call"));
        early->reject();
        QTRY_VERIFY(!window.findChild<WrapUpDialog *>());
        QVERIFY(m_core->call()->isActive());

        // Sensitive actions wait for a verified caller, and say so.
        auto *unlock = child<QPushButton>(window, "unlock");
        QVERIFY(!unlock->isEnabled());
        QCOMPARE(unlock->toolTip(), QStringLiteral("请先验证来电人身份。"));

        QTest::mouseClick(child<QPushButton>(window, "sendCode"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLineEdit>(window, "verificationAnswer")->isEnabled(), 10000);
        const QString code = m_server.lastSmsCode(QStringLiteral("13800138000"));
        QCOMPARE(code.size(), 6);
        QTest::keyClicks(child<QLineEdit>(window, "verificationAnswer"), code);
        QTest::keyClick(child<QLineEdit>(window, "verificationAnswer"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(window, "verificationState")->text().startsWith(QStringLiteral("已验证")),
            10000);
        QTRY_VERIFY(unlock->isEnabled());

        ReasonPrompt::setNextAnswer(QStringLiteral("客户本人来电，已核实"));
        QTest::mouseClick(unlock, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(field(window, 3), QStringLiteral("正常"), 10000);
        // The candidate row says what the header says.
        QVERIFY(child<QLabel>(window, "accountHeader")->text().endsWith(QStringLiteral("正常")));
        QCOMPARE(candidateStatus.data().toString(), QStringLiteral("正常"));
        QCOMPARE(child<QTableView>(window, "candidates")
                     ->model()
                     ->index(0, AccountSearchModel::Status)
                     .data(Qt::AccessibleTextRole)
                     .toString(),
            QStringLiteral("正常"));

        // A complaint on the failed-but-debited payment, picked in the log.
        QTRY_VERIFY_WITH_TIMEOUT(window.transactions()->rowCount() > 0, 10000);
        auto *log = child<QTableView>(window, "transactions");
        for (int row = 0; row < window.transactions()->rowCount(); ++row) {
            if (window.transactions()->at(row).orderNumber == QLatin1String("P7000001"))
                log->selectRow(row);
        }
        QTest::mouseClick(child<QPushButton>(window, "logComplaint"), Qt::LeftButton);
        ComplaintDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ComplaintDialog *>()) != nullptr);
        // (QTest types ASCII only; Chinese goes in as an input method would put it.)
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("description"))
            ->insertPlainText(QStringLiteral("整通来电测试：扣款后订单失败"));
        auto *category = dialog->findChild<QComboBox *>(QStringLiteral("category"));
        category->setCurrentIndex(category->findData(QStringLiteral("payment_failed_debited")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_core->sync()->unsentCount(), 0, 15000);

        QTest::mouseClick(child<QPushButton>(window, "endCall"), Qt::LeftButton);
        WrapUpDialog *wrapUp = nullptr;
        QTRY_VERIFY((wrapUp = window.findChild<WrapUpDialog *>()) != nullptr);
        // A complaint was logged: the complaint code is chosen already.
        auto *code2 = wrapUp->findChild<QComboBox *>(QStringLiteral("wrapUpCode"));
        QCOMPARE(code2->currentData().toString(), QStringLiteral("complaint_logged"));
        QCOMPARE(code2->currentText(), QStringLiteral("已登记投诉"));
        wrapUp->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_core->sync()->unsentCount(), 0, 15000);
        QVERIFY(!m_core->call()->isActive());

        // On the server: unlocked, the complaint with its transaction, the call record linked to
        // it.
        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        api.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo"));
        QCOMPARE(api.get(QStringLiteral("/api/v1/accounts/1"))
                     .json.value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("active"));
        qint64 complaintId = 0;
        for (const auto &c :
            api.get(QStringLiteral("/api/v1/complaints?accountId=1&limit=200")).items()) {
            const QJsonObject o = c.toObject();
            if (o.value(QStringLiteral("description")).toString()
                == QStringLiteral("整通来电测试：扣款后订单失败")) {
                complaintId = o.value(QStringLiteral("id")).toInteger();
                QCOMPARE(o.value(QStringLiteral("categoryCode")).toString(),
                    QStringLiteral("payment_failed_debited"));
                QCOMPARE(
                    o.value(QStringLiteral("transactionIds")).toArray().first().toInteger(), 1);
            }
        }
        QVERIFY(complaintId > 0);
        // (The earlier tests' calls on this account were wrapped up as dropped.)
        QList<QJsonObject> logged;
        for (const auto &c : api.get(QStringLiteral("/api/v1/calls?accountId=1")).items()) {
            if (c.toObject().value(QStringLiteral("wrapUpCode")).toString()
                != QStringLiteral("dropped"))
                logged.append(c.toObject());
        }
        QCOMPARE(logged.size(), 1);
        const QJsonObject call = logged.first();
        QCOMPARE(call.value(QStringLiteral("wrapUpCode")).toString(),
            QStringLiteral("complaint_logged"));
        QCOMPARE(call.value(QStringLiteral("complaintId")).toInteger(), complaintId);
        QVERIFY(call.value(QStringLiteral("notes"))
                    .toString()
                    .contains(QStringLiteral("解锁：已完成")));
        const auto audit
            = api.get(QStringLiteral("/api/v1/audit?accountId=1&action=action.unlock"));
        QCOMPARE(audit.items().first().toObject().value(QStringLiteral("reason")).toString(),
            QStringLiteral("客户本人来电，已核实"));
    }

    void offlineComplaintIsQueuedThenSent()
    {
        MainWindow window(m_core.get(), &m_language);
        window.show();
        window.takeCall(QStringLiteral("+8613900139000"));
        QTRY_COMPARE_WITH_TIMEOUT(window.candidates()->rowCount(), 1, 10000);
        QTest::keyClick(child<QTableView>(window, "candidates"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(field(window, 1), QStringLiteral("139****9000"), 10000);
        m_server.terminate();
        m_core->sync()->setBackoff(100, 500);
        m_core->sync()->kick();
        QTRY_COMPARE_WITH_TIMEOUT(m_core->sync()->state(), SyncEngine::State::Offline, 20000);
        // Offline: no verification, no actions, each saying why.
        QTRY_VERIFY(!child<QPushButton>(window, "sendCode")->isEnabled());
        QVERIFY(child<QPushButton>(window, "sendCode")->toolTip().contains(QStringLiteral("离线")));
        QTest::mouseClick(child<QPushButton>(window, "logComplaint"), Qt::LeftButton);
        ComplaintDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ComplaintDialog *>()) != nullptr);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("description"))
            ->insertPlainText(QStringLiteral("离线登记的投诉"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(child<QLabel>(window, "unsent")->text(), QStringLiteral("待发送 1"));
        QVERIFY(m_server.start({}, m_port));
        QTRY_COMPARE_WITH_TIMEOUT(
            child<QLabel>(window, "unsent")->text(), QStringLiteral("待发送 0"), 20000);
        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        api.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo"));
        bool found = false;
        for (const auto &c :
            api.get(QStringLiteral("/api/v1/complaints?accountId=2&limit=200")).items())
            found |= c.toObject().value(QStringLiteral("description")).toString()
                == QStringLiteral("离线登记的投诉");
        QVERIFY(found);
        m_core->call()->end(QStringLiteral("dropped"));

        // The caller rings again while the server is gone: the pop finds
        // her account by the number seen online, from the cache.
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_core->callerNumbers()->find(QStringLiteral("+8613900139000"), 1).isEmpty(), 10000);
        m_server.terminate();
        window.takeCall(QStringLiteral("+8613900139000"));
        QTRY_COMPARE_WITH_TIMEOUT(window.candidates()->rowCount(), 1, 20000);
        QCOMPARE(window.candidates()->index(0, 0).data(AccountSearchModel::IdRole).toLongLong(),
            qint64(2));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("缓存")));
        m_core->call()->end(QStringLiteral("dropped"));
        QVERIFY(m_server.start({}, m_port));
    }

    // Times are the call center's, named in the status bar, whatever the PC's
    // zone (this test runs with TZ=UTC); the zone is the reference data's.
    void callCenterZoneFromTheReferenceData()
    {
        MainWindow window(m_core.get(), &m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *clock = child<QLabel>(window, "zoneClock");
        QVERIFY(clock);
        const auto shows = [clock](const QString &zoneName, const QTimeZone &zone) {
            // The clock is read to the minute: either side of a minute's turn.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const QDateTime &at : {now, now.addSecs(-60)}) {
                if (clock->text()
                    == zoneName + QLatin1Char(' ') + at.toTimeZone(zone).toString(u"HH:mm"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY2(
            shows(QStringLiteral("北京时间"), QTimeZone(8 * 3600)), qPrintable(clock->text()));

        // An administrator moves the call center to Tokyo's zone: the console
        // learns it from the changes feed.
        ApiCaller admin(m_server.baseUrl(), m_server.caCertificates());
        QCOMPARE(
            admin.signIn(QStringLiteral("admin01"), QStringLiteral("admin01-demo")).status, 200);
        const auto setZone = [&admin](const QString &zone) {
            const auto current = admin.get(QStringLiteral("/api/v1/reference"));
            QJsonObject data = current.json;
            data.insert(QStringLiteral("timeZone"), zone);
            const QByteArray etag = current.headers.value("etag");
            return admin.put(QStringLiteral("/api/v1/reference"), data, {{"If-Match", etag}})
                .status;
        };
        QCOMPARE(setZone(QStringLiteral("Asia/Tokyo")), 200);
        m_core->sync()->kick();
        QTRY_VERIFY2_WITH_TIMEOUT(shows(QStringLiteral("Asia/Tokyo (UTC+09:00)"),
                                      QTimeZone(QByteArrayLiteral("Asia/Tokyo"))),
            qPrintable(clock->text()), 30000);
        QCOMPARE(WorkingCalendar::localDate(
                     QDateTime(QDate(2026, 11, 26), QTime(15, 30), QTimeZone::utc())),
            QDate(2026, 11, 27));

        QCOMPARE(setZone(QStringLiteral("Asia/Shanghai")), 200);
        m_core->sync()->kick();
        QTRY_VERIFY2_WITH_TIMEOUT(shows(QStringLiteral("北京时间"), QTimeZone(8 * 3600)),
            qPrintable(clock->text()), 30000);
    }

    void transactionFilterAndDetail()
    {
        MainWindow window(m_core.get(), &m_language);
        window.show();
        window.openAccount(2); // 李娜: a withdrawal in flight
        QTRY_VERIFY_WITH_TIMEOUT(window.transactions()->rowCount() > 1, 10000);
        auto *type = child<QComboBox>(window, "typeFilter");
        type->setFocus();
        for (int i = 0; i < 4; ++i) // All, payment, refund, top-up, withdrawal
            QTest::keyClick(type, Qt::Key_Down);
        QCOMPARE(type->currentData().toString(), QStringLiteral("withdrawal"));
        QTRY_VERIFY_WITH_TIMEOUT(window.transactions()->rowCount() >= 1
                && window.transactions()->at(0).type == TransactionType::Withdrawal,
            10000);
        for (int row = 0; row < window.transactions()->rowCount(); ++row)
            QCOMPARE(window.transactions()->at(row).type, TransactionType::Withdrawal);
        auto *view = child<QTableView>(window, "transactions");
        view->selectRow(0);
        const QString detail = child<QLabel>(window, "transactionDetail")->text();
        QVERIFY2(detail.contains(QStringLiteral("预计到账")), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("****")));
    }

    void lockedSessionKeepsTheDraft()
    {
        MainWindow window(m_core.get(), &m_language);
        window.show();
        window.takeCall(QStringLiteral("+8613800138000"));
        auto *notes = child<QPlainTextEdit>(window, "notes");
        notes->insertPlainText(QStringLiteral("客户说手机丢了"));
        m_core->idleLock()->setTimeoutSeconds(1);
        m_core->idleLock()->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_core->session()->state(), Session::State::Locked, 5000);
        QVERIFY(!window.centralWidget()->isEnabled());
        QInputDialog *prompt = nullptr;
        QTRY_VERIFY(
            (prompt = window.findChild<QInputDialog *>(QStringLiteral("unlockPrompt"))) != nullptr);
        QCOMPARE(
            m_core->drafts()->draft(m_core->call()->callId()), QStringLiteral("客户说手机丢了"));
        m_core->idleLock()->setTimeoutSeconds(300);
        prompt->setTextValue(QStringLiteral("agent01-demo"));
        prompt->accept();
        QTRY_COMPARE_WITH_TIMEOUT(m_core->session()->state(), Session::State::SignedIn, 10000);
        QVERIFY(window.centralWidget()->isEnabled());
        QCOMPARE(notes->toPlainText(), QStringLiteral("客户说手机丢了"));
        QVERIFY(m_core->call()->isActive());
        m_core->call()->end(QStringLiteral("dropped"));
    }

    void secondStartHandsOverTheCall()
    {
        const QString name
            = QStringLiteral("walletdesk-gui-test-%1").arg(QCoreApplication::applicationPid());
        SingleInstance running(name);
        QVERIFY(running.claim());
        QSignalSpy received(&running, &SingleInstance::callReceived);
        QProcess second;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WALLETDESK_INSTANCE"), name);
        second.setProcessEnvironment(env);
        second.start(qEnvironmentVariable("WALLETDESK_CONSOLE"),
            {QStringLiteral("--call"), QStringLiteral("+8613900139000")});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitCode(), 0);
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.first().at(0).toString(), QStringLiteral("+8613900139000"));
    }

    // The cache refuses the write (another program holds the file): the
    // complaint dialog stays open with everything typed and says why; once
    // the file is free, the same OK queues and sends it.
    void aComplaintTheCacheRefusesStaysOnScreen()
    {
        MainWindow window(m_core.get(), &m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(m_core->recordCache()->reference().has_value(), 15000);
        window.takeCall(QStringLiteral("+8613800138000"));
        QTRY_COMPARE_WITH_TIMEOUT(window.candidates()->rowCount(), 1, 10000);
        QTest::keyClick(child<QTableView>(window, "candidates"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_core->call()->accountId().has_value(), 10000);
        QTest::mouseClick(child<QPushButton>(window, "logComplaint"), Qt::LeftButton);
        ComplaintDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ComplaintDialog *>()) != nullptr);
        const QString text = QStringLiteral("缓存拒写测试：内容不能丢");
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("description"))->insertPlainText(text);

        QSqlDatabase other
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        other.setDatabaseName(m_core->storeFile()->path());
        QVERIFY(other.open());
        QSqlQuery hold(other);
        // (Items of the tests before may still be on their way.)
        const int unsentBefore = m_core->sync()->unsentCount();
        QVERIFY(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        // A failure below must not leave the file locked for the tests after.
        auto release = qScopeGuard([&] {
            if (other.isOpen()) {
                hold.exec(QStringLiteral("ROLLBACK"));
                hold.finish();
                other.close();
            }
        });
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ok->click(); // waits out the cache's busy timeout, then gives up
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("description"))->toPlainText(),
            text);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("complaintProblem"))->text().isEmpty());
        QVERIFY(m_core->sync()->unsentCount() <= unsentBefore); // nothing queued

        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        hold.finish();
        other.close();
        ok->click();
        QTRY_VERIFY(!window.findChild<ComplaintDialog *>());
        QTRY_COMPARE_WITH_TIMEOUT(m_core->sync()->unsentCount(), 0, 15000);
        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        api.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo"));
        int found = 0;
        for (const auto &c :
            api.get(QStringLiteral("/api/v1/complaints?accountId=1&limit=200")).items())
            found += c.toObject().value(QStringLiteral("description")).toString() == text;
        QCOMPARE(found, 1);
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }

    // A second pop during a call asks: Enter holds the live call and takes
    // the new one, Escape queues it. The held call comes back with its
    // notes, verification and account; every call gets its own record.
    void heldAndQueuedCalls()
    {
        MainWindow window(m_core.get(), &m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CallSession *call = m_core->call();
        auto *notes = child<QPlainTextEdit>(window, "notes");
        auto *waiting = child<QListWidget>(window, "waitingCalls");

        window.takeCall(QStringLiteral("+8613800138000"));
        QTRY_COMPARE_WITH_TIMEOUT(window.candidates()->rowCount(), 1, 10000);
        QTest::keyClick(child<QTableView>(window, "candidates"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(field(window, 1), QStringLiteral("138****8000"), 10000);
        QTest::mouseClick(child<QPushButton>(window, "sendCode"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLineEdit>(window, "verificationAnswer")->isEnabled(), 10000);
        QTest::keyClicks(child<QLineEdit>(window, "verificationAnswer"),
            m_server.lastSmsCode(QStringLiteral("13800138000")));
        QTest::keyClick(child<QLineEdit>(window, "verificationAnswer"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(call->isVerified(), 10000);
        notes->insertPlainText(QStringLiteral("第一通：客户问提现"));
        const QString first = call->callId();
        QVERIFY(child<QLabel>(window, "callDuration")->isVisible());
        QVERIFY2(child<QLabel>(window, "callDuration")
                     ->text()
                     .startsWith(QStringLiteral("通话时长 00:0")),
            qPrintable(child<QLabel>(window, "callDuration")->text()));
        QVERIFY(!waiting->isVisible());

        // The second pop: Enter answers it, the first goes on hold.
        window.takeCall(QStringLiteral("+8613900139000"));
        QMessageBox *pop = window.findChild<QMessageBox *>(QStringLiteral("screenPop"));
        QVERIFY(pop);
        QVERIFY(pop->text().contains(QStringLiteral("139****9000")));
        QVERIFY(pop->text().contains(QStringLiteral("138****8000")));
        QTest::keyClick(pop, Qt::Key_Return);
        QTRY_VERIFY(call->callId() != first);
        QTRY_COMPARE_WITH_TIMEOUT(window.candidates()->rowCount(), 1, 10000);
        QCOMPARE(child<QLineEdit>(window, "search")->text(), QStringLiteral("+8613900139000"));
        QVERIFY(notes->toPlainText().isEmpty());
        QVERIFY(!call->isVerified());
        QVERIFY(child<QLabel>(window, "callLabel")->text().contains(QStringLiteral("139****9000")));
        // The first caller's account is not on screen for the second.
        QCOMPARE(child<QLabel>(window, "accountHeader")->text(), QStringLiteral("未打开账户"));
        QVERIFY(waiting->isVisible());
        QCOMPARE(waiting->count(), 1);
        QVERIFY2(waiting->item(0)->text().startsWith(QStringLiteral("保持中 00:0"))
                && waiting->item(0)->text().endsWith(QStringLiteral("138****8000")),
            qPrintable(waiting->item(0)->text()));
        QTest::keyClick(child<QTableView>(window, "candidates"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(field(window, 1), QStringLiteral("139****9000"), 10000);
        notes->insertPlainText(QStringLiteral("第二通：客户问退款"));
        const QString second = call->callId();

        // A third pop: Escape queues it behind the held call.
        window.takeCall(QStringLiteral("+8613700137000"));
        pop = window.findChild<QMessageBox *>(QStringLiteral("screenPop"));
        QVERIFY(pop);
        QTest::keyClick(pop, Qt::Key_Escape);
        QTRY_COMPARE(waiting->count(), 2);
        QCOMPARE(call->callId(), second);
        QVERIFY(waiting->item(1)->text().startsWith(QStringLiteral("排队中")));

        // Ctrl+Shift+H: the first call is back, as it was; the second waits.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(call->callId(), first);
        QCOMPARE(notes->toPlainText(), QStringLiteral("第一通：客户问提现"));
        QVERIFY(call->isVerified());
        QTRY_COMPARE_WITH_TIMEOUT(field(window, 1), QStringLiteral("138****8000"), 10000);
        QVERIFY(child<QPushButton>(window, "unlock")->isEnabled());
        QCOMPARE(waiting->count(), 2);
        QVERIFY(waiting->item(0)->text().startsWith(QStringLiteral("排队中")));
        QVERIFY(waiting->item(1)->text().endsWith(QStringLiteral("139****9000")));

        // Wrapped up: the waiting list takes the focus, Enter takes the call selected.
        QVERIFY(call->end(QStringLiteral("resolved_first_call")));
        QTRY_VERIFY(waiting->hasFocus());
        waiting->setCurrentRow(1);
        QTest::keyClick(waiting, Qt::Key_Return);
        QTRY_COMPARE(call->callId(), second);
        QCOMPARE(notes->toPlainText(), QStringLiteral("第二通：客户问退款"));
        QTRY_COMPARE_WITH_TIMEOUT(field(window, 1), QStringLiteral("139****9000"), 10000);
        QVERIFY(call->end(QStringLiteral("resolved_first_call")));

        // The queued call starts when it is taken, not when it rang.
        const QDateTime taken = QDateTime::currentDateTimeUtc().addSecs(-1);
        QTest::keyClick(waiting, Qt::Key_Return);
        QTRY_VERIFY(call->isActive());
        QCOMPARE(call->callerNumber(), QStringLiteral("+8613700137000"));
        QVERIFY(call->startedAt() >= taken);
        // Taken from the queue, the caller is looked up as at a pop.
        QTRY_COMPARE_WITH_TIMEOUT(window.candidates()->rowCount(), 1, 10000);
        QCOMPARE(call->candidates().size(), 1);
        QVERIFY(call->end(QStringLiteral("dropped")));
        QVERIFY(!waiting->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(m_core->sync()->unsentCount(), 0, 15000);

        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        api.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo"));
        QStringList recorded;
        for (const char *account : {"1", "2"}) {
            for (const auto &c :
                api.get(QStringLiteral("/api/v1/calls?accountId=") + QLatin1String(account))
                    .items())
                recorded << c.toObject().value(QStringLiteral("notes")).toString();
        }
        QCOMPARE(recorded.count(QStringLiteral("第一通：客户问提现")), 1);
        QCOMPARE(recorded.count(QStringLiteral("第二通：客户问退款")), 1);
    }

    // A call started by hand (Ctrl+N) has no number; the live call goes on hold.
    void manualCall()
    {
        MainWindow window(m_core.get(), &m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        CallSession *call = m_core->call();
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(call->isActive());
        QVERIFY(call->callerNumber().isEmpty());
        QVERIFY(child<QLineEdit>(window, "search")->hasFocus());
        QCOMPARE(child<QLabel>(window, "callLabel")->text(),
            QStringLiteral("无来电号码的通话：请搜索账户。"));
        QTest::keyClicks(child<QLineEdit>(window, "search"), QStringLiteral("13900139000"));
        QTest::keyClick(child<QLineEdit>(window, "search"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window.candidates()->rowCount(), 1, 10000);
        const QString manual = call->callId();
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(call->callId() != manual);
        QCOMPARE(call->waitingCount(), 1);
        QCOMPARE(call->waiting().first().callId, manual);
        QVERIFY(child<QListWidget>(window, "waitingCalls")
                    ->item(0)
                    ->text()
                    .endsWith(QStringLiteral("无号码通话")));
        // Ctrl+H holds it too; nothing is live then.
        QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier);
        QTRY_VERIFY(!call->isActive());
        QCOMPARE(call->waitingCount(), 2);
        QVERIFY(child<QLabel>(window, "callLabel")->text().contains(QStringLiteral("Ctrl+N")));
    }

    // Ctrl+B on a call schedules a callback to the caller, linked to the
    // account; when one falls due the console says so without blocking the
    // window, and "call now" starts the call with the account open.
    void callbackScheduledAndReminded()
    {
        MainWindow window(m_core.get(), &m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CallSession *call = m_core->call();
        window.takeCall(QStringLiteral("+8613900139000"));
        QTRY_COMPARE_WITH_TIMEOUT(window.candidates()->rowCount(), 1, 10000);
        QTest::keyClick(child<QTableView>(window, "candidates"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(field(window, 1), QStringLiteral("139****9000"), 10000);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
        CallbackDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<CallbackDialog *>()) != nullptr);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("callbackPhone"))->text(),
            QStringLiteral("+8613900139000"));
        QTRY_COMPARE(dialog->focusWidget(),
            dialog->findChild<QLineEdit *>(QStringLiteral("callbackReason")));
        // "Tomorrow at 10:00" is the call center's 10:00, whatever the PC's zone.
        auto *delay = dialog->findChild<QComboBox *>(QStringLiteral("callbackDelay"));
        delay->setCurrentIndex(3);
        const QDateTime tomorrow = dialog->dueAt().toTimeZone(CallCenterTime::zone());
        QCOMPARE(tomorrow.time(), QTime(10, 0));
        QCOMPARE(tomorrow.date(),
            QDateTime::currentDateTimeUtc().toTimeZone(CallCenterTime::zone()).date().addDays(1));
        delay->setCurrentIndex(0); // in 30 minutes
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("callbackReason")),
            QStringLiteral("refund status"));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QTest::keyClick(
            dialog->findChild<QLineEdit *>(QStringLiteral("callbackReason")), Qt::Key_Return);
        QTRY_VERIFY(!window.findChild<CallbackDialog *>());
        QVERIFY(call->notes().contains(QStringLiteral("refund status")));
        QTRY_COMPARE_WITH_TIMEOUT(m_core->sync()->unsentCount(), 0, 15000);
        // On the server, the agent's, linked to the account, due in 30 minutes.
        ApiCaller agent(m_server.baseUrl(), m_server.caCertificates());
        agent.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo"));
        bool found = false;
        for (const auto &c : agent.get(QStringLiteral("/api/v1/callbacks")).items()) {
            const QJsonObject o = c.toObject();
            if (o.value(QStringLiteral("reason")).toString() != QStringLiteral("refund status"))
                continue;
            found = true;
            QCOMPARE(o.value(QStringLiteral("accountId")).toInteger(), 2);
            const QDateTime due = QDateTime::fromString(
                o.value(QStringLiteral("dueAt")).toString(), Qt::ISODateWithMs);
            QVERIFY(qAbs(before.addSecs(1800).secsTo(due)) < 60);
        }
        QVERIFY(found);
        QVERIFY(call->end(QStringLiteral("follow_up")));

        // One that falls due in two seconds: the reminder, and Call now.
        QVERIFY(!m_core->callbacks()
                     ->schedule(QStringLiteral("+8613800138000"), QStringLiteral("回电确认解锁"),
                         QDateTime::currentDateTimeUtc().addSecs(2), qint64(1))
                     .isEmpty());
        QMessageBox *reminder = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((reminder = [&]() -> QMessageBox * {
            for (auto *box : window.findChildren<QMessageBox *>()) {
                if (box->objectName().startsWith(QLatin1String("callbackDue")) && box->isVisible())
                    return box;
            }
            return nullptr;
        }()) != nullptr,
            15000);
        QVERIFY(reminder->text().contains(QStringLiteral("13800138000")));
        QCOMPARE(reminder->informativeText(), QStringLiteral("回电确认解锁"));
        QCOMPARE(reminder->windowModality(), Qt::NonModal);
        reminder->findChild<QPushButton *>(QStringLiteral("callbackCallNow"))->click();
        QTRY_VERIFY(call->isActive());
        QCOMPARE(call->callerNumber(), QStringLiteral("+8613800138000"));
        QCOMPARE(call->accountId().value_or(0), 1);
        QVERIFY(call->notes().contains(QStringLiteral("回电确认解锁")));
        QTRY_COMPARE_WITH_TIMEOUT(field(window, 1), QStringLiteral("138****8000"), 10000);

        // The list: both, earliest first; Done takes one off.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        CallbacksView *list = nullptr;
        QTRY_VERIFY((list = window.findChild<CallbacksView *>()) != nullptr && list->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(list->table()->rowCount(), 2, 15000);
        QCOMPARE(list->table()->item(0, 2)->text(), QStringLiteral("回电确认解锁"));
        QVERIFY(list->table()->item(0, 0)->text().endsWith(QStringLiteral("到期")));
        QTRY_VERIFY_WITH_TIMEOUT(
            list->findChild<QPushButton *>(QStringLiteral("callbackDone"))->isEnabled(), 15000);
        list->findChild<QPushButton *>(QStringLiteral("callbackDone"))->click();
        QTRY_COMPARE(list->table()->rowCount(), 1);
        QCOMPARE(list->table()->item(0, 2)->text(), QStringLiteral("refund status"));
        list->close();
    }

    // A call the console lost (crash, kill -9; tst_consolekill does the
    // kill) comes back at sign-in: as the window shows it.
    void anUnfinishedCallComesBack()
    {
        if (m_core->call()->isActive())
            m_core->call()->end(QStringLiteral("dropped"));
        QTRY_COMPARE_WITH_TIMEOUT(m_core->sync()->unsentCount(), 0, 15000);
        // Calls the tests above replaced by a second pop left drafts too.
        for (const CallDraft &left : m_core->drafts()->all())
            QVERIFY(m_core->drafts()->remove(left.callId));
        MainWindow window(m_core.get(), &m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CallDraft draft;
        draft.callId = QStringLiteral("unfinished-gui-call");
        draft.notes = QStringLiteral("恢复测试：客户说扣款未到账\n卡号 622202******7810");
        draft.callerNumber = QStringLiteral("+8613800138000");
        draft.accountId = 1;
        // An hour and a bit ago (a record may not end before it starts),
        // told on the call center's clock whatever the PC's zone.
        const QDateTime china
            = QDateTime::currentDateTimeUtc().addSecs(-79 * 60).toTimeZone(CallCenterTime::zone());
        draft.startedAt = QDateTime(
            china.date(), QTime(china.time().hour(), china.time().minute()), CallCenterTime::zone())
                              .toUTC();
        draft.complaintLogged = true;
        QVERIFY(m_core->drafts()->save(draft));
        // What the sign-in does once the cache is open.
        QCOMPARE(m_core->call()->findUnfinished(), 1);
        QVERIFY(m_core->call()->resumeUnfinished());

        QCOMPARE(window.statusBar()->currentMessage(),
            china.toString(QStringLiteral("HH:mm"))
                + QStringLiteral(" 的一通来电尚未结束，其备注已恢复。请按 Alt+E 结束通话。"));
        QCOMPARE(child<QPlainTextEdit>(window, "notes")->toPlainText(), draft.notes);
        QVERIFY(child<QLabel>(window, "callLabel")->text().contains(QStringLiteral("138****8000")));
        QTRY_COMPARE_WITH_TIMEOUT(field(window, 1), QStringLiteral("138****8000"), 10000);
        auto *endCall = child<QPushButton>(window, "endCall");
        QVERIFY(endCall->isEnabled());

        QTest::mouseClick(endCall, Qt::LeftButton);
        WrapUpDialog *wrapUp = nullptr;
        QTRY_VERIFY((wrapUp = window.findChild<WrapUpDialog *>()) != nullptr);
        QCOMPARE(wrapUp->wrapUpCode(), QStringLiteral("complaint_logged"));
        wrapUp->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!m_core->call()->isActive());
        QVERIFY(m_core->drafts()->all().isEmpty());
        QVERIFY(child<QPlainTextEdit>(window, "notes")->toPlainText().isEmpty());
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_core->sync()->unsentCount() == 0, qPrintable(m_core->sync()->lastError()), 15000);
        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        api.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo"));
        int found = 0;
        for (const auto &c : api.get(QStringLiteral("/api/v1/calls?accountId=1")).items())
            found += c.toObject().value(QStringLiteral("notes")).toString() == draft.notes;
        QCOMPARE(found, 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
