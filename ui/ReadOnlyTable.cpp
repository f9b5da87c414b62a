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

void fitColumnsToContents(QTableView *view)
{
    // The global mode also reaches sections a model reset makes later.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setTextElideMode(Qt::ElideMiddle);
    // The header measures again on a reset, not when rows come in or change
    // (a log's next page, a status that gains its exception): do it then.
    QAbstractItemModel *model = view->model();
    QHeaderView *header = view->horizontalHeader();
    // Setting the mode again measures as the header would itself, the last
    // section still stretching (resizeSections(mode) would not stretch it).
    const auto remeasure
        = [header] { header->setSectionResizeMode(QHeaderView::ResizeToContents); };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, header, remeasure);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, header, remeasure);
    QObject::connect(model, &QAbstractItemModel::dataChanged, header, remeasure);
}

} // namespace WalletDesk
