#include "ReadOnlyTable.h"

#include "ComplaintListModel.h"
#include "RecordTableModel.h"

#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTableView>

namespace WalletDesk {

namespace {
// Rows a RecordTableModel flags, and overdue complaints, get the soft red of
// the transaction exceptions.
class FlaggedRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool flagged = qobject_cast<const RecordTableModel *>(index.model())
                                 ? index.data(RecordTableModel::FlaggedRole).toBool()
                                 : qobject_cast<const ComplaintListModel *>(index.model()) && index.data(ComplaintListModel::OverdueRole).toBool();
        if (flagged)
            option->backgroundBrush = QColor(0xf8, 0xd7, 0xda);
    }
};
} // namespace

QTableView *makeReadOnlyTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setItemDelegate(new FlaggedRowDelegate(view));
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
