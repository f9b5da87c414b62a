#include "ComplaintEvent.h"

namespace WalletDesk {

ComplaintEvent ComplaintEvent::read(JsonReader &r)
{
    constexpr qint64 maxId = Q_INT64_C(1) << 52;
    ComplaintEvent e;
    e.id = r.integer(QStringLiteral("id"), 1, maxId);
    e.kind = r.nonEmptyString(QStringLiteral("kind"), 40);
    e.detail = r.text(QStringLiteral("detail"), 4000);
    e.at = r.dateTime(QStringLiteral("at"));
    e.agentId = r.integer(QStringLiteral("agentId"), 1, maxId);
    e.agentName = r.string(QStringLiteral("agentName"), 100);
    return e;
}

QJsonObject ComplaintEvent::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("kind"), kind},
        {QStringLiteral("detail"), detail}, {QStringLiteral("at"), formatDateTime(at)},
        {QStringLiteral("agentId"), agentId}, {QStringLiteral("agentName"), agentName}};
}

} // namespace WalletDesk
