#include "Approval.h"

namespace WalletDesk {

Approval Approval::read(JsonReader &r)
{
    Approval a;
    a.action = r.nested<ActionRequest>(QStringLiteral("action"));
    a.agentName = r.string(QStringLiteral("agentName"), 100);
    a.verification = r.nested<CallerVerification>(QStringLiteral("verification"));
    return a;
}

QJsonObject Approval::toJson() const
{
    return {{QStringLiteral("action"), action.toJson()},
            {QStringLiteral("agentName"), agentName},
            {QStringLiteral("verification"), verification.toJson()}};
}

} // namespace WalletDesk
