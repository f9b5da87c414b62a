#include "WallboardSnapshot.h"

namespace WalletDesk {

namespace {
constexpr qint64 maxId = Q_INT64_C(1) << 52;
}

WallboardSnapshot::WaitingApproval WallboardSnapshot::WaitingApproval::read(JsonReader &r)
{
    WaitingApproval a;
    a.actionId = r.integer(QStringLiteral("actionId"), 1, maxId);
    a.type = r.enumeration<ActionType>(QStringLiteral("type"));
    a.agentName = r.string(QStringLiteral("agentName"), 100);
    a.createdAt = r.dateTime(QStringLiteral("createdAt"));
    return a;
}

QJsonObject WallboardSnapshot::WaitingApproval::toJson() const
{
    return {{QStringLiteral("actionId"), actionId}, {QStringLiteral("type"), enumToString(type)},
        {QStringLiteral("agentName"), agentName},
        {QStringLiteral("createdAt"), formatDateTime(createdAt)}};
}

WallboardSnapshot::DueComplaint WallboardSnapshot::DueComplaint::read(JsonReader &r)
{
    DueComplaint c;
    c.id = r.integer(QStringLiteral("id"), 1, maxId);
    c.categoryCode = r.nonEmptyString(QStringLiteral("category"), 64);
    c.assigneeName = r.optionalString(QStringLiteral("assigneeName"), 100).value_or(QString());
    c.dueAt = r.dateTime(QStringLiteral("dueAt"));
    return c;
}

QJsonObject WallboardSnapshot::DueComplaint::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("category"), categoryCode},
        {QStringLiteral("assigneeName"),
            assigneeName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(assigneeName)},
        {QStringLiteral("dueAt"), formatDateTime(dueAt)}};
}

WallboardSnapshot WallboardSnapshot::read(JsonReader &r)
{
    WallboardSnapshot w;
    w.at = r.dateTime(QStringLiteral("at"));
    w.agents = r.list<Presence>(QStringLiteral("agents"), 10'000);
    w.approvals = r.list<WaitingApproval>(QStringLiteral("approvals"), maxListed);
    w.dueToday = r.list<DueComplaint>(QStringLiteral("dueToday"), maxListed);
    w.dueTodayCount = int(r.integer(QStringLiteral("dueTodayCount"), 0, 1'000'000'000));
    w.overdue = r.list<DueComplaint>(QStringLiteral("overdue"), maxListed);
    w.overdueCount = int(r.integer(QStringLiteral("overdueCount"), 0, 1'000'000'000));
    return w;
}

QJsonObject WallboardSnapshot::toJson() const
{
    return {{QStringLiteral("at"), formatDateTime(at)},
        {QStringLiteral("agents"), toJsonArray(agents)},
        {QStringLiteral("approvals"), toJsonArray(approvals)},
        {QStringLiteral("dueToday"), toJsonArray(dueToday)},
        {QStringLiteral("dueTodayCount"), dueTodayCount},
        {QStringLiteral("overdue"), toJsonArray(overdue)},
        {QStringLiteral("overdueCount"), overdueCount}};
}

} // namespace WalletDesk
