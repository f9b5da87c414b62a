#include "NeedToKnow.h"

#include "ServerContext.h"

namespace WalletDesk::Server {

namespace {
constexpr qint64 openedWithinMs = 12 * 3600 * 1000; // one shift
} // namespace

void NeedToKnow::accountList(
    const RequestContext &request, qint64 accountId, const QString &action) const
{
    if (!request.isSupervisor())
        m_ctx.audit(request.agent().id, action, accountId, request.callId());
}

void NeedToKnow::crossAccountList(const RequestContext &request, bool onlyOwnItems) const
{
    if (!request.isSupervisor() && !onlyOwnItems)
        throw HttpError::forbidden(QStringLiteral("agents list one account's items (accountId) or "
                                                  "their own; other lists are for supervisors"));
}

void NeedToKnow::item(const RequestContext &request, std::optional<qint64> accountId,
    std::initializer_list<std::optional<qint64>> people) const
{
    if (request.isSupervisor())
        return;
    for (const std::optional<qint64> &person : people) {
        if (person && *person == request.agent().id)
            return;
    }
    if (accountId
        && m_ctx.db()
               .scalar(QStringLiteral("SELECT 1 FROM audit WHERE agent_id = ? AND account_id = ? "
                                      "AND action = 'account.view'"
                                      " AND at >= ? LIMIT 1"),
                   {request.agent().id, *accountId, ServerContext::nowMs() - openedWithinMs})
               .isValid())
        return;
    throw HttpError::forbidden(
        QStringLiteral("open the customer's account first: this item belongs to another agent"));
}

} // namespace WalletDesk::Server
