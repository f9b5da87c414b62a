#pragma once

#include "JsonReader.h"

namespace WalletDesk {

// The complaint and settlement clock, as data (DESIGN.md, "Deadlines").
struct DeadlinePolicy
{
    int acknowledgeWorkingDays = 1;
    int resolveCalendarDays = 15;
    int maxExtendedCalendarDays = 30;
    int withdrawalArrivalWorkingDays = 1;
    int reversalWorkingDays = 3;

    static DeadlinePolicy read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const DeadlinePolicy &) const = default;

    // The figures an administrator may set (PUT /deadline-policy, PUT
    // /reference), narrower than what read() accepts from stored documents:
    // empty when they are, else what is wrong, with the field in *field.
    QString settableProblem(QString *field) const;
};

} // namespace WalletDesk
