#pragma once

#include "DomainEnums.h"
#include "JsonReader.h"

namespace WalletDesk {

// Proof that the person on the phone is the account holder, bound to one
// agent, one account and one call, and valid until expiresAt.
struct CallerVerification
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 agentId = 0;
    QString callId;
    VerificationMethod method = VerificationMethod::Sms;
    VerificationStatus status = VerificationStatus::Pending;
    int triesLeft = 0;
    QString sentTo; // masked phone the code went to (SMS)
    QString question; // the security question to ask (questions)
    QDateTime createdAt;
    QDateTime expiresAt;
    std::optional<QDateTime> verifiedAt;

    static CallerVerification read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const CallerVerification &) const = default;
};

} // namespace WalletDesk
