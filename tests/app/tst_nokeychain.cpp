// Without any keychain the agent can still sign in, is told why they will
// have to type the password every time, and nothing falls back to a file.
#include "ConsoleHarness.h"
#include "CredentialStore.h"

#include <QDirIterator>

using namespace WalletDesk;

class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInWithoutKeychain()
    {
        TestServer server;
        QVERIFY2(server.prepare({10, 10, {}}), qPrintable(server.errorString()));
        QVERIFY(server.start());
        ConsoleHarness console;
        QVERIFY(console.create(server.port(), server.caFile()));
        QSignalSpy warning(console.core->session(), &Session::keychainWarningChanged);
        QVERIFY(console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        QTRY_COMPARE_WITH_TIMEOUT(warning.count(), 1, 20000);
        const QString message = console.core->session()->keychainWarning();
        QVERIFY2(message.contains(QLatin1String("keychain")), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("password")));

        ConsoleHarness later;
        QVERIFY(later.create(server.port(), server.caFile()));
        QSignalSpy resumeFailed(later.core->session(), &Session::resumeFailed);
        later.core->session()->resume(QStringLiteral("agent01"));
        QTRY_COMPARE_WITH_TIMEOUT(resumeFailed.count(), 1, 20000);
        QCOMPARE(later.core->session()->state(), Session::State::SignedOut);
        QVERIFY(!resumeFailed.first().at(0).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
