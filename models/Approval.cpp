#include "Approval.h"

namespace WalletDesk {

Approval Approval::read(JsonReader &r)
{
    Approval a;
    a.action = r.nested<ActionRequest>(QStringLiteral("action"));
    a.agentName = r.string(QStringLiteral("agentName"), 100);
    a.verification = r.nested<CallerVerification>(QStringLiteral("verification"));
    if (r.has(QStringLiteral("account")))
        a.account = r.nested<AccountSummary>(QStringLiteral("account"));
    if (r.has(QStringLiteral("amount")))
        a.amount = r.nested<Money>(QStringLiteral("amount"));
    if (r.has(QStringLiteral("risk")))
        a.risk = r.nested<RiskContext>(QStringLiteral("risk"));
    return a;
}

QJsonObject Approval::toJson() const
{
    QJsonObject o {{QStringLiteral("action"), action.toJson()},
        {QStringLiteral("agentName"), agentName},
        {QStringLiteral("verification"), verification.toJson()}};
    if (account)
        o.insert(QStringLiteral("account"), account->toJson());
    if (amount)
        o.insert(QStringLiteral("amount"), amount->toJson());
    if (risk)
        o.insert(QStringLiteral("risk"), risk->toJson());
    return o;
}

} // namespace WalletDesk
