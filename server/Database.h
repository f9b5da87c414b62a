#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <QHash>

#include <memory>
#include <stdexcept>

namespace WalletDesk::Server {

class PostgresResult;
class PostgresStatements;
class SqliteCursor;
class SqliteStatements;

struct DatabaseError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// The result of one statement. Prepared statements are expensive to parse:
// on SQLite each goes back to its connection's pool (SqliteStatements) when
// its Rows is destroyed and is reused by the next exec() of the same SQL,
// and while a Rows is alive its statement is not shared, so handlers may
// nest queries freely. On PostgreSQL a statement with values comes back in
// full (PostgresResult), so nesting is free there too.
class Rows
{
public:
    Rows(QSqlQuery query, std::shared_ptr<int> openCount);
    Rows(std::unique_ptr<SqliteCursor> cursor, std::shared_ptr<int> openCount);
    Rows(std::unique_ptr<PostgresResult> result, std::shared_ptr<int> openCount);
    Rows(Rows &&other) noexcept;
    Rows &operator=(Rows &&other) = delete; // would lose count of the open result it replaces
    ~Rows();

    bool next();
    QVariant value(int index) const;
    int numRowsAffected() const;

private:
    QSqlQuery m_query; // statements without values
    std::unique_ptr<SqliteCursor> m_sqlite;
    std::unique_ptr<PostgresResult> m_postgres;
    std::shared_ptr<int> m_openCount; // empty once moved from
};

// A statement with its values, built in one place so that the handler runs
// and the plan tests EXPLAIN the same text.
struct SqlQuery
{
    QString sql;
    QVariantList binds;
};

// One connection to the server's store, SQLite (a file path) or PostgreSQL
// (a "postgres://user@host:port/dbname" URL), with the dialect differences
// kept here. Every statement is prepared and bound: no value is ever pasted
// into SQL text. Failures throw DatabaseError; the router answers 500.
class Database
{
public:
    enum class Dialect { Sqlite, Postgres };

    // Opens a connection named for the calling thread; one per thread.
    static Database open(const QString &spec, const QString &connectionName);
    Database() = default;

    Dialect dialect() const { return m_dialect; }
    QString spec() const { return m_spec; }
    QSqlDatabase connection() const;
    bool isOpen() const;
    void close();

    Rows exec(const QString &sql, const QVariantList &binds = {}) const;
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;
    // Runs an INSERT ... RETURNING id and gives the new id.
    qint64 insert(const QString &sql, const QVariantList &binds) const;

    void begin() const;
    void commit() const;
    void rollback() const;
    bool inTransaction() const { return *m_inTransaction; }

    // The rows a read-check-write may lock (see lockRow).
    enum class Table {
        Agents,
        Sessions,
        Accounts,
        Verifications,
        Actions,
        Complaints,
        ReferenceData,
        SigninFailures,
        Callbacks,
        Exports
    };
    // The one way this server makes a read-check-write atomic: lock the row
    // first, then read it, check, and write, all in one transaction. Another
    // writer of the same row waits at its own lockRow until this transaction
    // ends and then reads what it wrote, so two requests can never both pass
    // a check on the same state (If-Match, "still pending", "tries left").
    // PostgreSQL: SELECT ... FOR NO KEY UPDATE (READ COMMITTED reads the
    // newest committed row after the wait; keys never change, so foreign-key
    // checks of other inserts need not wait). SQLite: begin() took the database's
    // write lock (BEGIN IMMEDIATE), which already serialises every writer.
    // Returns whether the row exists; throws outside a transaction.
    bool lockRow(Table table, qint64 id) const;

    // Changes feed positions: on PostgreSQL a change row carries the id of
    // the transaction that wrote it (the column's default), and a reader
    // may only serve rows of transactions below the oldest one still
    // running; SQLite commits writers one at a time, so its rows carry 0 and
    // every committed row is safe to serve.
    qint64 oldestRunningTransactionId() const;

    // Refreshes the planner's statistics (after bulk loads and migrations).
    void analyze() const;

    // Brings the schema to the current version; safe to run on every start.
    void migrate() const;
    static int schemaVersion();

private:
    QString m_connectionName;
    std::shared_ptr<SqliteStatements> m_sqlite; // SQLite only
    std::shared_ptr<PostgresStatements> m_postgres; // PostgreSQL only
    // Shared by the copies of this connection handle (ServerContext keeps one).
    std::shared_ptr<bool> m_inTransaction = std::make_shared<bool>(false);
    std::shared_ptr<int> m_openRows = std::make_shared<int>(0);
    QString m_spec;
    Dialect m_dialect = Dialect::Sqlite;
};

// Commits on commit(), rolls back if left by an exception or early return.
class DbTransaction
{
public:
    explicit DbTransaction(const Database &db)
        : m_db(db)
    {
        m_db.begin();
    }
    ~DbTransaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    void commit()
    {
        m_db.commit();
        m_done = true;
    }
    DbTransaction(const DbTransaction &) = delete;
    DbTransaction &operator=(const DbTransaction &) = delete;

private:
    const Database &m_db;
    bool m_done = false;
};

} // namespace WalletDesk::Server
