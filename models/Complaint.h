#pragma once

#include "DomainEnums.h"
#include "JsonReader.h"

namespace WalletDesk {

// What an agent records when a customer complains. Sent with an
// Idempotency-Key so that a retried send creates one complaint only.
struct ComplaintDraft
{
    QString channel;
    QString categoryCode;
    Severity severity = Severity::Medium;
    std::optional<qint64> accountId;
    QString callId;
    QList<qint64> transactionIds;
    QString description;
    QString customerRequest;

    static ComplaintDraft read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ComplaintDraft &) const = default;
};

// A complaint with its regulatory clock.
struct Complaint
{
    qint64 id = 0;
    qint64 version = 1;
    ComplaintDraft draft;
    ComplaintStatus status = ComplaintStatus::Open;
    qint64 createdBy = 0;
    std::optional<qint64> assignee;
    bool escalated = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime acknowledgeDueAt;
    std::optional<QDateTime> acknowledgedAt;
    QDateTime dueAt;
    QString extensionReason;
    QString resolutionCode;
    QString resolutionText;
    std::optional<QDateTime> resolvedAt;
    int reopenCount = 0;

    static Complaint read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Complaint &) const = default;
};

} // namespace WalletDesk
