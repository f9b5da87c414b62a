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

// For the lists an agent reads facts from while the caller waits: every
// column as wide as its widest text (header included), the last taking what
// is left. A column that must still give way (the last, when the window is
// narrow) elides in the middle, so a masked number keeps both its ends: the
// bank's prefix and the last four digits. Call it once the view has its
// model.
void fitColumnsToContents(QTableView *view);

} // namespace WalletDesk
