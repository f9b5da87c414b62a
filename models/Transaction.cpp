#include "Transaction.h"

namespace WalletDesk {

Transaction Transaction::read(JsonReader &r)
{
    Transaction t;
    t.id = r.integer(QStringLiteral("id"), 1, Q_INT64_C(1) << 52);
    t.orderNumber = r.nonEmptyString(QStringLiteral("orderNumber"), 40);
    t.accountId = r.integer(QStringLiteral("accountId"), 1, Q_INT64_C(1) << 52);
    t.type = r.enumeration<TransactionType>(QStringLiteral("type"));
    t.status = r.enumeration<TransactionStatus>(QStringLiteral("status"));
    t.amount = r.nested<Money>(QStringLiteral("amount"));
    if (r.ok())
        r.check(t.amount.fen > 0, QStringLiteral("amount.fen"), QStringLiteral("must be positive"));
    t.fee = r.nested<Money>(QStringLiteral("fee"));
    if (r.ok())
        r.check(t.fee.fen >= 0, QStringLiteral("fee.fen"), QStringLiteral("must not be negative"));
    t.merchant = r.optionalString(QStringLiteral("merchant"), 100).value_or(QString());
    t.counterparty = r.optionalString(QStringLiteral("counterparty"), 100).value_or(QString());
    t.createdAt = r.dateTime(QStringLiteral("createdAt"));
    t.completedAt = r.optionalDateTime(QStringLiteral("completedAt"));
    t.failureReason = r.optionalString(QStringLiteral("failureReason"), 200).value_or(QString());
    t.debited = r.boolean(QStringLiteral("debited"));
    t.refundState = r.enumeration<RefundState>(QStringLiteral("refundState"));
    t.reversalDue = r.optionalDate(QStringLiteral("reversalDue"));
    t.bankName = r.optionalString(QStringLiteral("bankName"), 60).value_or(QString());
    t.maskedCard = r.optionalString(QStringLiteral("maskedCard"), 30).value_or(QString());
    t.expectedArrival = r.optionalDate(QStringLiteral("expectedArrival"));
    if (r.ok() && t.status == TransactionStatus::Failed)
        r.check(!t.failureReason.isEmpty(), QStringLiteral("failureReason"),
            QStringLiteral("is required for a failed transaction"));
    return t;
}

QJsonObject Transaction::toJson() const
{
    auto opt = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QStringLiteral("id"), id}, {QStringLiteral("orderNumber"), orderNumber},
        {QStringLiteral("accountId"), accountId}, {QStringLiteral("type"), enumToString(type)},
        {QStringLiteral("status"), enumToString(status)},
        {QStringLiteral("amount"), amount.toJson()}, {QStringLiteral("fee"), fee.toJson()},
        {QStringLiteral("merchant"), opt(merchant)},
        {QStringLiteral("counterparty"), opt(counterparty)},
        {QStringLiteral("createdAt"), formatDateTime(createdAt)},
        {QStringLiteral("completedAt"), optionalJson(completedAt)},
        {QStringLiteral("failureReason"), opt(failureReason)}, {QStringLiteral("debited"), debited},
        {QStringLiteral("refundState"), enumToString(refundState)},
        {QStringLiteral("reversalDue"), optionalJson(reversalDue)},
        {QStringLiteral("bankName"), opt(bankName)},
        {QStringLiteral("maskedCard"), opt(maskedCard)},
        {QStringLiteral("expectedArrival"), optionalJson(expectedArrival)}};
}

bool Transaction::isPendingTooLong(const QDateTime &now) const
{
    return status == TransactionStatus::Pending && createdAt.secsTo(now) > 2 * 3600;
}

bool Transaction::looksLikeRepeatOf(const Transaction &other) const
{
    return type == TransactionType::Payment && status == TransactionStatus::Succeeded
        && other.type == type && other.status == status && other.amount == amount
        && other.merchant == merchant && qAbs(other.createdAt.secsTo(createdAt)) <= 600;
}

} // namespace WalletDesk
