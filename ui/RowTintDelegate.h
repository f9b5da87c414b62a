#pragma once

#include "RowTint.h"

#include <QStyledItemDelegate>

namespace WalletDesk {

// Paints the rows a model tints (RowTint::Role) in colours taken from the
// view's palette: the tint's hue blended into the base colour, and the text
// in whichever colour stays readable on it.
class RowTintDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor background(RowTint::Tint tint, const QPalette &palette);
    // The palette's text colour if it is readable on background, else black or white.
    static QColor textOn(const QColor &background, const QPalette &palette);
    // WCAG 2 contrast ratio, 1 to 21.
    static double contrastRatio(const QColor &a, const QColor &b);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace WalletDesk
