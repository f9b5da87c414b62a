#pragma once

#include "DomainEnums.h"
#include "JsonReader.h"
#include "Language.h"

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
    // How the customer wants to hear back (complaints from any channel): a
    // number to call and text to, when and in which language, and whether
    // they refused text messages. Without a number, notices go to the
    // linked account's phone.
    QString callbackNumber {}; // normalised; masked in copies for others (docs/api.md)
    QString preferredContactTime {}; // free text: "工作日 9–18 点"
    bool smsOptOut = false;
    Language noticeLanguage = Language::Chinese;

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
    // The linked account's number, masked (the server's join): what people
    // read instead of the account's internal id. Empty without an account.
    QString accountNumberMasked;

    static Complaint read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Complaint &) const = default;
};

} // namespace WalletDesk
