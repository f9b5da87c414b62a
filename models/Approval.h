#pragma once

#include "AccountSummary.h"
#include "ActionRequest.h"
#include "CallerVerification.h"
#include "Money.h"
#include "RiskContext.h"

namespace WalletDesk {

// What a supervisor sees in the approval queue: the request, who asked, and
// the verification it was made under, and what else is going on with the account.
struct Approval
{
    ActionRequest action;
    QString agentName;
    CallerVerification verification;
    std::optional<AccountSummary> account; // masked; whose account the request is for
    std::optional<Money> amount; // a refund request's transaction
    std::optional<RiskContext> risk;

    static Approval read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Approval &) const = default;
};

} // namespace WalletDesk
