#pragma once

#include "DomainEnums.h"
#include "JsonReader.h"

namespace WalletDesk {

// A search hit: enough to tell candidate accounts apart, all masked.
struct AccountSummary
{
    qint64 id = 0;
    QString accountNumber; // masked
    QString name; // masked
    QString phone; // masked
    QString email; // masked
    AccountStatus status = AccountStatus::Active;
    int kycLevel = 0;

    static AccountSummary read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const AccountSummary &) const = default;
};

} // namespace WalletDesk
