#include "Agent.h"

namespace WalletDesk {

Agent Agent::read(JsonReader &r)
{
    Agent a;
    a.id = r.integer(QStringLiteral("id"), 1, Q_INT64_C(1) << 52);
    a.username = r.nonEmptyString(QStringLiteral("username"), 64);
    a.displayName = r.string(QStringLiteral("displayName"), 100);
    a.role = r.enumeration<Role>(QStringLiteral("role"));
    return a;
}

QJsonObject Agent::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("username"), username},
        {QStringLiteral("displayName"), displayName}, {QStringLiteral("role"), enumToString(role)}};
}

} // namespace WalletDesk
