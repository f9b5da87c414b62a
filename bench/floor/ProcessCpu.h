#pragma once

#include <QList>

namespace FloorSim {

// CPU time (user + system) of processes, from /proc/PID/stat, in seconds.
class ProcessCpu
{
public:
    // -1 when the process is gone or unreadable.
    static double secondsOf(qint64 pid);
    // Sum over pids; pids that cannot be read count 0 and set *missing.
    static double secondsOf(const QList<qint64> &pids, bool *missing = nullptr);
};

} // namespace FloorSim
