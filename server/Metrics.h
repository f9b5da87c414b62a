#pragma once

#include <QHttpServerRequest>
#include <QList>
#include <QString>

#include <array>
#include <atomic>
#include <cstdint>

namespace WalletDesk::Server {

// The process-wide counters behind /metrics (MetricsListener serves them,
// MetricsExposition writes them out). Every server thread counts into a
// block of its own, found through a thread-local pointer, so that the hot
// path is a few plain loads and stores with no lock and no cache line shared
// between threads; a scrape adds the blocks up. Nothing is counted until
// setEnabled(true) (main.cpp, when a metrics port is set): without /metrics
// the hooks cost one relaxed load each.
//
// The hooks: Router::dispatch (startRequest, requestDone), errorReply
// (noteError), Idempotency (noteReplay) and Database::exec (StatementTimer).
// A route is counted under its pattern ("/api/v1/accounts/{id}"), never its
// path: no label may carry a customer's identifier.
class Metrics
{
public:
    using Method = QHttpServerRequest::Method;

    // Upper bounds of the histogram buckets, in nanoseconds, with the text of
    // their "le" label; the last bucket (+Inf) is implicit.
    struct Bound
    {
        std::int64_t ns;
        const char *le;
    };
    static constexpr std::array<Bound, 15> requestBounds {{{100'000, "0.0001"},
        {250'000, "0.00025"}, {500'000, "0.0005"}, {1'000'000, "0.001"}, {2'500'000, "0.0025"},
        {5'000'000, "0.005"}, {10'000'000, "0.01"}, {25'000'000, "0.025"}, {50'000'000, "0.05"},
        {100'000'000, "0.1"}, {250'000'000, "0.25"}, {500'000'000, "0.5"}, {1'000'000'000, "1"},
        {2'500'000'000, "2.5"}, {10'000'000'000, "10"}}};
    static constexpr std::array<Bound, 14> statementBounds {
        {{25'000, "0.000025"}, {50'000, "0.00005"}, {100'000, "0.0001"}, {250'000, "0.00025"},
            {500'000, "0.0005"}, {1'000'000, "0.001"}, {2'500'000, "0.0025"}, {5'000'000, "0.005"},
            {10'000'000, "0.01"}, {25'000'000, "0.025"}, {50'000'000, "0.05"}, {100'000'000, "0.1"},
            {250'000'000, "0.25"}, {1'000'000'000, "1"}}};

    // The statuses counted one by one; any other is counted as its class
    // ("4xx"), so that the set of label values stays fixed.
    static constexpr std::array<int, 31> countedStatuses {200, 201, 202, 204, 206, 301, 302, 304,
        400, 401, 403, 404, 405, 406, 408, 409, 410, 411, 412, 413, 415, 416, 422, 423, 428, 429,
        431, 500, 502, 503, 504};
    static constexpr int statusSlots = int(countedStatuses.size()) + 5; // + 1xx..5xx
    static constexpr int maxRoutes = 256;

    static Metrics &instance();

    static void setEnabled(bool enabled);
    static bool enabled() { return s_enabled.load(std::memory_order_relaxed); }

    // The id a route is counted under: one per (method, pattern) for the whole
    // process, however many routers register it. Not for the hot path.
    int routeId(Method method, const QString &pattern);
    // Requests that matched no route (404) or no method of a path (405).
    static int unmatchedRoute(Method method);

    // The hot path. startRequest() gives the start time (0: not counting)
    // and forgets what the previous request on this thread noted.
    static std::int64_t startRequest();
    static void requestDone(int routeId, int status, std::int64_t started);
    // The error code ("invalid_token") of the reply being built on this thread.
    static void noteError(const QString &code);
    // The request on this thread was answered from its idempotency record.
    static void noteReplay();
    static std::int64_t startStatement();
    static void statementDone(std::int64_t started);
    // The metrics thread's own statements (the session count) are not the
    // API's database time.
    static void setThreadCounted(bool counted);

    // Times one statement, from construction to destruction (a statement
    // that throws took its time too).
    class StatementTimer
    {
    public:
        StatementTimer()
            : m_started(startStatement())
        {
        }
        ~StatementTimer()
        {
            if (m_started)
                statementDone(m_started);
        }
        StatementTimer(const StatementTimer &) = delete;
        StatementTimer &operator=(const StatementTimer &) = delete;

    private:
        std::int64_t m_started;
    };

    // Everything counted so far, added up over the threads.
    struct RouteTotals
    {
        QString method;
        QString pattern; // "unmatched" for requests no route took
        std::array<std::uint64_t, statusSlots> statuses {};
        std::array<std::uint64_t, requestBounds.size() + 1> buckets {}; // not cumulative
        std::uint64_t sumNs = 0;
        std::uint64_t replays = 0;
    };
    struct ErrorTotal
    {
        int status;
        QString code;
        std::uint64_t count;
    };
    struct Totals
    {
        QList<RouteTotals> routes; // in registration order
        std::array<std::uint64_t, statementBounds.size() + 1> statementBuckets {};
        std::uint64_t statementSumNs = 0;
        QList<ErrorTotal> errors; // sorted by status, then code
    };
    Totals totals() const;

    // The label value of a status slot: "404", or "4xx" for the others.
    static QString statusLabel(int slot);

    Metrics(const Metrics &) = delete;
    Metrics &operator=(const Metrics &) = delete;

private:
    Metrics();
    static inline std::atomic<bool> s_enabled {false};
};

} // namespace WalletDesk::Server
