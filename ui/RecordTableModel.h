#pragma once

#include "RowTint.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

namespace WalletDesk {

// A read-only table of short records (devices, sign-in attempts, cards,
// previous calls) already turned into text by whoever shows them; a flagged
// row is one the agent should look at first, tinted as an alert.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Row
    {
        Row(QStringList cells = {})
            : cells(std::move(cells))
        {
        }
        QStringList cells;
        bool flagged = false;
        QString toolTip;
        QVariant id;
    };
    enum Role { FlaggedRole = Qt::UserRole + 1, IdRole };

    explicit RecordTableModel(QObject *parent = nullptr);

    void setHeaders(const QStringList &headers);
    void setRows(QList<Row> rows);
    const Row &at(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace WalletDesk
