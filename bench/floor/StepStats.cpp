#include "StepStats.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace FloorSim {

namespace {
qint32 micros(qint64 ns)
{
    return qint32(qMin<qint64>(ns / 1000, std::numeric_limits<qint32>::max()));
}
} // namespace

void StepStats::record(const QString &step, qint64 latencyNs, qint64 queuedNs)
{
    m_steps[step].samplesUs.push_back(micros(latencyNs));
    m_queuedUs.push_back(micros(queuedNs));
}

void StepStats::error(const QString &step, const QString &what)
{
    ++m_steps[step].errors;
    const QString key = step + QStringLiteral(": ") + what.left(200);
    if (m_errorSamples.contains(key) || m_errorSamples.size() < 10)
        ++m_errorSamples[key];
}

void StepStats::retry(const QString &step)
{
    ++m_steps[step].retries;
}

StepStats::Summary StepStats::summarise(std::vector<qint32> &samples)
{
    Summary s;
    s.count = qint64(samples.size());
    if (samples.empty())
        return s;
    // Nearest rank: the smallest sample with at least p of them at or below it.
    const auto at = [&](double p) {
        const size_t rank = size_t(std::max(1.0, std::ceil(p * double(samples.size()))));
        auto nth = samples.begin() + qsizetype(rank - 1);
        std::nth_element(samples.begin(), nth, samples.end());
        return *nth / 1000.0;
    };
    s.p50Ms = at(0.50);
    s.p95Ms = at(0.95);
    s.p99Ms = at(0.99);
    s.maxMs = *std::max_element(samples.begin(), samples.end()) / 1000.0;
    return s;
}

StepStats::Summary StepStats::summary(const QString &step) const
{
    const Step st = m_steps.value(step);
    std::vector<qint32> copy = st.samplesUs;
    Summary s = summarise(copy);
    s.errors = st.errors;
    s.retries = st.retries;
    return s;
}

StepStats::Summary StepStats::queueWait() const
{
    std::vector<qint32> copy = m_queuedUs;
    return summarise(copy);
}

qint64 StepStats::errors() const
{
    qint64 n = 0;
    for (const Step &s : m_steps)
        n += s.errors;
    return n;
}

qint64 StepStats::retries() const
{
    qint64 n = 0;
    for (const Step &s : m_steps)
        n += s.retries;
    return n;
}

double StepStats::worstP95Ms(QString *step) const
{
    double worst = 0;
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
        const double p95 = summary(it.key()).p95Ms;
        if (p95 > worst) {
            worst = p95;
            if (step)
                *step = it.key();
        }
    }
    return worst;
}

} // namespace FloorSim
