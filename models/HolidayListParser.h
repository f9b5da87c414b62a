#pragma once

#include "ReferenceItems.h"

#include <QList>
#include <QString>

namespace WalletDesk {

// Reads a year's holidays as an administrator copies them from the State
// Council's notice, one rule a line:
//
//   2027-02-16 春节 休                    a day off (休 or 放假)
//   2027-02-07 春节 班                    a make-up working day (班 or 上班)
//   2027-02-15 至 2027-02-21 春节 放假     a range of days off (至 or ~)
//
// Blank lines and lines starting with # are skipped; any whitespace,
// full-width spaces too, separates the parts; the name is what stands between
// the date(s) and the last word. A range skips its Saturdays and Sundays
// (off anyway; a make-up working day among them is listed on its own line).
// The first line it cannot read stops it: the result names that line.
class HolidayListParser
{
public:
    enum class Problem {
        None,
        BadDate, // not a real yyyy-MM-dd date
        NoKind, // the last word is none of 休 放假 班 上班
        NoName, // nothing between the date(s) and the kind
        NameTooLong, // more than 40 characters
        BadRange, // the end is before the start, or the range is longer than 31 days
        RangeOfWorkdays, // a range can only be days off
        Duplicate, // a date given twice
        Empty, // no rule at all
    };

    struct Result
    {
        QList<Holiday> days; // in date order
        Problem problem = Problem::None;
        int line = 0; // 1-based, of the problem
        QString text; // that line, as written

        bool ok() const { return problem == Problem::None; }
    };

    static Result parse(const QString &text);

    static constexpr int maxNameLength = 40;
    static constexpr int maxRangeDays = 31;
};

} // namespace WalletDesk
