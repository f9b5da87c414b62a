// Signing out of the agent's window, offscreen, against the real server and
// the real keychain (run under scripts/with-keyring.sh): the Sign out command
// asks first when unsent work or an open call is at stake, then the server
// refuses the old refresh token and the keychain holds nothing; the unsent
// work is sent once the same agent signs in again. Quitting signs out, and
// so does giving up at the idle lock.
//
// WALLETDESK_SCREENSHOT_DIR=dir saves the confirmation as a PNG there.
#include "ApiCaller.h"
#include "CallSession.h"
#include "ComplaintService.h"
#include "ConsoleCore.h"
#include "ConsoleHarness.h"
#include "CredentialStore.h"
#include "IdleLock.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "Session.h"
#include "SessionRevoker.h"
#include "SyncEngine.h"
#include "TestServer.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace WalletDesk;

namespace {

QString readKeychain(const QString &key, bool *notFound = nullptr)
{
    CredentialStore store;
    QString value;
    bool done = false;
    store.read(key, [&](const CredentialStore::Outcome &o, const QString &secret) {
        value = secret;
        if (notFound)
            *notFound = o.notFound;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("keychain read timed out");
    return value;
}

bool keychainHasNo(const QString &key)
{
    bool notFound = false;
    return readKeychain(key, &notFound).isEmpty() && notFound;
}

} // namespace

class TestSignOut : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    LanguageSwitch m_language;

    // A console as main() makes one for each sign-in; the cache file is the
    // agent's own, as StoreFile::defaultPath would pick it.
    std::unique_ptr<ConsoleCore> console(const QString &agent)
    {
        ConsoleSettings settings;
        settings.serverUrl = QUrl(m_server.baseUrl());
        settings.caFile = m_server.caFile();
        settings.requestTimeoutSeconds = 5;
        auto core = std::make_unique<ConsoleCore>(settings);
        core->setStorePathOverride(m_dir.filePath(agent + QStringLiteral(".sqlite")));
        QString error;
        if (!core->init(&error))
            qWarning("%s", qPrintable(error));
        return core;
    }

    static bool signIn(ConsoleCore *core, const QString &user)
    {
        core->session()->signIn(user, user + QStringLiteral("-demo"));
        return QTest::qWaitFor(
            [&] { return core->session()->state() == Session::State::SignedIn; }, 20000);
    }

    QString keyOf(const QString &user) const
    {
        return CredentialStore::keyFor(QUrl(m_server.baseUrl()), user);
    }

    int refreshStatus(const QString &refreshToken) const
    {
        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        return api
            .post(QStringLiteral("/api/v1/auth/refresh"),
                {{QStringLiteral("refreshToken"), refreshToken}})
            .status;
    }

    QMessageBox *confirmation(MainWindow &window)
    {
        const auto find = [&] {
            return window.findChild<QMessageBox *>(QStringLiteral("signOutConfirmation"));
        };
        return QTest::qWaitFor([&] { return find() != nullptr; }, 5000) ? find() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        CredentialStore probe;
        bool written = false, done = false;
        probe.write(
            QStringLiteral("probe"), QStringLiteral("x"), [&](const CredentialStore::Outcome &o) {
                written = o.ok;
                done = true;
            });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 15000));
        QVERIFY2(written,
            "no keyring: run through scripts/test.sh (dbus-run-session + scripts/with-keyring.sh)");
        QVERIFY2(m_server.prepare({20, 50, {}}), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_language.setLanguage(Language::Chinese));
    }

    void signOutAsksAboutUnsentWorkAndTheOpenCall()
    {
        auto core = console(QStringLiteral("agent01"));
        MainWindow window(core.get(), &m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(signIn(core.get(), QStringLiteral("agent01")));
        QTRY_VERIFY_WITH_TIMEOUT(!readKeychain(keyOf(QStringLiteral("agent01"))).isEmpty(), 10000);
        const QString refreshToken = readKeychain(keyOf(QStringLiteral("agent01")));

        // A call with notes, and a complaint the server has not had yet.
        window.takeCall(QStringLiteral("+8613800138000"));
        window.findChild<QPlainTextEdit *>(QStringLiteral("notes"))
            ->insertPlainText(QStringLiteral("客户说收不到验证码"));
        core->sync()->stop();
        core->complaints()->queue(
            ComplaintDraft {QStringLiteral("hotline"), QStringLiteral("login_problem"),
                Severity::Low, std::nullopt, {}, {}, QStringLiteral("签退前未发送的投诉"), {}});
        QTRY_COMPARE(core->sync()->unsentCount(), 1);

        // Ctrl+Shift+L: the console says what is at stake; Escape keeps everything.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QMessageBox *box = confirmation(window);
        QVERIFY(box);
        const QString text = box->informativeText();
        QVERIFY2(text.contains(QStringLiteral("1 项")) && text.contains(QStringLiteral("李雷")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("来电")) && text.contains(QStringLiteral("Alt+E")),
            qPrintable(text));
        QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("cancelSignOut"));
        if (const QString dir = qEnvironmentVariable("WALLETDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(QTest::qWaitForWindowExposed(box));
            QVERIFY(box->grab().save(dir + QStringLiteral("/signout-confirm-zh.png")));
            QVERIFY(window.grab().save(dir + QStringLiteral("/signout-window-zh.png")));
        }
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("signOutConfirmation")));
        QCOMPARE(core->session()->state(), Session::State::SignedIn);
        QVERIFY(window.isVisible());
        QCOMPARE(readKeychain(keyOf(QStringLiteral("agent01"))), refreshToken);

        // From the menu, confirmed: the window goes once the server has
        // ended the session and the keychain is empty.
        QSignalSpy signedOut(&window, &MainWindow::signedOut);
        window.findChild<QAction *>(QStringLiteral("signOut"))->trigger();
        QVERIFY((box = confirmation(window)) != nullptr);
        box->findChild<QPushButton *>(QStringLiteral("confirmSignOut"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, 20000);
        QVERIFY(!window.isVisible());
        QCOMPARE(core->session()->lastSignOut(), SessionRevoker::Outcome::Revoked);
        QVERIFY(keychainHasNo(keyOf(QStringLiteral("agent01"))));
        QVERIFY(keychainHasNo(CredentialStore::pendingRevocationKeyFor(QUrl(m_server.baseUrl()))));
        QCOMPARE(refreshStatus(refreshToken), 401);
        QCOMPARE(complaintsOnServer(m_server, QStringLiteral("签退前未发送")).size(), 0);
        core.reset();

        // The same agent signs in again: the complaint was kept and now goes out.
        auto again = console(QStringLiteral("agent01"));
        QVERIFY(signIn(again.get(), QStringLiteral("agent01")));
        QTRY_COMPARE_WITH_TIMEOUT(complaintsOnServer(m_server, QStringLiteral("签退前未发送"))
                                      .value(QStringLiteral("签退前未发送的投诉")),
            1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(again->sync()->unsentCount(), 0, 10000);
        QVERIFY(again->signOutBeforeQuit(20000));
    }

    void quitSignsOut()
    {
        auto core = console(QStringLiteral("agent02"));
        MainWindow window(core.get(), &m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(signIn(core.get(), QStringLiteral("agent02")));
        QTRY_VERIFY_WITH_TIMEOUT(!readKeychain(keyOf(QStringLiteral("agent02"))).isEmpty(), 10000);
        const QString refreshToken = readKeychain(keyOf(QStringLiteral("agent02")));
        // Nothing unsent and no call: Ctrl+Q signs out without asking.
        QSignalSpy quit(&window, &MainWindow::quitRequested);
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(quit.count(), 1, 20000);
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("signOutConfirmation")));
        QVERIFY(!window.isVisible());
        QCOMPARE(core->session()->state(), Session::State::SignedOut);
        QVERIFY(keychainHasNo(keyOf(QStringLiteral("agent02"))));
        QVERIFY(keychainHasNo(CredentialStore::pendingRevocationKeyFor(QUrl(m_server.baseUrl()))));
        QCOMPARE(refreshStatus(refreshToken), 401);
    }

    void givingUpAtTheIdleLockSignsOut()
    {
        auto core = console(QStringLiteral("agent01"));
        MainWindow window(core.get(), &m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(signIn(core.get(), QStringLiteral("agent01")));
        QTRY_VERIFY_WITH_TIMEOUT(!readKeychain(keyOf(QStringLiteral("agent01"))).isEmpty(), 10000);
        const QString refreshToken = readKeychain(keyOf(QStringLiteral("agent01")));
        core->idleLock()->setTimeoutSeconds(1);
        core->idleLock()->start();
        QInputDialog *prompt = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (prompt = window.findChild<QInputDialog *>(QStringLiteral("unlockPrompt"))) != nullptr,
            5000);
        QSignalSpy signedOut(&window, &MainWindow::signedOut);
        prompt->reject();
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, 20000);
        QVERIFY(keychainHasNo(keyOf(QStringLiteral("agent01"))));
        QCOMPARE(refreshStatus(refreshToken), 401);
    }
};

QTEST_MAIN(TestSignOut)
#include "tst_signout.moc"
