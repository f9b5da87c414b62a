#pragma once

#include "Agent.h"
#include "Complaint.h"
#include "PageLoader.h"
#include "ReferenceData.h"
#include "RowTint.h"

#include <QAbstractTableModel>

#include <functional>

namespace WalletDesk {

// Complaints ordered by deadline, kept current one record at a time as the
// changes feed delivers them.
class ComplaintListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        CategoryColumn,
        StatusColumn,
        SeverityColumn,
        ChannelColumn,
        AccountColumn, // the masked account number
        AssigneeColumn, // whose complaint it is
        CreatedColumn,
        DueColumn,
        TimeLeftColumn, // "3 d left" / "overdue by 2 d": in words, not only by tint
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, DueRole, OverdueRole };
    // Time left on the working-day calendar; RowTint::Role answers it as a
    // tint (overdue an alert, due today a warning).
    enum class DueState { Closed, OnTrack, DueToday, Overdue };
    Q_ENUM(DueState)

    using PageCallback = PageLoader<Complaint>::PageCallback;
    // Pages come in deadline order.
    using Fetcher = PageLoader<Complaint>::Fetcher;

    explicit ComplaintListModel(QObject *parent = nullptr);

    void setComplaints(QList<Complaint> complaints);
    // Lazy: the rows come page by page as the view scrolls (a large queue).
    void setFetcher(Fetcher fetcher);
    // Which complaints belong in this list; an update that no longer
    // matches (resolved while the filter shows open ones) leaves it.
    void setAcceptor(std::function<bool(const Complaint &)> accepts)
    {
        m_accepts = std::move(accepts);
    }
    bool isLoading() const { return m_pages.isLoading(); }
    static DueState dueState(const Complaint &complaint, const QDateTime &now);
    // Category and channel names come from the reference data, in the language given.
    void setReference(const ReferenceData &reference, Language language);
    // Assignees show by name.
    void setAgents(const QList<Agent> &agents);
    // The time left to the deadline in words, for the column and the detail.
    static QString timeLeftText(const Complaint &complaint, const QDateTime &now);
    // Inserts or replaces by id, keeping the deadline order.
    void upsert(const Complaint &complaint);
    const Complaint &at(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void fetchFailed(const QString &message);

private:
    void appendPage(const QList<Complaint> &rows, const QString &error);
    int insertionRow(const Complaint &complaint) const;

    QList<Complaint> m_rows;
    PageLoader<Complaint> m_pages;
    std::function<bool(const Complaint &)> m_accepts;
    ReferenceData m_reference;
    QHash<qint64, QString> m_agentNames;
    Language m_language = Language::Chinese;
};

} // namespace WalletDesk
