#include "Presence.h"

namespace WalletDesk {

namespace {
constexpr qint64 maxId = Q_INT64_C(1) << 52;
}

Presence::Report Presence::Report::read(JsonReader &r)
{
    Report p;
    p.onCall = r.boolean(QStringLiteral("onCall"));
    p.callStartedAt = r.optionalDateTime(QStringLiteral("callStartedAt"));
    // A start without a call, or a call without a start, would show a
    // duration nobody can explain.
    r.check(p.onCall == p.callStartedAt.has_value(), QStringLiteral("callStartedAt"),
        p.onCall ? QStringLiteral("is required while on a call")
                 : QStringLiteral("must be absent when not on a call"));
    return p;
}

QJsonObject Presence::Report::toJson() const
{
    QJsonObject o {{QStringLiteral("onCall"), onCall}};
    if (callStartedAt)
        o.insert(QStringLiteral("callStartedAt"), formatDateTime(*callStartedAt));
    return o;
}

Presence Presence::read(JsonReader &r)
{
    Presence p;
    p.agentId = r.integer(QStringLiteral("agentId"), 1, maxId);
    p.agentName = r.string(QStringLiteral("agentName"), 100);
    p.signedIn = r.boolean(QStringLiteral("signedIn"));
    p.onCall = r.boolean(QStringLiteral("onCall"));
    p.callStartedAt = r.optionalDateTime(QStringLiteral("callStartedAt"));
    p.seenAt = r.dateTime(QStringLiteral("seenAt"));
    return p;
}

QJsonObject Presence::toJson() const
{
    return {{QStringLiteral("agentId"), agentId}, {QStringLiteral("agentName"), agentName},
        {QStringLiteral("signedIn"), signedIn}, {QStringLiteral("onCall"), onCall},
        {QStringLiteral("callStartedAt"), optionalJson(callStartedAt)},
        {QStringLiteral("seenAt"), formatDateTime(seenAt)}};
}

} // namespace WalletDesk
