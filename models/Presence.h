#pragma once

#include "JsonReader.h"

namespace WalletDesk {

// Whether an agent is at the console and on a call, as their console last
// said. The server knows calls only at wrap-up (CallsApi); this is how a
// supervisor sees the calls in progress. A presence is stale once its
// console has not been heard from for staleAfterSeconds (the console
// heartbeats well within it), and gone once the agent signed out.
struct Presence
{
    // What a console reports (PUT /api/v1/presence): its agent is on a
    // call since callStartedAt, or is not on a call.
    struct Report
    {
        bool onCall = false;
        std::optional<QDateTime> callStartedAt; // only when onCall

        static Report read(JsonReader &r);
        QJsonObject toJson() const;
        bool operator==(const Report &) const = default;
    };

    // Three missed heartbeats of a minute: the console is gone, crashed or
    // cut off, and the agent counts as away.
    static constexpr int staleAfterSeconds = 180;

    qint64 agentId = 0;
    QString agentName;
    bool signedIn = false;
    bool onCall = false;
    std::optional<QDateTime> callStartedAt;
    QDateTime seenAt; // the console's last report, on the server's clock

    static Presence read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Presence &) const = default;
};

} // namespace WalletDesk
