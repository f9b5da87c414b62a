#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <stdexcept>

namespace WalletDesk::Server {

struct DatabaseError : std::runtime_error
{
    using std::runtime_error::runtime_error;
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

    QSqlQuery exec(const QString &sql, const QVariantList &binds = {}) const;
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;
    // Runs an INSERT ... RETURNING id and gives the new id.
    qint64 insert(const QString &sql, const QVariantList &binds) const;

    void begin() const;
    void commit() const;
    void rollback() const;

    // Brings the schema to the current version; safe to run on every start.
    void migrate() const;
    static int schemaVersion();

private:
    QString m_connectionName;
    QString m_spec;
    Dialect m_dialect = Dialect::Sqlite;
};

// Commits on commit(), rolls back if left by an exception or early return.
class DbTransaction
{
public:
    explicit DbTransaction(const Database &db) : m_db(db) { m_db.begin(); }
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
