#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <time.h>

namespace Bench {

// Records the gaps between turns of the event loop: a 1 ms timer that
// cannot fire while the GUI thread is busy. A gap is also measured in the
// GUI thread's own CPU time: on a small machine the server and the X server
// share the cores, and a gap in which the thread did not run is the
// machine's, not the window's.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            const double cpu = threadCpuMs();
            const double gap = now - m_last - 1.0;
            const double busy = cpu - m_lastCpu;
            m_last = now;
            m_lastCpu = cpu;
            if (gap > 0) {
                // The thread cannot have run longer than the gap and the
                // timer's own millisecond.
                const double ran = qMin(busy, gap + 1.0);
                m_gaps.append(gap);
                m_busy.append(ran);
                m_longest = qMax(m_longest, gap);
                if (ran > m_longestBusy) {
                    m_longestBusy = ran;
                    m_longestBusyEnd = monotonicS();
                }
            }
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longest() const { return m_longest; }
    double longestBusy() const { return m_longestBusy; }
    const QList<double> &gaps() const { return m_gaps; }
    // When the gap with the most GUI-thread time ended, in CLOCK_MONOTONIC
    // seconds: `perf record --clockid monotonic` samples can be cut to it.
    double longestBusyEnd() const { return m_longestBusyEnd; }
    // The GUI thread's CPU time in each gap, in the order of gaps().
    const QList<double> &busy() const { return m_busy; }

    static double threadCpuMs()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    }

    static double monotonicS()
    {
        timespec ts {};
        clock_gettime(CLOCK_MONOTONIC, &ts);
        return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_lastCpu = 0;
    double m_longest = 0;
    double m_longestBusy = 0;
    double m_longestBusyEnd = 0;
    QList<double> m_gaps;
    QList<double> m_busy;
};

} // namespace Bench
