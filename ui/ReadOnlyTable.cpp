#include "ReadOnlyTable.h"

#include "RowTintDelegate.h"

#include <QHeaderView>
#include <QTableView>

namespace WalletDesk {

QTableView *makeReadOnlyTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setItemDelegate(new RowTintDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the list, arrows move in it
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

} // namespace WalletDesk
