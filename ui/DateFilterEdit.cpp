#include "DateFilterEdit.h"

#include "WorkingCalendar.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace WalletDesk {

DateFilterEdit::DateFilterEdit(QWidget *parent)
    : QDateEdit(parent)
{
}

bool DateFilterEdit::focusNextPrevChild(bool next)
{
    // Skips QDateTimeEdit's section walk: the widget itself gives up the focus.
    return QWidget::focusNextPrevChild(next);
}

void DateFilterEdit::keyPressEvent(QKeyEvent *event)
{
    const QString typed = event->text();
    if (showsNoLimit() && !typed.isEmpty() && typed.at(0).isDigit()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        // "any" is no date to edit: start from today, the year selected, so
        // the digits typed replace it section by section.
        setDate(QDateTime::currentDateTimeUtc().toTimeZone(CallCenterTime::zone()).date());
        setSelectedSection(YearSection);
    }
    QDateEdit::keyPressEvent(event);
}

bool DateFilterEdit::showsNoLimit() const
{
    return !specialValueText().isEmpty() && lineEdit()->text() == specialValueText();
}

} // namespace WalletDesk
