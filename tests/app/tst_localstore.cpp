// The console's SQLite cache: migrations, the outbox, recovery from a
// damaged or newer file, and the purge at sign-out.
#include "LocalStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace WalletDesk;

namespace {

ComplaintDraft draft(const QString &description)
{
    ComplaintDraft d;
    d.channel = QStringLiteral("hotline");
    d.categoryCode = QStringLiteral("fees");
    d.severity = Severity::Low;
    d.description = description;
    return d;
}

Account account(qint64 id, const QString &phone)
{
    Account a;
    a.summary = {id, QStringLiteral("8800…%1").arg(id, 4, 10, QLatin1Char('0')), QStringLiteral("张*"), phone,
                 QStringLiteral("z***@example.cn"), AccountStatus::Active, 2};
    a.createdAt = QDateTime::currentDateTimeUtc();
    return a;
}

void setUserVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("poke");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outboxKeepsOrderAndState()
    {
        QTemporaryDir dir;
        LocalStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        QVERIFY(!store.openReport().rebuilt);
        for (int i = 0; i < 3; ++i)
            store.queueComplaint(draft(QStringLiteral("c%1").arg(i)), QStringLiteral("key-%1").arg(i));
        QCOMPARE(store.unsentCount(), 3);
        QCOMPARE(store.queuedComplaints().size(), 3);
        QCOMPARE(store.nextPending()->key, QStringLiteral("key-0"));
        // A failed head blocks the queue: order matters to the server.
        store.markFailed(store.nextPending()->seq, 400, QStringLiteral("bad"));
        QVERIFY(!store.nextPending());
        QCOMPARE(store.outbox().first().lastError, QStringLiteral("bad"));
        store.retryFailed(store.outbox().first().seq);
        QCOMPARE(store.nextPending()->key, QStringLiteral("key-0"));
        store.markSent(store.nextPending()->seq, QByteArray("{}"));
        QCOMPARE(store.unsentCount(), 2);
        QCOMPARE(store.queuedComplaints().size(), 2);
        store.discard(store.nextPending()->seq);
        QCOMPARE(store.nextPending()->key, QStringLiteral("key-2"));
    }

    void survivesReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            LocalStore store;
            QString error;
            QVERIFY(store.open(path, &error));
            store.queueComplaint(draft(QStringLiteral("kept")), QStringLiteral("key-kept"));
            store.saveDraft(QStringLiteral("call-1"), QStringLiteral("客户说……"));
            store.putAccount(account(5, QStringLiteral("138****8000")), "\"etag\"");
        }
        LocalStore store;
        QString error;
        QVERIFY(store.open(path, &error));
        QCOMPARE(store.unsentCount(), 1);
        QCOMPARE(store.draft(QStringLiteral("call-1")), QStringLiteral("客户说……"));
        const auto cached = store.account(5);
        QVERIFY(cached);
        QCOMPARE(cached->etag, QByteArray("\"etag\""));
        QCOMPARE(cached->value.summary.phone, QStringLiteral("138****8000"));
        QVERIFY(cached->fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    }

    void corruptFileIsRebuiltOutboxKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            LocalStore store;
            QString error;
            QVERIFY(store.open(path, &error));
            for (int i = 0; i < 5; ++i)
                store.queueComplaint(draft(QStringLiteral("unsent %1").arg(i)), QStringLiteral("key-%1").arg(i));
            for (int i = 0; i < 200; ++i)
                store.putAccount(account(100 + i, QStringLiteral("139****%1").arg(i, 4, 10, QLatin1Char('0'))), {});
            store.saveDraft(QStringLiteral("call-9"), QStringLiteral("draft notes"));
        }
        // Scribble over pages far from the start, where the account cache lives.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 16384);
        file.seek(size - 8192);
        file.write(QByteArray(4096, '\x5a'));
        file.close();

        LocalStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY(store.openReport().rebuilt);
        QVERIFY(!store.openReport().reason.isEmpty());
        QVERIFY(QFile::exists(store.openReport().movedAside));
        QCOMPARE(store.unsentCount(), 5);
        QCOMPARE(store.outbox().first().key, QStringLiteral("key-0"));
        QCOMPARE(store.queuedComplaints().size(), 5);
        QCOMPARE(store.draft(QStringLiteral("call-9")), QStringLiteral("draft notes"));
        QVERIFY(!store.account(100)); // the cache itself starts empty
    }

    void garbageFileIsReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database at all");
        file.close();
        LocalStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY(store.openReport().rebuilt);
        QCOMPARE(store.unsentCount(), 0);
        store.queueComplaint(draft(QStringLiteral("works")), QStringLiteral("key-new"));
        QCOMPARE(store.unsentCount(), 1);
    }

    void newerSchemaIsRebuiltOutboxKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            LocalStore store;
            QString error;
            QVERIFY(store.open(path, &error));
            store.queueComplaint(draft(QStringLiteral("from the future")), QStringLiteral("key-future"));
        }
        setUserVersion(path, LocalStore::schemaVersion() + 5);
        LocalStore store;
        QString error;
        QVERIFY(store.open(path, &error));
        QVERIFY(store.openReport().rebuilt);
        QVERIFY(store.openReport().reason.contains(QLatin1String("newer")));
        QCOMPARE(store.openReport().recoveredOutbox, 1);
        QCOMPARE(store.nextPending()->key, QStringLiteral("key-future"));
    }

    void purgeLeavesNoPersonalData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        LocalStore store;
        QString error;
        QVERIFY(store.open(path, &error));
        const QString marker = QStringLiteral("PHONE-MARKER-4711");
        for (int i = 0; i < 50; ++i)
            store.putAccount(account(i + 1, marker), {});
        Transaction t;
        t.id = 1;
        t.orderNumber = QStringLiteral("P1");
        t.accountId = 1;
        t.amount = {100, QStringLiteral("CNY")};
        t.createdAt = QDateTime::currentDateTimeUtc();
        t.counterparty = marker;
        store.putTransactions({t});
        store.saveDraft(QStringLiteral("call"), marker);
        store.purgePersonalData();
        QVERIFY(!store.account(1));
        QCOMPARE(store.transactions(1, 0, 10).size(), 0);
        store.close();
        for (const QString &f : QDir(dir.path()).entryList(QDir::Files)) {
            QFile file(dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(marker.toUtf8()), qPrintable(f));
        }
    }

    void localSearch()
    {
        QTemporaryDir dir;
        LocalStore store;
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("a.sqlite")), &error));
        store.putAccountSummaries({account(1, QStringLiteral("138****8000")).summary, account(2, QStringLiteral("139****1234")).summary});
        QCOMPARE(store.searchAccounts(QStringLiteral("8000"), 10).size(), 1);
        QCOMPARE(store.searchAccounts(QStringLiteral("13800138000"), 10).first().id, 1);
        QCOMPARE(store.searchAccounts(QStringLiteral("张伟"), 10).size(), 2);
        QCOMPARE(store.searchAccounts(QStringLiteral("0002"), 10).first().id, 2); // account number
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
