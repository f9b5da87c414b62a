// Without any keychain the agent can still sign in, is told why they will
// have to type the password every time, and nothing falls back to a file;
// an offline pop by number finds nothing (no key, no digests) and nothing
// breaks.
#include "AccountService.h"
#include "CallSession.h"
#include "CallerNumberIndex.h"
#include "ConsoleHarness.h"
#include "CredentialStore.h"
#include "StoreFile.h"

#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlQuery>

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

    void offlinePopByNumberFindsNothing()
    {
        qRegisterMetaType<QList<AccountSummary>>();
        TestServer server;
        QVERIFY2(server.prepare({10, 10, {}}), qPrintable(server.errorString()));
        QVERIFY(server.start());
        ConsoleHarness console;
        QVERIFY(console.create(server.port(), server.caFile()));
        QVERIFY(console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        CallerNumberIndex *numbers = console.core->callerNumbers();
        QTRY_COMPARE_WITH_TIMEOUT(
            numbers->keyState(), CallerNumberIndex::KeyState::Unavailable, 20000);
        QSignalSpy remembered(numbers, &CallerNumberIndex::remembered);
        const QString number = QStringLiteral("+8613800138000");
        console.core->call()->start(number);

        auto search = [&](const QString &query) {
            QSignalSpy found(console.core->accounts(), &AccountService::searchFinished);
            console.core->accounts()->search(query, console.core->call()->callId());
            if (found.isEmpty())
                found.wait(20000);
            return found.isEmpty() ? QVariantList {} : found.first();
        };
        const QVariantList online = search(number);
        QCOMPARE(online.size(), 4);
        QCOMPARE(online.at(1).value<QList<AccountSummary>>().size(), 1);
        QVERIFY(!online.at(2).toBool());

        server.kill();
        const QVariantList offline = search(number);
        QCOMPARE(offline.size(), 4);
        QVERIFY(offline.at(2).toBool()); // from the cache, as it says
        QVERIFY(offline.at(1).value<QList<AccountSummary>>().isEmpty());
        QCOMPARE(remembered.count(), 0);
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(console.core->storeFile()->path());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM number_digests")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        db.close();
    }
};

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
