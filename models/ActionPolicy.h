#pragma once

#include "DomainEnums.h"
#include "JsonReader.h"

namespace WalletDesk {

// Which account actions need a second person, and who may take a customer's
// transaction log away as a file. Part of the reference data, so that the
// call center changes it without a new server; the server enforces it.
struct ActionPolicy
{
    // A refund request for more than this waits for a supervisor.
    qint64 refundApprovalAboveFen = 50'000;
    bool twoFactorResetNeedsApproval = true;
    // Unfreezing an account frozen by risk control.
    bool unfreezeNeedsApproval = true;
    QList<Role> transactionExportRoles {Role::Agent, Role::Supervisor};

    bool needsApproval(ActionType type, qint64 amountFen = 0) const;
    bool mayExportTransactions(Role role) const;

    static ActionPolicy read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ActionPolicy &) const = default;
};

} // namespace WalletDesk
