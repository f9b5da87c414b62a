#include "StoreMigrations.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace WalletDesk::StoreMigrations {

namespace {

const QStringList &version1()
{
    static const QStringList steps = {
        QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, summary TEXT NOT NULL, "
                       "detail TEXT, etag TEXT,"
                       " fetched_at INTEGER NOT NULL, phone_last4 TEXT, number_last4 TEXT, name "
                       "TEXT, email TEXT)"),
        QStringLiteral("CREATE INDEX accounts_phone_last4 ON accounts(phone_last4)"),
        QStringLiteral("CREATE INDEX accounts_number_last4 ON accounts(number_last4)"),
        QStringLiteral("CREATE INDEX accounts_name ON accounts(name)"),
        QStringLiteral(
            "CREATE TABLE transactions (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL,"
            " created_at INTEGER NOT NULL, order_number TEXT NOT NULL, json TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX transactions_account ON transactions(account_id, created_at "
                       "DESC, id DESC)"),
        QStringLiteral("CREATE INDEX transactions_order ON transactions(order_number)"),
        QStringLiteral("CREATE TABLE complaints (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, "
                       "due_at INTEGER NOT NULL,"
                       " json TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE queued_complaints (key TEXT PRIMARY KEY, draft TEXT NOT NULL, "
                       "created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE reference_data (id INTEGER PRIMARY KEY CHECK (id = 1), json "
                       "TEXT NOT NULL, etag TEXT,"
                       " fetched_at INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE,"
            " kind TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, body TEXT NOT NULL, "
            "if_match TEXT,"
            " created_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
            " state TEXT NOT NULL DEFAULT 'pending', last_status INTEGER NOT NULL DEFAULT 0, "
            "last_error TEXT)"),
        QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE drafts (call_id TEXT PRIMARY KEY, notes TEXT NOT NULL, "
                       "updated_at INTEGER NOT NULL)"),
    };
    return steps;
}

// Version 2: the outbox names operations instead of requests; the caches
// keep transactions in columns and other records as CBOR instead of JSON
// text. Cached rows are copies of server data: dropped here and fetched
// again (with the sync cursor, so that the changes feed starts over).
const QStringList &version2Caches()
{
    static const QStringList steps = {
        QStringLiteral("DROP TABLE accounts"),
        QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, summary BLOB NOT NULL, "
                       "detail BLOB, etag TEXT,"
                       " fetched_at INTEGER NOT NULL, phone_last4 TEXT, number_last4 TEXT, name "
                       "TEXT, email TEXT)"),
        QStringLiteral("CREATE INDEX accounts_phone_last4 ON accounts(phone_last4)"),
        QStringLiteral("CREATE INDEX accounts_number_last4 ON accounts(number_last4)"),
        QStringLiteral("CREATE INDEX accounts_name ON accounts(name)"),
        QStringLiteral("DROP TABLE transactions"),
        QStringLiteral(
            "CREATE TABLE transactions (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL,"
            " created_at INTEGER NOT NULL, order_number TEXT NOT NULL, type TEXT NOT NULL, status "
            "TEXT NOT NULL,"
            " amount_fen INTEGER NOT NULL, amount_currency TEXT NOT NULL, fee_fen INTEGER NOT NULL,"
            " fee_currency TEXT NOT NULL, merchant TEXT, counterparty TEXT, completed_at INTEGER,"
            " failure_reason TEXT, debited INTEGER NOT NULL, refund_state TEXT NOT NULL, "
            "reversal_due INTEGER,"
            " bank_name TEXT, masked_card TEXT, expected_arrival INTEGER)"),
        QStringLiteral("CREATE INDEX transactions_account ON transactions(account_id, created_at "
                       "DESC, id DESC)"),
        QStringLiteral("CREATE INDEX transactions_order ON transactions(order_number)"),
        QStringLiteral("DROP TABLE complaints"),
        QStringLiteral("CREATE TABLE complaints (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, "
                       "due_at INTEGER NOT NULL,"
                       " record BLOB NOT NULL)"),
        QStringLiteral("DROP TABLE reference_data"),
        QStringLiteral("CREATE TABLE reference_data (id INTEGER PRIMARY KEY CHECK (id = 1), record "
                       "BLOB NOT NULL, etag TEXT,"
                       " fetched_at INTEGER NOT NULL)"),
        QStringLiteral("DELETE FROM sync_state"),
    };
    return steps;
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            qCWarning(lcStore).noquote() << "migration failed:" << sql.left(60) << *error;
            return false;
        }
    }
    return true;
}

// What version 1 wrote: a kind and the request itself. These four kinds
// and their paths are all it ever wrote.
std::optional<OutboxEntry> fromVersion1(
    const QString &kind, const QString &path, const QString &ifMatch)
{
    static const QRegularExpression complaintPath(
        QStringLiteral("^/api/v1/complaints/(\\d+)(/notes)?$"));
    static const QRegularExpression version(QStringLiteral("^\"v(\\d+)\"$"));
    const auto match = complaintPath.match(path);
    OutboxEntry e;
    if (kind == QLatin1String("complaint.create") && path == QLatin1String("/api/v1/complaints")) {
        e.operation = OutboxEntry::Operation::CreateComplaint;
    } else if (kind == QLatin1String("call.record") && path == QLatin1String("/api/v1/calls")) {
        e.operation = OutboxEntry::Operation::RecordCall;
    } else if (kind == QLatin1String("complaint.note") && match.hasMatch()
        && match.hasCaptured(2)) {
        e.operation = OutboxEntry::Operation::AddComplaintNote;
        e.complaintId = match.captured(1).toLongLong();
    } else if (kind == QLatin1String("complaint.update") && match.hasMatch()
        && !match.hasCaptured(2)) {
        const auto v = version.match(ifMatch);
        if (!v.hasMatch())
            return std::nullopt;
        e.operation = OutboxEntry::Operation::EditComplaint;
        e.complaintId = match.captured(1).toLongLong();
        e.baseVersion = v.captured(1).toLongLong();
    } else {
        return std::nullopt;
    }
    return e;
}

QList<OutboxEntry> readVersion1(QSqlDatabase &db, bool withState)
{
    QList<OutboxEntry> result;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT seq, key, kind, path, if_match, body, created_at, attempts, state, last_status,"
            " last_error FROM outbox ORDER BY seq"))
        && !q.exec(QStringLiteral(
            "SELECT seq, key, kind, path, NULL, body, created_at, 0, 'pending', 0, NULL"
            " FROM outbox ORDER BY seq")))
        return result;
    while (q.next()) {
        auto e = fromVersion1(q.value(2).toString(), q.value(3).toString(), q.value(4).toString());
        if (!e || q.value(1).toString().isEmpty()) {
            qCWarning(lcStore).noquote()
                << "outbox entry of an unknown kind left behind:" << q.value(2).toString()
                << q.value(3).toString();
            continue;
        }
        e->seq = q.value(0).toLongLong();
        e->key = q.value(1).toString();
        e->body = q.value(5).toString().toUtf8();
        e->createdAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
        if (withState) {
            e->attempts = q.value(7).toInt();
            e->state = q.value(8).toString() == QLatin1String("failed")
                ? OutboxEntry::State::Failed
                : OutboxEntry::State::Pending;
            e->lastStatus = q.value(9).toInt();
            e->lastError = q.value(10).toString();
        }
        result.append(*e);
    }
    return result;
}

// The names of version 2, spelled out: OutboxEntry::operationName must keep
// them, and this step must not depend on it.
QString version2Name(OutboxEntry::Operation operation)
{
    switch (operation) {
    case OutboxEntry::Operation::CreateComplaint:
        return QStringLiteral("create-complaint");
    case OutboxEntry::Operation::AddComplaintNote:
        return QStringLiteral("add-complaint-note");
    case OutboxEntry::Operation::EditComplaint:
        return QStringLiteral("edit-complaint");
    case OutboxEntry::Operation::RecordCall:
        return QStringLiteral("record-call");
    case OutboxEntry::Operation::ScheduleCallback:
    case OutboxEntry::Operation::ChangeCallback:
        break; // version 1 never wrote them
    }
    return {};
}

bool version2(QSqlDatabase &db, QString *error)
{
    const QList<OutboxEntry> queued = readVersion1(db, true);
    if (!execAll(db,
            {QStringLiteral(
                "CREATE TABLE outbox_v2 (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL "
                "UNIQUE,"
                " operation TEXT NOT NULL, complaint_id INTEGER, base_version INTEGER, body TEXT "
                "NOT NULL,"
                " created_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                " state TEXT NOT NULL DEFAULT 'pending', last_status INTEGER NOT NULL DEFAULT 0,"
                " last_error TEXT)")},
            error))
        return false;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO outbox_v2 (seq, key, operation, complaint_id, base_version, body, created_at,"
        " attempts, state, last_status, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const OutboxEntry &e : queued) {
        const QVariant noId;
        insert.addBindValue(e.seq);
        insert.addBindValue(e.key);
        insert.addBindValue(version2Name(e.operation));
        insert.addBindValue(e.complaintId ? QVariant(e.complaintId) : noId);
        insert.addBindValue(e.baseVersion ? QVariant(e.baseVersion) : noId);
        insert.addBindValue(QString::fromUtf8(e.body));
        insert.addBindValue(e.createdAt.toMSecsSinceEpoch());
        insert.addBindValue(e.attempts);
        insert.addBindValue(e.state == OutboxEntry::State::Failed ? QStringLiteral("failed")
                                                                  : QStringLiteral("pending"));
        insert.addBindValue(e.lastStatus);
        insert.addBindValue(e.lastError.isNull() ? QVariant() : QVariant(e.lastError));
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    insert.finish();
    // Sequence numbers of sent entries are not handed out again.
    return execAll(db,
               {QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'outbox_v2'"),
                   QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT 'outbox_v2', seq "
                                  "FROM sqlite_sequence"
                                  " WHERE name = 'outbox'"),
                   QStringLiteral("DROP TABLE outbox"),
                   QStringLiteral("ALTER TABLE outbox_v2 RENAME TO outbox")},
               error)
        && execAll(db, version2Caches(), error);
}

// Version 3: a draft carries what it takes to resume its call after a
// crash (who called, the account chosen, when the call started, whether a
// complaint was logged). Drafts of version 2 keep their notes; the new
// columns stay empty.
const QStringList &version3()
{
    static const QStringList steps = {
        QStringLiteral("ALTER TABLE drafts ADD COLUMN caller_number TEXT"),
        QStringLiteral("ALTER TABLE drafts ADD COLUMN account_id INTEGER"),
        QStringLiteral("ALTER TABLE drafts ADD COLUMN started_at INTEGER"),
        QStringLiteral("ALTER TABLE drafts ADD COLUMN complaint_logged INTEGER NOT NULL DEFAULT 0"),
    };
    return steps;
}

// Version 4: the agent's callbacks as the server last said (CBOR, the
// number masked: the cache never holds it in full), so that the list shows
// offline. A copy of server rows, like the other caches.
const QStringList &version4()
{
    static const QStringList steps = {
        QStringLiteral("CREATE TABLE callbacks (id INTEGER PRIMARY KEY, status TEXT NOT NULL,"
                       " due_at INTEGER NOT NULL, record BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX callbacks_due ON callbacks(status, due_at, id)"),
    };
    return steps;
}

// Version 5: keyed digests of full caller numbers beside the cached
// accounts (CallerNumberIndex), so that an offline pop by number finds the
// account without the cache holding the number: HMAC-SHA256 under a key
// that lives in the keychain only. A copy of what the server answered, like
// the other caches, and purged with them.
const QStringList &version5()
{
    static const QStringList steps = {
        QStringLiteral(
            "CREATE TABLE number_digests (digest BLOB NOT NULL, account_id INTEGER NOT "
            "NULL,"
            " seen_at INTEGER NOT NULL, PRIMARY KEY (digest, account_id)) WITHOUT ROWID"),
    };
    return steps;
}

} // namespace

int count()
{
    return 5;
}

bool apply(QSqlDatabase &db, int from, QString *error)
{
    switch (from) {
    case 0:
        return execAll(db, version1(), error);
    case 1:
        return version2(db, error);
    case 2:
        return execAll(db, version3(), error);
    case 3:
        return execAll(db, version4(), error);
    case 4:
        return execAll(db, version5(), error);
    }
    *error = QStringLiteral("no step from version %1").arg(from);
    return false;
}

QList<OutboxEntry> readAnyOutbox(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT key, operation, complaint_id, base_version, body, created_at FROM outbox"
            " ORDER BY seq")))
        return readVersion1(db, false);
    QList<OutboxEntry> result;
    while (q.next()) {
        const auto operation = OutboxEntry::operationFromName(q.value(1).toString());
        if (!operation || q.value(0).toString().isEmpty())
            continue;
        OutboxEntry e;
        e.key = q.value(0).toString();
        e.operation = *operation;
        e.complaintId = q.value(2).toLongLong();
        e.baseVersion = q.value(3).toLongLong();
        e.body = q.value(4).toString().toUtf8();
        e.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
        result.append(e);
    }
    return result;
}

} // namespace WalletDesk::StoreMigrations
