#pragma once

class QAbstractItemModel;
class QString;
class QTableView;
class QWidget;

namespace WalletDesk {

// The console's read-only lists look and behave alike: whole rows selected,
// no editing, no row numbers, the last column taking the rest, rows tinted
// by what they mean (RowTint::Role).
QTableView *makeReadOnlyTable(
    QAbstractItemModel *model, const QString &objectName, QWidget *parent);

} // namespace WalletDesk
