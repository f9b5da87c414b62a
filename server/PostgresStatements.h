#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariant>

#include <memory>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace WalletDesk::Server {

// The rows of one PostgreSQL statement, read in full when it ran (so other
// statements may run on the connection while these are iterated). Values
// come back as QPSQL gives them: int8 as qlonglong, int4/int2 as int, text
// as QString; SQL NULL is a null QVariant of the column's type.
class PostgresResult
{
public:
    explicit PostgresResult(PGresult *result);
    ~PostgresResult();
    PostgresResult(const PostgresResult &) = delete;
    PostgresResult &operator=(const PostgresResult &) = delete;

    bool next();
    QVariant value(int column) const;
    int numRowsAffected() const;

private:
    PGresult *m_result;
    int m_rows = 0;
    int m_row = -1;
};

// Statements with values on one PostgreSQL connection, sent with libpq's
// extended protocol: each SQL text is parsed and planned once per
// connection (PQprepare), then every run sends only its values (Bind and
// Execute). QPSQL instead sends "EXECUTE name ('literal', ...)" as a new
// text statement every time, which the server must parse again; on the hot
// reads that was a measurable part of each request (docs/benchmarks.md).
// The connection itself stays QPSQL's: transactions and statements
// without values go through QSqlQuery on the same session.
class PostgresStatements
{
public:
    explicit PostgresStatements(PGconn *connection);

    // Runs `sql` (with ? placeholders) with `binds`; throws DatabaseError.
    std::unique_ptr<PostgresResult> exec(const QString &sql, const QVariantList &binds);

    // "?" placeholders to PostgreSQL's $1, $2, ..., outside quoted text.
    static QByteArray numberedPlaceholders(const QString &sql);

private:
    PGconn *m_connection;
    QHash<QString, QByteArray> m_prepared; // SQL text -> statement name
};

} // namespace WalletDesk::Server
