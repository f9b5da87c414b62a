#include "RowTintDelegate.h"

#include <QtMath>

namespace WalletDesk {

namespace {
// WCAG AA for body text.
constexpr double readableContrast = 4.5;

QColor hue(RowTint::Tint tint)
{
    switch (tint) {
    case RowTint::Tint::Alert:
        return QColor(0xdc, 0x37, 0x46);
    case RowTint::Tint::Warning:
        return QColor(0xff, 0x9a, 0x00);
    case RowTint::Tint::Notice:
        return QColor(0x35, 0x7a, 0xd6);
    case RowTint::Tint::None:
        break;
    }
    return {};
}

double relativeLuminance(const QColor &c)
{
    const auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : qPow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

QColor RowTintDelegate::background(RowTint::Tint tint, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (tint == RowTint::Tint::None)
        return base;
    // A dark base needs more of the hue to show at all; on white a fifth
    // gives the soft red the console always had (#f8d7da).
    const double amount = 0.2 + 0.2 * (1.0 - base.lightnessF());
    const QColor h = hue(tint);
    const auto mix = [amount](int from, int to) { return qRound(from + (to - from) * amount); };
    return QColor(
        mix(base.red(), h.red()), mix(base.green(), h.green()), mix(base.blue(), h.blue()));
}

QColor RowTintDelegate::textOn(const QColor &background, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    if (contrastRatio(text, background) >= readableContrast)
        return text;
    const QColor black(Qt::black), white(Qt::white);
    return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}

double RowTintDelegate::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

void RowTintDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto tint = index.data(RowTint::Role).value<RowTint::Tint>();
    if (tint == RowTint::Tint::None)
        return;
    const QColor fill = background(tint, option->palette);
    option->backgroundBrush = fill;
    option->palette.setColor(QPalette::Text, textOn(fill, option->palette));
}

} // namespace WalletDesk
