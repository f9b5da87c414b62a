#pragma once

#include "PageLoader.h"
#include "RowTint.h"
#include "Transaction.h"

#include <QAbstractTableModel>

#include <deque>
#include <functional>

namespace WalletDesk {

// An account's transaction log, newest at the top, loaded a page at a time
// as the view scrolls (canFetchMore / fetchMore: older rows below). It can
// start anywhere in the log (the oldest end, a day): then rows newer than
// the first page come in above, a page at a time (fetchNewer). Where the
// pages come from (server, cache) is the fetchers' business; the model
// never blocks on them.
class TransactionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Type, OrderNumber, Amount, Status, Party, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ExceptionRole };
    // What deserves the agent's eye, as ExceptionRole values; RowTint::Role
    // answers the same as a tint.
    enum class Exception { None, FailedButDebited, DuplicateCharge, PendingTooLong };
    Q_ENUM(Exception)

    using PageCallback = PageLoader<Transaction>::PageCallback;
    using Fetcher = PageLoader<Transaction>::Fetcher;

    explicit TransactionListModel(QObject *parent = nullptr);

    void setFetcher(Fetcher fetcher) { setFetchers(std::move(fetcher), {}); }
    // older pages go below, newer ones above; both hand rows newest first.
    void setFetchers(Fetcher older, Fetcher newer);
    bool canFetchNewer() const { return m_newer.canFetch(); }
    // The page above the first row; rowsInserted at 0 tells the view.
    void fetchNewer();
    // Neither way has more to load: the whole log (of this filter) is here.
    bool isComplete() const { return !m_pages.hasMore() && !m_newer.hasMore(); }
    const Transaction &at(int row) const { return m_rows.at(row); }
    bool isLoading() const { return m_pages.isLoading() || m_newer.isLoading(); }
    QString lastError() const { return m_error; }
    Exception exceptionAt(int row) const;
    static RowTint::Tint tint(Exception exception);
    // The exception in words, as the status column shows it after the status.
    static QString exceptionText(Exception exception);
    // "Failed · debited": the status and the exception of the row, if any.
    QString statusText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void fetchFailed(const QString &message);

private:
    void appendPage(const QList<Transaction> &rows, const QString &error);
    void prependPage(const QList<Transaction> &rows, const QString &error);

    PageLoader<Transaction> m_pages; // older, below
    PageLoader<Transaction> m_newer; // above
    // A deque: appending a page never moves the rows already there (a list
    // doubling past 100,000 rows stalled the window for tens of ms).
    std::deque<Transaction> m_rows;
    QString m_error;
};

} // namespace WalletDesk
