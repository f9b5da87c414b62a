#include "CalendarTexts.h"

#include <algorithm>

namespace WalletDesk {

QString CalendarTexts::kindText(HolidayKind kind)
{
    return kind == HolidayKind::Holiday ? tr("Holiday") : tr("Make-up working day");
}

QString CalendarTexts::countText(const QList<Holiday> &days)
{
    const int holidays = int(std::count_if(days.cbegin(), days.cend(),
        [](const Holiday &h) { return h.kind == HolidayKind::Holiday; }));
    return tr("%1 holidays and %2 make-up working days.").arg(holidays).arg(days.size() - holidays);
}

QString CalendarTexts::problemText(const HolidayListParser::Result &result)
{
    using P = HolidayListParser::Problem;
    QString why;
    switch (result.problem) {
    case P::None:
        return {};
    case P::Empty:
        return tr("The list holds no holiday.");
    case P::BadDate:
        why = tr("a date must be written yyyy-MM-dd and exist");
        break;
    case P::NoKind:
        why = tr("the line must end with 休, 放假, 班 or 上班");
        break;
    case P::NoName:
        why = tr("the holiday's name is missing");
        break;
    case P::NameTooLong:
        why = tr("the name is longer than 40 characters");
        break;
    case P::BadRange:
        why = tr("a range must run forwards and last at most 31 days");
        break;
    case P::RangeOfWorkdays:
        why = tr("make-up working days are listed one line each, not as a range");
        break;
    case P::Duplicate:
        why = tr("a date is listed twice");
        break;
    }
    return tr("Line %1 cannot be read (%2): %3").arg(result.line).arg(why, result.text);
}

} // namespace WalletDesk
