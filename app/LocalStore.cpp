#include "LocalStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "walletdesk.store")

namespace WalletDesk {

namespace {

// Ordered migrations: entry i takes the file from version i to i + 1.
// Never edit a shipped entry; append.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {{
        QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, summary TEXT NOT NULL, detail TEXT, etag TEXT,"
                       " fetched_at INTEGER NOT NULL, phone_last4 TEXT, number_last4 TEXT, name TEXT, email TEXT)"),
        QStringLiteral("CREATE INDEX accounts_phone_last4 ON accounts(phone_last4)"),
        QStringLiteral("CREATE INDEX accounts_number_last4 ON accounts(number_last4)"),
        QStringLiteral("CREATE INDEX accounts_name ON accounts(name)"),
        QStringLiteral("CREATE TABLE transactions (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL,"
                       " created_at INTEGER NOT NULL, order_number TEXT NOT NULL, json TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX transactions_account ON transactions(account_id, created_at DESC, id DESC)"),
        QStringLiteral("CREATE INDEX transactions_order ON transactions(order_number)"),
        QStringLiteral("CREATE TABLE complaints (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, due_at INTEGER NOT NULL,"
                       " json TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE queued_complaints (key TEXT PRIMARY KEY, draft TEXT NOT NULL, created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE reference_data (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL, etag TEXT,"
                       " fetched_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, body TEXT NOT NULL, if_match TEXT,"
                       " created_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                       " state TEXT NOT NULL DEFAULT 'pending', last_status INTEGER NOT NULL DEFAULT 0, last_error TEXT)"),
        QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE drafts (call_id TEXT PRIMARY KEY, notes TEXT NOT NULL, updated_at INTEGER NOT NULL)"),
    }};
    return steps;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

template<typename T>
std::optional<T> fromJson(const QVariant &text)
{
    CodecError error;
    auto value = decode<T>(text.toString().toUtf8(), &error);
    if (!value)
        qCWarning(lcStore) << "cached record unreadable:" << error.toString();
    return value;
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

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

} // namespace

LocalStore::LocalStore()
    : m_connection(QStringLiteral("walletdesk-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

LocalStore::~LocalStore()
{
    close();
}

int LocalStore::schemaVersion()
{
    return int(migrations().size());
}

QString LocalStore::defaultPath(const QUrl &server, const QString &username)
{
    // The folder name says which server without spelling out its address.
    const QByteArray serverId = QCryptographicHash::hash(server.toString(QUrl::RemovePath | QUrl::RemoveUserInfo).toUtf8(),
                                                         QCryptographicHash::Sha256).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache-")
           + QString::fromLatin1(serverId) + QLatin1Char('/') + username + QStringLiteral(".sqlite");
}

QSqlQuery LocalStore::run(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (binds.isEmpty()) {
        if (!q.exec(sql))
            qCWarning(lcStore).noquote() << "SQL failed:" << sql.left(60) << q.lastError().text();
        return q;
    }
    if (!q.prepare(sql)) {
        qCWarning(lcStore).noquote() << "SQL failed:" << sql.left(60) << q.lastError().text();
        return q;
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        // Only an invalid QVariant is NULL; an empty text stays "".
        q.bindValue(i, v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
    }
    if (!q.exec())
        qCWarning(lcStore).noquote() << "SQL failed:" << sql.left(60) << q.lastError().text();
    return q;
}

bool LocalStore::transaction()
{
    return QSqlDatabase::database(m_connection, false).transaction();
}

void LocalStore::commit()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.commit()) {
        qCWarning(lcStore) << "commit failed:" << db.lastError().text();
        db.rollback();
    }
}

bool LocalStore::isOpen() const
{
    return QSqlDatabase::database(m_connection, false).isOpen();
}

void LocalStore::close()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool LocalStore::openFile(const QString &path, QString *why)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *why = tr("the file cannot be opened (%1)").arg(db.lastError().text());
        return false;
    }
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok")) {
        *why = tr("the file is damaged (%1)").arg(check.lastError().isValid() ? check.lastError().text()
                                                                               : check.value(0).toString());
        return false;
    }
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        *why = tr("the file's version cannot be read");
        return false;
    }
    const int fileVersion = version.value(0).toInt();
    // An active statement holds a read transaction, and journal_mode cannot
    // change inside one.
    check.finish();
    version.finish();
    if (fileVersion > schemaVersion()) {
        *why = tr("the file comes from a newer version of WalletDesk (format %1, this one reads %2)")
                   .arg(fileVersion).arg(schemaVersion());
        return false;
    }
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA secure_delete=ON",
                               "PRAGMA foreign_keys=ON"})
        run(QString::fromLatin1(pragma));
    return true;
}

void LocalStore::migrate()
{
    QSqlQuery v = run(QStringLiteral("PRAGMA user_version"));
    int current = v.next() ? v.value(0).toInt() : 0;
    for (; current < schemaVersion(); ++current) {
        transaction();
        for (const QString &sql : migrations().at(current))
            run(sql);
        run(QStringLiteral("PRAGMA user_version = %1").arg(current + 1));
        commit();
    }
}

LocalStore::Salvage LocalStore::salvage(const QString &path)
{
    // Read what can be read from a broken or newer file, by column name, and
    // let every failure pass: this is the last chance for the agent's work.
    Salvage s;
    const QString name = QStringLiteral("walletdesk-salvage-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT key, kind, method, path, body, created_at, if_match FROM outbox ORDER BY seq"))
                || q.exec(QStringLiteral("SELECT key, kind, method, path, body, created_at, NULL FROM outbox ORDER BY seq"))) {
                while (q.next()) {
                    OutboxEntry e;
                    e.key = q.value(0).toString();
                    e.kind = q.value(1).toString();
                    e.method = q.value(2).toString().toLatin1();
                    e.path = q.value(3).toString();
                    e.body = q.value(4).toString().toUtf8();
                    e.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
                    e.ifMatch = q.value(6).toString().toLatin1();
                    if (!e.key.isEmpty() && !e.path.isEmpty())
                        s.outbox.append(e);
                }
            }
            if (q.exec(QStringLiteral("SELECT call_id, notes FROM drafts"))) {
                while (q.next())
                    s.drafts.append({q.value(0).toString(), q.value(1).toString()});
            }
            if (q.exec(QStringLiteral("SELECT key, draft FROM queued_complaints"))) {
                while (q.next())
                    s.queued.append({q.value(0).toString(), q.value(1).toString()});
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

bool LocalStore::open(const QString &path, QString *error)
{
    m_path = path;
    m_report = {};
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::setPermissions(QFileInfo(path).absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QString why;
    if (openFile(path, &why)) {
        migrate();
        return true;
    }
    // Rebuild: keep the agent's unsent work, move the old file aside.
    close();
    const Salvage saved = salvage(path);
    const QString aside = path + QStringLiteral(".broken-")
                          + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    QFile::rename(path, aside);
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    qCWarning(lcStore).noquote() << "cache rebuilt:" << why << "- old file moved to" << aside;
    QString again;
    if (!openFile(path, &again)) {
        *error = tr("The local cache %1 cannot be created: %2").arg(path, again);
        return false;
    }
    migrate();
    transaction();
    for (const OutboxEntry &e : saved.outbox)
        enqueue(e);
    for (const auto &[callId, notes] : saved.drafts)
        run(QStringLiteral("INSERT OR REPLACE INTO drafts (call_id, notes, updated_at) VALUES (?, ?, ?)"), {callId, notes, nowMs()});
    for (const auto &[key, draft] : saved.queued)
        run(QStringLiteral("INSERT OR IGNORE INTO queued_complaints (key, draft, created_at) VALUES (?, ?, ?)"), {key, draft, nowMs()});
    commit();
    m_report = {true, why, aside, int(saved.outbox.size()), int(saved.drafts.size())};
    return true;
}

void LocalStore::putAccountSummaries(const QList<AccountSummary> &accounts)
{
    transaction();
    for (const AccountSummary &a : accounts) {
        // Keep a cached detail; refresh the summary part.
        run(QStringLiteral("INSERT INTO accounts (id, summary, fetched_at, phone_last4, number_last4, name, email)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET summary = excluded.summary,"
                           " phone_last4 = excluded.phone_last4, number_last4 = excluded.number_last4,"
                           " name = excluded.name, email = excluded.email"),
            {a.id, json(a.toJson()), nowMs(), last4(a.phone), last4(a.accountNumber), a.name, a.email});
    }
    commit();
}

void LocalStore::putAccount(const Account &account, const QByteArray &etag)
{
    const AccountSummary &a = account.summary;
    run(QStringLiteral("INSERT INTO accounts (id, summary, detail, etag, fetched_at, phone_last4, number_last4, name, email)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET summary = excluded.summary,"
                       " detail = excluded.detail, etag = excluded.etag, fetched_at = excluded.fetched_at,"
                       " phone_last4 = excluded.phone_last4, number_last4 = excluded.number_last4,"
                       " name = excluded.name, email = excluded.email"),
        {a.id, json(a.toJson()), json(account.toJson()), QString::fromLatin1(etag), nowMs(), last4(a.phone),
         last4(a.accountNumber), a.name, a.email});
}

std::optional<LocalStore::Cached<Account>> LocalStore::account(qint64 id) const
{
    QSqlQuery q = run(QStringLiteral("SELECT detail, etag, fetched_at FROM accounts WHERE id = ? AND detail IS NOT NULL"), {id});
    if (!q.next())
        return std::nullopt;
    auto account = fromJson<Account>(q.value(0));
    if (!account)
        return std::nullopt;
    return Cached<Account>{*account, QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC),
                           q.value(1).toString().toLatin1()};
}

QList<AccountSummary> LocalStore::searchAccounts(const QString &query, int limit) const
{
    const QString q = query.trimmed();
    QSqlQuery rows;
    if (q.size() == 4 && last4(q) == q) {
        rows = run(QStringLiteral("SELECT summary FROM accounts WHERE phone_last4 = ? OR number_last4 = ? ORDER BY id LIMIT ?"),
                   {q, q, limit});
    } else if (q.size() > 4 && last4(q).size() == 4 && q.at(0).isDigit()) {
        rows = run(QStringLiteral("SELECT summary FROM accounts WHERE phone_last4 = ? ORDER BY id LIMIT ?"), {last4(q), limit});
    } else {
        // Masked names keep their first character ("张**"): match on it.
        rows = run(QStringLiteral("SELECT summary FROM accounts WHERE name >= ? AND name < ? ORDER BY id LIMIT ?"),
                   {q.left(1), QString(q.left(1) + QChar(0xFFFF)), limit});
    }
    QList<AccountSummary> result;
    while (rows.next()) {
        if (auto a = fromJson<AccountSummary>(rows.value(0)))
            result.append(*a);
    }
    return result;
}

void LocalStore::putTransactions(const QList<Transaction> &transactions)
{
    // One prepared statement, one transaction: pages arrive on the GUI thread.
    // Copies of server data need no fsync of their own (WAL keeps the file
    // consistent; a crash loses at most some cached rows, fetched again);
    // the next FULL commit of the outbox makes them durable as well.
    run(QStringLiteral("PRAGMA synchronous=NORMAL"));
    transaction();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO transactions (id, account_id, created_at, order_number, json) VALUES (?, ?, ?, ?, ?)"));
    for (const Transaction &t : transactions) {
        q.bindValue(0, t.id);
        q.bindValue(1, t.accountId);
        q.bindValue(2, t.createdAt.toMSecsSinceEpoch());
        q.bindValue(3, t.orderNumber);
        // UTF-8 straight from the encoder: no round trip through UTF-16.
        q.bindValue(4, QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact));
        if (!q.exec())
            qCWarning(lcStore) << "ingest failed:" << q.lastError().text();
    }
    commit();
    run(QStringLiteral("PRAGMA synchronous=FULL"));
}

QList<Transaction> LocalStore::transactions(qint64 accountId, int offset, int limit, int *rowsRead) const
{
    QSqlQuery q = run(QStringLiteral("SELECT json FROM transactions WHERE account_id = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?"),
                      {accountId, limit, offset});
    QList<Transaction> result;
    if (rowsRead)
        *rowsRead = 0;
    while (q.next()) {
        if (rowsRead)
            ++*rowsRead;
        if (auto t = fromJson<Transaction>(q.value(0)))
            result.append(*t);
    }
    return result;
}

std::optional<Transaction> LocalStore::transactionByOrder(const QString &orderNumber) const
{
    QSqlQuery q = run(QStringLiteral("SELECT json FROM transactions WHERE order_number = ?"), {orderNumber.trimmed().toUpper()});
    return q.next() ? fromJson<Transaction>(q.value(0)) : std::nullopt;
}

void LocalStore::putComplaint(const Complaint &c)
{
    run(QStringLiteral("INSERT OR REPLACE INTO complaints (id, version, due_at, json) VALUES (?, ?, ?, ?)"),
        {c.id, c.version, c.dueAt.toMSecsSinceEpoch(), json(c.toJson())});
}

std::optional<Complaint> LocalStore::complaint(qint64 id) const
{
    QSqlQuery q = run(QStringLiteral("SELECT json FROM complaints WHERE id = ?"), {id});
    return q.next() ? fromJson<Complaint>(q.value(0)) : std::nullopt;
}

QList<Complaint> LocalStore::complaints() const
{
    QSqlQuery q = run(QStringLiteral("SELECT json FROM complaints ORDER BY due_at, id"));
    QList<Complaint> result;
    while (q.next()) {
        if (auto c = fromJson<Complaint>(q.value(0)))
            result.append(*c);
    }
    return result;
}

void LocalStore::putReference(const ReferenceData &data, const QByteArray &etag)
{
    run(QStringLiteral("INSERT OR REPLACE INTO reference_data (id, json, etag, fetched_at) VALUES (1, ?, ?, ?)"),
        {json(data.toJson()), QString::fromLatin1(etag), nowMs()});
}

std::optional<LocalStore::Cached<ReferenceData>> LocalStore::reference() const
{
    QSqlQuery q = run(QStringLiteral("SELECT json, etag, fetched_at FROM reference_data WHERE id = 1"));
    if (!q.next())
        return std::nullopt;
    auto data = fromJson<ReferenceData>(q.value(0));
    if (!data)
        return std::nullopt;
    return Cached<ReferenceData>{*data, QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC),
                                 q.value(1).toString().toLatin1()};
}

qint64 LocalStore::enqueue(const OutboxEntry &e)
{
    QSqlQuery q = run(QStringLiteral("INSERT INTO outbox (key, kind, method, path, body, if_match, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {e.key, e.kind, QString::fromLatin1(e.method), e.path, QString::fromUtf8(e.body),
                       e.ifMatch.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(e.ifMatch)),
                       (e.createdAt.isValid() ? e.createdAt : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch()});
    return q.lastInsertId().toLongLong();
}

qint64 LocalStore::queueComplaint(const ComplaintDraft &draft, const QString &key)
{
    const QString body = json(draft.toJson());
    transaction();
    run(QStringLiteral("INSERT INTO queued_complaints (key, draft, created_at) VALUES (?, ?, ?)"), {key, body, nowMs()});
    OutboxEntry e;
    e.key = key;
    e.kind = QStringLiteral("complaint.create");
    e.path = QStringLiteral("/api/v1/complaints");
    e.body = body.toUtf8();
    const qint64 seq = enqueue(e);
    commit();
    return seq;
}

QList<OutboxEntry> LocalStore::outbox() const
{
    return outboxRows(QString());
}

std::optional<OutboxEntry> LocalStore::outboxHead() const
{
    const QList<OutboxEntry> head = outboxRows(QStringLiteral(" LIMIT 1"));
    return head.isEmpty() ? std::nullopt : std::optional<OutboxEntry>(head.first());
}

QList<OutboxEntry> LocalStore::outboxRows(const QString &limit) const
{
    QSqlQuery q = run(QStringLiteral("SELECT seq, key, kind, method, path, body, created_at, attempts, state, last_status,"
                                     " last_error, if_match FROM outbox ORDER BY seq") + limit);
    QList<OutboxEntry> result;
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.value(0).toLongLong();
        e.key = q.value(1).toString();
        e.kind = q.value(2).toString();
        e.method = q.value(3).toString().toLatin1();
        e.path = q.value(4).toString();
        e.body = q.value(5).toString().toUtf8();
        e.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
        e.attempts = q.value(7).toInt();
        e.state = q.value(8).toString() == QLatin1String("failed") ? OutboxEntry::State::Failed : OutboxEntry::State::Pending;
        e.lastStatus = q.value(9).toInt();
        e.lastError = q.value(10).toString();
        e.ifMatch = q.value(11).toString().toLatin1();
        result.append(e);
    }
    return result;
}

std::optional<OutboxEntry> LocalStore::nextPending() const
{
    // In order: nothing after a failed entry goes out before the agent has
    // dealt with it, so the server sees the agent's writes in their order.
    const auto head = outboxHead();
    return head && head->state == OutboxEntry::State::Pending ? head : std::nullopt;
}

void LocalStore::markSent(qint64 seq, const QByteArray &response)
{
    QSqlQuery q = run(QStringLiteral("SELECT key, kind FROM outbox WHERE seq = ?"), {seq});
    if (!q.next())
        return;
    const QString key = q.value(0).toString();
    const QString kind = q.value(1).toString();
    transaction();
    run(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {seq});
    if (kind == QLatin1String("complaint.create")) {
        run(QStringLiteral("DELETE FROM queued_complaints WHERE key = ?"), {key});
        CodecError error;
        if (auto c = decode<Complaint>(response, &error))
            putComplaint(*c);
    }
    commit();
}

void LocalStore::markAttempt(qint64 seq, int status, const QString &error)
{
    run(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_status = ?, last_error = ? WHERE seq = ?"),
        {status, error, seq});
}

void LocalStore::markFailed(qint64 seq, int status, const QString &error)
{
    run(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, state = 'failed', last_status = ?, last_error = ? WHERE seq = ?"),
        {status, error, seq});
}

void LocalStore::retryFailed(qint64 seq)
{
    run(QStringLiteral("UPDATE outbox SET state = 'pending' WHERE seq = ?"), {seq});
}

void LocalStore::discard(qint64 seq)
{
    QSqlQuery q = run(QStringLiteral("SELECT key FROM outbox WHERE seq = ?"), {seq});
    transaction();
    if (q.next())
        run(QStringLiteral("DELETE FROM queued_complaints WHERE key = ?"), {q.value(0)});
    run(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {seq});
    commit();
}

int LocalStore::unsentCount() const
{
    QSqlQuery q = run(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    return q.next() ? q.value(0).toInt() : 0;
}

QList<QPair<QString, ComplaintDraft>> LocalStore::queuedComplaints() const
{
    QSqlQuery q = run(QStringLiteral("SELECT key, draft FROM queued_complaints ORDER BY created_at"));
    QList<QPair<QString, ComplaintDraft>> result;
    while (q.next()) {
        if (auto d = fromJson<ComplaintDraft>(q.value(1)))
            result.append({q.value(0).toString(), *d});
    }
    return result;
}

QString LocalStore::syncValue(const QString &key) const
{
    QSqlQuery q = run(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    return q.next() ? q.value(0).toString() : QString();
}

void LocalStore::setSyncValue(const QString &key, const QString &value)
{
    run(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"), {key, value});
}

void LocalStore::saveDraft(const QString &callId, const QString &notes)
{
    run(QStringLiteral("INSERT OR REPLACE INTO drafts (call_id, notes, updated_at) VALUES (?, ?, ?)"), {callId, notes, nowMs()});
}

QString LocalStore::draft(const QString &callId) const
{
    QSqlQuery q = run(QStringLiteral("SELECT notes FROM drafts WHERE call_id = ?"), {callId});
    return q.next() ? q.value(0).toString() : QString();
}

void LocalStore::deleteDraft(const QString &callId)
{
    run(QStringLiteral("DELETE FROM drafts WHERE call_id = ?"), {callId});
}

void LocalStore::purgePersonalData()
{
    transaction();
    for (const char *table : {"accounts", "transactions", "complaints", "drafts", "sync_state"})
        run(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
    commit();
    // secure_delete zeroes freed pages; VACUUM and a truncating checkpoint
    // leave no copy behind in the file or its WAL.
    run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    run(QStringLiteral("VACUUM"));
    run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace WalletDesk
