#pragma once

#include "DomainEnums.h"
#include "JsonReader.h"

namespace WalletDesk {

// An account action an agent asked for on a call: done at once, or waiting
// for a supervisor's approval.
struct ActionRequest
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 agentId = 0;
    QString callId;
    ActionType type = ActionType::Unlock;
    ActionStatus status = ActionStatus::Done;
    QString reason;
    qint64 verificationId = 0;
    std::optional<qint64> transactionId; // investigations and refund requests
    std::optional<ResetTarget> resetTarget; // password resets
    QDateTime createdAt;
    std::optional<qint64> decidedBy;
    QString decisionReason;
    std::optional<QDateTime> decidedAt;

    static ActionRequest read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ActionRequest &) const = default;
};

// What the agent sends to ask for an action.
struct ActionDraft
{
    ActionType type = ActionType::Unlock;
    qint64 verificationId = 0;
    QString callId;
    QString reason;
    std::optional<qint64> transactionId;
    std::optional<ResetTarget> resetTarget;

    static ActionDraft read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ActionDraft &) const = default;
};

} // namespace WalletDesk
