#include "ActionRequest.h"

namespace WalletDesk {

namespace {
constexpr qint64 maxId = Q_INT64_C(1) << 52;

bool needsTransaction(ActionType t)
{
    return t == ActionType::Investigation || t == ActionType::RefundRequest;
}
} // namespace

ActionRequest ActionRequest::read(JsonReader &r)
{
    ActionRequest a;
    a.id = r.integer(QStringLiteral("id"), 1, maxId);
    a.accountId = r.integer(QStringLiteral("accountId"), 1, maxId);
    a.agentId = r.integer(QStringLiteral("agentId"), 1, maxId);
    a.callId = r.nonEmptyString(QStringLiteral("callId"), 64);
    a.type = r.enumeration<ActionType>(QStringLiteral("type"));
    a.status = r.enumeration<ActionStatus>(QStringLiteral("status"));
    a.reason = r.nonEmptyText(QStringLiteral("reason"), 500);
    a.verificationId = r.integer(QStringLiteral("verificationId"), 1, maxId);
    a.transactionId = r.optionalInteger(QStringLiteral("transactionId"), 1, maxId);
    a.resetTarget = r.optionalEnumeration<ResetTarget>(QStringLiteral("resetTarget"));
    a.createdAt = r.dateTime(QStringLiteral("createdAt"));
    a.decidedBy = r.optionalInteger(QStringLiteral("decidedBy"), 1, maxId);
    a.decisionReason = r.optionalText(QStringLiteral("decisionReason"), 500).value_or(QString());
    a.decidedAt = r.optionalDateTime(QStringLiteral("decidedAt"));
    return a;
}

QJsonObject ActionRequest::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("accountId"), accountId},
        {QStringLiteral("agentId"), agentId}, {QStringLiteral("callId"), callId},
        {QStringLiteral("type"), enumToString(type)},
        {QStringLiteral("status"), enumToString(status)}, {QStringLiteral("reason"), reason},
        {QStringLiteral("verificationId"), verificationId},
        {QStringLiteral("transactionId"), optionalJson(transactionId)},
        {QStringLiteral("resetTarget"),
            resetTarget ? QJsonValue(enumToString(*resetTarget)) : QJsonValue()},
        {QStringLiteral("createdAt"), formatDateTime(createdAt)},
        {QStringLiteral("decidedBy"), optionalJson(decidedBy)},
        {QStringLiteral("decisionReason"),
            decisionReason.isEmpty() ? QJsonValue() : QJsonValue(decisionReason)},
        {QStringLiteral("decidedAt"), optionalJson(decidedAt)}};
}

ActionDraft ActionDraft::read(JsonReader &r)
{
    ActionDraft d;
    d.type = r.enumeration<ActionType>(QStringLiteral("type"));
    d.verificationId = r.integer(QStringLiteral("verificationId"), 1, maxId);
    d.callId = r.nonEmptyString(QStringLiteral("callId"), 64);
    d.reason = r.nonEmptyText(QStringLiteral("reason"), 500);
    d.transactionId = r.optionalInteger(QStringLiteral("transactionId"), 1, maxId);
    d.resetTarget = r.optionalEnumeration<ResetTarget>(QStringLiteral("resetTarget"));
    if (r.ok() && needsTransaction(d.type))
        r.check(d.transactionId.has_value(), QStringLiteral("transactionId"),
            QStringLiteral("is required for this action"));
    if (r.ok() && d.type == ActionType::PasswordReset)
        r.check(d.resetTarget.has_value(), QStringLiteral("resetTarget"),
            QStringLiteral("is required for a password reset"));
    // Refused where it means nothing, rather than ignored: a transaction on
    // an unfreeze would make it a different request to the "one of a kind
    // waits at a time" rule, and show the approver an amount it has not.
    if (r.ok() && !needsTransaction(d.type))
        r.check(!d.transactionId.has_value(), QStringLiteral("transactionId"),
            QStringLiteral("is only for investigations and refund requests"));
    if (r.ok() && d.type != ActionType::PasswordReset)
        r.check(!d.resetTarget.has_value(), QStringLiteral("resetTarget"),
            QStringLiteral("is only for a password reset"));
    return d;
}

QJsonObject ActionDraft::toJson() const
{
    QJsonObject o {{QStringLiteral("type"), enumToString(type)},
        {QStringLiteral("verificationId"), verificationId}, {QStringLiteral("callId"), callId},
        {QStringLiteral("reason"), reason}};
    if (transactionId)
        o.insert(QStringLiteral("transactionId"), *transactionId);
    if (resetTarget)
        o.insert(QStringLiteral("resetTarget"), enumToString(*resetTarget));
    return o;
}

} // namespace WalletDesk
