#include "ProcessCpu.h"

#include <QFile>

#include <unistd.h>

namespace FloorSim {

double ProcessCpu::secondsOf(qint64 pid)
{
    QFile file(
        pid == 0 ? QStringLiteral("/proc/self/stat") : QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // Fields 14 and 15 (utime, stime) are the 12th and 13th after the name.
    if (fields.size() < 13)
        return -1;
    const double ticks = double(::sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

double ProcessCpu::secondsOf(const QList<qint64> &pids, bool *missing)
{
    double total = 0;
    for (qint64 pid : pids) {
        const double s = secondsOf(pid);
        if (s < 0) {
            if (missing)
                *missing = true;
            continue;
        }
        total += s;
    }
    return total;
}

} // namespace FloorSim
