#include "AuditJournal.h"

#include "Database.h"

#include <QHash>
#include <QSqlDatabase>

namespace WalletDesk::Server {

namespace {
thread_local AuditJournal::RequestScope *t_requestScope = nullptr;
} // namespace

bool AuditJournal::Ticket::notifyWhenDone(std::function<void()> whenDone)
{
    std::lock_guard lock(m_mutex);
    if (m_outstanding == 0)
        return false;
    m_whenDone = std::move(whenDone);
    return true;
}

bool AuditJournal::Ticket::done() const
{
    std::lock_guard lock(m_mutex);
    return m_outstanding == 0;
}

QString AuditJournal::Ticket::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void AuditJournal::Ticket::rowQueued()
{
    std::lock_guard lock(m_mutex);
    ++m_outstanding;
}

void AuditJournal::Ticket::rowDone(const QString &error)
{
    std::function<void()> whenDone;
    {
        std::lock_guard lock(m_mutex);
        if (!error.isEmpty() && m_error.isEmpty())
            m_error = error;
        if (--m_outstanding == 0)
            whenDone = std::move(m_whenDone);
    }
    if (whenDone)
        whenDone();
}

AuditJournal::RequestScope::RequestScope()
    : m_outer(t_requestScope)
{
    t_requestScope = this;
}

AuditJournal::RequestScope::~RequestScope()
{
    t_requestScope = m_outer;
}

std::shared_ptr<AuditJournal> AuditJournal::forStore(const QString &spec)
{
    static std::mutex registryMutex;
    static QHash<QString, std::weak_ptr<AuditJournal>> registry;
    std::lock_guard lock(registryMutex);
    registry.removeIf([](const auto &entry) { return entry.value().expired(); });
    std::weak_ptr<AuditJournal> &slot = registry[spec];
    std::shared_ptr<AuditJournal> journal = slot.lock();
    if (!journal) {
        journal = std::make_shared<AuditJournal>(spec);
        slot = journal;
    }
    return journal;
}

AuditJournal::AuditJournal(QString spec)
    : m_spec(std::move(spec))
{
    m_writer = std::thread([this] { run(); });
}

AuditJournal::~AuditJournal()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_queued.notify_one();
    m_writer.join();
}

void AuditJournal::append(Row row)
{
    auto pending = std::make_shared<Pending>(Pending {std::move(row), nullptr, false, {}});
    if (RequestScope *scope = t_requestScope) {
        if (!scope->m_ticket)
            scope->m_ticket = std::make_shared<Ticket>();
        pending->ticket = scope->m_ticket;
        pending->ticket->rowQueued();
    }
    std::unique_lock lock(m_mutex);
    m_queue.push_back(pending);
    m_queued.notify_one();
    if (pending->ticket)
        return;
    m_committed.wait(lock, [&] { return pending->done; });
    if (!pending->error.isEmpty())
        throw DatabaseError(pending->error.toStdString());
}

void AuditJournal::run()
{
    // Qt's SQL connections belong to the thread that opened them: this one.
    const QString name = QStringLiteral("audit-journal-%1").arg(quintptr(this));
    std::optional<Database> db;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_queued.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty())
            break; // stopping, and nobody waits
        std::vector<std::shared_ptr<Pending>> batch;
        batch.swap(m_queue);
        lock.unlock();
        commit(db, name, batch);
        for (const auto &p : batch) {
            if (p->ticket)
                p->ticket->rowDone(p->error);
        }
        lock.lock();
        for (const auto &p : batch)
            p->done = true;
        m_committed.notify_all();
    }
    lock.unlock();
    if (db)
        db->close();
}

void AuditJournal::commit(std::optional<Database> &db, const QString &name,
    const std::vector<std::shared_ptr<Pending>> &batch) const
{
    const auto write = [&](const std::vector<std::shared_ptr<Pending>> &rows) {
        if (!db)
            db = Database::open(m_spec, name);
        DbTransaction transaction(*db);
        for (const auto &p : rows) {
            const Row &r = p->row;
            db->exec(QStringLiteral("INSERT INTO audit (at, agent_id, action, account_id, call_id,"
                                    " reason, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {r.at, r.agentId, r.action, r.accountId, r.callId, r.reason, r.detail});
        }
        transaction.commit();
    };
    const auto failed = [&](const std::exception &e) {
        // Whatever went wrong, the next attempt starts on a new connection:
        // QPSQL goes on calling a connection open after the server dropped it.
        if (db) {
            db->close();
            db.reset();
        } else {
            QSqlDatabase::removeDatabase(name); // Database::open failed half-way
        }
        const QString text = QString::fromUtf8(e.what());
        return text.isEmpty() ? QStringLiteral("the audit rows could not be committed") : text;
    };
    try {
        write(batch);
        return;
    } catch (const std::exception &e) {
        const QString error = failed(e);
        if (batch.size() == 1) {
            batch.front()->error = error;
            return;
        }
    }
    // A row the store refuses (a constraint, a trigger) must not fail the
    // reads it happened to share a commit with: each row again, on its own.
    // When the store itself fails (full, unreachable, locked past the busy
    // timeout), two rows in a row fail as the batch did, and the rest get the
    // same answer instead of each waiting out its own timeout.
    int failedInARow = 0;
    QString lastError;
    for (const auto &p : batch) {
        if (failedInARow >= 2) {
            p->error = lastError;
            continue;
        }
        try {
            write({p});
            failedInARow = 0;
        } catch (const std::exception &e) {
            p->error = lastError = failed(e);
            ++failedInARow;
        }
    }
}

} // namespace WalletDesk::Server
