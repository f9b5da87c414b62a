#pragma once

#include "HolidayListParser.h"

#include <QCoreApplication>

namespace WalletDesk {

// The calendar's words for people: kinds of day, counts, and why a pasted
// list cannot be read.
class CalendarTexts
{
    Q_DECLARE_TR_FUNCTIONS(CalendarTexts)

public:
    static QString kindText(HolidayKind kind);
    static QString countText(const QList<Holiday> &days);
    static QString problemText(const HolidayListParser::Result &result);
};

} // namespace WalletDesk
