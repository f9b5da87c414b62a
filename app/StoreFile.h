#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QUrl>
#include <QVariantList>

#include <memory>
#include <utility>

namespace WalletDesk {

// The console's SQLite file, one per agent and server, and its one
// connection, which the Outbox, the RecordCache and the DraftStore share.
// WAL; PRAGMA user_version with ordered migrations. A file that cannot be
// opened, fails quick_check or comes from a newer version is moved aside and
// rebuilt, keeping its outbox, queued complaints and drafts.
class StoreFile
{
    Q_DECLARE_TR_FUNCTIONS(StoreFile)

public:
    struct OpenReport
    {
        bool rebuilt = false;
        QString reason; // why it was rebuilt, for people
        QString movedAside; // where the old file went
        int recoveredOutbox = 0;
        int recoveredDrafts = 0;
    };

    // The rows of a statement run through run(). Finishes the statement when
    // it goes, so that no read transaction outlives the reading: an open one
    // would keep VACUUM, checkpoints and journal_mode from working.
    class Rows
    {
    public:
        explicit Rows(QSqlQuery *query = nullptr)
            : m_query(query)
        {
        }
        Rows(Rows &&other) noexcept
            : m_query(std::exchange(other.m_query, nullptr))
        {
        }
        Rows &operator=(Rows &&) = delete;
        ~Rows()
        {
            if (m_query)
                m_query->finish();
        }
        bool ok() const { return m_query; }
        bool next() { return m_query && m_query->next(); }
        QVariant value(int i) const { return m_query->value(i); }
        qint64 lastInsertId() const { return m_query ? m_query->lastInsertId().toLongLong() : 0; }
        int rowsAffected() const { return m_query ? m_query->numRowsAffected() : 0; }

    private:
        QSqlQuery *m_query;
    };

    // Begun by the constructor; rolled back by the destructor unless
    // commit() succeeded, so that an early return on an error leaves nothing
    // half-written.
    class Transaction
    {
    public:
        Transaction(StoreFile *file, QString *error);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool ok() const { return m_open; }
        bool commit(QString *error);

    private:
        StoreFile *m_file;
        bool m_open = false;
    };

    StoreFile();
    ~StoreFile();
    StoreFile(const StoreFile &) = delete;
    StoreFile &operator=(const StoreFile &) = delete;

    static QString defaultPath(const QUrl &server, const QString &username);
    static int schemaVersion();

    // Opens (creating, migrating or rebuilding as needed); false with *error
    // only when not even a new file can be made.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    const OpenReport &openReport() const { return m_report; }

    // Sign-out: every cached record of customers, the sync cursor and the
    // drafts go, and the file is compacted so that nothing lingers in free
    // pages or the WAL. The outbox and the queued complaints (the agent's
    // unsent work) stay.
    bool purgePersonalData(QString *error = nullptr);

    // Runs sql on this connection's prepared statement for it (prepared once
    // per connection and kept: preparing costs as much as a small write).
    // A failure is logged and returns Rows whose ok() is false, with *error
    // set for people.
    Rows run(const QString &sql, const QVariantList &binds = {}, QString *error = nullptr);
    // The cached prepared statement itself, for bulk writes that bind in a
    // loop; nullptr with *error when it cannot be prepared.
    QSqlQuery *prepared(const QString &sql, QString *error);
    // A failed statement as a message for the agent, logged with its SQL.
    QString failure(const QSqlQuery &query, const QString &sql) const;

private:
    bool openFile(const QString &path, QString *why);
    bool migrate(QString *why);
    bool exec(const QString &sql, QString *error = nullptr);
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

    QString m_connection;
    QString m_path;
    OpenReport m_report;
    // Statements own handles into the connection: they go before it closes.
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace WalletDesk
