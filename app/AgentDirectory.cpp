#include "AgentDirectory.h"

#include "ApiClient.h"

namespace WalletDesk {

AgentDirectory::AgentDirectory(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void AgentDirectory::load()
{
    m_api->get(QStringLiteral("/api/v1/agents"), this, [this](const ApiResult &r) {
        CodecError error;
        if (auto agents = r.ok() ? decodeItems<Agent>(r.json, &error) : std::nullopt) {
            m_agents = *agents;
            Q_EMIT agentsReady(m_agents);
        } else {
            Q_EMIT failed(r.ok()
                    ? tr("The server's answer cannot be read (%1).").arg(error.toString())
                    : r.message);
        }
    });
}

} // namespace WalletDesk
