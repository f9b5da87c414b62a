#include "BankCard.h"

namespace WalletDesk {

BankCard BankCard::read(JsonReader &r)
{
    BankCard c;
    c.id = r.integer(QStringLiteral("id"), 1, Q_INT64_C(1) << 52);
    c.bankName = r.nonEmptyString(QStringLiteral("bankName"), 60);
    c.maskedNumber = r.nonEmptyString(QStringLiteral("maskedNumber"), 30);
    if (r.ok())
        r.check(c.maskedNumber.contains(QLatin1Char('*')), QStringLiteral("maskedNumber"),
            QStringLiteral("must be masked"));
    c.type = r.enumeration<CardType>(QStringLiteral("type"));
    c.isDefault = r.boolean(QStringLiteral("isDefault"));
    c.linkedAt = r.dateTime(QStringLiteral("linkedAt"));
    return c;
}

QJsonObject BankCard::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("bankName"), bankName},
        {QStringLiteral("maskedNumber"), maskedNumber},
        {QStringLiteral("type"), enumToString(type)}, {QStringLiteral("isDefault"), isDefault},
        {QStringLiteral("linkedAt"), formatDateTime(linkedAt)}};
}

} // namespace WalletDesk
