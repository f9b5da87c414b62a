#pragma once

#include "JsonReader.h"

namespace WalletDesk {

// A phone or computer the customer has signed in on.
struct Device
{
    qint64 id = 0;
    QString name;
    QString platform;
    QDateTime lastSeenAt;
    bool trusted = false;
    bool signedIn = false;

    static Device read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Device &) const = default;
};

} // namespace WalletDesk
