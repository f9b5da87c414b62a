#include "RecordCache.h"

#include "Masking.h"
#include "StoreFile.h"

#include <QCborMap>
#include <QCborValue>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace WalletDesk {

namespace {

QByteArray cbor(const QJsonObject &o)
{
    return QCborMap::fromJsonObject(o).toCborValue().toCbor();
}

// Decoded through the same reader as the server's answers: a record this
// version cannot read is left out, never shown half-read.
template<typename T> std::optional<T> fromCbor(const QVariant &bytes)
{
    QCborParserError parse;
    const QCborValue value = QCborValue::fromCbor(bytes.toByteArray(), &parse);
    if (parse.error != QCborError::NoError || !value.isMap()) {
        qCWarning(lcStore) << "cached record unreadable:" << parse.errorString();
        return std::nullopt;
    }
    CodecError error;
    auto decoded = decode<T>(value.toMap().toJsonObject(), &error);
    if (!decoded)
        qCWarning(lcStore) << "cached record unreadable:" << error.toString();
    return decoded;
}

QString last4(const QString &s)
{
    QString digits;
    for (QChar c : s) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits.right(4);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The wire name of each value, made once: a bulk insert binds three per row.
template<typename E> const QString &name(E value)
{
    static const QList<QString> names = [] {
        QList<QString> all;
        for (const auto &[v, text] : EnumNames<E>::table) {
            const auto i = qsizetype(v);
            all.resize(qMax(all.size(), i + 1));
            all[i] = QString::fromLatin1(text);
        }
        return all;
    }();
    return names.at(qsizetype(value));
}

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant day(const std::optional<QDate> &d)
{
    return d ? QVariant(d->toJulianDay()) : QVariant();
}

std::optional<QDate> day(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<QDate>(QDate::fromJulianDay(v.toLongLong()));
}

QDateTime utc(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

const QString transactionColumns
    = QStringLiteral("id, account_id, created_at, order_number, type, status, amount_fen, "
                     "amount_currency, fee_fen, fee_currency,"
                     " merchant, counterparty, completed_at, failure_reason, debited, "
                     "refund_state, reversal_due, bank_name, masked_card,"
                     " expected_arrival");

std::optional<Transaction> readTransaction(const StoreFile::Rows &q)
{
    Transaction t;
    t.id = q.value(0).toLongLong();
    t.accountId = q.value(1).toLongLong();
    t.createdAt = utc(q.value(2));
    t.orderNumber = q.value(3).toString();
    const auto type = enumFromString<TransactionType>(q.value(4).toString());
    const auto status = enumFromString<TransactionStatus>(q.value(5).toString());
    const auto refund = enumFromString<RefundState>(q.value(15).toString());
    if (!type || !status || !refund) {
        qCWarning(lcStore) << "cached transaction unreadable:" << t.id;
        return std::nullopt;
    }
    t.type = *type;
    t.status = *status;
    t.amount = {q.value(6).toLongLong(), q.value(7).toString()};
    t.fee = {q.value(8).toLongLong(), q.value(9).toString()};
    t.merchant = q.value(10).toString();
    t.counterparty = q.value(11).toString();
    if (!q.value(12).isNull())
        t.completedAt = utc(q.value(12));
    t.failureReason = q.value(13).toString();
    t.debited = q.value(14).toBool();
    t.refundState = *refund;
    t.reversalDue = day(q.value(16));
    t.bankName = q.value(17).toString();
    t.maskedCard = q.value(18).toString();
    t.expectedArrival = day(q.value(19));
    return t;
}

} // namespace

RecordCache::RecordCache(StoreFile *file)
    : m_file(file)
{
}

bool RecordCache::putAccountSummaries(const QList<AccountSummary> &accounts, QString *error)
{
    StoreFile::Transaction transaction(m_file, error);
    if (!transaction.ok())
        return false;
    for (const AccountSummary &a : accounts) {
        // Keep a cached detail; refresh the summary part.
        if (!m_file
                 ->run(QStringLiteral("INSERT INTO accounts (id, summary, fetched_at, phone_last4, "
                                      "number_last4, name, email)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                                      "summary = excluded.summary,"
                                      " phone_last4 = excluded.phone_last4, number_last4 = "
                                      "excluded.number_last4,"
                                      " name = excluded.name, email = excluded.email"),
                     {a.id, cbor(a.toJson()), nowMs(), last4(a.phone), last4(a.accountNumber),
                         a.name, a.email},
                     error)
                 .ok())
            return false;
    }
    return transaction.commit(error);
}

bool RecordCache::putAccount(const Account &account, const QByteArray &etag, QString *error)
{
    const AccountSummary &a = account.summary;
    return m_file
        ->run(QStringLiteral(
                  "INSERT INTO accounts (id, summary, detail, etag, fetched_at, phone_last4, "
                  "number_last4, name,"
                  " email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                  " summary = excluded.summary, detail = excluded.detail, etag = excluded.etag,"
                  " fetched_at = excluded.fetched_at, phone_last4 = excluded.phone_last4,"
                  " number_last4 = excluded.number_last4, name = excluded.name, email = "
                  "excluded.email"),
            {a.id, cbor(a.toJson()), cbor(account.toJson()), QString::fromLatin1(etag), nowMs(),
                last4(a.phone), last4(a.accountNumber), a.name, a.email},
            error)
        .ok();
}

std::optional<RecordCache::Cached<Account>> RecordCache::account(qint64 id) const
{
    StoreFile::Rows q = m_file->run(
        QStringLiteral(
            "SELECT detail, etag, fetched_at FROM accounts WHERE id = ? AND detail IS NOT NULL"),
        {id});
    if (!q.next())
        return std::nullopt;
    auto account = fromCbor<Account>(q.value(0));
    if (!account)
        return std::nullopt;
    return Cached<Account> {*account, utc(q.value(2)), q.value(1).toString().toLatin1()};
}

QList<AccountSummary> RecordCache::searchAccounts(const QString &query, int limit) const
{
    const QString q = query.trimmed();
    auto rows = [&] {
        if (q.size() == 4 && last4(q) == q)
            return m_file->run(
                QStringLiteral(
                    "SELECT summary FROM accounts WHERE phone_last4 = ? OR number_last4 = ?"
                    " ORDER BY id LIMIT ?"),
                {q, q, limit});
        if (q.size() > 4 && last4(q).size() == 4 && q.at(0).isDigit())
            return m_file->run(
                QStringLiteral(
                    "SELECT summary FROM accounts WHERE phone_last4 = ? ORDER BY id LIMIT ?"),
                {last4(q), limit});
        // Masked names keep their first character ("张**"): match on it.
        return m_file->run(
            QStringLiteral(
                "SELECT summary FROM accounts WHERE name >= ? AND name < ? ORDER BY id LIMIT ?"),
            {q.left(1), QString(q.left(1) + QChar(0xFFFF)), limit});
    }();
    QList<AccountSummary> result;
    while (rows.next()) {
        if (auto a = fromCbor<AccountSummary>(rows.value(0)))
            result.append(*a);
    }
    return result;
}

bool RecordCache::replaceNumberMatches(
    const QByteArray &digest, const QList<qint64> &accountIds, QString *error)
{
    StoreFile::Transaction transaction(m_file, error);
    if (!transaction.ok()
        || !m_file
                ->run(
                    QStringLiteral("DELETE FROM number_digests WHERE digest = ?"), {digest}, error)
                .ok())
        return false;
    for (qint64 id : accountIds) {
        if (!addNumberMatch(digest, id, error))
            return false;
    }
    return transaction.commit(error);
}

bool RecordCache::addNumberMatch(const QByteArray &digest, qint64 accountId, QString *error)
{
    return m_file
        ->run(QStringLiteral("INSERT OR REPLACE INTO number_digests (digest, account_id, seen_at)"
                             " VALUES (?, ?, ?)"),
            {digest, accountId, nowMs()}, error)
        .ok();
}

QList<AccountSummary> RecordCache::accountsForNumber(const QByteArray &digest, int limit) const
{
    // Through the accounts table: a digest whose account is no longer
    // cached answers nothing.
    StoreFile::Rows rows = m_file->run(
        QStringLiteral("SELECT a.summary FROM number_digests d JOIN accounts a ON a.id = "
                       "d.account_id"
                       " WHERE d.digest = ? ORDER BY a.id LIMIT ?"),
        {digest, limit});
    QList<AccountSummary> result;
    while (rows.next()) {
        if (auto a = fromCbor<AccountSummary>(rows.value(0)))
            result.append(*a);
    }
    return result;
}

bool RecordCache::putTransactions(const QList<Transaction> &transactions, QString *error)
{
    // One prepared statement, one transaction: pages arrive on the GUI thread.
    // Copies of server data need no fsync of their own (WAL keeps the file
    // consistent; a crash loses at most some cached rows, fetched again);
    // the next FULL commit of the outbox makes them durable as well.
    const QString sql = QStringLiteral("INSERT OR REPLACE INTO transactions (") + transactionColumns
        + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QSqlQuery *insert = m_file->prepared(sql, error);
    if (!insert || !m_file->run(QStringLiteral("PRAGMA synchronous=NORMAL"), {}, error).ok())
        return false;
    bool ok = true;
    {
        StoreFile::Transaction transaction(m_file, error);
        ok = transaction.ok();
        for (qsizetype i = 0; ok && i < transactions.size(); ++i) {
            const Transaction &t = transactions.at(i);
            insert->bindValue(0, t.id);
            insert->bindValue(1, t.accountId);
            insert->bindValue(2, t.createdAt.toMSecsSinceEpoch());
            insert->bindValue(3, t.orderNumber);
            insert->bindValue(4, name(t.type));
            insert->bindValue(5, name(t.status));
            insert->bindValue(6, t.amount.fen);
            insert->bindValue(7, t.amount.currency);
            insert->bindValue(8, t.fee.fen);
            insert->bindValue(9, t.fee.currency);
            insert->bindValue(10, text(t.merchant));
            insert->bindValue(11, text(t.counterparty));
            insert->bindValue(
                12, t.completedAt ? QVariant(t.completedAt->toMSecsSinceEpoch()) : QVariant());
            insert->bindValue(13, text(t.failureReason));
            insert->bindValue(14, int(t.debited));
            insert->bindValue(15, name(t.refundState));
            insert->bindValue(16, day(t.reversalDue));
            insert->bindValue(17, text(t.bankName));
            insert->bindValue(18, text(t.maskedCard));
            insert->bindValue(19, day(t.expectedArrival));
            if (!insert->exec()) {
                const QString why = m_file->failure(*insert, sql);
                if (error)
                    *error = why;
                ok = false;
            }
        }
        insert->finish();
        ok = ok && transaction.commit(error);
    }
    m_file->run(QStringLiteral("PRAGMA synchronous=FULL"));
    return ok;
}

QList<Transaction> RecordCache::transactions(
    qint64 accountId, int offset, int limit, int *rowsRead) const
{
    StoreFile::Rows q = m_file->run(QStringLiteral("SELECT ") + transactionColumns
            + QStringLiteral(" FROM transactions WHERE account_id = ?"
                             " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?"),
        {accountId, limit, offset});
    QList<Transaction> result;
    if (rowsRead)
        *rowsRead = 0;
    while (q.next()) {
        if (rowsRead)
            ++*rowsRead;
        if (auto t = readTransaction(q))
            result.append(*t);
    }
    return result;
}

QList<Transaction> RecordCache::transactionPage(qint64 accountId, bool newer,
    const std::optional<LogKey> &after, int limit, LogKey *lastRead, int *rowsRead) const
{
    // One range of the (account_id, created_at, id) index either way, as on
    // the server: the row-value bound is where the index scan starts.
    QString sql = QStringLiteral("SELECT ") + transactionColumns
        + QStringLiteral(" FROM transactions WHERE account_id = ?");
    QVariantList binds {accountId};
    if (after) {
        sql += newer ? QStringLiteral(" AND (created_at, id) > (?, ?)")
                     : QStringLiteral(" AND (created_at, id) < (?, ?)");
        binds << after->createdAtMs << after->id;
    }
    sql += newer ? QStringLiteral(" ORDER BY created_at, id LIMIT ?")
                 : QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?");
    binds << limit;
    StoreFile::Rows q = m_file->run(sql, binds);
    QList<Transaction> result;
    if (rowsRead)
        *rowsRead = 0;
    while (q.next()) {
        if (rowsRead)
            ++*rowsRead;
        if (lastRead)
            *lastRead = {q.value(2).toLongLong(), q.value(0).toLongLong()};
        if (auto t = readTransaction(q))
            result.append(*t);
    }
    return result;
}

std::optional<Transaction> RecordCache::transactionByOrder(const QString &orderNumber) const
{
    StoreFile::Rows q = m_file->run(QStringLiteral("SELECT ") + transactionColumns
            + QStringLiteral(" FROM transactions WHERE order_number = ?"),
        {orderNumber.trimmed().toUpper()});
    return q.next() ? readTransaction(q) : std::nullopt;
}

bool RecordCache::putComplaint(const Complaint &c, QString *error)
{
    return m_file
        ->run(QStringLiteral("INSERT OR REPLACE INTO complaints (id, version, due_at, record) "
                             "VALUES (?, ?, ?, ?)"),
            {c.id, c.version, c.dueAt.toMSecsSinceEpoch(), cbor(c.toJson())}, error)
        .ok();
}

std::optional<Complaint> RecordCache::complaint(qint64 id) const
{
    StoreFile::Rows q
        = m_file->run(QStringLiteral("SELECT record FROM complaints WHERE id = ?"), {id});
    return q.next() ? fromCbor<Complaint>(q.value(0)) : std::nullopt;
}

QList<Complaint> RecordCache::complaints() const
{
    StoreFile::Rows q
        = m_file->run(QStringLiteral("SELECT record FROM complaints ORDER BY due_at, id"));
    QList<Complaint> result;
    while (q.next()) {
        if (auto c = fromCbor<Complaint>(q.value(0)))
            result.append(*c);
    }
    return result;
}

bool RecordCache::putCallback(const Callback &callback, QString *error)
{
    Callback masked = callback;
    masked.phone = Masking::phone(callback.phone);
    return m_file
        ->run(QStringLiteral("INSERT OR REPLACE INTO callbacks (id, status, due_at, record) "
                             "VALUES (?, ?, ?, ?)"),
            {masked.id, enumToString(masked.status), masked.dueAt.toMSecsSinceEpoch(),
                cbor(masked.toJson())},
            error)
        .ok();
}

std::optional<Callback> RecordCache::callback(qint64 id) const
{
    StoreFile::Rows q
        = m_file->run(QStringLiteral("SELECT record FROM callbacks WHERE id = ?"), {id});
    return q.next() ? fromCbor<Callback>(q.value(0)) : std::nullopt;
}

QList<Callback> RecordCache::scheduledCallbacks() const
{
    StoreFile::Rows q = m_file->run(QStringLiteral(
        "SELECT record FROM callbacks WHERE status = 'scheduled' ORDER BY due_at, id"));
    QList<Callback> result;
    while (q.next()) {
        if (auto c = fromCbor<Callback>(q.value(0)))
            result.append(*c);
    }
    return result;
}

bool RecordCache::putReference(const ReferenceData &data, const QByteArray &etag, QString *error)
{
    return m_file
        ->run(QStringLiteral("INSERT OR REPLACE INTO reference_data (id, record, etag, fetched_at) "
                             "VALUES (1, ?, ?, ?)"),
            {cbor(data.toJson()), QString::fromLatin1(etag), nowMs()}, error)
        .ok();
}

std::optional<RecordCache::Cached<ReferenceData>> RecordCache::reference() const
{
    StoreFile::Rows q = m_file->run(
        QStringLiteral("SELECT record, etag, fetched_at FROM reference_data WHERE id = 1"));
    if (!q.next())
        return std::nullopt;
    auto data = fromCbor<ReferenceData>(q.value(0));
    if (!data)
        return std::nullopt;
    return Cached<ReferenceData> {*data, utc(q.value(2)), q.value(1).toString().toLatin1()};
}

QString RecordCache::syncValue(const QString &key) const
{
    StoreFile::Rows q
        = m_file->run(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    return q.next() ? q.value(0).toString() : QString();
}

bool RecordCache::setSyncValue(const QString &key, const QString &value, QString *error)
{
    return m_file
        ->run(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"),
            {key, value}, error)
        .ok();
}

} // namespace WalletDesk
