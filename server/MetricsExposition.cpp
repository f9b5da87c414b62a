#include "MetricsExposition.h"

#include <QDir>
#include <QFile>

#include <charconv>
#include <chrono>

#include <sys/resource.h>
#include <unistd.h>

namespace WalletDesk::Server {

namespace {

// Taken when the program's static data is set up, before main().
const double processStartSeconds = double(std::chrono::duration_cast<std::chrono::milliseconds>(
                                       std::chrono::system_clock::now().time_since_epoch())
                                              .count())
    / 1000.0;

QByteArray number(double value)
{
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, value);
    return QByteArray(text, int(result.ptr - text));
}

QByteArray number(std::uint64_t value)
{
    return QByteArray::number(quint64(value));
}

// A label value as the format wants it: backslash, double quote and line
// feed escaped.
QByteArray escaped(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

using Labels = QList<QPair<const char *, QString>>;

class Writer
{
public:
    void family(const char *name, const char *type, const char *help)
    {
        m_out += "# HELP ";
        m_out += name;
        m_out += ' ';
        m_out += help;
        m_out += "\n# TYPE ";
        m_out += name;
        m_out += ' ';
        m_out += type;
        m_out += '\n';
    }
    void sample(const char *name, const Labels &labels, const QByteArray &value)
    {
        m_out += name;
        if (!labels.isEmpty()) {
            m_out += '{';
            for (qsizetype i = 0; i < labels.size(); ++i) {
                if (i > 0)
                    m_out += ',';
                m_out += labels.at(i).first;
                m_out += "=\"";
                m_out += escaped(labels.at(i).second);
                m_out += '"';
            }
            m_out += '}';
        }
        m_out += ' ';
        m_out += value;
        m_out += '\n';
    }
    template<std::size_t N>
    void histogram(const char *name, const Labels &labels,
        const std::array<Metrics::Bound, N> &bounds,
        const std::array<std::uint64_t, N + 1> &buckets, std::uint64_t sumNs)
    {
        const QByteArray base(name);
        const QByteArray bucket = base + "_bucket";
        std::uint64_t cumulative = 0;
        for (std::size_t i = 0; i <= N; ++i) {
            cumulative += buckets[i];
            Labels withLe = labels;
            withLe.append(
                {"le", i < N ? QString::fromLatin1(bounds[i].le) : QStringLiteral("+Inf")});
            sample(bucket.constData(), withLe, number(cumulative));
        }
        sample(QByteArray(base + "_sum").constData(), labels, number(double(sumNs) / 1e9));
        sample(QByteArray(base + "_count").constData(), labels, number(cumulative));
    }
    QByteArray text() const { return m_out; }

private:
    QByteArray m_out;
};

double cpuSeconds()
{
    rusage usage {};
    if (::getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * ::sysconf(_SC_PAGESIZE) : -1;
}

qint64 openFds()
{
    const QDir fds(QStringLiteral("/proc/self/fd"));
    return fds.exists()
        ? fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).size()
        : -1;
}

qint64 maxFds()
{
    rlimit limit {};
    return ::getrlimit(RLIMIT_NOFILE, &limit) == 0 ? qint64(limit.rlim_cur) : -1;
}

} // namespace

QByteArray MetricsExposition::render(const Metrics::Totals &totals, const Process &process)
{
    Writer w;
    w.family("walletdesk_build_info", "gauge", "The server's version and store kind; always 1.");
    w.sample(
        "walletdesk_build_info", {{"version", process.version}, {"store", process.store}}, "1");
    w.family("walletdesk_server_threads", "gauge", "Server threads (--threads).");
    w.sample("walletdesk_server_threads", {}, QByteArray::number(process.threads));
    w.family("process_start_time_seconds", "gauge",
        "Start time of the process since the Unix epoch, in seconds.");
    w.sample("process_start_time_seconds", {}, number(processStartSeconds));
    w.family("process_cpu_seconds_total", "counter", "User and system CPU time spent, in seconds.");
    w.sample("process_cpu_seconds_total", {}, number(cpuSeconds()));
    if (const qint64 rss = residentBytes(); rss >= 0) {
        w.family("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.");
        w.sample("process_resident_memory_bytes", {}, QByteArray::number(rss));
    }
    if (const qint64 open = openFds(); open >= 0) {
        w.family("process_open_fds", "gauge",
            "Open file descriptors: connections, listeners, the store's files.");
        w.sample("process_open_fds", {}, QByteArray::number(open));
    }
    if (const qint64 max = maxFds(); max >= 0) {
        w.family("process_max_fds", "gauge", "The process's limit of open file descriptors.");
        w.sample("process_max_fds", {}, QByteArray::number(max));
    }

    w.family("walletdesk_http_requests_total", "counter",
        "API requests answered, by method, route pattern and HTTP status.");
    for (const Metrics::RouteTotals &route : totals.routes) {
        for (int slot = 0; slot < Metrics::statusSlots; ++slot) {
            if (const std::uint64_t count = route.statuses[std::size_t(slot)])
                w.sample("walletdesk_http_requests_total",
                    {{"method", route.method}, {"route", route.pattern},
                        {"status", Metrics::statusLabel(slot)}},
                    number(count));
        }
    }
    w.family("walletdesk_http_request_duration_seconds", "histogram",
        "Time from routing an API request to its reply, by method and route pattern.");
    for (const Metrics::RouteTotals &route : totals.routes) {
        std::uint64_t count = 0;
        for (std::uint64_t n : route.buckets)
            count += n;
        if (count > 0)
            w.histogram("walletdesk_http_request_duration_seconds",
                {{"method", route.method}, {"route", route.pattern}}, Metrics::requestBounds,
                route.buckets, route.sumNs);
    }
    w.family("walletdesk_http_errors_total", "counter",
        "API error replies, by status class, status and error code.");
    for (const Metrics::ErrorTotal &error : totals.errors) {
        w.sample("walletdesk_http_errors_total",
            {{"class", QString::number(error.status / 100) + QStringLiteral("xx")},
                {"status", QString::number(error.status)}, {"error", error.code}},
            number(error.count));
    }
    w.family("walletdesk_idempotent_replays_total", "counter",
        "Writes answered from their idempotency record (a console's outbox resending one "
        "already applied), by method and route pattern.");
    for (const Metrics::RouteTotals &route : totals.routes) {
        if (route.replays > 0)
            w.sample("walletdesk_idempotent_replays_total",
                {{"method", route.method}, {"route", route.pattern}}, number(route.replays));
    }
    w.family("walletdesk_db_statement_duration_seconds", "histogram",
        "Time the API threads spent in single database statements.");
    w.histogram("walletdesk_db_statement_duration_seconds", {}, Metrics::statementBounds,
        totals.statementBuckets, totals.statementSumNs);
    if (process.activeSessions) {
        w.family("walletdesk_sessions_active", "gauge",
            "Sign-ins whose access token is unexpired and not revoked.");
        w.sample("walletdesk_sessions_active", {}, QByteArray::number(*process.activeSessions));
    }
    return w.text();
}

} // namespace WalletDesk::Server
