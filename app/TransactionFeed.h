#pragma once

#include "PageLoader.h"
#include "Transaction.h"
#include "TransactionFilter.h"

#include <QDate>
#include <QObject>

namespace WalletDesk {

class ApiClient;
class RecordCache;

// Pages of one account's transaction log for TransactionListModel: from the
// server (cursor by cursor; the first pages from the newest end also written
// to the cache), or from the cache, filtered the same way, when the server
// cannot be reached.
class TransactionFeed : public QObject
{
    Q_OBJECT

public:
    using Found = std::function<void(
        const std::optional<Transaction> &transaction, const QString &message)>;

    // Where a view of the log starts: either end (Ctrl+Home, Ctrl+End) or a
    // day ("go to date").
    struct Start
    {
        enum Kind { Newest, Oldest, Day };
        Kind kind = Newest;
        // Day: a China-time date, as the server's days are, whatever the
        // PC's zone; an invalid one starts at the newest end.
        QDate day;
    };

    // Two fetchers paging away from a start, each on its own (either may be
    // asked first, or alone). Between them they hand over every row of the
    // filtered log once: none in both, none left out.
    //
    // Both hand over rows newest first, so that a model showing the newest
    // at the top inserts each page as it comes, as one block:
    //  - older: pages of the rows before the start, each page older than
    //    the last; append each page below the rows shown.
    //  - newer: pages of the rows after the start, each page newer than the
    //    last; insert each page above the first row shown, in the order
    //    given (the server sends these pages oldest first; the feed turns
    //    them round).
    // Newest: older from the newest row on; newer has nothing (an empty last
    // page). Oldest: newer from the oldest row on, so its first page ends
    // with the oldest row (the bottom of the view); older has nothing.
    // Day: older from the day's last row (the day's rows first, newest
    // first); newer from the next day's first row.
    struct Fetchers
    {
        PageLoader<Transaction>::Fetcher older;
        PageLoader<Transaction>::Fetcher newer;
        // Which one holds the start's own page (ask it first): newer for
        // Oldest, older otherwise.
        bool startsNewer = false;
    };

    TransactionFeed(ApiClient *api, RecordCache *cache, QObject *parent = nullptr);

    // A fetcher for the model, starting at the newest transaction (the
    // older fetcher of a Newest start).
    PageLoader<Transaction>::Fetcher fetcherFor(qint64 accountId, const QString &callId,
        const TransactionFilter &filter = {}, int pageSize = 100);
    // Fetchers for the model from an end or a day, both ways. A fetcher
    // whose first page the server does not give answers from the cache, from
    // the same place, filtered the same way, as far as it holds rows: the
    // cache keeps the newest stretch of a log, so offline the oldest end is
    // the oldest cached row. A failure after server pages is an error page.
    Fetchers fetchersFrom(qint64 accountId, const QString &callId, const Start &start,
        const TransactionFilter &filter = {}, int pageSize = 100);
    // One transaction by its order number (server, else cache); message says
    // why there is none, or that the answer came from the cache.
    void findOrder(const QString &orderNumber, const QString &callId, Found found);

    // A log leaving as a file is recorded by the server first (it may refuse
    // by the call center's policy, or when offline), and its row count after.
    using ExportAnnounced
        = std::function<void(std::optional<qint64> exportId, const QString &message)>;
    void announceExport(qint64 accountId, const QString &callId, ExportAnnounced announced);
    void reportExport(qint64 exportId, int rows, bool completed);

private:
    // One way through the log: firstQuery places the first page on the
    // server (order, at), cacheAfter in the cache; keepInCache says whether
    // server pages are copied to the cache.
    PageLoader<Transaction>::Fetcher pages(qint64 accountId, const QString &callId,
        const TransactionFilter &filter, int pageSize, bool newer, const QString &firstQuery,
        std::optional<std::pair<qint64, qint64>> cacheAfter, bool keepInCache);

    ApiClient *m_api;
    RecordCache *m_cache;
};

} // namespace WalletDesk
