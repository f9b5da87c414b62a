#include "AccountSummary.h"

namespace WalletDesk {

AccountSummary AccountSummary::read(JsonReader &r)
{
    AccountSummary a;
    a.id = r.integer(QStringLiteral("id"), 1, Q_INT64_C(1) << 52);
    a.accountNumber = r.nonEmptyString(QStringLiteral("accountNumber"), 40);
    a.name = r.string(QStringLiteral("name"), 100);
    a.phone = r.string(QStringLiteral("phone"), 30);
    a.email = r.string(QStringLiteral("email"), 200);
    a.status = r.enumeration<AccountStatus>(QStringLiteral("status"));
    a.kycLevel = int(r.integer(QStringLiteral("kycLevel"), 0, 3));
    return a;
}

QJsonObject AccountSummary::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("accountNumber"), accountNumber},
        {QStringLiteral("name"), name}, {QStringLiteral("phone"), phone},
        {QStringLiteral("email"), email}, {QStringLiteral("status"), enumToString(status)},
        {QStringLiteral("kycLevel"), kycLevel}};
}

} // namespace WalletDesk
