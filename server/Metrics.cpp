#include "Metrics.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

Q_LOGGING_CATEGORY(lcMetrics, "walletdesk.server.metrics")

namespace WalletDesk::Server {

namespace {

using Counter = std::atomic<std::uint64_t>;

// Only the thread that owns a block writes to it: a load and a store, with
// no locked instruction. A scrape on another thread reads each counter
// whole (relaxed atomics), at worst one request behind.
inline void bump(Counter &counter, std::uint64_t by = 1)
{
    counter.store(counter.load(std::memory_order_relaxed) + by, std::memory_order_relaxed);
}

inline std::uint64_t read(const Counter &counter)
{
    return counter.load(std::memory_order_relaxed);
}

std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

template<std::size_t N>
std::size_t bucketOf(const std::array<Metrics::Bound, N> &bounds, std::int64_t ns)
{
    std::size_t i = 0;
    while (i < N && ns > bounds[i].ns)
        ++i;
    return i; // N: the +Inf bucket
}

constexpr int statusClassSlot(int status)
{
    const int cls = status >= 100 && status < 600 ? status / 100 : 5;
    return int(Metrics::countedStatuses.size()) + cls - 1;
}

constexpr std::array<std::uint8_t, 600> makeStatusSlots()
{
    std::array<std::uint8_t, 600> table {};
    for (int status = 0; status < 600; ++status)
        table[std::size_t(status)] = std::uint8_t(statusClassSlot(status));
    for (std::size_t i = 0; i < Metrics::countedStatuses.size(); ++i)
        table[std::size_t(Metrics::countedStatuses[i])] = std::uint8_t(i);
    return table;
}
constexpr std::array<std::uint8_t, 600> statusSlotTable = makeStatusSlots();

int statusSlot(int status)
{
    return status >= 0 && status < 600 ? statusSlotTable[std::size_t(status)]
                                       : statusClassSlot(status);
}

struct RouteBlock
{
    std::array<Counter, Metrics::statusSlots> statuses {};
    std::array<Counter, Metrics::requestBounds.size() + 1> buckets {};
    Counter sumNs {0};
    Counter replays {0};
};

// One thread's counters. Aligned so that no two threads' blocks share a
// cache line.
struct alignas(64) Shard
{
    std::array<RouteBlock, Metrics::maxRoutes> routes {};
    std::array<Counter, Metrics::statementBounds.size() + 1> statementBuckets {};
    Counter statementSumNs {0};
    // Errors are the rare path and their codes an open set: a map, under a
    // lock only this thread and a scrape ever take.
    QMutex errorsLock;
    std::map<std::pair<int, std::string>, std::uint64_t> errors;
};

// What the request being handled on this thread noted; trivial, so that
// reaching it costs no initialisation check.
struct ThreadState
{
    Shard *shard = nullptr;
    bool uncounted = false;
    bool replayed = false;
    char errorCode[48] = {};
};
thread_local ThreadState t_state;

const char *methodName(Metrics::Method method)
{
    using M = Metrics::Method;
    switch (method) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        return "OTHER";
    }
}

constexpr Metrics::Method unmatchedMethods[]
    = {Metrics::Method::Get, Metrics::Method::Put, Metrics::Method::Delete, Metrics::Method::Post,
        Metrics::Method::Head, Metrics::Method::Options, Metrics::Method::Patch,
        Metrics::Method::Connect, Metrics::Method::Trace, Metrics::Method::Unknown};
constexpr int unmatchedCount = int(std::size(unmatchedMethods));

struct Registry
{
    QMutex lock;
    QList<QPair<QString, QString>> routes; // (method, pattern) by id
    QHash<QString, int> ids; // "METHOD pattern" -> id
    std::vector<std::unique_ptr<Shard>> shards;

    Registry()
    {
        for (Metrics::Method method : unmatchedMethods)
            routes.append({QLatin1String(methodName(method)), QStringLiteral("unmatched")});
    }

    Shard *attach()
    {
        auto shard = std::make_unique<Shard>();
        Shard *raw = shard.get();
        QMutexLocker locker(&lock);
        shards.push_back(std::move(shard));
        return raw;
    }
};

Registry &registry()
{
    static Registry r;
    return r;
}

Shard &shard()
{
    if (!t_state.shard) [[unlikely]]
        t_state.shard = registry().attach();
    return *t_state.shard;
}

} // namespace

Metrics::Metrics() = default;

Metrics &Metrics::instance()
{
    static Metrics metrics;
    return metrics;
}

void Metrics::setEnabled(bool enabled)
{
    s_enabled.store(enabled, std::memory_order_relaxed);
}

void Metrics::setThreadCounted(bool counted)
{
    t_state.uncounted = !counted;
}

int Metrics::routeId(Method method, const QString &pattern)
{
    Registry &r = registry();
    const QString method_ = QLatin1String(methodName(method));
    const QString key = method_ + QLatin1Char(' ') + pattern;
    QMutexLocker locker(&r.lock);
    if (const auto found = r.ids.constFind(key); found != r.ids.cend())
        return *found;
    if (r.routes.size() >= maxRoutes) {
        qCWarning(lcMetrics).noquote()
            << "more than" << maxRoutes << "routes: counting" << key << "as unmatched";
        return unmatchedRoute(method);
    }
    const int id = int(r.routes.size());
    r.routes.append({method_, pattern});
    r.ids.insert(key, id);
    return id;
}

int Metrics::unmatchedRoute(Method method)
{
    for (int i = 0; i < unmatchedCount - 1; ++i)
        if (unmatchedMethods[i] == method)
            return i;
    return unmatchedCount - 1;
}

std::int64_t Metrics::startRequest()
{
    if (!enabled())
        return 0;
    t_state.replayed = false;
    t_state.errorCode[0] = 0;
    return nowNs();
}

void Metrics::noteError(const QString &code)
{
    if (!enabled())
        return;
    // The codes are the server's own identifiers; anything else would be a
    // label value no one chose, so it is not copied.
    constexpr qsizetype room = qsizetype(sizeof t_state.errorCode) - 1;
    const bool plain = !code.isEmpty() && code.size() <= room
        && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
               return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
           });
    const QByteArray text = plain ? code.toLatin1() : QByteArrayLiteral("other");
    std::memcpy(t_state.errorCode, text.constData(), size_t(text.size()) + 1);
}

void Metrics::noteReplay()
{
    t_state.replayed = true;
}

void Metrics::requestDone(int routeId, int status, std::int64_t started)
{
    if (!started)
        return;
    const std::int64_t ns = std::max<std::int64_t>(0, nowNs() - started);
    Shard &s = shard();
    RouteBlock &route = s.routes[std::size_t(qBound(0, routeId, maxRoutes - 1))];
    bump(route.statuses[std::size_t(statusSlot(status))]);
    bump(route.buckets[bucketOf(requestBounds, ns)]);
    bump(route.sumNs, std::uint64_t(ns));
    if (t_state.replayed)
        bump(route.replays);
    if (status >= 400) [[unlikely]] {
        QMutexLocker locker(&s.errorsLock);
        ++s.errors[{status, t_state.errorCode[0] ? t_state.errorCode : "unspecified"}];
    }
}

std::int64_t Metrics::startStatement()
{
    return enabled() && !t_state.uncounted ? nowNs() : 0;
}

void Metrics::statementDone(std::int64_t started)
{
    const std::int64_t ns = std::max<std::int64_t>(0, nowNs() - started);
    Shard &s = shard();
    bump(s.statementBuckets[bucketOf(statementBounds, ns)]);
    bump(s.statementSumNs, std::uint64_t(ns));
}

QString Metrics::statusLabel(int slot)
{
    if (slot < int(countedStatuses.size()))
        return QString::number(countedStatuses[std::size_t(slot)]);
    return QString::number(slot - int(countedStatuses.size()) + 1) + QStringLiteral("xx");
}

Metrics::Totals Metrics::totals() const
{
    Registry &r = registry();
    Totals totals;
    std::map<std::pair<int, std::string>, std::uint64_t> errors;
    QMutexLocker locker(&r.lock);
    totals.routes.resize(r.routes.size());
    for (qsizetype id = 0; id < r.routes.size(); ++id) {
        totals.routes[id].method = r.routes.at(id).first;
        totals.routes[id].pattern = r.routes.at(id).second;
    }
    for (const auto &shard : r.shards) {
        for (qsizetype id = 0; id < totals.routes.size(); ++id) {
            const RouteBlock &block = shard->routes[std::size_t(id)];
            RouteTotals &sum = totals.routes[id];
            for (std::size_t i = 0; i < sum.statuses.size(); ++i)
                sum.statuses[i] += read(block.statuses[i]);
            for (std::size_t i = 0; i < sum.buckets.size(); ++i)
                sum.buckets[i] += read(block.buckets[i]);
            sum.sumNs += read(block.sumNs);
            sum.replays += read(block.replays);
        }
        for (std::size_t i = 0; i < totals.statementBuckets.size(); ++i)
            totals.statementBuckets[i] += read(shard->statementBuckets[i]);
        totals.statementSumNs += read(shard->statementSumNs);
        QMutexLocker errorsLocker(&shard->errorsLock);
        for (const auto &[key, count] : shard->errors)
            errors[key] += count;
    }
    for (const auto &[key, count] : errors)
        totals.errors.append({key.first, QString::fromStdString(key.second), count});
    return totals;
}

} // namespace WalletDesk::Server
