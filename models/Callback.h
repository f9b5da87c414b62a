#pragma once

#include "DomainEnums.h"
#include "JsonReader.h"

namespace WalletDesk {

// A call the agent promised to make back to a customer: when, to which
// number, why, and on whose account. The number is the one thing the agent
// must see in full (they dial it), so the server gives it in full to the
// agent who owns the callback and masked to anyone else, audit included.
struct Callback
{
    // Bounds of a due time, checked against when the agent scheduled it: an
    // entry may wait in the console's outbox, so "now" on the server is not
    // when the agent decided.
    static constexpr int maxDaysAhead = 90;
    static constexpr int maxReasonLength = 500;

    qint64 id = 0; // 0 while the console has not sent it yet
    qint64 version = 0;
    qint64 agentId = 0;
    QString phone; // digits with an optional leading +; masked for all but the owner
    QString reason;
    std::optional<qint64> accountId;
    std::optional<QString> callId;
    QDateTime dueAt;
    QDateTime scheduledAt; // when the agent scheduled it (the console's clock)
    CallbackStatus status = CallbackStatus::Scheduled;
    QDateTime updatedAt; // server-written; invalid while unsent

    static Callback read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Callback &) const = default;

    // The number as the server keeps it: separators removed. Empty when it
    // is not a phone number (5 to 20 digits, optional leading +).
    static QString normalizedPhone(const QString &typed);
};

// A change of a callback: done, cancelled, or a new due time. changedAt is
// when the agent made it, for the same reason as Callback::scheduledAt.
struct CallbackChange
{
    std::optional<CallbackStatus> status;
    std::optional<QDateTime> dueAt;
    QDateTime changedAt;

    static CallbackChange read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const CallbackChange &) const = default;
};

} // namespace WalletDesk
