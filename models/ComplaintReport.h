#pragma once

#include "JsonReader.h"

#include <QMap>

namespace WalletDesk {

// The complaint figures of a period (China-time days): what the dashboard
// charts and the yearly disclosure table are made of. Computed by the
// server, shown by the console; one codec for both.
struct ComplaintReport
{
    QDate from;
    QDate to;
    int total = 0;
    int resolved = 0;
    QMap<QString, int> byCategory; // category code → complaints
    QMap<QString, int> byStatus;
    QMap<QString, int> byChannel;
    QMap<QString, int> byAssignee; // agent id, or "none" → complaints
    QMap<QString, int> perDay; // "YYYY-MM-DD" → complaints created that day
    int resolvedWithin1WorkingDay = 0;
    int resolvedWithin1To3WorkingDays = 0;
    int acknowledgeBreaches = 0;
    int resolveBreaches = 0;

    double shareResolvedWithin1WorkingDay() const
    {
        return total ? double(resolvedWithin1WorkingDay) / total : 0.0;
    }
    double shareResolvedWithin1To3WorkingDays() const
    {
        return total ? double(resolvedWithin1To3WorkingDays) / total : 0.0;
    }

    static ComplaintReport read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ComplaintReport &) const = default;
};

} // namespace WalletDesk
