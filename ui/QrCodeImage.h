#pragma once

#include <QImage>
#include <QString>

namespace WalletDesk {

// A QR code for a phone's camera (libqrencode): black modules on white, the
// four-module quiet zone the standard asks for, each module a square of
// whole pixels so no scaling blurs it. A null image if the text does not fit.
class QrCodeImage
{
public:
    static QImage render(const QString &text, int modulePixels = 6);

    static constexpr int quietZoneModules = 4;
};

} // namespace WalletDesk
