#pragma once

#include "Transaction.h"

#include <QAbstractTableModel>

#include <deque>
#include <functional>

namespace WalletDesk {

// An account's transaction log, loaded a page at a time as the view scrolls
// (canFetchMore / fetchMore). Where the pages come from (server, cache) is
// the fetcher's business; the model never blocks on it.
class TransactionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Type, OrderNumber, Amount, Status, Party, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ExceptionRole };
    // What deserves the agent's eye, as ExceptionRole values.
    enum class Exception { None, FailedButDebited, DuplicateCharge, PendingTooLong };
    Q_ENUM(Exception)

    using PageCallback = std::function<void(const QList<Transaction> &rows, bool more, const QString &error)>;
    // Asked for the next page; answers through the callback, now or later.
    using Fetcher = std::function<void(PageCallback callback)>;

    explicit TransactionListModel(QObject *parent = nullptr);

    void setFetcher(Fetcher fetcher);
    const Transaction &at(int row) const { return m_rows.at(row); }
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_error; }
    Exception exceptionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString typeText(TransactionType type);
    static QString statusText(TransactionStatus status);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void fetchFailed(const QString &message);

private:
    void appendPage(quint64 generation, const QList<Transaction> &rows, bool more, const QString &error);

    Fetcher m_fetcher;
    // A deque: appending a page never moves the rows already there (a list
    // doubling past 100,000 rows stalled the window for tens of ms).
    std::deque<Transaction> m_rows;
    bool m_more = false;
    bool m_loading = false;
    quint64 m_generation = 0; // pages of an earlier fetcher are dropped
    QString m_error;
};

} // namespace WalletDesk
