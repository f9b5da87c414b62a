#include "DeadlinePolicy.h"

namespace WalletDesk {

DeadlinePolicy DeadlinePolicy::read(JsonReader &r)
{
    DeadlinePolicy p;
    p.acknowledgeWorkingDays = int(r.integer(QStringLiteral("acknowledgeWorkingDays"), 0, 30));
    p.resolveCalendarDays = int(r.integer(QStringLiteral("resolveCalendarDays"), 1, 365));
    p.maxExtendedCalendarDays = int(r.integer(QStringLiteral("maxExtendedCalendarDays"), 1, 365));
    p.withdrawalArrivalWorkingDays
        = int(r.integer(QStringLiteral("withdrawalArrivalWorkingDays"), 0, 30));
    p.reversalWorkingDays = int(r.integer(QStringLiteral("reversalWorkingDays"), 0, 30));
    if (r.ok())
        r.check(p.maxExtendedCalendarDays >= p.resolveCalendarDays,
            QStringLiteral("maxExtendedCalendarDays"),
            QStringLiteral("must not be shorter than resolveCalendarDays"));
    return p;
}

QJsonObject DeadlinePolicy::toJson() const
{
    return {{QStringLiteral("acknowledgeWorkingDays"), acknowledgeWorkingDays},
        {QStringLiteral("resolveCalendarDays"), resolveCalendarDays},
        {QStringLiteral("maxExtendedCalendarDays"), maxExtendedCalendarDays},
        {QStringLiteral("withdrawalArrivalWorkingDays"), withdrawalArrivalWorkingDays},
        {QStringLiteral("reversalWorkingDays"), reversalWorkingDays}};
}

QString DeadlinePolicy::settableProblem(QString *field) const
{
    struct Range
    {
        const char *field;
        int value, min, max;
    };
    const Range ranges[] = {
        {"acknowledgeWorkingDays", acknowledgeWorkingDays, 1, 10},
        {"resolveCalendarDays", resolveCalendarDays, 1, 90},
        {"maxExtendedCalendarDays", maxExtendedCalendarDays, resolveCalendarDays, 180},
        {"withdrawalArrivalWorkingDays", withdrawalArrivalWorkingDays, 0, 10},
        {"reversalWorkingDays", reversalWorkingDays, 1, 30},
    };
    for (const Range &r : ranges) {
        if (r.value < r.min || r.value > r.max) {
            *field = QString::fromLatin1(r.field);
            return QStringLiteral("must be between %1 and %2").arg(r.min).arg(r.max);
        }
    }
    return {};
}

} // namespace WalletDesk
