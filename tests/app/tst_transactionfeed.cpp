// The transaction log when the server cannot be reached: the cache answers,
// filtered exactly as the server would; order look-ups fall back to it; a
// CSV export of the filtered rows still works, escapes what spreadsheets
// would run, and leaves no file behind when cancelled.
#include "ApiClient.h"
#include "CsvFile.h"
#include "RecordCache.h"
#include "StoreFile.h"
#include "TestServer.h"
#include "TransactionExport.h"
#include "TransactionFeed.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace WalletDesk;

class TestTransactionFeed : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    StoreFile m_store;
    RecordCache m_cache {&m_store};
    std::unique_ptr<ApiClient> m_api;

    QList<Transaction> readAll(
        PageLoader<Transaction>::Fetcher fetcher, QString *firstError = nullptr)
    {
        QList<Transaction> all;
        bool more = true;
        for (int page = 0; more && page < 1000; ++page) {
            bool answered = false;
            fetcher([&](const QList<Transaction> &rows, bool hasMore, const QString &error) {
                all += rows;
                more = hasMore;
                if (firstError && page == 0)
                    *firstError = error;
                answered = true;
            });
            if (!QTest::qWaitFor([&] { return answered; }, 15000))
                return {};
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error));
        // 300 cached rows of account 5 across 30 days, and a few of another account.
        QList<Transaction> rows;
        const QDateTime base(QDate(2026, 11, 1), QTime(2, 0), Qt::UTC);
        for (int i = 0; i < 300; ++i) {
            Transaction t;
            t.id = i + 1;
            t.orderNumber = QStringLiteral("C%1").arg(i + 1, 7, 10, QLatin1Char('0'));
            t.accountId = i < 290 ? 5 : 6;
            t.type = i % 3 == 0 ? TransactionType::Withdrawal : TransactionType::Payment;
            t.status = i % 7 == 0 ? TransactionStatus::Failed : TransactionStatus::Succeeded;
            if (t.status == TransactionStatus::Failed)
                t.failureReason = QStringLiteral("银行系统超时");
            t.amount = {qint64(100 * (i + 1)), QStringLiteral("CNY")};
            t.merchant = i == 10 ? QStringLiteral("=HYPERLINK(\"http://x\")")
                                 : QStringLiteral("商户, \"甲\"");
            t.createdAt = base.addSecs(qint64(i) * 9000);
            rows.append(t);
        }
        QVERIFY(m_cache.putTransactions(rows));
        // One cached row that no longer decodes (an older console wrote it): skipped, paging
        // unharmed.
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poke"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(db.open());
        QSqlQuery poke(db);
        QVERIFY(poke.exec(QStringLiteral(
            "UPDATE transactions SET type = 'teleport' WHERE order_number = 'C0000200'")));
        QCOMPARE(poke.numRowsAffected(), 1);
        ConsoleSettings settings;
        settings.serverUrl = QUrl(
            QStringLiteral("https://127.0.0.1:%1").arg(TestServer::freePort())); // nobody listens
        settings.requestTimeoutSeconds = 3;
        m_api = std::make_unique<ApiClient>(settings, TlsPolicy {});
    }

    void offlinePagesAreFilteredLikeTheServer()
    {
        TransactionFeed feed(m_api.get(), &m_cache);
        TransactionFilter filter;
        filter.type = TransactionType::Withdrawal;
        filter.from = QDate(2026, 11, 5);
        filter.minFen = 5000;
        QString firstError;
        const QList<Transaction> got = readAll(feed.fetcherFor(5, {}, filter, 40), &firstError);
        QList<Transaction> expected;
        for (const Transaction &t : m_cache.transactions(5, 0, 1000)) {
            if (filter.matches(t))
                expected.append(t);
        }
        QVERIFY(expected.size() > 40); // more than one page
        QCOMPARE(got.size(), expected.size());
        for (int i = 0; i < got.size(); ++i)
            QCOMPARE(got.at(i).id, expected.at(i).id);
        QVERIFY(std::none_of(got.cbegin(), got.cend(),
            [](const Transaction &t) { return t.orderNumber == QLatin1String("C0000200"); }));
        for (const Transaction &t : got)
            QVERIFY(
                t.accountId == 5 && t.type == TransactionType::Withdrawal && t.amount.fen >= 5000);
    }

    void orderLookupFallsBackToTheCache()
    {
        TransactionFeed feed(m_api.get(), &m_cache);
        std::optional<Transaction> found;
        QString message;
        bool done = false;
        feed.findOrder(QStringLiteral(" C0000042 "), {},
            [&](const std::optional<Transaction> &t, const QString &m) {
                found = t;
                message = m;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY(found.has_value());
        QCOMPARE(found->id, 42);
        QVERIFY(!message.isEmpty()); // says it is the cached copy
        done = false;
        feed.findOrder(QStringLiteral("C9999999"), {},
            [&](const std::optional<Transaction> &t, const QString &m) {
                found = t;
                message = m;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY(!found);
        QVERIFY(!message.isEmpty());
    }

    void csvFields()
    {
        QCOMPARE(CsvFile::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvFile::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(
            CsvFile::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvFile::field(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
        QCOMPARE(CsvFile::field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(CsvFile::field(QStringLiteral("line\nbreak")), QStringLiteral("\"line\nbreak\""));
        QCOMPARE(CsvFile::field(QString()), QString());
    }

    void offlineExportWritesTheFilteredRows()
    {
        TransactionFeed feed(m_api.get(), &m_cache);
        TransactionFilter filter;
        filter.status = TransactionStatus::Failed;
        const QString path = m_dir.filePath(QStringLiteral("failed.csv"));
        TransactionExport job(feed.fetcherFor(5, {}, filter, 10), path);
        QSignalSpy progress(&job, &TransactionExport::progress);
        QSignalSpy finished(&job, &TransactionExport::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        int expected = 0;
        for (const Transaction &t : m_cache.transactions(5, 0, 1000))
            expected += filter.matches(t);
        QCOMPARE(finished.first().at(1).toInt(), expected);
        QVERIFY(progress.count() >= 2); // page by page
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll().mid(3))
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), expected + 1);
        // Row 10 (id 11, failed? no) aside, every merchant with a comma and quotes stays one field.
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).contains(QStringLiteral("\"商户, \"\"甲\"\"\"")),
                qPrintable(lines.at(i)));
    }

    void formulaIsNeutralised()
    {
        TransactionFeed feed(m_api.get(), &m_cache);
        TransactionFilter filter;
        filter.minFen = 1100;
        filter.maxFen = 1100; // only id 11, the one with the formula
        const QString path = m_dir.filePath(QStringLiteral("formula.csv"));
        TransactionExport job(feed.fetcherFor(5, {}, filter), path);
        QSignalSpy finished(&job, &TransactionExport::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(
            text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")), qPrintable(text));
    }

    void cancelledExportLeavesTheOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old contents");
        }
        TransactionFeed feed(m_api.get(), &m_cache);
        // Pages that take their time, like a slow server. A page counts as
        // handed over once the export has had its turn with it: the export
        // takes a page on a queued call, and ours is queued after it.
        auto source = feed.fetcherFor(5, {}, {}, 5);
        int asked = 0;
        int handedOver = 0;
        QObject counter;
        auto slow
            = [source, &asked, &handedOver, &counter](PageLoader<Transaction>::PageCallback done) {
                  ++asked;
                  source([done, &handedOver, &counter](
                             const QList<Transaction> &rows, bool more, const QString &error) {
                      QTimer::singleShot(40, &counter, [=, &handedOver, &counter] {
                          done(rows, more, error);
                          QMetaObject::invokeMethod(
                              &counter, [&handedOver] { ++handedOver; }, Qt::QueuedConnection);
                      });
                  });
              };
        TransactionExport job(slow, path);
        QSignalSpy progress(&job, &TransactionExport::progress);
        QSignalSpy finished(&job, &TransactionExport::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 1, 15000);
        job.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        // Pages still in flight change nothing, and no more are asked for.
        const int askedAtCancel = asked;
        QVERIFY(askedAtCancel >= 2);
        QTRY_COMPARE_WITH_TIMEOUT(handedOver, askedAtCancel, 15000);
        QCOMPARE(asked, askedAtCancel);
        QCOMPARE(finished.count(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old contents"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("keep.csv*")}, QDir::Files),
            QStringList {QStringLiteral("keep.csv")});
    }
};

QTEST_GUILESS_MAIN(TestTransactionFeed)
#include "tst_transactionfeed.moc"
