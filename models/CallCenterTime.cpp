#include "CallCenterTime.h"

#include <QMutex>
#include <QSet>

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
    if (ianaId == defaultZoneId())
        return resolve(ianaId).isValid();
    // Only the ids the machine lists: on Linux QTimeZone also takes any POSIX
    // rule ("Asia" is UTC under another name, "CST-8" a fixed offset no other
    // platform reads) and any path below the zoneinfo directory ("Asia/../PRC").
    static const QSet<QByteArray> listed = [] {
        const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        return QSet<QByteArray>(ids.cbegin(), ids.cend());
    }();
    return listed.contains(ianaId) && resolve(ianaId).isValid();
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
