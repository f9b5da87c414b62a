// The first page of a long transaction log from either end, through the
// console's TransactionFeed and the real server on loopback: the time from
// asking to having the rows (request, server query, JSON, decoding). The
// oldest end is Ctrl+End in the list; it must be as quick as the newest end,
// which is what opening an account shows.
//   feed_ends --server URL --ca FILE [--account ID] [--page N] [--rounds N]
// With a store from bench/gui_bench.sh (account 4 holds every generated row):
//   walletdesk-server --db bench/var/gui-200000.db --cert … --key … --port P &
//   bench_feed_ends --server https://127.0.0.1:P --ca bench/var/certs/ca.pem
// Each round asks for both first pages, alternately, on one signed-in
// connection; the first round is printed on its own (cold caches).
#include "BenchSupport.h"
#include "ConsoleCore.h"
#include "TransactionFeed.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

using namespace WalletDesk;

namespace {
// Milliseconds until the fetcher's first page is in; -1 on an error or none.
double firstPageMs(PageLoader<Transaction>::Fetcher fetcher, int *rows)
{
    QEventLoop loop;
    QElapsedTimer clock;
    double ms = -1;
    bool answered = false;
    clock.start();
    fetcher([&](const QList<Transaction> &page, bool, const QString &error) {
        ms = error.isEmpty() && !page.isEmpty() ? double(clock.nsecsElapsed()) / 1e6 : -1;
        *rows = int(page.size());
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return ms;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("server"), QStringLiteral("url"), QStringLiteral("url")},
        {QStringLiteral("ca"), QStringLiteral("file"), QStringLiteral("file")},
        {QStringLiteral("account"), QStringLiteral("id"), QStringLiteral("id"),
            QStringLiteral("4")},
        {QStringLiteral("page"), QStringLiteral("rows"), QStringLiteral("n"),
            QStringLiteral("100")},
        {QStringLiteral("rounds"), QStringLiteral("n"), QStringLiteral("n"),
            QStringLiteral("20")}});
    parser.process(app);

    ConsoleSettings settings;
    settings.serverUrl = QUrl(parser.value(QStringLiteral("server")));
    settings.caFile = parser.value(QStringLiteral("ca"));
    ConsoleCore core(settings);
    QTemporaryDir dir;
    core.setStorePathOverride(dir.filePath(QStringLiteral("cache.sqlite")));
    QString error;
    if (!core.init(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (!Bench::signInAgent01(core)) {
        std::fprintf(stderr, "cannot sign in as agent01\n");
        return 2;
    }
    const qint64 account = parser.value(QStringLiteral("account")).toLongLong();
    const int page = parser.value(QStringLiteral("page")).toInt();
    const int rounds = qMax(2, parser.value(QStringLiteral("rounds")).toInt());
    TransactionFeed *feed = core.transactions();
    QList<double> oldest;
    QList<double> newest;
    double firstOldest = 0;
    double firstNewest = 0;
    int rows = 0;
    for (int round = 0; round < rounds; ++round) {
        // Fresh fetchers each time: a first page, not the next one.
        const double o = firstPageMs(
            feed->fetchersFrom(account, {}, {TransactionFeed::Start::Oldest, {}}, {}, page).newer,
            &rows);
        const double n = firstPageMs(feed->fetcherFor(account, {}, {}, page), &rows);
        if (o < 0 || n < 0) {
            std::fprintf(stderr, "no first page in round %d\n", round);
            return 3;
        }
        if (round == 0) {
            firstOldest = o;
            firstNewest = n;
        } else {
            oldest.append(o);
            newest.append(n);
        }
    }
    std::printf("first page of account %lld's log over %s, %d rows a page\n", account,
        qPrintable(settings.serverUrl.toString()), rows);
    std::printf("from the oldest end, first round             %8.1f ms\n", firstOldest);
    std::printf("from the newest end, first round             %8.1f ms\n", firstNewest);
    Bench::printLatency("from the oldest end", oldest);
    Bench::printLatency("from the newest end", newest);
    return 0;
}
