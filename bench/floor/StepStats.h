#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <vector>

namespace FloorSim {

// Latencies, errors and retries per step of the call flow, for one
// measuring window.
class StepStats
{
public:
    struct Summary
    {
        qint64 count = 0;
        double p50Ms = 0, p95Ms = 0, p99Ms = 0, maxMs = 0;
        qint64 errors = 0, retries = 0;
    };

    void record(const QString &step, qint64 latencyNs, qint64 queuedNs);
    void error(const QString &step, const QString &what);
    void retry(const QString &step);
    void callDone() { ++m_calls; }

    QStringList steps() const { return m_steps.keys(); }
    Summary summary(const QString &step) const;
    Summary queueWait() const;
    qint64 calls() const { return m_calls; }
    qint64 errors() const;
    qint64 retries() const;
    // The worst p95 of any step, and which.
    double worstP95Ms(QString *step = nullptr) const;
    // Up to 10 distinct error messages with their counts.
    const QMap<QString, qint64> &errorSamples() const { return m_errorSamples; }

    static Summary summarise(std::vector<qint32> &samplesUs);

private:
    struct Step
    {
        std::vector<qint32> samplesUs;
        qint64 errors = 0, retries = 0;
    };
    QMap<QString, Step> m_steps;
    std::vector<qint32> m_queuedUs;
    QMap<QString, qint64> m_errorSamples;
    qint64 m_calls = 0;
};

} // namespace FloorSim
