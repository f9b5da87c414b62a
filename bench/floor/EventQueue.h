#pragma once

#include <QObject>
#include <QTimer>

#include <functional>
#include <queue>
#include <vector>

namespace FloorSim {

// Every agent's next move on one timer: 10,000 agents with a heartbeat, a
// feed poll and a next call each would otherwise be 30,000 QTimers.
class EventQueue : public QObject
{
    Q_OBJECT

public:
    explicit EventQueue(QObject *parent = nullptr);

    // Milliseconds since the queue was made.
    qint64 now() const;
    void at(qint64 dueMs, std::function<void()> what);
    void after(qint64 delayMs, std::function<void()> what) { at(now() + delayMs, std::move(what)); }
    void clear();

private:
    struct Event
    {
        qint64 due;
        qint64 seq; // first scheduled, first run among equals
        std::function<void()> what;
        bool operator>(const Event &o) const { return due != o.due ? due > o.due : seq > o.seq; }
    };
    void run();
    void arm();

    qint64 m_startNs;
    QTimer m_timer;
    qint64 m_armedFor = -1;
    qint64 m_seq = 0;
    std::priority_queue<Event, std::vector<Event>, std::greater<>> m_events;
};

} // namespace FloorSim
