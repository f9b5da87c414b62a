// An offline screen pop by the caller's full number (issue #13), with the
// real server and the real keychain (gnome-keyring, started by
// scripts/with-keyring.sh): a number seen online finds its account from the
// cache once the server is gone, another number finds nothing, the cache
// file holds neither the number nor a longer piece of it than the masked
// form shows, the key is reused by the next sign-in and sign-out purges the
// digests and deletes the key.
#include "AccountService.h"
#include "CallSession.h"
#include "CallerNumberIndex.h"
#include "ConsoleHarness.h"
#include "CredentialStore.h"
#include "StoreFile.h"

#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace WalletDesk;

namespace {

const QString popNumber = QStringLiteral("+8613800138000"); // 张伟, account 1

// Every piece of the number longer than what its masked form (138****8000)
// shows in one run: four digits.
QList<QByteArray> piecesOf(const QByteArray &digits)
{
    QList<QByteArray> pieces;
    for (int i = 0; i + 5 <= digits.size(); ++i)
        pieces.append(digits.mid(i, 5));
    return pieces;
}

QStringList filesContaining(const QString &root, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        for (const QByteArray &needle : needles) {
            if (data.contains(needle))
                hits << path + QLatin1String(" holds ") + QString::fromLatin1(needle);
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

bool keychainHasNo(const QString &key)
{
    bool notFound = false;
    return readKeychain(key, &notFound).isEmpty() && notFound;
}

// Rows of the digests table, read beside the console's own connection.
int digestRows(const QString &path)
{
    int rows = -1;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM number_digests")) && q.next())
                rows = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return rows;
}

// Every value of every row of a table, as bytes.
QByteArray tableBytes(const QString &path, const QString &table)
{
    QByteArray all;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT * FROM ") + table)) {
                while (q.next()) {
                    for (int i = 0; i < q.record().count(); ++i) {
                        const QVariant v = q.value(i);
                        all += v.typeId() == QMetaType::QByteArray ? v.toByteArray()
                                                                   : v.toString().toUtf8();
                        all += '|';
                    }
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    return all;
}

struct Found
{
    QList<qint64> ids;
    bool fromCache = false;
};

Found search(ConsoleHarness &console, const QString &query)
{
    QSignalSpy spy(console.core->accounts(), &AccountService::searchFinished);
    console.core->accounts()->search(query, console.core->call()->callId());
    if (!spy.wait(20000) && spy.isEmpty())
        return {{-1}, false};
    Found f;
    for (const AccountSummary &a : spy.first().at(1).value<QList<AccountSummary>>())
        f.ids.append(a.id);
    f.fromCache = spy.first().at(2).toBool();
    return f;
}

} // namespace

class TestOfflinePop : public QObject
{
    Q_OBJECT

    TestServer m_server;
    quint16 m_port = 0;
    bool m_up = false;

    QString numberKey() const
    {
        return CredentialStore::numberKeyFor(
            QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port)), QStringLiteral("agent01"));
    }

    void stopServer()
    {
        m_server.kill();
        m_up = false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WalletDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("walletdesk"));
        qRegisterMetaType<QList<AccountSummary>>();
        QVERIFY2(m_server.prepare({30, 300, {}}), qPrintable(m_server.errorString()));
        m_port = TestServer::freePort();
    }

    void init()
    {
        if (!m_up)
            QVERIFY2(m_server.start({}, m_port), qPrintable(m_server.errorString()));
        m_up = true;
    }

    void cleanup()
    {
        // Each case starts without a key, as on a PC this agent never used.
        CredentialStore store;
        bool done = false;
        store.remove(numberKey(), [&](const CredentialStore::Outcome &) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 15000));
    }

    void popByNumberFindsTheAccountOffline()
    {
        ConsoleHarness console;
        QVERIFY(console.create(m_port, m_server.caFile()));
        QVERIFY(console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        CallerNumberIndex *numbers = console.core->callerNumbers();
        QSignalSpy remembered(numbers, &CallerNumberIndex::remembered);

        // The pop, online: the server finds 张伟 by the full number.
        console.core->call()->start(popNumber);
        const Found online = search(console, popNumber);
        QCOMPARE(online.ids, QList<qint64> {1});
        QVERIFY(!online.fromCache);
        QTRY_COMPARE_WITH_TIMEOUT(remembered.count(), 1, 15000);
        QVERIFY(remembered.first().at(0).toBool());
        QCOMPARE(numbers->keyState(), CallerNumberIndex::KeyState::Ready);
        QVERIFY(!readKeychain(numberKey()).isEmpty()); // made at first need, kept there

        stopServer();
        // The same number however written, from the cache.
        for (const QString &written : {popNumber, QStringLiteral("13800138000"),
                 QStringLiteral("+86 138-0013-8000"), QStringLiteral("008613800138000")}) {
            const Found offline = search(console, written);
            QVERIFY2(offline.fromCache, qPrintable(written));
            QCOMPARE(offline.ids, QList<qint64> {1});
        }
        // Another customer's number, never seen here, and one that only
        // shares the last four digits: nothing, not a lookalike.
        for (const QString &other :
            {QStringLiteral("+8613900139000"), QStringLiteral("13812348000")}) {
            const Found offline = search(console, other);
            QVERIFY(offline.fromCache);
            QVERIFY2(offline.ids.isEmpty(), qPrintable(other));
        }
        // Last four and names still search the cache as before.
        QCOMPARE(search(console, QStringLiteral("8000")).ids, QList<qint64> {1});

        // What this keeps beside the accounts holds no piece of the number.
        // (The live call's draft does hold it, for resuming after a crash:
        // the raw file is checked in typedNumberLeavesNoDigitsInTheFile.)
        const QString path = console.core->storeFile()->path();
        QVERIFY(digestRows(path) > 0);
        const QByteArray rows = tableBytes(path, QStringLiteral("number_digests"))
            + tableBytes(path, QStringLiteral("accounts"));
        QVERIFY(!rows.isEmpty());
        for (const QByteArray &piece : piecesOf("13800138000"))
            QVERIFY2(!rows.contains(piece), piece.constData());
    }

    // The agent types a full number (no call in progress, so no draft holds
    // it): the whole file and its WAL hold no run of it longer than the
    // masked form shows.
    void typedNumberLeavesNoDigitsInTheFile()
    {
        ConsoleHarness console;
        QVERIFY(console.create(m_port, m_server.caFile()));
        QVERIFY(console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        QSignalSpy remembered(console.core->callerNumbers(), &CallerNumberIndex::remembered);
        QCOMPARE(search(console, QStringLiteral("13800138000")).ids, QList<qint64> {1});
        QTRY_COMPARE_WITH_TIMEOUT(remembered.count(), 1, 15000);
        stopServer();
        QCOMPARE(search(console, popNumber).ids, QList<qint64> {1});
        const QStringList hits = filesContaining(console.dir.path(), piecesOf("13800138000"));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }

    void accountOpenedOnTheCallIsRemembered()
    {
        ConsoleHarness console;
        QVERIFY(console.create(m_port, m_server.caFile()));
        QVERIFY(console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        QSignalSpy remembered(console.core->callerNumbers(), &CallerNumberIndex::remembered);
        CallSession *call = console.core->call();

        // 李娜 calls; the agent finds her some other way and opens her account.
        call->start(QStringLiteral("+8613900139000"));
        call->chooseAccount(2);
        QSignalSpy ready(console.core->accounts(), &AccountService::accountReady);
        console.core->accounts()->open(2, call->callId());
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && ready.last().at(2).toBool(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(remembered.count(), 1, 15000);
        call->end(QStringLiteral("resolved_first_call"));

        // A call from a number that is not the account's: the account
        // chosen does not make that number lead to it.
        call->start(QStringLiteral("+8613700137000"));
        call->chooseAccount(2);
        ready.clear();
        console.core->accounts()->open(2, call->callId());
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && ready.last().at(2).toBool(), 15000);
        QCOMPARE(remembered.count(), 1);

        stopServer();
        QCOMPARE(search(console, QStringLiteral("13900139000")).ids, QList<qint64> {2});
        QVERIFY(search(console, QStringLiteral("13700137000")).ids.isEmpty());
    }

    void keyReusedBySignInAndDeletedAtSignOut()
    {
        ConsoleHarness first;
        QVERIFY(first.create(m_port, m_server.caFile()));
        QVERIFY(first.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        QSignalSpy remembered(first.core->callerNumbers(), &CallerNumberIndex::remembered);
        first.core->call()->start(popNumber);
        QCOMPARE(search(first, popNumber).ids, QList<qint64> {1});
        QTRY_COMPARE_WITH_TIMEOUT(remembered.count(), 1, 15000);
        const QString path = first.core->storeFile()->path();
        const QString key = readKeychain(numberKey());
        QVERIFY(!key.isEmpty());
        first.core.reset(); // the console goes without signing out (a crash, a kill)

        ConsoleHarness second;
        QVERIFY(second.create(m_port, m_server.caFile()));
        second.core->setStorePathOverride(path);
        QVERIFY(second.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        QTRY_COMPARE_WITH_TIMEOUT(
            second.core->callerNumbers()->keyState(), CallerNumberIndex::KeyState::Ready, 15000);
        QCOMPARE(readKeychain(numberKey()), key); // the same key, not a new one
        stopServer();
        QCOMPARE(search(second, QStringLiteral("13800138000")).ids, QList<qint64> {1});

        QVERIFY(m_server.start({}, m_port));
        m_up = true;
        QVERIFY(digestRows(path) > 0);
        QSignalSpy out(second.core->session(), &Session::signedOut);
        second.core->session()->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(out.count(), 1, 20000);
        QCOMPARE(digestRows(path), 0);
        QTRY_VERIFY_WITH_TIMEOUT(keychainHasNo(numberKey()), 15000);
        QCOMPARE(second.core->callerNumbers()->keyState(), CallerNumberIndex::KeyState::NotLoaded);
    }

    void normalisedAsTheServerReadsPhones()
    {
        QCOMPARE(CallerNumberIndex::normalise(QStringLiteral(" +86 138-0013-8000 ")),
            QStringLiteral("13800138000"));
        QCOMPARE(CallerNumberIndex::normalise(QStringLiteral("008613800138000")),
            QStringLiteral("13800138000"));
        QCOMPARE(CallerNumberIndex::normalise(QStringLiteral("01012345678")),
            QStringLiteral("01012345678"));
        QVERIFY(CallerNumberIndex::normalise(QStringLiteral("8000")).isEmpty()); // last four
        QVERIFY(CallerNumberIndex::normalise(QStringLiteral("8800000000000001")).isEmpty());
        QVERIFY(CallerNumberIndex::normalise(QStringLiteral("张伟")).isEmpty());
        QVERIFY(CallerNumberIndex::normalise(QStringLiteral("(010) 1234-5678")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOfflinePop)
#include "tst_offlinepop.moc"
