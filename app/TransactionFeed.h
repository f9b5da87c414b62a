#pragma once

#include "TransactionListModel.h"

#include <QObject>

namespace WalletDesk {

class ApiClient;
class LocalStore;

// Pages of one account's transaction log for TransactionListModel: from the
// server (cursor by cursor, each page also written to the cache), or from
// the cache when the server cannot be reached.
class TransactionFeed : public QObject
{
    Q_OBJECT

public:
    TransactionFeed(ApiClient *api, LocalStore *store, QObject *parent = nullptr);

    // A fetcher for the model, starting at the newest transaction.
    TransactionListModel::Fetcher fetcherFor(qint64 accountId, const QString &callId, const QString &filterQuery = {});

private:
    ApiClient *m_api;
    LocalStore *m_store;
};

} // namespace WalletDesk
