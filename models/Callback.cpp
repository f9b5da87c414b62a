#include "Callback.h"

#include <QRegularExpression>

namespace WalletDesk {

namespace {
constexpr qint64 maxId = Q_INT64_C(1) << 52;
}

QString Callback::normalizedPhone(const QString &typed)
{
    QString s = typed;
    s.remove(QRegularExpression(QStringLiteral("[\\s\\-()]")));
    static const QRegularExpression shape(QStringLiteral("^\\+?[0-9]{5,20}$"));
    return shape.match(s).hasMatch() ? s : QString();
}

Callback Callback::read(JsonReader &r)
{
    Callback c;
    c.id = r.optionalInteger(QStringLiteral("id"), 0, maxId).value_or(0);
    c.version = r.optionalInteger(QStringLiteral("version"), 0, maxId).value_or(0);
    c.agentId = r.optionalInteger(QStringLiteral("agentId"), 0, maxId).value_or(0);
    const QString phone = r.nonEmptyString(QStringLiteral("phone"), 40);
    // A masked number (a supervisor's copy) is a number too, only not dialable.
    c.phone = phone.contains(QLatin1Char('*')) ? phone : normalizedPhone(phone);
    if (r.ok())
        r.check(!c.phone.isEmpty(), QStringLiteral("phone"),
            QStringLiteral("must be a phone number: 5 to 20 digits, optionally with a leading +"));
    c.reason = r.nonEmptyText(QStringLiteral("reason"), maxReasonLength);
    c.accountId = r.optionalInteger(QStringLiteral("accountId"), 1, maxId);
    c.callId = r.optionalString(QStringLiteral("callId"), 64);
    c.dueAt = r.dateTime(QStringLiteral("dueAt"));
    c.scheduledAt = r.optionalDateTime(QStringLiteral("scheduledAt")).value_or(QDateTime());
    c.status = r.optionalEnumeration<CallbackStatus>(QStringLiteral("status"))
                   .value_or(CallbackStatus::Scheduled);
    c.updatedAt = r.optionalDateTime(QStringLiteral("updatedAt")).value_or(QDateTime());
    if (r.ok() && c.scheduledAt.isValid()) {
        r.check(c.dueAt >= c.scheduledAt.addSecs(-60), QStringLiteral("dueAt"),
            QStringLiteral("must not be in the past"));
        r.check(c.dueAt <= c.scheduledAt.addDays(maxDaysAhead), QStringLiteral("dueAt"),
            QStringLiteral("must be at most %1 days ahead").arg(maxDaysAhead));
    }
    return c;
}

QJsonObject Callback::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("version"), version},
        {QStringLiteral("agentId"), agentId}, {QStringLiteral("phone"), phone},
        {QStringLiteral("reason"), reason}, {QStringLiteral("accountId"), optionalJson(accountId)},
        {QStringLiteral("callId"), optionalJson(callId)},
        {QStringLiteral("dueAt"), formatDateTime(dueAt)},
        {QStringLiteral("scheduledAt"),
            scheduledAt.isValid() ? QJsonValue(formatDateTime(scheduledAt)) : QJsonValue()},
        {QStringLiteral("status"), enumToString(status)},
        {QStringLiteral("updatedAt"),
            updatedAt.isValid() ? QJsonValue(formatDateTime(updatedAt)) : QJsonValue()}};
}

CallbackChange CallbackChange::read(JsonReader &r)
{
    CallbackChange c;
    c.status = r.optionalEnumeration<CallbackStatus>(QStringLiteral("status"));
    c.dueAt = r.optionalDateTime(QStringLiteral("dueAt"));
    c.changedAt = r.optionalDateTime(QStringLiteral("changedAt")).value_or(QDateTime());
    if (!r.ok())
        return c;
    if (!c.status && !c.dueAt)
        r.fail(QString(), QStringLiteral("send a status, a new dueAt, or both"));
    else if (c.status == CallbackStatus::Scheduled && !c.dueAt)
        r.fail(QStringLiteral("status"),
            QStringLiteral("\"scheduled\" comes with a new dueAt (a reschedule)"));
    else if (c.dueAt && c.status && c.status != CallbackStatus::Scheduled)
        r.fail(QStringLiteral("dueAt"),
            QStringLiteral("a done or cancelled callback has no new due time"));
    else if (c.dueAt && c.changedAt.isValid()) {
        r.check(*c.dueAt >= c.changedAt.addSecs(-60), QStringLiteral("dueAt"),
            QStringLiteral("must not be in the past"));
        r.check(*c.dueAt <= c.changedAt.addDays(Callback::maxDaysAhead), QStringLiteral("dueAt"),
            QStringLiteral("must be at most %1 days ahead").arg(Callback::maxDaysAhead));
    }
    return c;
}

QJsonObject CallbackChange::toJson() const
{
    QJsonObject o;
    if (status)
        o.insert(QStringLiteral("status"), enumToString(*status));
    if (dueAt)
        o.insert(QStringLiteral("dueAt"), formatDateTime(*dueAt));
    if (changedAt.isValid())
        o.insert(QStringLiteral("changedAt"), formatDateTime(changedAt));
    return o;
}

} // namespace WalletDesk
