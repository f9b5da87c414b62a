#include "Account.h"

namespace WalletDesk {

Account Account::read(JsonReader &r)
{
    Account a;
    a.summary = AccountSummary::read(r);
    a.idNumber = r.string(QStringLiteral("idNumber"), 40);
    a.lockReason = r.optionalString(QStringLiteral("lockReason"), 200).value_or(QString());
    a.balance = r.nested<Money>(QStringLiteral("balance"));
    a.twoFactorEnabled = r.boolean(QStringLiteral("twoFactorEnabled"));
    a.createdAt = r.dateTime(QStringLiteral("createdAt"));
    a.failedLoginsLast24h = int(r.integer(QStringLiteral("failedLoginsLast24h"), 0, 100000));
    a.devices = r.list<Device>(QStringLiteral("devices"), 100);
    a.cards = r.list<BankCard>(QStringLiteral("cards"), 50);
    a.recentLogins = r.list<LoginAttempt>(QStringLiteral("recentLogins"), 200);
    a.version = r.integer(QStringLiteral("version"), 1, Q_INT64_C(1) << 52);
    return a;
}

QJsonObject Account::toJson() const
{
    QJsonObject o = summary.toJson();
    o.insert(QStringLiteral("idNumber"), idNumber);
    o.insert(
        QStringLiteral("lockReason"), lockReason.isEmpty() ? QJsonValue() : QJsonValue(lockReason));
    o.insert(QStringLiteral("balance"), balance.toJson());
    o.insert(QStringLiteral("twoFactorEnabled"), twoFactorEnabled);
    o.insert(QStringLiteral("createdAt"), formatDateTime(createdAt));
    o.insert(QStringLiteral("failedLoginsLast24h"), failedLoginsLast24h);
    o.insert(QStringLiteral("devices"), toJsonArray(devices));
    o.insert(QStringLiteral("cards"), toJsonArray(cards));
    o.insert(QStringLiteral("recentLogins"), toJsonArray(recentLogins));
    o.insert(QStringLiteral("version"), version);
    return o;
}

} // namespace WalletDesk
