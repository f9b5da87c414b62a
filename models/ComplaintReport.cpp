#include "ComplaintReport.h"

namespace WalletDesk {

namespace {
constexpr int maxCount = 100'000'000;

QJsonObject toObject(const QMap<QString, int> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, int> countsOf(JsonReader &r, const QString &key)
{
    QMap<QString, int> counts;
    const QJsonObject o = r.object(key);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const double v = it.value().toDouble(-1);
        if (!it.value().isDouble() || v < 0 || v > maxCount || v != double(qint64(v))) {
            r.fail(key + QLatin1Char('.') + it.key(), QStringLiteral("must be a count"));
            return {};
        }
        counts.insert(it.key(), int(v));
    }
    return counts;
}
} // namespace

ComplaintReport ComplaintReport::read(JsonReader &r)
{
    ComplaintReport p;
    p.from = r.date(QStringLiteral("from"));
    p.to = r.date(QStringLiteral("to"));
    p.total = int(r.integer(QStringLiteral("total"), 0, maxCount));
    p.resolved = int(r.integer(QStringLiteral("resolved"), 0, maxCount));
    p.byCategory = countsOf(r, QStringLiteral("byCategory"));
    p.byStatus = countsOf(r, QStringLiteral("byStatus"));
    p.byChannel = countsOf(r, QStringLiteral("byChannel"));
    p.byAssignee = countsOf(r, QStringLiteral("byAssignee"));
    p.perDay = countsOf(r, QStringLiteral("perDay"));
    p.resolvedWithin1WorkingDay
        = int(r.integer(QStringLiteral("resolvedWithin1WorkingDay"), 0, maxCount));
    p.resolvedWithin1To3WorkingDays
        = int(r.integer(QStringLiteral("resolvedWithin1To3WorkingDays"), 0, maxCount));
    p.acknowledgeBreaches = int(r.integer(QStringLiteral("acknowledgeBreaches"), 0, maxCount));
    p.resolveBreaches = int(r.integer(QStringLiteral("resolveBreaches"), 0, maxCount));
    r.check(
        p.resolved <= p.total, QStringLiteral("resolved"), QStringLiteral("cannot exceed total"));
    return p;
}

QJsonObject ComplaintReport::toJson() const
{
    return {{QStringLiteral("from"), from.toString(Qt::ISODate)},
        {QStringLiteral("to"), to.toString(Qt::ISODate)}, {QStringLiteral("total"), total},
        {QStringLiteral("resolved"), resolved},
        {QStringLiteral("byCategory"), toObject(byCategory)},
        {QStringLiteral("byStatus"), toObject(byStatus)},
        {QStringLiteral("byChannel"), toObject(byChannel)},
        {QStringLiteral("byAssignee"), toObject(byAssignee)},
        {QStringLiteral("perDay"), toObject(perDay)},
        {QStringLiteral("resolvedWithin1WorkingDay"), resolvedWithin1WorkingDay},
        {QStringLiteral("resolvedWithin1To3WorkingDays"), resolvedWithin1To3WorkingDays},
        {QStringLiteral("shareResolvedWithin1WorkingDay"), shareResolvedWithin1WorkingDay()},
        {QStringLiteral("shareResolvedWithin1To3WorkingDays"),
            shareResolvedWithin1To3WorkingDays()},
        {QStringLiteral("acknowledgeBreaches"), acknowledgeBreaches},
        {QStringLiteral("resolveBreaches"), resolveBreaches}};
}

} // namespace WalletDesk
