#include "CallRecord.h"

namespace WalletDesk {

CallRecord CallRecord::read(JsonReader &r)
{
    constexpr qint64 maxId = Q_INT64_C(1) << 52;
    CallRecord c;
    c.id = r.optionalInteger(QStringLiteral("id"), 0, maxId).value_or(0);
    c.callId = r.nonEmptyString(QStringLiteral("callId"), 64);
    c.callerNumber = r.string(QStringLiteral("callerNumber"), 30);
    c.accountId = r.optionalInteger(QStringLiteral("accountId"), 1, maxId);
    c.agentId = r.optionalInteger(QStringLiteral("agentId"), 0, maxId).value_or(0);
    c.startedAt = r.dateTime(QStringLiteral("startedAt"));
    c.endedAt = r.dateTime(QStringLiteral("endedAt"));
    c.wrapUpCode = r.nonEmptyString(QStringLiteral("wrapUpCode"), 40);
    c.notes = r.text(QStringLiteral("notes"), 8000);
    c.complaintId = r.optionalInteger(QStringLiteral("complaintId"), 1, maxId);
    if (r.ok())
        r.check(c.endedAt >= c.startedAt, QStringLiteral("endedAt"),
            QStringLiteral("must not be before startedAt"));
    return c;
}

QJsonObject CallRecord::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("callId"), callId},
        {QStringLiteral("callerNumber"), callerNumber},
        {QStringLiteral("accountId"), optionalJson(accountId)},
        {QStringLiteral("agentId"), agentId},
        {QStringLiteral("startedAt"), formatDateTime(startedAt)},
        {QStringLiteral("endedAt"), formatDateTime(endedAt)},
        {QStringLiteral("wrapUpCode"), wrapUpCode}, {QStringLiteral("notes"), notes},
        {QStringLiteral("complaintId"), optionalJson(complaintId)}};
}

} // namespace WalletDesk
