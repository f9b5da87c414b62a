#pragma once

#include "Account.h"
#include "Callback.h"
#include "Complaint.h"
#include "ReferenceData.h"
#include "Transaction.h"

#include <QDateTime>

#include <optional>

namespace WalletDesk {

class StoreFile;

// Copies of what the server said, masked as it sent them: accounts,
// transactions, complaints and the reference lists, read at once while the
// server is asked again. Transactions are kept in columns and other records
// as CBOR: no JSON text to write or parse on the way. A write that fails
// returns false (logged with its SQL); the copy is fetched again next time.
//
// The changes feed's cursor lives here, not with the outbox: it says up to
// where the cached complaints are current, so it must be cleared whenever
// they are (at sign-out, or when a migration drops the caches), or the feed
// would resume past changes the cache no longer holds.
class RecordCache
{
public:
    template<typename T> struct Cached
    {
        T value;
        QDateTime fetchedAt;
        QByteArray etag;
    };

    explicit RecordCache(StoreFile *file);

    bool putAccountSummaries(const QList<AccountSummary> &accounts, QString *error = nullptr);
    bool putAccount(const Account &account, const QByteArray &etag, QString *error = nullptr);
    std::optional<Cached<Account>> account(qint64 id) const;
    // Offline search over cached accounts: last 4 of phone or account number,
    // the start of a (masked) name or e-mail.
    QList<AccountSummary> searchAccounts(const QString &query, int limit) const;

    // Keyed digests of full caller numbers (CallerNumberIndex makes them;
    // the number itself is never stored) and the cached accounts each one
    // was found with. replace: the server's whole answer for that number,
    // dropping accounts it no longer gave; add: one more account for it.
    bool replaceNumberMatches(
        const QByteArray &digest, const QList<qint64> &accountIds, QString *error = nullptr);
    bool addNumberMatch(const QByteArray &digest, qint64 accountId, QString *error = nullptr);
    // The cached accounts remembered for this digest, by id.
    QList<AccountSummary> accountsForNumber(const QByteArray &digest, int limit) const;

    bool putTransactions(const QList<Transaction> &transactions, QString *error = nullptr);
    // Newest first; *rowsRead counts the rows read, including any that could
    // not be read back (and are left out), so that callers page correctly.
    QList<Transaction> transactions(
        qint64 accountId, int offset, int limit, int *rowsRead = nullptr) const;
    // A place in an account's log, in the log's order (time, then id), as
    // the server's cursors mark it.
    struct LogKey
    {
        qint64 createdAtMs = 0;
        qint64 id = 0;
    };
    // A keyset page of one account's log: going older, the rows before
    // `after` newest first; going newer, the rows after it oldest first;
    // without `after`, from that end. *lastRead is the key of the last row
    // read, unreadable ones included (the next page starts after it);
    // *rowsRead as above. Keys, not offsets: a page from a day or an end
    // stays put while pages from the server are cached around it.
    QList<Transaction> transactionPage(qint64 accountId, bool newer,
        const std::optional<LogKey> &after, int limit, LogKey *lastRead = nullptr,
        int *rowsRead = nullptr) const;
    std::optional<Transaction> transactionByOrder(const QString &orderNumber) const;

    bool putComplaint(const Complaint &complaint, QString *error = nullptr);
    std::optional<Complaint> complaint(qint64 id) const;
    QList<Complaint> complaints() const;

    // The agent's callbacks, kept with the number masked: the full one is
    // the server's to give (CallbackService keeps it in memory).
    bool putCallback(const Callback &callback, QString *error = nullptr);
    std::optional<Callback> callback(qint64 id) const;
    // Scheduled ones, earliest due first.
    QList<Callback> scheduledCallbacks() const;

    bool putReference(const ReferenceData &data, const QByteArray &etag, QString *error = nullptr);
    std::optional<Cached<ReferenceData>> reference() const;

    QString syncValue(const QString &key) const;
    bool setSyncValue(const QString &key, const QString &value, QString *error = nullptr);

private:
    StoreFile *m_file;
};

} // namespace WalletDesk
