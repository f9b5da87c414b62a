#include "LoginAttempt.h"

namespace WalletDesk {

LoginAttempt LoginAttempt::read(JsonReader &r)
{
    LoginAttempt a;
    a.at = r.dateTime(QStringLiteral("at"));
    a.success = r.boolean(QStringLiteral("success"));
    a.deviceName = r.string(QStringLiteral("deviceName"), 100);
    a.location = r.string(QStringLiteral("location"), 100);
    a.failureReason = r.optionalString(QStringLiteral("failureReason"), 200).value_or(QString());
    if (r.ok())
        r.check(a.success == a.failureReason.isEmpty(), QStringLiteral("failureReason"),
            QStringLiteral("is required exactly when the attempt failed"));
    return a;
}

QJsonObject LoginAttempt::toJson() const
{
    return {{QStringLiteral("at"), formatDateTime(at)}, {QStringLiteral("success"), success},
        {QStringLiteral("deviceName"), deviceName}, {QStringLiteral("location"), location},
        {QStringLiteral("failureReason"), success ? QJsonValue() : QJsonValue(failureReason)}};
}

} // namespace WalletDesk
