#include "ExceptionHighlightDelegate.h"

#include "TransactionListModel.h"

namespace WalletDesk {

void ExceptionHighlightDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    using E = TransactionListModel::Exception;
    switch (index.data(TransactionListModel::ExceptionRole).value<E>()) {
    case E::FailedButDebited:
        option->backgroundBrush = QColor(0xf8, 0xd7, 0xda); // red: money gone, order failed
        break;
    case E::DuplicateCharge:
        option->backgroundBrush = QColor(0xff, 0xe8, 0xb3); // amber
        break;
    case E::PendingTooLong:
        option->backgroundBrush = QColor(0xd6, 0xe4, 0xf5); // blue
        break;
    case E::None:
        break;
    }
}

} // namespace WalletDesk
