#pragma once

#include "Agent.h"

#include <QObject>

namespace WalletDesk {

class ApiClient;

// The floor's agents, for the supervisor's pickers and for naming agents in
// the queue, the dashboard and the audit log. One load answers every view.
class AgentDirectory : public QObject
{
    Q_OBJECT

public:
    explicit AgentDirectory(ApiClient *api, QObject *parent = nullptr);

    void load();
    const QList<Agent> &agents() const { return m_agents; }

Q_SIGNALS:
    void agentsReady(const QList<WalletDesk::Agent> &agents);
    void failed(const QString &message);

private:
    ApiClient *m_api;
    QList<Agent> m_agents;
};

} // namespace WalletDesk
