#pragma once

#include "DomainEnums.h"
#include "Money.h"

namespace WalletDesk {

// One ledger entry of a wallet account, with what an agent needs to explain it.
struct Transaction
{
    qint64 id = 0;
    QString orderNumber;
    qint64 accountId = 0;
    TransactionType type = TransactionType::Payment;
    TransactionStatus status = TransactionStatus::Succeeded;
    Money amount;
    Money fee;
    QString merchant; // payments and refunds
    QString counterparty; // transfers, masked
    QDateTime createdAt;
    std::optional<QDateTime> completedAt;
    QString failureReason;
    bool debited = false; // whether the money actually left the balance
    RefundState refundState = RefundState::None;
    std::optional<QDate> reversalDue;
    QString bankName; // withdrawals and top-ups
    QString maskedCard; // withdrawals and top-ups
    std::optional<QDate> expectedArrival; // withdrawals

    // Still pending more than two hours after it was made: worth an investigation.
    bool isPendingTooLong(const QDateTime &now) const;
    // Both succeeded payments of the same amount to the same merchant within
    // ten minutes of each other: a likely double charge.
    bool looksLikeRepeatOf(const Transaction &other) const;

    static Transaction read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Transaction &) const = default;
};

} // namespace WalletDesk
