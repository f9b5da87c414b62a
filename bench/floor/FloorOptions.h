#pragma once

#include <QList>
#include <QStringList>
#include <QUrl>

namespace FloorSim {

// The command line (docs/benchmarks.md, "A whole floor"; the contract other
// scripts keep to: bench/floor_run.sh and the HAProxy run).
struct FloorOptions
{
    QUrl url;
    QString caFile;
    int agents = 0;
    int firstAgent = 1;
    double durationS = 300;
    double rampS = -1; // -1: agents / 100 sign-ins a second, at least 10 s
    double settleS = 30; // after the ramp, not measured: the sign-in backlog drains
    double callEveryS = 180;
    double compress = 1;
    int connections = 64;
    QStringList smsLogs;
    QString phonesFile;
    QString acksFile;
    QList<qint64> serverPids;
    QString jsonFile;
    quint32 seed = 1;
    double timeoutS = 10;
    int maxAttempts = 5;
    double pollEveryS = 15; // SyncEngine's pull interval; 0: no feed (a diagnostic)
    double heartbeatEveryS = 60; // PresenceReporter's heartbeat
    QString password = QStringLiteral("floor-demo-password");
    // Step-up: raise --compress by stepFactor every stepS until a step's
    // p95 passes 100 ms or errors appear; print the last good calls/s.
    bool findMax = false;
    double stepS = 30;
    double stepFactor = 1.5;
    double goalP95Ms = 100;
    bool quiet = false;
    QString client = QStringLiteral("raw"); // raw (HttpPool) or qnam (QnamPool)

    // False with *error for bad usage (exit code 2).
    static bool parse(const QStringList &arguments, FloorOptions *options, QString *error);
    static QString usage();
};

} // namespace FloorSim
