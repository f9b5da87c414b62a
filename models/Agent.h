#pragma once

#include "DomainEnums.h"
#include "JsonReader.h"

namespace WalletDesk {

// A call-center employee who signs in to the console.
struct Agent
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Agent;

    static Agent read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Agent &) const = default;
};

} // namespace WalletDesk
