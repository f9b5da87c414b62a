#pragma once

#include "JsonReader.h"

namespace WalletDesk {

// One entry of a complaint's timeline: created, update, note, assign,
// escalate, resolve, reopen, extend; who did it and a short detail.
struct ComplaintEvent
{
    qint64 id = 0;
    QString kind;
    QString detail;
    QDateTime at;
    qint64 agentId = 0;
    QString agentName;

    static ComplaintEvent read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ComplaintEvent &) const = default;
};

} // namespace WalletDesk
