#include "CallCenterTime.h"

#include <QMutex>

namespace WalletDesk {

namespace {
QMutex zoneLock;
QByteArray currentId = CallCenterTime::defaultZoneId();
} // namespace

QTimeZone CallCenterTime::resolve(const QByteArray &ianaId)
{
    QTimeZone zone(ianaId);
    // A PC without the tz database (a minimal install) still knows China:
    // UTC+8 all year, no daylight saving since 1991.
    if (!zone.isValid() && ianaId == defaultZoneId())
        zone = QTimeZone(8 * 3600);
    return zone;
}

QTimeZone CallCenterTime::zone()
{
    return resolve(zoneId());
}

QByteArray CallCenterTime::zoneId()
{
    const QMutexLocker locker(&zoneLock);
    return currentId;
}

bool CallCenterTime::isUsable(const QByteArray &ianaId)
{
    return resolve(ianaId).isValid();
}

bool CallCenterTime::setZone(const QByteArray &ianaId)
{
    if (!isUsable(ianaId))
        return false;
    const QMutexLocker locker(&zoneLock);
    currentId = ianaId;
    return true;
}

} // namespace WalletDesk
