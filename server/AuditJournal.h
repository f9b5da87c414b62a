#pragma once

#include <QString>
#include <QVariant>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace WalletDesk::Server {

class Database;

// The audit rows that belong to no change of their own: mostly reads (an
// account opened, the first page of its log, a transaction or an attachment
// looked at), also sign-outs and refused sign-ins. Such a read is a durable
// write, and
// with one commit each every opener waited for its own fsync and, on SQLite,
// for the store's write lock behind the other threads (with SQLite's busy
// handler sleeping up to 100 ms between tries). Here one writer thread
// commits whatever has been queued, by every thread and connection of the
// process, in one transaction. A read is still answered only after its row
// is durable: within an HTTP request the row joins the request's Ticket and
// the reply waits for it (ApiServer, ReplyQueue), so that the thread serves
// other connections meanwhile; elsewhere append() blocks. An audit row that
// is part of a change is written in the change's own transaction instead
// (ServerContext::audit), so that the two stand or fall together.
class AuditJournal
{
public:
    struct Row
    {
        qint64 at = 0;
        qint64 agentId = 0;
        QString action;
        QVariant accountId; // null: no account
        QVariant callId;
        QVariant reason;
        QVariant detail;
    };

    // The rows one request queued; done once all are committed (or failed).
    class Ticket
    {
    public:
        // Calls whenDone (on the journal's thread) once every row is
        // committed; false, and no call, when that is already so.
        bool notifyWhenDone(std::function<void()> whenDone);
        bool done() const;
        // Empty when every row was committed.
        QString error() const;

    private:
        friend class AuditJournal;
        void rowQueued();
        void rowDone(const QString &error);

        mutable std::mutex m_mutex;
        int m_outstanding = 0;
        QString m_error;
        std::function<void()> m_whenDone;
    };

    // While one is alive on a thread, audit rows written outside a
    // transaction join its ticket instead of blocking (one per request).
    class RequestScope
    {
    public:
        RequestScope();
        ~RequestScope();
        RequestScope(const RequestScope &) = delete;
        RequestScope &operator=(const RequestScope &) = delete;
        // The request's ticket; null when it queued no row.
        std::shared_ptr<Ticket> ticket() const { return m_ticket; }

    private:
        friend class AuditJournal;
        std::shared_ptr<Ticket> m_ticket;
        RequestScope *m_outer;
    };

    // The journal of a store, shared by every server thread of this process
    // that writes to it; the last one to let go stops it.
    static std::shared_ptr<AuditJournal> forStore(const QString &spec);

    explicit AuditJournal(QString spec);
    ~AuditJournal();
    AuditJournal(const AuditJournal &) = delete;
    AuditJournal &operator=(const AuditJournal &) = delete;

    // Within a RequestScope: queues the row on the request's ticket and
    // returns. Otherwise: returns once the row is committed, and throws
    // DatabaseError when the commit failed (nothing unaudited is served).
    void append(Row row);

private:
    struct Pending
    {
        Row row;
        std::shared_ptr<Ticket> ticket; // null: an appender blocks on done
        bool done = false;
        QString error; // empty: committed
    };

    void run();
    // Commits the batch and notes each row's failure; called without m_mutex.
    void commit(std::optional<Database> &db, const QString &name,
        const std::vector<std::shared_ptr<Pending>> &batch) const;

    const QString m_spec;
    std::mutex m_mutex;
    std::condition_variable m_queued; // the writer waits for rows
    std::condition_variable m_committed; // blocked appenders wait for their batch
    std::vector<std::shared_ptr<Pending>> m_queue;
    bool m_stopping = false;
    std::thread m_writer;
};

} // namespace WalletDesk::Server
