#pragma once

#include "Approval.h"

#include <QObject>
#include <QSet>

namespace WalletDesk {

class ApprovalQueue;

// Tells a supervisor about requests that arrived since they last looked,
// whether the desk is open or not: the queue refreshes from the changes
// feed, and each request is announced once (newRequests), never again after
// a refresh or someone else's decision.
class ApprovalAlerts : public QObject
{
    Q_OBJECT

public:
    explicit ApprovalAlerts(ApprovalQueue *queue, QObject *parent = nullptr);

    int waiting() const;

Q_SIGNALS:
    void waitingChanged(int count);
    void newRequests(const QList<WalletDesk::Approval> &requests);

private:
    void onPendingChanged();

    ApprovalQueue *m_queue;
    QSet<qint64> m_seen;
    bool m_first = true;
    int m_waiting = -1;
};

} // namespace WalletDesk
