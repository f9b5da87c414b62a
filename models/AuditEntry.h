#pragma once

#include "JsonReader.h"

namespace WalletDesk {

// Who viewed or changed what, when, on which call and why.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    qint64 agentId = 0;
    QString action; // e.g. "account.view", "action.unlock", "complaint.resolve"
    std::optional<qint64> accountId;
    QString callId;
    QString reason;
    QString detail;
    // The account's number as people may see it (models/Masking), never the
    // full number: a supervisor reads "8800…0001", not an internal id.
    QString accountNumber;
    // When the call began and who took it: the call's record once wrapped up,
    // otherwise the first audit entry of that call id. Empty without a call.
    std::optional<QDateTime> callStartedAt;
    std::optional<qint64> callAgentId;

    static AuditEntry read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const AuditEntry &) const = default;
};

} // namespace WalletDesk
