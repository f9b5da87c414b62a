#include "ApprovalQueue.h"

#include "ApiClient.h"

namespace WalletDesk {

ApprovalQueue::ApprovalQueue(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void ApprovalQueue::refresh()
{
    if (m_refreshing) {
        m_again = true; // one more round when this one is back: something changed meanwhile
        return;
    }
    m_refreshing = true;
    m_api->get(QStringLiteral("/api/v1/approvals?status=pending_approval&limit=200"), this,
        [this](const ApiResult &result) {
            m_refreshing = false;
            CodecError error;
            std::optional<QList<Approval>> items;
            if (result.ok())
                items = decodeItems<Approval>(result.json, &error);
            if (items) {
                m_pending = *items;
                Q_EMIT pendingChanged();
            } else {
                Q_EMIT failed(result.ok()
                        ? tr("The server's answer cannot be read (%1).").arg(error.toString())
                        : result.message);
            }
            if (std::exchange(m_again, false))
                refresh();
        });
}

void ApprovalQueue::decide(qint64 actionId, bool approve, const QString &reason)
{
    const QString path = QStringLiteral("/api/v1/approvals/%1/%2")
                             .arg(actionId)
                             .arg(approve ? QStringLiteral("approve") : QStringLiteral("reject"));
    m_api->post(path, {{QStringLiteral("reason"), reason}}, this, [this](const ApiResult &result) {
        CodecError error;
        if (result.ok()) {
            if (auto action = decode<ActionRequest>(result.json, &error))
                Q_EMIT decided(*action);
            else
                Q_EMIT failed(tr("The server's answer cannot be read (%1).").arg(error.toString()));
        } else {
            Q_EMIT failed(result.message);
        }
        refresh();
    });
}

} // namespace WalletDesk
