#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace WalletDesk::Server {

class SqliteStatements;

// One running SQLite statement with values. The first step is taken when it
// runs, so that a failure (a constraint, a busy store) is thrown by
// Database::exec as before; the statement goes back to its pool, reset, when
// this ends. Values come back as QSQLITE gives them: INTEGER as qlonglong,
// REAL as double, TEXT as QString, BLOB as QByteArray, NULL as a null
// QString-typed QVariant.
class SqliteCursor
{
public:
    SqliteCursor(std::shared_ptr<SqliteStatements> pool, QString sql, sqlite3_stmt *statement,
        QVariantList binds);
    ~SqliteCursor();
    SqliteCursor(const SqliteCursor &) = delete;
    SqliteCursor &operator=(const SqliteCursor &) = delete;

    bool next();
    QVariant value(int column) const;
    int numRowsAffected() const;

private:
    std::shared_ptr<SqliteStatements> m_pool;
    QString m_sql;
    sqlite3_stmt *m_statement;
    QVariantList m_binds; // bound without copying: they live as long as the statement runs
    bool m_pendingRow = false; // the first step's row, not yet read by next()
    bool m_onRow = false;
    bool m_done = false;
};

// The prepared statements of one SQLite connection, by SQL text, used
// through SQLite's own API. QSQLITE rebuilt a QSqlRecord of QSqlFields for
// every run, named each positional value ":0", ":1" ... with QString::arg
// and cached every row's values in QVariants before they were read; on the
// account search that was about a seventh of the server's time per request
// (docs/benchmarks.md). The connection itself stays QSQLITE's: transactions
// and statements without values go through QSqlQuery on the same handle.
class SqliteStatements : public std::enable_shared_from_this<SqliteStatements>
{
public:
    explicit SqliteStatements(sqlite3 *connection);
    ~SqliteStatements();
    SqliteStatements(const SqliteStatements &) = delete;
    SqliteStatements &operator=(const SqliteStatements &) = delete;

    // Runs `sql` (with ? placeholders) with `binds`; throws DatabaseError.
    std::unique_ptr<SqliteCursor> exec(const QString &sql, const QVariantList &binds);
    // Finalizes every idle statement (before the connection closes).
    void clear();

private:
    friend class SqliteCursor;
    void giveBack(const QString &sql, sqlite3_stmt *statement);
    [[noreturn]] void fail(const QString &what, const QString &sql) const;

    sqlite3 *m_connection;
    // A statement is not shared while a cursor reads it, so handlers may
    // nest queries; a few idle ones per text are kept for the next run.
    QHash<QString, QList<sqlite3_stmt *>> m_idle;
};

} // namespace WalletDesk::Server
