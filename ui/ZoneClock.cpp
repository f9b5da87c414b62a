#include "ZoneClock.h"

#include "DisplayNames.h"

#include <QDateTime>
#include <QEvent>

namespace WalletDesk {

ZoneClock::ZoneClock(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("zoneClock"));
    // Shown to the minute: a tick every 15 s is at most 15 s late.
    m_tick.setInterval(15000);
    connect(&m_tick, &QTimer::timeout, this, &ZoneClock::refresh);
    m_tick.start();
    refresh();
}

void ZoneClock::refresh()
{
    const QString zone = DisplayNames::zoneName();
    const QString now
        = DisplayNames::time(QDateTime::currentDateTimeUtc(), QStringLiteral("HH:mm"));
    setText(tr("%1 %2").arg(zone, now));
    setToolTip(
        tr("Every time in WalletDesk is %1, whatever this computer's clock says.").arg(zone));
    setAccessibleName(tr("Call center time: %1 %2").arg(zone, now));
}

void ZoneClock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace WalletDesk
