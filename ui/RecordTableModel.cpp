#include "RecordTableModel.h"

namespace WalletDesk {

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RecordTableModel::setHeaders(const QStringList &headers)
{
    if (headers.size() == m_headers.size()) {
        m_headers = headers;
        if (!headers.isEmpty())
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(headers.size()) - 1);
        return;
    }
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

void RecordTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < row.cells.size() ? row.cells.at(index.column()) : QString();
    case Qt::ToolTipRole:
        return row.toolTip.isEmpty() ? QVariant() : QVariant(row.toolTip);
    case FlaggedRole:
        return row.flagged;
    case RowTint::Role:
        return QVariant::fromValue(row.flagged ? RowTint::Tint::Alert : RowTint::Tint::None);
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_headers.size())
        return {};
    return m_headers.at(section);
}

} // namespace WalletDesk
