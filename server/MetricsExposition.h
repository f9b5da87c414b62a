#pragma once

#include "Metrics.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace WalletDesk::Server {

// Writes what Metrics counted, and what the process knows of itself, in the
// Prometheus text exposition format, version 0.0.4: every family once, its
// HELP and TYPE first; histograms with cumulative buckets whose +Inf bucket
// is the _count. docs/api.md ("Metrics") lists every name.
class MetricsExposition
{
public:
    static constexpr char contentType[] = "text/plain; version=0.0.4; charset=utf-8";

    // What is read at scrape time rather than counted.
    struct Process
    {
        QString version;
        QString store; // "sqlite" or "postgresql"
        int threads = 1;
        std::optional<qint64> activeSessions; // empty: the store did not answer
    };

    static QByteArray render(const Metrics::Totals &totals, const Process &process);
};

} // namespace WalletDesk::Server
