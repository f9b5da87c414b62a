#include "QrCodeImage.h"

#include <qrencode.h>

#include <memory>

namespace WalletDesk {

QImage QrCodeImage::render(const QString &text, int modulePixels)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code || modulePixels < 1)
        return {};
    const int modules = code->width + 2 * quietZoneModules;
    QImage image(modules * modulePixels, modules * modulePixels, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // Bit 0 of each byte says whether the module is dark.
            if (!(code->data[y * code->width + x] & 1))
                continue;
            const int left = (x + quietZoneModules) * modulePixels;
            const int top = (y + quietZoneModules) * modulePixels;
            for (int dy = 0; dy < modulePixels; ++dy)
                for (int dx = 0; dx < modulePixels; ++dx)
                    image.setPixel(left + dx, top + dy, 1);
        }
    }
    return image;
}

} // namespace WalletDesk
