#pragma once

#include "AccountSummary.h"
#include "BankCard.h"
#include "Device.h"
#include "LoginAttempt.h"
#include "Money.h"

namespace WalletDesk {

// The account as an agent sees it on a call: masked identity, state, money
// and security facts.
struct Account
{
    AccountSummary summary;
    QString idNumber; // masked
    QString lockReason;
    Money balance;
    bool twoFactorEnabled = false;
    QDateTime createdAt;
    int failedLoginsLast24h = 0;
    QList<Device> devices;
    QList<BankCard> cards;
    QList<LoginAttempt> recentLogins;
    qint64 version = 1;

    static Account read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Account &) const = default;
};

} // namespace WalletDesk
