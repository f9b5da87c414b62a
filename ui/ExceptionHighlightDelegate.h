#pragma once

#include <QStyledItemDelegate>

namespace WalletDesk {

// Tints the rows of the transaction log that deserve the agent's eye:
// failed but debited, a likely double charge, pending for too long.
class ExceptionHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace WalletDesk
