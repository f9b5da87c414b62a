#include "PostgresStatements.h"

#include "Database.h"

#include <QLoggingCategory>

#include <libpq-fe.h>

#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcDatabase)

namespace WalletDesk::Server {

namespace {

// Type oids of pg_type.h (stable across PostgreSQL versions).
constexpr Oid boolOid = 16;
constexpr Oid byteaOid = 17;
constexpr Oid int8Oid = 20;
constexpr Oid int2Oid = 21;
constexpr Oid int4Oid = 23;
constexpr Oid oidOid = 26;
constexpr Oid float4Oid = 700;
constexpr Oid float8Oid = 701;
constexpr Oid numericOid = 1700;

QMetaType metaTypeOf(Oid type)
{
    switch (type) {
    case boolOid:
        return QMetaType::fromType<bool>();
    case byteaOid:
        return QMetaType::fromType<QByteArray>();
    case int8Oid:
    case oidOid:
        return QMetaType::fromType<qlonglong>();
    case int2Oid:
    case int4Oid:
        return QMetaType::fromType<int>();
    case float4Oid:
    case float8Oid:
    case numericOid:
        return QMetaType::fromType<double>();
    default:
        return QMetaType::fromType<QString>();
    }
}

[[noreturn]] void fail(const QString &what, const char *message)
{
    const QString text = what + QLatin1String(": ") + QString::fromUtf8(message).trimmed();
    qCWarning(lcDatabase).noquote() << text;
    throw DatabaseError(text.toStdString());
}

// Text form of a bound value, as PostgreSQL's input functions read it.
// Booleans are 1/0: every flag column is an INTEGER, and "1"/"0" are also
// valid boolean input.
QByteArray textOf(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return v.toByteArray();
    case QMetaType::Double:
        return QByteArray::number(v.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return v.toByteArray(); // sent in binary format (exec)
    default:
        return v.toString().toUtf8();
    }
}

// Results come in text format, where a bytea reads "\x" and hex digits, or
// in the escape format that QPSQL asks for on its connections
// (bytea_output = escape): "\ooo" octal escapes, "\\" for a backslash.
QByteArray byteaFromText(const char *text, int length)
{
    if (length >= 2 && text[0] == '\\' && text[1] == 'x')
        return QByteArray::fromHex(QByteArray::fromRawData(text + 2, length - 2));
    QByteArray bytes;
    bytes.reserve(length);
    for (int i = 0; i < length; ++i) {
        if (text[i] != '\\') {
            bytes += text[i];
        } else if (i + 1 < length && text[i + 1] == '\\') {
            bytes += '\\';
            ++i;
        } else if (i + 3 < length) {
            bytes += char(
                ((text[i + 1] - '0') << 6) | ((text[i + 2] - '0') << 3) | (text[i + 3] - '0'));
            i += 3;
        }
    }
    return bytes;
}

} // namespace

PostgresResult::PostgresResult(PGresult *result)
    : m_result(result)
    , m_rows(PQntuples(result))
{
}

PostgresResult::~PostgresResult()
{
    PQclear(m_result);
}

bool PostgresResult::next()
{
    if (m_row + 1 >= m_rows) {
        m_row = m_rows;
        return false;
    }
    ++m_row;
    return true;
}

QVariant PostgresResult::value(int column) const
{
    if (m_row < 0 || m_row >= m_rows || column < 0 || column >= PQnfields(m_result))
        return {};
    const QMetaType type = metaTypeOf(PQftype(m_result, column));
    if (PQgetisnull(m_result, m_row, column))
        return QVariant(type);
    const char *text = PQgetvalue(m_result, m_row, column);
    switch (type.id()) {
    case QMetaType::Bool:
        return QVariant(text[0] == 't');
    case QMetaType::LongLong:
        return QVariant(qlonglong(std::strtoll(text, nullptr, 10)));
    case QMetaType::Int:
        return QVariant(int(std::strtol(text, nullptr, 10)));
    case QMetaType::Double:
        return QVariant(std::strtod(text, nullptr));
    case QMetaType::QByteArray:
        return QVariant(byteaFromText(text, PQgetlength(m_result, m_row, column)));
    default:
        return QVariant(QString::fromUtf8(text, PQgetlength(m_result, m_row, column)));
    }
}

int PostgresResult::numRowsAffected() const
{
    const char *count = PQcmdTuples(m_result);
    return count[0] ? int(std::strtol(count, nullptr, 10)) : -1;
}

PostgresStatements::PostgresStatements(PGconn *connection)
    : m_connection(connection)
{
}

QByteArray PostgresStatements::numberedPlaceholders(const QString &sql)
{
    QByteArray out;
    out.reserve(sql.size() + 16);
    const QByteArray in = sql.toUtf8();
    char quote = 0;
    int n = 0;
    for (const char c : in) {
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '?') {
            out += '$' + QByteArray::number(++n);
            continue;
        }
        out += c;
    }
    return out;
}

std::unique_ptr<PostgresResult> PostgresStatements::exec(
    const QString &sql, const QVariantList &binds)
{
    auto name = m_prepared.constFind(sql);
    if (name == m_prepared.cend()) {
        const QByteArray newName = "wd_" + QByteArray::number(m_prepared.size() + 1);
        PGresult *prepared = PQprepare(
            m_connection, newName.constData(), numberedPlaceholders(sql).constData(), 0, nullptr);
        const bool ok = PQresultStatus(prepared) == PGRES_COMMAND_OK;
        const QByteArray error = ok ? QByteArray() : QByteArray(PQresultErrorMessage(prepared));
        PQclear(prepared);
        if (!ok)
            fail(QStringLiteral("cannot prepare \"%1\"").arg(sql.left(80)),
                error.isEmpty() ? PQerrorMessage(m_connection) : error.constData());
        name = m_prepared.insert(sql, newName);
    }

    // SQL NULL is only ever an invalid QVariant(); a null QString is an
    // empty text, as Database::exec documents for both dialects.
    std::vector<QByteArray> texts(binds.size());
    std::vector<const char *> values(binds.size());
    std::vector<int> lengths(binds.size());
    // Bytes go in binary format: raw for a bytea (file content), and the
    // same bytes as text's binary form for a text column.
    std::vector<int> formats(binds.size(), 0);
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        const bool null = !v.isValid() || (v.isNull() && v.typeId() != QMetaType::QString);
        if (null)
            continue;
        texts[i] = textOf(v);
        formats[i] = v.typeId() == QMetaType::QByteArray ? 1 : 0;
        values[i] = texts[i].constData();
        lengths[i] = int(texts[i].size());
    }
    PGresult *result = PQexecPrepared(m_connection, name->constData(), int(binds.size()),
        values.data(), lengths.data(), formats.data(), 0);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const QByteArray error = result ? QByteArray(PQresultErrorMessage(result)) : QByteArray();
        PQclear(result);
        fail(QStringLiteral("cannot run \"%1\"").arg(sql.left(80)),
            error.isEmpty() ? PQerrorMessage(m_connection) : error.constData());
    }
    return std::make_unique<PostgresResult>(result);
}

} // namespace WalletDesk::Server
