#pragma once

#include "JsonReader.h"

namespace WalletDesk {

// One hotline call after wrap-up.
struct CallRecord
{
    qint64 id = 0; // 0 while the console has not sent it yet
    QString callId;
    QString callerNumber; // masked in every response
    std::optional<qint64> accountId;
    qint64 agentId = 0;
    QDateTime startedAt;
    QDateTime endedAt;
    QString wrapUpCode;
    QString notes;
    std::optional<qint64> complaintId;

    static CallRecord read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const CallRecord &) const = default;
};

} // namespace WalletDesk
