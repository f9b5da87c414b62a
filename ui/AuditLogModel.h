#pragma once

#include "AuditEntry.h"
#include "Language.h"
#include "PageLoader.h"
#include "ReferenceData.h"

#include <QAbstractTableModel>

#include <functional>

namespace WalletDesk {

// The audit log, newest first, loaded a page at a time as the view scrolls,
// in words: actions and details as sentences (AuditTexts), accounts by
// their masked number, calls by when they began and who took them.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        AgentColumn,
        ActionColumn,
        AccountColumn,
        CallColumn,
        ReasonColumn,
        DetailColumn,
        ColumnCount
    };

    using PageCallback = PageLoader<AuditEntry>::PageCallback;
    using Fetcher = PageLoader<AuditEntry>::Fetcher;

    explicit AuditLogModel(QObject *parent = nullptr);

    void setFetcher(Fetcher fetcher);
    // Who an agent id is, for the agent column.
    void setAgentNames(const QHash<qint64, QString> &names);
    // Names of wrap-up and resolution codes in the details.
    void setReference(const ReferenceData &reference, Language language);
    // The texts follow the language of the moment: call on a language change.
    void retranslate();
    const AuditEntry &at(int row) const { return m_rows.at(row); }
    bool isLoading() const { return m_pages.isLoading(); }
    bool hasMore() const { return m_pages.hasMore(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The text of a cell as shown, for export.
    QString text(const AuditEntry &entry, int column) const;

Q_SIGNALS:
    void fetchFailed(const QString &message);

private:
    void appendPage(const QList<AuditEntry> &rows, const QString &error);

    PageLoader<AuditEntry> m_pages;
    QList<AuditEntry> m_rows;
    QString agentName(qint64 id) const;

    QHash<qint64, QString> m_agentNames;
    ReferenceData m_reference;
    Language m_language = Language::Chinese;
};

} // namespace WalletDesk
