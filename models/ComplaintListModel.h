#pragma once

#include "Complaint.h"
#include "ReferenceData.h"

#include <QAbstractTableModel>

namespace WalletDesk {

// Complaints ordered by deadline, kept current one record at a time as the
// changes feed delivers them.
class ComplaintListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, CategoryColumn, StatusColumn, SeverityColumn, ChannelColumn, DueColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, DueRole, OverdueRole };

    explicit ComplaintListModel(QObject *parent = nullptr);

    void setComplaints(QList<Complaint> complaints);
    // Category and channel names come from the reference data, in the language given.
    void setReference(const ReferenceData &reference, bool chinese);
    // Inserts or replaces by id, keeping the deadline order.
    void upsert(const Complaint &complaint);
    const Complaint &at(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(ComplaintStatus status);
    static QString severityText(Severity severity);

private:
    int insertionRow(const Complaint &complaint) const;

    QList<Complaint> m_rows;
    ReferenceData m_reference;
    bool m_chinese = true;
};

} // namespace WalletDesk
