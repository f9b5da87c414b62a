#pragma once

#include "JsonReader.h"

namespace WalletDesk {

// One attempt of the customer to sign in to the wallet app.
struct LoginAttempt
{
    QDateTime at;
    bool success = false;
    QString deviceName;
    QString location;
    QString failureReason; // empty on success

    static LoginAttempt read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const LoginAttempt &) const = default;
};

} // namespace WalletDesk
