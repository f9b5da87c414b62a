#include "EventQueue.h"

#include "HttpMessage.h"

namespace FloorSim {

EventQueue::EventQueue(QObject *parent)
    : QObject(parent)
    , m_startNs(nowNs())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &EventQueue::run);
}

qint64 EventQueue::now() const
{
    return (nowNs() - m_startNs) / 1'000'000;
}

void EventQueue::at(qint64 dueMs, std::function<void()> what)
{
    m_events.push({dueMs, m_seq++, std::move(what)});
    if (m_armedFor < 0 || dueMs < m_armedFor)
        arm();
}

void EventQueue::clear()
{
    m_events = {};
    m_timer.stop();
    m_armedFor = -1;
}

void EventQueue::arm()
{
    if (m_events.empty()) {
        m_timer.stop();
        m_armedFor = -1;
        return;
    }
    m_armedFor = m_events.top().due;
    m_timer.start(int(qBound(qint64(0), m_armedFor - now(), qint64(24 * 3600 * 1000))));
}

void EventQueue::run()
{
    m_armedFor = -1;
    const qint64 t = now();
    // Events scheduled while running that are due already wait for the next
    // turn of the event loop, so network answers are read in between.
    int budget = int(m_events.size());
    while (!m_events.empty() && m_events.top().due <= t && budget-- > 0) {
        std::function<void()> what = std::move(const_cast<Event &>(m_events.top()).what);
        m_events.pop();
        what();
    }
    arm();
}

} // namespace FloorSim
