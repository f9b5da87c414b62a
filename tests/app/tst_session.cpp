// Sign-in with the real keychain (gnome-keyring, started by
// scripts/with-keyring.sh): the refresh token in the keychain only, silent
// refresh, idle lock, and a sign-out that leaves no token and no customer
// data in any of the console's files, and a session the server refuses:
// signed out, quit, with an expired access token, and with the server
// unreachable (revoked at the next start).
#include "AccountService.h"
#include "ApiClient.h"
#include "CallSession.h"
#include "ComplaintService.h"
#include "ConsoleHarness.h"
#include "CredentialStore.h"
#include "IdleLock.h"
#include "SessionRevoker.h"
#include "StoreFile.h"
#include "SyncEngine.h"

#include <QDirIterator>
#include <QSettings>
#include <QStandardPaths>

using namespace WalletDesk;

namespace {

// Every file the console may have written: its cache folder, QSettings and
// the XDG folders of this test run.
QStringList filesContaining(const QStringList &roots, const QList<QByteArray> &needles)
{
    QStringList hits;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(
                    QLatin1String("keyrings"))) // the keychain itself is where the token belongs
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            for (const QByteArray &needle : needles) {
                if (!needle.isEmpty() && data.contains(needle))
                    hits << path + QLatin1String(" holds ") + QString::fromUtf8(needle.left(12));
            }
        }
    }
    return hits;
}

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

// Nothing under this key: QtKeychain says "not found".
bool keychainHasNo(const QString &key)
{
    bool notFound = false;
    return readKeychain(key, &notFound).isEmpty() && notFound;
}

// What the server says to a refresh token now.
int refreshStatus(const TestServer &server, const QByteArray &refreshToken)
{
    ApiCaller api(server.baseUrl(), server.caCertificates());
    return api
        .post(QStringLiteral("/api/v1/auth/refresh"),
            {{QStringLiteral("refreshToken"), QString::fromLatin1(refreshToken)}})
        .status;
}

// Asks the server about an access token until it stops taking it; true
// once it answers that the token has expired (anything else: false).
bool waitUntilExpired(const TestServer &server, const QByteArray &accessToken)
{
    ApiCaller api(server.baseUrl(), server.caCertificates());
    api.setToken(QString::fromLatin1(accessToken));
    ApiCaller::Response r;
    const bool answered = QTest::qWaitFor(
        [&] { return (r = api.get(QStringLiteral("/api/v1/auth/me"))).status != 200; }, 20000);
    if (!answered || r.status != 401 || r.code() != QLatin1String("token_expired")) {
        qWarning() << "the access token was not answered as expired:" << r.status << r.body;
        return false;
    }
    return true;
}

bool waitForSignOut(Session *session)
{
    QSignalSpy out(session, &Session::signedOut);
    session->signOut();
    return QTest::qWaitFor([&] { return !out.isEmpty(); }, 20000);
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

    TestServer m_server;
    quint16 m_port = 0;

    QStringList roots(const ConsoleHarness &console) const
    {
        return {console.dir.path(),
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WalletDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("walletdesk"));
        // The real Secret Service must be there: scripts/test.sh starts one.
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
        QVERIFY2(m_server.prepare({30, 300, {}}), qPrintable(m_server.errorString()));
        m_port = TestServer::freePort();
        QVERIFY2(m_server.start({}, m_port), qPrintable(m_server.errorString()));
    }

    void refreshTokenLivesInTheKeychain()
    {
        ConsoleHarness console;
        QVERIFY(console.create(m_port, m_server.caFile()));
        QVERIFY(console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        QVERIFY2(console.core->session()->keychainWarning().isEmpty(),
            qPrintable(console.core->session()->keychainWarning()));
        const QString key = CredentialStore::keyFor(
            console.core->settings().serverUrl, QStringLiteral("agent01"));
        QTRY_VERIFY_WITH_TIMEOUT(!readKeychain(key).isEmpty(), 10000);

        // A console started later resumes from the keychain, without the password.
        ConsoleHarness later;
        QVERIFY(later.create(m_port, m_server.caFile()));
        later.core->session()->resume(QStringLiteral("agent01"));
        QTRY_COMPARE_WITH_TIMEOUT(later.core->session()->state(), Session::State::SignedIn, 15000);
        QCOMPARE(later.core->session()->agent().username, QStringLiteral("agent01"));
    }

    void silentRefreshWhenTheAccessTokenExpires()
    {
        QVERIFY(m_server.start({QStringLiteral("--access-ttl"), QStringLiteral("1")}, m_port));
        ConsoleHarness console;
        QVERIFY(console.create(m_port, m_server.caFile()));
        QVERIFY(console.signIn(QStringLiteral("agent02"), QStringLiteral("agent02-demo")));
        const QByteArray firstToken = console.core->api()->accessToken();
        const QString key = CredentialStore::keyFor(
            console.core->settings().serverUrl, QStringLiteral("agent02"));
        QTRY_VERIFY_WITH_TIMEOUT(!readKeychain(key).isEmpty(), 10000);
        const QString firstRefresh = readKeychain(key);
        QVERIFY(waitUntilExpired(m_server, firstToken));
        QSignalSpy ready(console.core->accounts(), &AccountService::accountReady);
        QSignalSpy failed(console.core->accounts(), &AccountService::accountFailed);
        console.core->accounts()->open(1);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 15000);
        QVERIFY2(
            failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QCOMPARE(ready.last().at(2).toBool(), true);
        QVERIFY(console.core->api()->accessToken() != firstToken);
        QTRY_VERIFY_WITH_TIMEOUT(readKeychain(key) != firstRefresh, 10000); // rotated

        // Signing out with an expired access token still ends the session:
        // through the refresh token.
        const QByteArray refreshToken = readKeychain(key).toLatin1();
        QVERIFY(waitUntilExpired(m_server, console.core->api()->accessToken()));
        QVERIFY(waitForSignOut(console.core->session()));
        QCOMPARE(console.core->session()->lastSignOut(), SessionRevoker::Outcome::Revoked);
        QVERIFY(keychainHasNo(key));
        QVERIFY(keychainHasNo(
            CredentialStore::pendingRevocationKeyFor(console.core->settings().serverUrl)));
        QCOMPARE(refreshStatus(m_server, refreshToken), 401);
        QCOMPARE(refreshStatus(m_server, firstRefresh.toLatin1()), 401);
        QVERIFY(m_server.start({}, m_port));
    }

    void idleLockKeepsUnsentWork()
    {
        ConsoleHarness console;
        QVERIFY(console.create(m_port, m_server.caFile()));
        QVERIFY(console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        console.core->idleLock()->setTimeoutSeconds(1);
        console.core->idleLock()->start();
        console.core->call()->start(QStringLiteral("+8613800138000"));
        console.core->call()->setNotes(QStringLiteral("客户反映无法登录"));
        QTRY_COMPARE_WITH_TIMEOUT(console.core->session()->state(), Session::State::Locked, 5000);
        // Locked, the call and its notes stay, and queued work still goes out.
        QVERIFY(console.core->call()->isActive());
        QCOMPARE(console.core->call()->notes(), QStringLiteral("客户反映无法登录"));
        console.core->complaints()->queue(
            ComplaintDraft {QStringLiteral("hotline"), QStringLiteral("login_problem"),
                Severity::Low, std::nullopt, {}, {}, QStringLiteral("idle-lock-kept"), {}});
        QTRY_COMPARE_WITH_TIMEOUT(console.core->sync()->unsentCount(), 0, 15000);
        QSignalSpy failed(console.core->session(), &Session::signInFailed);
        console.core->session()->unlock(QStringLiteral("wrong"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(console.core->session()->state(), Session::State::Locked);
        console.core->session()->unlock(QStringLiteral("agent01-demo"));
        QTRY_COMPARE_WITH_TIMEOUT(
            console.core->session()->state(), Session::State::SignedIn, 10000);
        QCOMPARE(console.core->call()->notes(), QStringLiteral("客户反映无法登录"));
    }

    void signOutLeavesNothingBehind()
    {
        ConsoleHarness console;
        QVERIFY(console.create(m_port, m_server.caFile()));
        QSettings settings;
        console.core->settings().save(settings);
        settings.sync();
        QVERIFY(console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        const QByteArray accessToken = console.core->api()->accessToken();
        const QString key = CredentialStore::keyFor(
            console.core->settings().serverUrl, QStringLiteral("agent01"));
        QTRY_VERIFY_WITH_TIMEOUT(!readKeychain(key).isEmpty(), 10000);
        const QByteArray refreshToken = readKeychain(key).toLatin1();

        // A call: the caller's number, the account, its transactions, notes.
        CallSession *call = console.core->call();
        call->start(QStringLiteral("+8613800138000"));
        QSignalSpy found(console.core->accounts(), &AccountService::searchFinished);
        console.core->accounts()->search(QStringLiteral("13800138000"), call->callId());
        QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty(), 10000);
        QSignalSpy ready(console.core->accounts(), &AccountService::accountReady);
        console.core->accounts()->open(1, call->callId());
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 10000);
        call->chooseAccount(1);
        call->setNotes(QStringLiteral("客户来电 13800138000 反映被锁"));
        call->saveDraftNow();
        call->end(QStringLiteral("resolved_first_call"));
        QTRY_COMPARE_WITH_TIMEOUT(console.core->sync()->unsentCount(), 0, 15000);
        const QString storePath = console.core->storeFile()->path();
        QVERIFY(
            !filesContaining(roots(console), {"138****8000"}).isEmpty()); // the cache did hold it

        QSignalSpy out(console.core->session(), &Session::signedOut);
        console.core->session()->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(out.count(), 1, 15000);
        const QStringList hits = filesContaining(roots(console),
            {accessToken, refreshToken, "13800138000", "138****8000", QByteArray("张伟"),
                "zhang.wei"});
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String("\n"))));
        QVERIFY(
            QFile::exists(storePath)); // the file stays, emptied: its outbox would have been kept
        bool notFound = false;
        QCOMPARE(readKeychain(key, &notFound), QString());
        QVERIFY(notFound);
        QVERIFY(keychainHasNo(
            CredentialStore::pendingRevocationKeyFor(console.core->settings().serverUrl)));
        QCOMPARE(console.core->session()->lastSignOut(), SessionRevoker::Outcome::Revoked);
        // The server no longer honours the old tokens either.
        ApiCaller check(m_server.baseUrl(), m_server.caCertificates());
        check.setToken(QString::fromLatin1(accessToken));
        QCOMPARE(check.get(QStringLiteral("/api/v1/auth/me")).status, 401);
        QCOMPARE(refreshStatus(m_server, refreshToken), 401);
    }

    void quitSignsOut()
    {
        ConsoleHarness console;
        QVERIFY(console.create(m_port, m_server.caFile()));
        QVERIFY(console.signIn(QStringLiteral("agent02"), QStringLiteral("agent02-demo")));
        const QString key = CredentialStore::keyFor(
            console.core->settings().serverUrl, QStringLiteral("agent02"));
        QTRY_VERIFY_WITH_TIMEOUT(!readKeychain(key).isEmpty(), 10000);
        const QByteArray refreshToken = readKeychain(key).toLatin1();
        // What main() does once the event loop is over, however the quit came.
        QVERIFY(console.core->signOutBeforeQuit(20000));
        QCOMPARE(console.core->session()->state(), Session::State::SignedOut);
        QVERIFY(keychainHasNo(key));
        QVERIFY(keychainHasNo(
            CredentialStore::pendingRevocationKeyFor(console.core->settings().serverUrl)));
        QCOMPARE(refreshStatus(m_server, refreshToken), 401);
    }

    void quitKeepsTheSignInWhereTheDeploymentSaysSo()
    {
        QTemporaryDir dir;
        ConsoleSettings settings;
        settings.serverUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
        settings.caFile = m_server.caFile();
        settings.signOutOnQuit = false;
        ConsoleCore core(settings);
        core.setStorePathOverride(dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY(core.init(&error));
        core.session()->signIn(QStringLiteral("super01"), QStringLiteral("super01-demo"));
        QTRY_COMPARE_WITH_TIMEOUT(core.session()->state(), Session::State::SignedIn, 15000);
        const QString key = CredentialStore::keyFor(settings.serverUrl, QStringLiteral("super01"));
        QTRY_VERIFY_WITH_TIMEOUT(!readKeychain(key).isEmpty(), 10000);
        QVERIFY(!core.signOutBeforeQuit(20000)); // kept on purpose
        QCOMPARE(core.session()->state(), Session::State::SignedIn);
        QVERIFY(!readKeychain(key).isEmpty());
        QVERIFY(waitForSignOut(core.session())); // tidy up for the tests after this one
        QVERIFY(keychainHasNo(key));
    }

    void signOutWhileTheServerIsUnreachable()
    {
        ConsoleHarness console;
        QVERIFY(console.create(m_port, m_server.caFile()));
        QVERIFY(console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        const QUrl server = console.core->settings().serverUrl;
        const QString key = CredentialStore::keyFor(server, QStringLiteral("agent01"));
        const QString pendingKey = CredentialStore::pendingRevocationKeyFor(server);
        QTRY_VERIFY_WITH_TIMEOUT(!readKeychain(key).isEmpty(), 10000);
        const QByteArray refreshToken = readKeychain(key).toLatin1();
        const QByteArray accessToken = console.core->api()->accessToken();

        m_server.terminate();
        QVERIFY(waitForSignOut(console.core->session()));
        QCOMPARE(console.core->session()->lastSignOut(), SessionRevoker::Outcome::Pending);
        // Gone from this computer: nothing signs in with it any more ...
        QVERIFY(keychainHasNo(key));
        ConsoleHarness resumer;
        QVERIFY(resumer.create(m_port, m_server.caFile()));
        QSignalSpy resumeFailed(resumer.core->session(), &Session::resumeFailed);
        resumer.core->session()->resume(QStringLiteral("agent01"));
        QTRY_COMPARE_WITH_TIMEOUT(resumeFailed.count(), 1, 15000);
        // ... and it is nowhere but in the keychain, waiting for the server.
        QCOMPARE(readKeychain(pendingKey), QString::fromLatin1(refreshToken));
        const QStringList hits = filesContaining(roots(console), {accessToken, refreshToken});
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String("\n"))));

        // The next start, with the server back: the session ends there, and
        // the keychain holds nothing.
        QVERIFY(m_server.start({}, m_port));
        ConsoleHarness next;
        QVERIFY(next.create(m_port, m_server.caFile()));
        int left = -2;
        next.core->session()->revoker()->sendPending([&](int n) { left = n; });
        QTRY_VERIFY_WITH_TIMEOUT(left != -2, 20000);
        QCOMPARE(left, 0);
        QVERIFY(keychainHasNo(pendingKey));
        QVERIFY(keychainHasNo(key));
        QCOMPARE(refreshStatus(m_server, refreshToken), 401);
        ApiCaller check(m_server.baseUrl(), m_server.caCertificates());
        check.setToken(QString::fromLatin1(accessToken));
        QCOMPARE(check.get(QStringLiteral("/api/v1/auth/me")).status, 401);
    }

    void pendingRevocationIsSentAfterTheNextSignIn()
    {
        // Still unreachable at start: the console tries again once a
        // sign-in shows the server answers.
        ConsoleHarness console;
        QVERIFY(console.create(m_port, m_server.caFile()));
        QVERIFY(console.signIn(QStringLiteral("agent02"), QStringLiteral("agent02-demo")));
        const QUrl server = console.core->settings().serverUrl;
        const QString pendingKey = CredentialStore::pendingRevocationKeyFor(server);
        QTRY_VERIFY_WITH_TIMEOUT(
            !readKeychain(CredentialStore::keyFor(server, QStringLiteral("agent02"))).isEmpty(),
            10000);
        const QByteArray refreshToken
            = readKeychain(CredentialStore::keyFor(server, QStringLiteral("agent02"))).toLatin1();
        m_server.terminate();
        QVERIFY(waitForSignOut(console.core->session()));
        QCOMPARE(console.core->session()->lastSignOut(), SessionRevoker::Outcome::Pending);

        ConsoleHarness next;
        QVERIFY(next.create(m_port, m_server.caFile()));
        int left = -2;
        next.core->session()->revoker()->sendPending([&](int n) { left = n; });
        QTRY_VERIFY_WITH_TIMEOUT(left != -2, 20000);
        QCOMPARE(left, 1); // the server is still away
        QCOMPARE(readKeychain(pendingKey), QString::fromLatin1(refreshToken));
        QVERIFY(m_server.start({}, m_port));
        QVERIFY(next.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        QTRY_VERIFY_WITH_TIMEOUT(keychainHasNo(pendingKey), 20000);
        QCOMPARE(refreshStatus(m_server, refreshToken), 401);
        QVERIFY(waitForSignOut(next.core->session()));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
