#pragma once

#include "AccountSummary.h"
#include "ActionRequest.h"
#include "CallerVerification.h"

namespace WalletDesk {

// What a supervisor sees in the approval queue: the request, who asked, and
// the verification it was made under.
struct Approval
{
    ActionRequest action;
    QString agentName;
    CallerVerification verification;
    std::optional<AccountSummary> account; // masked; whose account the request is for

    static Approval read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Approval &) const = default;
};

} // namespace WalletDesk
