// The agent's window against the real server, offscreen: sign in by
// keyboard, a screen pop, the account opened with Enter, the language
// switched at runtime; and `walletdesk --call` handing its call to the
// running console.
#include "AccountSearchModel.h"
#include "CallSession.h"
#include "ConsoleCore.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "Session.h"
#include "SignInDialog.h"
#include "SingleInstance.h"
#include "TestServer.h"
#include "TransactionListModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace WalletDesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleCore> m_core;
    LanguageSwitch m_language;

    QString field(MainWindow &w, int i) { return w.findChild<QLabel *>(QStringLiteral("field%1").arg(i))->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare({50, 500, {}}), qPrintable(m_server.errorString()));
        QVERIFY(m_server.start());
        ConsoleSettings settings;
        settings.serverUrl = QUrl(m_server.baseUrl());
        settings.caFile = m_server.caFile();
        m_core = std::make_unique<ConsoleCore>(settings);
        m_core->setStorePathOverride(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY(m_core->init(&error));
        QVERIFY(m_language.setLanguage(QStringLiteral("zh_CN")));
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
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("accountHeader"))->text().contains(QStringLiteral("已锁定")));
        QTRY_VERIFY_WITH_TIMEOUT(window.transactions()->rowCount() > 0, 10000);
        QCOMPARE(m_core->call()->accountId().value_or(0), qint64(1));

        // Ctrl+K: search from anywhere.
        QTest::keyClick(candidates, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(window.findChild<QLineEdit *>(QStringLiteral("search"))->hasFocus());

        // The language at runtime.
        m_language.setLanguage(QStringLiteral("en"));
        // (Qt posts LanguageChange to the windows.)
        QTRY_COMPARE(field(window, 3), QStringLiteral("Locked"));
        QCOMPARE(window.findChild<QTabWidget *>()->tabText(0), QStringLiteral("Overview"));
        m_language.setLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(window.findChild<QTabWidget *>()->tabText(0), QStringLiteral("概览"));
        // Every control says what it is.
        QVERIFY(!window.findChild<QLineEdit *>(QStringLiteral("search"))->accessibleName().isEmpty());
        QVERIFY(!candidates->accessibleName().isEmpty());
    }

    void secondStartHandsOverTheCall()
    {
        const QString name = QStringLiteral("walletdesk-gui-test-%1").arg(QCoreApplication::applicationPid());
        SingleInstance running(name);
        QVERIFY(running.claim());
        QSignalSpy received(&running, &SingleInstance::callReceived);
        QProcess second;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WALLETDESK_INSTANCE"), name);
        second.setProcessEnvironment(env);
        second.start(qEnvironmentVariable("WALLETDESK_CONSOLE"), {QStringLiteral("--call"), QStringLiteral("+8613900139000")});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitCode(), 0);
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.first().at(0).toString(), QStringLiteral("+8613900139000"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
