#include "CallerVerification.h"

namespace WalletDesk {

CallerVerification CallerVerification::read(JsonReader &r)
{
    CallerVerification v;
    v.id = r.integer(QStringLiteral("id"), 1, Q_INT64_C(1) << 52);
    v.accountId = r.integer(QStringLiteral("accountId"), 1, Q_INT64_C(1) << 52);
    v.agentId = r.integer(QStringLiteral("agentId"), 1, Q_INT64_C(1) << 52);
    v.callId = r.nonEmptyString(QStringLiteral("callId"), 64);
    v.method = r.enumeration<VerificationMethod>(QStringLiteral("method"));
    v.status = r.enumeration<VerificationStatus>(QStringLiteral("status"));
    v.triesLeft = int(r.integer(QStringLiteral("triesLeft"), 0, 10));
    v.sentTo = r.string(QStringLiteral("sentTo"), 30);
    v.question = r.optionalString(QStringLiteral("question"), 200).value_or(QString());
    v.createdAt = r.dateTime(QStringLiteral("createdAt"));
    v.expiresAt = r.dateTime(QStringLiteral("expiresAt"));
    v.verifiedAt = r.optionalDateTime(QStringLiteral("verifiedAt"));
    if (r.ok())
        r.check(v.expiresAt >= v.createdAt, QStringLiteral("expiresAt"),
            QStringLiteral("must not be before createdAt"));
    return v;
}

QJsonObject CallerVerification::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("accountId"), accountId},
        {QStringLiteral("agentId"), agentId}, {QStringLiteral("callId"), callId},
        {QStringLiteral("method"), enumToString(method)},
        {QStringLiteral("status"), enumToString(status)}, {QStringLiteral("triesLeft"), triesLeft},
        {QStringLiteral("sentTo"), sentTo},
        {QStringLiteral("question"), question.isEmpty() ? QJsonValue() : QJsonValue(question)},
        {QStringLiteral("createdAt"), formatDateTime(createdAt)},
        {QStringLiteral("expiresAt"), formatDateTime(expiresAt)},
        {QStringLiteral("verifiedAt"), optionalJson(verifiedAt)}};
}

} // namespace WalletDesk
