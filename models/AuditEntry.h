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

    static AuditEntry read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const AuditEntry &) const = default;
};

} // namespace WalletDesk
