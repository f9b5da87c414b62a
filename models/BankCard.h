#pragma once

#include "DomainEnums.h"
#include "JsonReader.h"

namespace WalletDesk {

// A bank card linked to a wallet account. The number is always masked.
struct BankCard
{
    qint64 id = 0;
    QString bankName;
    QString maskedNumber;
    CardType type = CardType::Debit;
    bool isDefault = false;
    QDateTime linkedAt;

    static BankCard read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const BankCard &) const = default;
};

} // namespace WalletDesk
