#pragma once

#include "Account.h"
#include "Complaint.h"
#include "OutboxEntry.h"
#include "ReferenceData.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUrl>

namespace WalletDesk {

// The console's SQLite file, one per agent and server: a cache of what the
// server said (masked data only), the outbox of what the agent wrote, the
// sync cursor and the drafts of call notes. WAL; PRAGMA user_version with
// ordered migrations. A file that cannot be opened, is corrupt or comes
// from a newer version is moved aside and rebuilt, keeping its outbox and
// drafts.
class LocalStore
{
    Q_DECLARE_TR_FUNCTIONS(LocalStore)

public:
    struct OpenReport
    {
        bool rebuilt = false;
        QString reason;      // why it was rebuilt, for people
        QString movedAside;  // where the old file went
        int recoveredOutbox = 0;
        int recoveredDrafts = 0;
    };
    template<typename T>
    struct Cached
    {
        T value;
        QDateTime fetchedAt;
        QByteArray etag;
    };

    LocalStore();
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    static QString defaultPath(const QUrl &server, const QString &username);
    static int schemaVersion();

    // Opens (creating, migrating or rebuilding as needed); false with *error
    // only when not even a new file can be made.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    const OpenReport &openReport() const { return m_report; }

    // Accounts (masked data as the server sent it).
    void putAccountSummaries(const QList<AccountSummary> &accounts);
    void putAccount(const Account &account, const QByteArray &etag);
    std::optional<Cached<Account>> account(qint64 id) const;
    // Offline search over cached accounts: last 4 of phone or account number,
    // the start of a (masked) name or e-mail.
    QList<AccountSummary> searchAccounts(const QString &query, int limit) const;

    // Transactions, newest first.
    void putTransactions(const QList<Transaction> &transactions);
    // Newest first; *rowsRead counts the rows read, including any that could
    // not be decoded (and are left out), so that callers page correctly.
    QList<Transaction> transactions(qint64 accountId, int offset, int limit, int *rowsRead = nullptr) const;
    std::optional<Transaction> transactionByOrder(const QString &orderNumber) const;

    // Complaints as the server has them.
    void putComplaint(const Complaint &complaint);
    std::optional<Complaint> complaint(qint64 id) const;
    QList<Complaint> complaints() const;

    void putReference(const ReferenceData &data, const QByteArray &etag);
    std::optional<Cached<ReferenceData>> reference() const;

    // The outbox. queueComplaint writes the local copy and the outbox entry
    // in one transaction.
    qint64 enqueue(const OutboxEntry &entry);
    qint64 queueComplaint(const ComplaintDraft &draft, const QString &key);
    QList<OutboxEntry> outbox() const;
    // The oldest entry, whatever its state: the one the queue waits on.
    std::optional<OutboxEntry> outboxHead() const;
    std::optional<OutboxEntry> nextPending() const;
    void markSent(qint64 seq, const QByteArray &response);
    void markAttempt(qint64 seq, int status, const QString &error);
    void markFailed(qint64 seq, int status, const QString &error);
    void retryFailed(qint64 seq);
    void discard(qint64 seq);
    int unsentCount() const;
    // Drafts of complaints still in the outbox: (key, draft).
    QList<QPair<QString, ComplaintDraft>> queuedComplaints() const;

    QString syncValue(const QString &key) const;
    void setSyncValue(const QString &key, const QString &value);

    void saveDraft(const QString &callId, const QString &notes);
    QString draft(const QString &callId) const;
    void deleteDraft(const QString &callId);

    // Sign-out: every cached record of customers goes, and the file is
    // compacted so that nothing lingers in free pages. The outbox (the
    // agent's unsent work) stays.
    void purgePersonalData();


private:
    QSqlQuery run(const QString &sql, const QVariantList &binds = {}) const;
    QList<OutboxEntry> outboxRows(const QString &limit) const;
    bool openFile(const QString &path, QString *why);
    void migrate();
    bool transaction();
    void commit();
    struct Salvage
    {
        QList<OutboxEntry> outbox;
        QList<QPair<QString, QString>> drafts;
        QList<QPair<QString, QString>> queued;
    };
    static Salvage salvage(const QString &path);

    QString m_connection;
    QString m_path;
    OpenReport m_report;
};

} // namespace WalletDesk
