#pragma once

#include "Approval.h"

#include <QObject>

namespace WalletDesk {

class ApiClient;

// The supervisor's approval queue: requests waiting for a second person,
// each with the agent's reason and the verification it was made under, and
// the decision (approve or reject, with a reason) that goes back to the agent.
// Online only, like every account action.
class ApprovalQueue : public QObject
{
    Q_OBJECT

public:
    explicit ApprovalQueue(ApiClient *api, QObject *parent = nullptr);

    void refresh();
    void decide(qint64 actionId, bool approve, const QString &reason);
    const QList<Approval> &pending() const { return m_pending; }

Q_SIGNALS:
    void pendingChanged();
    void decided(const WalletDesk::ActionRequest &action);
    void failed(const QString &message);

private:
    ApiClient *m_api;
    QList<Approval> m_pending;
    bool m_refreshing = false;
    bool m_again = false;
};

} // namespace WalletDesk
