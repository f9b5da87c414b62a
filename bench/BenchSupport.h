#pragma once

#include "ConsoleCore.h"
#include "Session.h"
#include "Transaction.h"

#include <QEventLoop>

#include <QElapsedTimer>
#include <QList>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

// Shared bits of the console benchmarks: synthetic rows and percentiles.
namespace Bench {

inline QList<WalletDesk::Transaction> transactions(int count, int accounts, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    QList<WalletDesk::Transaction> rows;
    rows.reserve(count);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-180);
    for (int i = 0; i < count; ++i) {
        WalletDesk::Transaction t;
        t.id = i + 1;
        t.orderNumber = QStringLiteral("P%1").arg(10'000'000'000LL + i);
        t.accountId = 1 + random.bounded(accounts);
        t.type = WalletDesk::TransactionType::Payment;
        t.amount = {100 + random.bounded(100000), QStringLiteral("CNY")};
        t.merchant = QStringLiteral("美团外卖");
        t.createdAt = start.addSecs(i * 15);
        t.completedAt = t.createdAt.addSecs(2);
        t.debited = true;
        rows.append(t);
    }
    return rows;
}

// Signs the demo agent in (benchmarks may block: there is no window to keep alive).
inline bool signInAgent01(WalletDesk::ConsoleCore &core)
{
    using WalletDesk::Session;
    QEventLoop loop;
    QObject::connect(core.session(), &Session::stateChanged, &loop, [&](Session::State s) {
        if (s != Session::State::SigningIn)
            loop.quit();
    });
    core.session()->signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo"));
    loop.exec();
    return core.session()->state() == Session::State::SignedIn;
}

inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype i = qMin(samples.size() - 1, qsizetype(p / 100.0 * double(samples.size())));
    return samples.at(i);
}

inline void printLatency(const char *what, const QList<double> &ms)
{
    std::printf("%-44s p50 %8.3f ms   p95 %8.3f ms   (n=%lld)\n", what, percentile(ms, 50),
        percentile(ms, 95), qint64(ms.size()));
}

} // namespace Bench
