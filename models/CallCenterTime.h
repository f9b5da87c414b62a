#pragma once

#include <QByteArray>
#include <QTimeZone>

namespace WalletDesk {

// The call center's time zone. Every time a person reads and every day the
// API speaks of ("from", "to", deadlines, working days) is in it, whatever
// the zone of the PC or the server's machine. It comes with the reference data
// (`timeZone`, Asia/Shanghai by default); both processes set it when their
// reference data arrive, so one zone holds for the whole process.
class CallCenterTime
{
public:
    static QByteArray defaultZoneId() { return QByteArrayLiteral("Asia/Shanghai"); }

    static QTimeZone zone();
    static QByteArray zoneId();
    // False (and nothing changes) when this machine does not know the zone.
    static bool setZone(const QByteArray &ianaId);
    // Whether an id names a zone this machine can use.
    static bool isUsable(const QByteArray &ianaId);

private:
    static QTimeZone resolve(const QByteArray &ianaId);
};

} // namespace WalletDesk
