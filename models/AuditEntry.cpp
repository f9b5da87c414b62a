#include "AuditEntry.h"

namespace WalletDesk {

AuditEntry AuditEntry::read(JsonReader &r)
{
    constexpr qint64 maxId = Q_INT64_C(1) << 52;
    AuditEntry e;
    e.id = r.integer(QStringLiteral("id"), 1, maxId);
    e.at = r.dateTime(QStringLiteral("at"));
    e.agentId = r.integer(QStringLiteral("agentId"), 1, maxId);
    e.action = r.nonEmptyString(QStringLiteral("action"), 60);
    e.accountId = r.optionalInteger(QStringLiteral("accountId"), 1, maxId);
    e.accountNumber = r.optionalString(QStringLiteral("accountNumber"), 40).value_or(QString());
    e.callId = r.optionalString(QStringLiteral("callId"), 64).value_or(QString());
    e.callStartedAt = r.optionalDateTime(QStringLiteral("callStartedAt"));
    e.callAgentId = r.optionalInteger(QStringLiteral("callAgentId"), 1, maxId);
    e.reason = r.optionalText(QStringLiteral("reason"), 500).value_or(QString());
    e.detail = r.optionalText(QStringLiteral("detail"), 2000).value_or(QString());
    return e;
}

QJsonObject AuditEntry::toJson() const
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QStringLiteral("id"), id}, {QStringLiteral("at"), formatDateTime(at)},
        {QStringLiteral("agentId"), agentId}, {QStringLiteral("action"), action},
        {QStringLiteral("accountId"), optionalJson(accountId)},
        {QStringLiteral("accountNumber"), orNull(accountNumber)},
        {QStringLiteral("callId"), orNull(callId)},
        {QStringLiteral("callStartedAt"), optionalJson(callStartedAt)},
        {QStringLiteral("callAgentId"), optionalJson(callAgentId)},
        {QStringLiteral("reason"), orNull(reason)}, {QStringLiteral("detail"), orNull(detail)}};
}

} // namespace WalletDesk
