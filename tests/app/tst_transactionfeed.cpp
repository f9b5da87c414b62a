// The transaction log when the server cannot be reached: the cache answers,
// filtered exactly as the server would; order look-ups fall back to it; a
// CSV export of the filtered rows still works, escapes what spreadsheets
// would run, and leaves no file behind when cancelled. And the log from
// either end or a day, against the real server, both ways: every row once,
// China days whatever the PC's zone (ctest runs this in New York time), the
// filter kept, the cache answering offline.
#include "ApiClient.h"
#include "ConsoleHarness.h"
#include "CsvFile.h"
#include "RecordCache.h"
#include "StoreFile.h"
#include "TestServer.h"
#include "TransactionExport.h"
#include "TransactionFeed.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>
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

    // Pages of a newer-going fetcher as a model puts them: each one above
    // what is shown, in the order given.
    QList<Transaction> readAllNewer(PageLoader<Transaction>::Fetcher fetcher)
    {
        QList<Transaction> shown;
        bool more = true;
        for (int page = 0; more && page < 1000; ++page) {
            bool answered = false;
            fetcher([&](const QList<Transaction> &rows, bool hasMore, const QString &) {
                shown = rows + shown;
                more = hasMore;
                answered = true;
            });
            if (!QTest::qWaitFor([&] { return answered; }, 15000))
                return {};
        }
        return shown;
    }

    QList<Transaction> firstPage(PageLoader<Transaction>::Fetcher fetcher, bool *more = nullptr)
    {
        QList<Transaction> got;
        bool answered = false;
        fetcher([&](const QList<Transaction> &rows, bool hasMore, const QString &) {
            got = rows;
            if (more)
                *more = hasMore;
            answered = true;
        });
        return QTest::qWaitFor([&] { return answered; }, 15000) ? got : QList<Transaction> {};
    }

    static QList<qint64> ids(const QList<Transaction> &rows)
    {
        QList<qint64> result;
        for (const Transaction &t : rows)
            result.append(t.id);
        return result;
    }

    // Worked out here rather than with WorkingCalendar, which the feed uses.
    static QDate chinaDay(const Transaction &t)
    {
        return t.createdAt.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).date();
    }

    // Account 4 of a server with four accounts holds every generated row.
    static constexpr qint64 longLog = 4;
    TestServer m_server;
    ConsoleHarness m_console;
    QList<Transaction> m_newestFirst; // account 4's whole log, from the newest end

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

        // Rows every hour and a half for half a year: every China day has
        // some, and rows fall on both sides of China's and New York's midnight.
        QVERIFY2(m_server.prepare({4, 2500, {}}), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_console.create(m_server.port(), m_server.caFile(), 15));
        QVERIFY(m_console.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        m_newestFirst = readAll(m_console.core->transactions()->fetcherFor(longLog, {}, {}, 200));
        QCOMPARE(m_newestFirst.size(), 2500);
    }

    void theTestRunsOutsideChina()
    {
        // The Day test proves nothing in China time (ctest sets TZ).
        QVERIFY(QDateTime::currentDateTime().offsetFromUtc() != 8 * 3600);
    }

    void oldestStartEndsWithTheOldestRow()
    {
        const auto f = m_console.core->transactions()->fetchersFrom(
            longLog, {}, {TransactionFeed::Start::Oldest, {}}, {}, 50);
        QVERIFY(f.startsNewer);
        bool more = false;
        const QList<Transaction> page = firstPage(f.newer, &more);
        QVERIFY(more);
        // Newest first: the oldest row is the page's last, the bottom of the view.
        QCOMPARE(ids(page), ids(m_newestFirst.mid(m_newestFirst.size() - 50)));
        QVERIFY(firstPage(f.older, &more).isEmpty());
        QVERIFY(!more);
    }

    void newerFromTheOldestReachesTheNewest()
    {
        const auto f = m_console.core->transactions()->fetchersFrom(
            longLog, {}, {TransactionFeed::Start::Oldest, {}}, {}, 70);
        // Every row once, in order: no gap, no duplicate, across pages.
        QCOMPARE(ids(readAllNewer(f.newer)), ids(m_newestFirst));
        const auto n = m_console.core->transactions()->fetchersFrom(longLog, {}, {}, {}, 70);
        QVERIFY(!n.startsNewer);
        QVERIFY(readAllNewer(n.newer).isEmpty());
    }

    void dayStartLandsOnTheChinaDay()
    {
        // A day in the middle of the log, and the rows of it in China time.
        const QDate day = chinaDay(m_newestFirst.at(m_newestFirst.size() / 2));
        QList<qint64> ofDay;
        qsizetype firstOfDay = -1;
        for (qsizetype i = 0; i < m_newestFirst.size(); ++i) {
            if (chinaDay(m_newestFirst.at(i)) == day) {
                if (firstOfDay < 0)
                    firstOfDay = i;
                ofDay.append(m_newestFirst.at(i).id);
            }
        }
        QVERIFY(ofDay.size() >= 3);
        // Some of the day's rows are on another date in New York.
        QVERIFY(
            std::any_of(m_newestFirst.cbegin(), m_newestFirst.cend(), [&](const Transaction &t) {
                return chinaDay(t) == day && t.createdAt.toLocalTime().date() != day;
            }));
        const auto f = m_console.core->transactions()->fetchersFrom(
            longLog, {}, {TransactionFeed::Start::Day, day}, {}, 60);
        QVERIFY(!f.startsNewer);
        const QList<Transaction> older = firstPage(f.older);
        QCOMPARE(ids(older.mid(0, ofDay.size())), ofDay);
        QVERIFY(chinaDay(older.at(ofDay.size())) < day);
        const QList<Transaction> newer = firstPage(f.newer);
        QVERIFY(chinaDay(newer.last()) > day);
        QCOMPARE(newer.last().id, m_newestFirst.at(firstOfDay - 1).id);
        // Both ways from the day: the whole log once.
        const auto again = m_console.core->transactions()->fetchersFrom(
            longLog, {}, {TransactionFeed::Start::Day, day}, {}, 90);
        QCOMPARE(ids(readAllNewer(again.newer) + readAll(again.older)), ids(m_newestFirst));
    }

    void filterHoldsFromEitherEndAndADay()
    {
        TransactionFilter filter;
        filter.type = TransactionType::Payment;
        filter.minFen = 20000;
        QList<qint64> expected;
        for (const Transaction &t : m_newestFirst) {
            if (t.type == TransactionType::Payment && t.amount.fen >= 20000)
                expected.append(t.id);
        }
        QVERIFY(expected.size() > 100 && expected.size() < m_newestFirst.size());
        auto *feed = m_console.core->transactions();
        const auto oldest
            = feed->fetchersFrom(longLog, {}, {TransactionFeed::Start::Oldest, {}}, filter, 40);
        QCOMPARE(ids(readAllNewer(oldest.newer)), expected);
        const QDate day = chinaDay(m_newestFirst.at(m_newestFirst.size() / 3));
        const auto fromDay
            = feed->fetchersFrom(longLog, {}, {TransactionFeed::Start::Day, day}, filter, 40);
        QCOMPARE(ids(readAllNewer(fromDay.newer) + readAll(fromDay.older)), expected);
    }

    void offlineTheCacheAnswersFromEitherEndAndADay()
    {
        // Online, the newest 500 rows were cached (initTestCase read them);
        // now nobody answers: the cache does, from the same places.
        RecordCache *cache = m_console.core->recordCache();
        const QList<Transaction> cached = cache->transactions(longLog, 0, 10000);
        QCOMPARE(ids(cached), ids(m_newestFirst.mid(0, cached.size())));
        QVERIFY(cached.size() >= 200);
        TransactionFeed offline(m_api.get(), cache);
        const auto oldest
            = offline.fetchersFrom(longLog, {}, {TransactionFeed::Start::Oldest, {}}, {}, 30);
        const QList<Transaction> bottom = firstPage(oldest.newer);
        QCOMPARE(ids(bottom), ids(cached.mid(cached.size() - 30)));
        QCOMPARE(ids(readAllNewer(
                     offline.fetchersFrom(longLog, {}, {TransactionFeed::Start::Oldest, {}}, {}, 30)
                         .newer)),
            ids(cached));
        // A day inside the cached stretch, filtered as online.
        const QDate day = chinaDay(cached.at(cached.size() / 2));
        TransactionFilter filter;
        filter.type = TransactionType::Payment;
        QList<qint64> expectedOlder;
        QList<qint64> expectedNewer;
        for (const Transaction &t : cached) {
            if (t.type == TransactionType::Payment)
                (chinaDay(t) > day ? expectedNewer : expectedOlder).append(t.id);
        }
        const auto fromDay
            = offline.fetchersFrom(longLog, {}, {TransactionFeed::Start::Day, day}, filter, 20);
        const QList<Transaction> older = readAll(fromDay.older);
        QVERIFY(!older.isEmpty());
        QCOMPARE(ids(older), expectedOlder);
        QCOMPARE(chinaDay(older.first()), day);
        QCOMPARE(ids(readAllNewer(fromDay.newer)), expectedNewer);
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
