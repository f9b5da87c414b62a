// Sign-in with the real keychain (gnome-keyring, started by
// scripts/with-keyring.sh): the refresh token in the keychain only, silent
// refresh, idle lock, and a sign-out that leaves no token and no customer
// data in any of the console's files.
#include "AccountService.h"
#include "ApiClient.h"
#include "CallSession.h"
#include "ComplaintService.h"
#include "ConsoleHarness.h"
#include "CredentialStore.h"
#include "IdleLock.h"
#include "LocalStore.h"
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
            if (path.contains(QLatin1String("keyrings"))) // the keychain itself is where the token belongs
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

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

    TestServer m_server;
    quint16 m_port = 0;

    QStringList roots(const ConsoleHarness &console) const
    {
        return {console.dir.path(), QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
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
        probe.write(QStringLiteral("probe"), QStringLiteral("x"), [&](const CredentialStore::Outcome &o) {
            written = o.ok;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 15000));
        QVERIFY2(written, "no keyring: run through scripts/test.sh (dbus-run-session + scripts/with-keyring.sh)");
        QVERIFY2(m_server.prepare({30, 300, {}}), qPrintable(m_server.errorString()));
        m_port = TestServer::freePort();
        QVERIFY2(m_server.start({}, m_port), qPrintable(m_server.errorString()));
    }

    void refreshTokenLivesInTheKeychain()
    {
        ConsoleHarness console;
        QVERIFY(console.create(m_port, m_server.caFile()));
        QVERIFY(console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        QVERIFY2(console.core->session()->keychainWarning().isEmpty(), qPrintable(console.core->session()->keychainWarning()));
        const QString key = CredentialStore::keyFor(console.core->settings().serverUrl, QStringLiteral("agent01"));
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
        const QString key = CredentialStore::keyFor(console.core->settings().serverUrl, QStringLiteral("agent02"));
        QTRY_VERIFY_WITH_TIMEOUT(!readKeychain(key).isEmpty(), 10000);
        const QString firstRefresh = readKeychain(key);
        QTest::qWait(1500);
        QSignalSpy ready(console.core->accounts(), &AccountService::accountReady);
        QSignalSpy failed(console.core->accounts(), &AccountService::accountFailed);
        console.core->accounts()->open(1);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 15000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QCOMPARE(ready.last().at(2).toBool(), true);
        QVERIFY(console.core->api()->accessToken() != firstToken);
        QTRY_VERIFY_WITH_TIMEOUT(readKeychain(key) != firstRefresh, 10000); // rotated
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
        console.core->complaints()->queue(ComplaintDraft{QStringLiteral("hotline"), QStringLiteral("login_problem"),
                                                         Severity::Low, std::nullopt, {}, {}, QStringLiteral("idle-lock-kept"), {}});
        QTRY_COMPARE_WITH_TIMEOUT(console.core->sync()->unsentCount(), 0, 15000);
        QSignalSpy failed(console.core->session(), &Session::signInFailed);
        console.core->session()->unlock(QStringLiteral("wrong"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(console.core->session()->state(), Session::State::Locked);
        console.core->session()->unlock(QStringLiteral("agent01-demo"));
        QTRY_COMPARE_WITH_TIMEOUT(console.core->session()->state(), Session::State::SignedIn, 10000);
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
        const QString key = CredentialStore::keyFor(console.core->settings().serverUrl, QStringLiteral("agent01"));
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
        const QString storePath = console.core->store()->path();
        QVERIFY(!filesContaining(roots(console), {"138****8000"}).isEmpty()); // the cache did hold it

        QSignalSpy out(console.core->session(), &Session::signedOut);
        console.core->session()->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(out.count(), 1, 15000);
        const QStringList hits = filesContaining(roots(console), {accessToken, refreshToken, "13800138000", "138****8000",
                                                                  QByteArray("张伟"), "zhang.wei"});
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String("\n"))));
        QVERIFY(QFile::exists(storePath)); // the file stays, emptied: its outbox would have been kept
        bool notFound = false;
        QCOMPARE(readKeychain(key, &notFound), QString());
        QVERIFY(notFound);
        // The server no longer honours the old token either.
        ApiCaller check(m_server.baseUrl(), m_server.caCertificates());
        check.setToken(QString::fromLatin1(accessToken));
        QCOMPARE(check.get(QStringLiteral("/api/v1/auth/me")).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
