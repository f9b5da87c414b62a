#pragma once

#include "Account.h"
#include "Transaction.h"

#include <QDateTime>
#include <QObject>

namespace WalletDesk {

class ApiClient;
class RecordCache;

// Account look-ups for the UI: search (on the server, or in the cache when
// the server cannot be reached) and the account itself, shown from the cache
// at once with its age and refreshed in the background (If-None-Match).
class AccountService : public QObject
{
    Q_OBJECT

public:
    AccountService(ApiClient *api, RecordCache *cache, QObject *parent = nullptr);

    void search(const QString &query, const QString &callId = {});
    void open(qint64 accountId, const QString &callId = {});
    // The account's number as this PC's cache has it (masked as the server
    // sent it), for lists that name an account; empty when not cached.
    QString cachedAccountNumber(qint64 accountId) const;

Q_SIGNALS:
    // fromCache: the server could not be asked; the list may be incomplete.
    void searchFinished(const QString &query, const QList<WalletDesk::AccountSummary> &results,
        bool fromCache, const QString &message);
    // fetchedAt tells the age of what is shown; fresh once the server confirmed it.
    void accountReady(const WalletDesk::Account &account, const QDateTime &fetchedAt, bool fresh);
    void accountFailed(qint64 accountId, const QString &message);

private:
    ApiClient *m_api;
    RecordCache *m_cache;
};

} // namespace WalletDesk
