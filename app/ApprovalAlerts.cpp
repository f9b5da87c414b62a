#include "ApprovalAlerts.h"

#include "ApprovalQueue.h"

namespace WalletDesk {

ApprovalAlerts::ApprovalAlerts(ApprovalQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
{
    connect(m_queue, &ApprovalQueue::pendingChanged, this, &ApprovalAlerts::onPendingChanged);
}

int ApprovalAlerts::waiting() const
{
    return int(m_queue->pending().size());
}

void ApprovalAlerts::onPendingChanged()
{
    QList<Approval> fresh;
    QSet<qint64> now;
    for (const Approval &a : m_queue->pending()) {
        now.insert(a.action.id);
        if (!m_seen.contains(a.action.id))
            fresh.append(a);
    }
    // Only what is still pending is remembered; an id never comes back.
    m_seen = now;
    // At sign-in the queue is as the supervisor left it: counted, not
    // announced one by one.
    if (!std::exchange(m_first, false) && !fresh.isEmpty())
        Q_EMIT newRequests(fresh);
    if (waiting() != m_waiting) {
        m_waiting = waiting();
        Q_EMIT waitingChanged(m_waiting);
    }
}

} // namespace WalletDesk
