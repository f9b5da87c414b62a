#include "Device.h"

namespace WalletDesk {

Device Device::read(JsonReader &r)
{
    Device d;
    d.id = r.integer(QStringLiteral("id"), 1, Q_INT64_C(1) << 52);
    d.name = r.string(QStringLiteral("name"), 100);
    d.platform = r.string(QStringLiteral("platform"), 40);
    d.lastSeenAt = r.dateTime(QStringLiteral("lastSeenAt"));
    d.trusted = r.boolean(QStringLiteral("trusted"));
    d.signedIn = r.boolean(QStringLiteral("signedIn"));
    return d;
}

QJsonObject Device::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name},
        {QStringLiteral("platform"), platform},
        {QStringLiteral("lastSeenAt"), formatDateTime(lastSeenAt)},
        {QStringLiteral("trusted"), trusted}, {QStringLiteral("signedIn"), signedIn}};
}

} // namespace WalletDesk
