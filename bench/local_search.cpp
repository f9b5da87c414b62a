// A busy agent's month in the cache: 100,000 accounts and 1,000,000
// transactions. Local search latency (offline search, order lookup, a page
// of an account's log). Goal: search p95 under 5 ms.
#include "BenchSupport.h"
#include "RecordCache.h"
#include "StoreFile.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace WalletDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int accounts = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int transactions = argc > 2 ? QByteArray(argv[2]).toInt() : 1000000;
    QTemporaryDir dir;
    StoreFile store;
    RecordCache cache(&store);
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("month.sqlite")), &error))
        return 1;
    QElapsedTimer fill;
    fill.start();
    QList<AccountSummary> summaries;
    QRandomGenerator random(11);
    const QString surnames = QStringLiteral("王李张刘陈杨黄赵吴周");
    for (int i = 1; i <= accounts; ++i) {
        summaries.append({i, QStringLiteral("8800…%1").arg(i % 10000, 4, 10, QLatin1Char('0')),
            surnames.at(i % surnames.size()) + QStringLiteral("**"),
            QStringLiteral("13%1****%2")
                .arg(random.bounded(10))
                .arg(random.bounded(10000), 4, 10, QLatin1Char('0')),
            QStringLiteral("u***@example.cn"), AccountStatus::Active, 2});
        if (summaries.size() == 10000) {
            cache.putAccountSummaries(summaries);
            summaries.clear();
        }
    }
    cache.putAccountSummaries(summaries);
    const auto rows = Bench::transactions(transactions, accounts);
    for (qsizetype i = 0; i < rows.size(); i += 100000)
        cache.putTransactions(rows.mid(i, 100000));
    std::printf("cache filled with %d accounts and %d transactions in %.1f s\n", accounts,
        transactions, double(fill.elapsed()) / 1000);

    QList<double> last4, name, order, page;
    for (int i = 0; i < 2000; ++i) {
        QElapsedTimer t;
        t.start();
        cache.searchAccounts(
            QStringLiteral("%1").arg(random.bounded(10000), 4, 10, QLatin1Char('0')), 50);
        last4.append(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        cache.searchAccounts(QString(surnames.at(random.bounded(surnames.size()))), 50);
        name.append(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        cache.transactionByOrder(
            QStringLiteral("P%1").arg(10'000'000'000LL + random.bounded(transactions)));
        order.append(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        cache.transactions(1 + random.bounded(accounts), 0, 50);
        page.append(double(t.nsecsElapsed()) / 1e6);
    }
    Bench::printLatency("local search, last 4 digits (50 hits max)", last4);
    Bench::printLatency("local search, name (50 hits max)", name);
    Bench::printLatency("transaction by order number", order);
    Bench::printLatency("first page of an account's log (50 rows)", page);
    std::printf("goal: local search p95 under 5 ms\n");
    return 0;
}
