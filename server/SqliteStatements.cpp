#include "SqliteStatements.h"

#include "Database.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcDatabase)

namespace WalletDesk::Server {

namespace {

constexpr qsizetype maxIdlePerText = 4;

// QSQLITE's binding, so that every value is stored as before: a null
// QByteArray, an invalid date or time or an invalid QVariant is NULL, bool
// and int are 32-bit integers, uint and qlonglong 64-bit, anything else is
// its text. SQL NULL is only ever an invalid QVariant (Database.h): a null
// QString is bound as "", as Database::exec did before.
int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    const bool invalidTime
        = (value.typeId() == QMetaType::QDateTime && !value.toDateTime().isValid())
        || (value.typeId() == QMetaType::QDate && !value.toDate().isValid())
        || (value.typeId() == QMetaType::QTime && !value.toTime().isValid());
    if (!value.isValid() || value.isNull() || invalidTime)
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        if (bytes->isNull())
            return sqlite3_bind_null(statement, index);
        return sqlite3_bind_blob(
            statement, index, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(statement, index, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::QString: {
        const auto *text = static_cast<const QString *>(value.constData());
        if (text->isNull())
            return sqlite3_bind_text16(statement, index, u"", 0, SQLITE_STATIC);
        return sqlite3_bind_text16(
            statement, index, text->utf16(), int(text->size() * sizeof(QChar)), SQLITE_STATIC);
    }
    default: {
        const QString text = value.typeId() == QMetaType::QDateTime
            ? value.toDateTime().toString(Qt::ISODateWithMs)
            : value.typeId() == QMetaType::QTime ? value.toTime().toString(u"hh:mm:ss.zzz")
                                                 : value.toString();
        return sqlite3_bind_text16(
            statement, index, text.utf16(), int(text.size() * sizeof(QChar)), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

SqliteCursor::SqliteCursor(std::shared_ptr<SqliteStatements> pool, QString sql,
    sqlite3_stmt *statement, QVariantList binds)
    : m_pool(std::move(pool))
    , m_sql(std::move(sql))
    , m_statement(statement)
    , m_binds(std::move(binds))
{
    for (int i = 0; i < m_binds.size(); ++i) {
        if (bind(m_statement, i + 1, m_binds.at(i)) != SQLITE_OK) {
            sqlite3_reset(m_statement);
            m_pool->giveBack(m_sql, m_statement);
            m_statement = nullptr;
            m_pool->fail(QStringLiteral("cannot bind the values of"), m_sql);
        }
    }
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW) {
        m_pendingRow = true;
        return;
    }
    m_done = true;
    if (result == SQLITE_DONE)
        return;
    // sqlite3_errmsg belongs to the failed step: read it before the reset.
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_pool->m_connection));
    sqlite3_reset(m_statement);
    m_pool->giveBack(m_sql, m_statement);
    m_statement = nullptr;
    const QString text = QStringLiteral("cannot run \"%1\": %2").arg(m_sql.left(80), message);
    qCWarning(lcDatabase).noquote() << text;
    throw DatabaseError(text.toStdString());
}

SqliteCursor::~SqliteCursor()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    m_pool->giveBack(m_sql, m_statement);
}

bool SqliteCursor::next()
{
    m_onRow = false;
    if (m_pendingRow) {
        m_pendingRow = false;
        m_onRow = true;
        return true;
    }
    if (m_done)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW) {
        m_onRow = true;
        return true;
    }
    m_done = true;
    // As QSQLITE did: a failure after the first row ends the rows.
    if (result != SQLITE_DONE)
        qCWarning(lcDatabase).noquote()
            << QStringLiteral("cannot read the rows of \"%1\": %2")
                   .arg(m_sql.left(80), QString::fromUtf8(sqlite3_errmsg(m_pool->m_connection)));
    return false;
}

QVariant SqliteCursor::value(int column) const
{
    if (!m_onRow || column < 0 || column >= sqlite3_column_count(m_statement))
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
            sqlite3_column_bytes(m_statement, column));
    default:
        return QString(static_cast<const QChar *>(sqlite3_column_text16(m_statement, column)),
            sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(QChar)));
    }
}

int SqliteCursor::numRowsAffected() const
{
    return sqlite3_changes(m_pool->m_connection);
}

SqliteStatements::SqliteStatements(sqlite3 *connection)
    : m_connection(connection)
{
}

SqliteStatements::~SqliteStatements()
{
    clear();
}

void SqliteStatements::clear()
{
    for (const QList<sqlite3_stmt *> &idle : std::as_const(m_idle))
        for (sqlite3_stmt *statement : idle)
            sqlite3_finalize(statement);
    m_idle.clear();
}

std::unique_ptr<SqliteCursor> SqliteStatements::exec(const QString &sql, const QVariantList &binds)
{
    sqlite3_stmt *statement = nullptr;
    const auto idle = m_idle.find(sql);
    if (idle != m_idle.end() && !idle->isEmpty()) {
        statement = idle->takeLast();
    } else {
        const void *tail = nullptr;
        if (sqlite3_prepare16_v3(m_connection, sql.utf16(), int(sql.size() * sizeof(QChar)),
                SQLITE_PREPARE_PERSISTENT, &statement, &tail)
            != SQLITE_OK) {
            sqlite3_finalize(statement);
            fail(QStringLiteral("cannot prepare"), sql);
        }
        const QStringView rest(static_cast<const QChar *>(tail),
            sql.constData() + sql.size() - static_cast<const QChar *>(tail));
        if (!statement || !rest.trimmed().isEmpty()) {
            sqlite3_finalize(statement);
            throw DatabaseError(QStringLiteral("cannot prepare \"%1\": one statement at a time")
                                    .arg(sql.left(80))
                                    .toStdString());
        }
    }
    if (sqlite3_bind_parameter_count(statement) != binds.size()) {
        giveBack(sql, statement);
        throw DatabaseError(QStringLiteral("cannot run \"%1\": %2 values for %3 placeholders")
                                .arg(sql.left(80))
                                .arg(binds.size())
                                .arg(sqlite3_bind_parameter_count(statement))
                                .toStdString());
    }
    return std::make_unique<SqliteCursor>(shared_from_this(), sql, statement, binds);
}

void SqliteStatements::giveBack(const QString &sql, sqlite3_stmt *statement)
{
    QList<sqlite3_stmt *> &idle = m_idle[sql];
    if (idle.size() < maxIdlePerText)
        idle.append(statement);
    else
        sqlite3_finalize(statement);
}

void SqliteStatements::fail(const QString &what, const QString &sql) const
{
    const QString text
        = QStringLiteral("%1 \"%2\": %3")
              .arg(what, sql.left(80), QString::fromUtf8(sqlite3_errmsg(m_connection)));
    qCWarning(lcDatabase).noquote() << text;
    throw DatabaseError(text.toStdString());
}

} // namespace WalletDesk::Server
