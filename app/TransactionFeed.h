#pragma once

#include "PageLoader.h"
#include "Transaction.h"
#include "TransactionFilter.h"

#include <QObject>

namespace WalletDesk {

class ApiClient;
class RecordCache;

// Pages of one account's transaction log for TransactionListModel: from the
// server (cursor by cursor, each page also written to the cache), or from
// the cache, filtered the same way, when the server cannot be reached.
class TransactionFeed : public QObject
{
    Q_OBJECT

public:
    using Found = std::function<void(
        const std::optional<Transaction> &transaction, const QString &message)>;

    TransactionFeed(ApiClient *api, RecordCache *cache, QObject *parent = nullptr);

    // A fetcher for the model, starting at the newest transaction.
    PageLoader<Transaction>::Fetcher fetcherFor(qint64 accountId, const QString &callId,
        const TransactionFilter &filter = {}, int pageSize = 100);
    // One transaction by its order number (server, else cache); message says
    // why there is none, or that the answer came from the cache.
    void findOrder(const QString &orderNumber, const QString &callId, Found found);

private:
    ApiClient *m_api;
    RecordCache *m_cache;
};

} // namespace WalletDesk
