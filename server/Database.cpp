#include "Database.h"

#include "ChangeReaders.h"
#include "Metrics.h"
#include "PostgresStatements.h"
#include "SqliteStatements.h"
#include "StoredTextRedaction.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

#include <sqlite3.h>

#include <chrono>
#include <thread>

Q_LOGGING_CATEGORY(lcDatabase, "walletdesk.server.database")

namespace WalletDesk::Server {

namespace {

[[noreturn]] void fail(const QString &what, const QSqlError &error)
{
    const QString text = what + QLatin1String(": ") + error.text();
    qCWarning(lcDatabase).noquote() << text;
    throw DatabaseError(text.toStdString());
}

// SQLite's own busy handler (QSQLITE_BUSY_TIMEOUT) sleeps 1, 2, 5, 10 ...
// 100 ms between tries: a server thread that met another's write lock, held
// for a fraction of a millisecond, slept for tens, and so did every
// connection waiting on that thread (the floor simulator saw 50-100 ms
// sleeps in the tail). This one tries again after 0.1 ms at first, then
// every millisecond, and gives up after about ten seconds as before.
int retryWhenBusy(void *, int tries)
{
    using namespace std::chrono_literals;
    constexpr int quickTries = 50; // 5 ms in all
    constexpr int maxTries = quickTries + 10'000;
    if (tries >= maxTries)
        return 0;
    std::this_thread::sleep_for(tries < quickTries ? 100us : 1ms);
    return 1;
}

// Migration steps done in C++ rather than SQL (StoredTextRedaction.h,
// ChangeReaders.h).
constexpr char redactStep[] = "%REDACT_STORED_FREE_TEXT%";
constexpr char changeReadersStep[] = "%READERS_OF_STORED_CHANGES%";

// Ordered migrations. Each entry moves the schema from version i to i + 1;
// never edit one that has shipped, append a new one.
// %ID% is the dialect's auto-incrementing 64-bit primary key.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE agents (id %ID%, username TEXT NOT NULL UNIQUE, "
                           "display_name TEXT NOT NULL,"
                           " role TEXT NOT NULL, password_hash TEXT NOT NULL, salt TEXT NOT NULL,"
                           " iterations INTEGER NOT NULL, totp_secret TEXT, failed_logins INTEGER "
                           "NOT NULL DEFAULT 0,"
                           " locked_until BIGINT NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE TABLE sessions (id %ID%, agent_id BIGINT NOT NULL REFERENCES agents(id),"
                " access_hash TEXT NOT NULL UNIQUE, refresh_hash TEXT NOT NULL UNIQUE,"
                " access_expires BIGINT NOT NULL, refresh_expires BIGINT NOT NULL,"
                " revoked INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE accounts (id %ID%, account_no TEXT NOT NULL UNIQUE, name TEXT NOT "
                "NULL,"
                " phone TEXT NOT NULL, phone_last4 TEXT NOT NULL, email TEXT NOT NULL,"
                " id_number TEXT NOT NULL, status TEXT NOT NULL, lock_reason TEXT,"
                " balance_fen BIGINT NOT NULL, currency TEXT NOT NULL, kyc_level INTEGER NOT NULL,"
                " two_factor INTEGER NOT NULL, created_at BIGINT NOT NULL, version BIGINT NOT NULL,"
                " security_question TEXT NOT NULL, security_answer_hash TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX accounts_phone ON accounts(phone)"),
            QStringLiteral("CREATE INDEX accounts_phone_last4 ON accounts(phone_last4)"),
            QStringLiteral("CREATE INDEX accounts_email ON accounts(email)"),
            QStringLiteral("CREATE INDEX accounts_name ON accounts(name)"),
            QStringLiteral(
                "CREATE TABLE cards (id %ID%, account_id BIGINT NOT NULL, bank_name TEXT NOT NULL,"
                " number TEXT NOT NULL, last4 TEXT NOT NULL, type TEXT NOT NULL,"
                " is_default INTEGER NOT NULL, linked_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX cards_account ON cards(account_id)"),
            QStringLiteral("CREATE INDEX cards_last4 ON cards(last4)"),
            QStringLiteral(
                "CREATE TABLE devices (id %ID%, account_id BIGINT NOT NULL, name TEXT NOT NULL,"
                " platform TEXT NOT NULL, last_seen_at BIGINT NOT NULL, trusted INTEGER NOT NULL,"
                " signed_in INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX devices_account ON devices(account_id)"),
            QStringLiteral(
                "CREATE TABLE login_attempts (id %ID%, account_id BIGINT NOT NULL, at BIGINT NOT "
                "NULL,"
                " success INTEGER NOT NULL, device_name TEXT NOT NULL, location TEXT NOT NULL,"
                " failure_reason TEXT)"),
            QStringLiteral("CREATE INDEX login_attempts_account ON login_attempts(account_id, at)"),
            QStringLiteral(
                "CREATE TABLE transactions (id %ID%, order_no TEXT NOT NULL UNIQUE,"
                " account_id BIGINT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,"
                " amount_fen BIGINT NOT NULL, fee_fen BIGINT NOT NULL, currency TEXT NOT NULL,"
                " merchant TEXT, counterparty TEXT, created_at BIGINT NOT NULL, completed_at "
                "BIGINT,"
                " failure_reason TEXT, debited INTEGER NOT NULL, refund_state TEXT NOT NULL,"
                " card_id BIGINT)"),
            QStringLiteral(
                "CREATE INDEX transactions_account ON transactions(account_id, created_at, id)"),
            QStringLiteral(
                "CREATE TABLE verifications (id %ID%, account_id BIGINT NOT NULL, agent_id BIGINT "
                "NOT NULL,"
                " call_id TEXT NOT NULL, method TEXT NOT NULL, status TEXT NOT NULL,"
                " secret_hash TEXT NOT NULL, tries_left INTEGER NOT NULL, sent_to TEXT NOT NULL,"
                " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, verified_at BIGINT)"),
            QStringLiteral(
                "CREATE TABLE sms_log (id %ID%, recipient TEXT NOT NULL, body TEXT NOT NULL,"
                " created_at BIGINT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE actions (id %ID%, account_id BIGINT NOT NULL, agent_id BIGINT NOT "
                "NULL,"
                " call_id TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL, reason TEXT NOT "
                "NULL,"
                " verification_id BIGINT NOT NULL, transaction_id BIGINT, reset_target TEXT,"
                " created_at BIGINT NOT NULL, decided_by BIGINT, decision_reason TEXT, decided_at "
                "BIGINT)"),
            QStringLiteral("CREATE INDEX actions_status ON actions(status)"),
            QStringLiteral("CREATE INDEX actions_account ON actions(account_id)"),
            QStringLiteral(
                "CREATE TABLE complaints (id %ID%, version BIGINT NOT NULL, channel TEXT NOT NULL,"
                " category TEXT NOT NULL, severity TEXT NOT NULL, account_id BIGINT, call_id TEXT,"
                " description TEXT NOT NULL, customer_request TEXT NOT NULL, status TEXT NOT NULL,"
                " created_by BIGINT NOT NULL, assignee BIGINT, escalated INTEGER NOT NULL,"
                " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, ack_due_at BIGINT NOT "
                "NULL,"
                " acknowledged_at BIGINT, due_at BIGINT NOT NULL, extension_reason TEXT,"
                " resolution_code TEXT, resolution_text TEXT, resolved_at BIGINT,"
                " reopen_count INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX complaints_due ON complaints(due_at, id)"),
            QStringLiteral("CREATE INDEX complaints_account ON complaints(account_id)"),
            QStringLiteral(
                "CREATE TABLE complaint_transactions (complaint_id BIGINT NOT NULL,"
                " transaction_id BIGINT NOT NULL, PRIMARY KEY (complaint_id, transaction_id))"),
            QStringLiteral(
                "CREATE TABLE complaint_notes (id %ID%, complaint_id BIGINT NOT NULL,"
                " author_id BIGINT NOT NULL, body TEXT NOT NULL, created_at BIGINT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX complaint_notes_complaint ON complaint_notes(complaint_id)"),
            QStringLiteral("CREATE TABLE complaint_events (id %ID%, complaint_id BIGINT NOT NULL,"
                           " agent_id BIGINT NOT NULL, kind TEXT NOT NULL, detail TEXT NOT NULL,"
                           " at BIGINT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX complaint_events_complaint ON complaint_events(complaint_id)"),
            QStringLiteral(
                "CREATE TABLE calls (id %ID%, call_id TEXT NOT NULL, caller_number TEXT NOT NULL,"
                " account_id BIGINT, agent_id BIGINT NOT NULL, started_at BIGINT NOT NULL,"
                " ended_at BIGINT NOT NULL, wrap_up_code TEXT NOT NULL, notes TEXT NOT NULL,"
                " complaint_id BIGINT)"),
            QStringLiteral("CREATE INDEX calls_account ON calls(account_id)"),
            QStringLiteral("CREATE TABLE idempotency (key TEXT NOT NULL, agent_id BIGINT NOT NULL,"
                           " scope TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL,"
                           " created_at BIGINT NOT NULL, PRIMARY KEY (agent_id, scope, key))"),
            QStringLiteral(
                "CREATE TABLE changes (seq %ID%, entity TEXT NOT NULL, entity_id BIGINT NOT NULL,"
                " at BIGINT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE audit (id %ID%, at BIGINT NOT NULL, agent_id BIGINT NOT NULL,"
                " action TEXT NOT NULL, account_id BIGINT, call_id TEXT, reason TEXT, detail "
                "TEXT)"),
            QStringLiteral("CREATE INDEX audit_at ON audit(at, id)"),
            QStringLiteral(
                "CREATE TABLE reference_data (id INTEGER PRIMARY KEY, version BIGINT NOT NULL,"
                " document TEXT NOT NULL)"),
        },
        {
            // The feed serves changes in (txid, seq) order, below the oldest
            // running transaction (ChangesApi). The id is the column's
            // default, so every writer fills it in, a bulk load or a server
            // of the previous version too; rows already there get this
            // migration's id.
            QStringLiteral("ALTER TABLE changes ADD COLUMN txid BIGINT NOT NULL DEFAULT %TXID%"),
            QStringLiteral("CREATE INDEX changes_feed ON changes(txid, seq)"),
            // Keyset pages: "key = ? AND id > ? ORDER BY id" is one range of a
            // (key, id) index whatever the statistics say; a (key) index left
            // the planner to AND it with the whole primary-key range.
            QStringLiteral("DROP INDEX accounts_phone"),
            QStringLiteral("CREATE INDEX accounts_phone_id ON accounts(phone, id)"),
            QStringLiteral("DROP INDEX accounts_phone_last4"),
            QStringLiteral("CREATE INDEX accounts_phone_last4_id ON accounts(phone_last4, id)"),
            QStringLiteral("DROP INDEX accounts_email"),
            QStringLiteral("CREATE INDEX accounts_email_id ON accounts(email, id)"),
            QStringLiteral("DROP INDEX accounts_name"),
            QStringLiteral("CREATE INDEX accounts_name_id ON accounts(name, id)"),
            QStringLiteral("DROP INDEX cards_last4"),
            QStringLiteral("CREATE INDEX cards_last4_account ON cards(last4, account_id)"),
            QStringLiteral("DROP INDEX actions_status"),
            QStringLiteral("CREATE INDEX actions_status_id ON actions(status, id)"),
        },
        {
            // A key used again with another body is refused, not replayed
            // (Idempotency.h); rows from before carry no fingerprint.
            QStringLiteral("ALTER TABLE idempotency ADD COLUMN request_hash TEXT"),
            // Abuse limits (AbuseLimits.h): codes per customer and per agent,
            // wrong security answers per customer, failed sign-ins of names
            // that are no agent's (counted like an agent's, so that a name
            // cannot be told apart by how it locks).
            QStringLiteral(
                "ALTER TABLE verifications ADD COLUMN wrong_answers INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX verifications_account ON verifications(account_id, "
                           "method, created_at)"),
            QStringLiteral(
                "CREATE INDEX verifications_agent ON verifications(agent_id, method, created_at)"),
            QStringLiteral("CREATE TABLE signin_failures (id %ID%, username TEXT NOT NULL UNIQUE,"
                           " failed_logins INTEGER NOT NULL, locked_until BIGINT NOT NULL, "
                           "updated_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX signin_failures_updated ON signin_failures(updated_at)"),
            // Need to know (NeedToKnow.h): has this agent opened this account lately?
            QStringLiteral("CREATE INDEX audit_agent_account ON audit(agent_id, account_id, at)"),
            // Card numbers in every free text, by one rule: what is already
            // stored gets the rule the request reader now applies.
            QLatin1String(redactStep),
        },
        {
            // Callbacks (CallbacksApi): an agent's list is one range of
            // (agent_id, status, due_at, id), earliest due first.
            QStringLiteral("CREATE TABLE callbacks (id %ID%, version BIGINT NOT NULL,"
                           " agent_id BIGINT NOT NULL REFERENCES agents(id), phone TEXT NOT NULL,"
                           " reason TEXT NOT NULL, account_id BIGINT, call_id TEXT,"
                           " due_at BIGINT NOT NULL, scheduled_at BIGINT NOT NULL,"
                           " status TEXT NOT NULL, updated_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX callbacks_agent_due ON callbacks(agent_id, status, "
                           "due_at, id)"),
        },
        {
            // Transaction-log exports (ExportsApi): who took which account's
            // log away as a file, and how many rows it held.
            QStringLiteral("CREATE TABLE exports (id %ID%, agent_id BIGINT NOT NULL REFERENCES "
                           "agents(id), account_id BIGINT NOT NULL, call_id TEXT NOT NULL,"
                           " started_at BIGINT NOT NULL, finished_at BIGINT, rows_written BIGINT,"
                           " completed INTEGER)"),
        },
        {
            // Presence (PresenceApi): one row per agent, what their console
            // last said; the wallboard lists those seen lately.
            QStringLiteral("CREATE TABLE presence (agent_id BIGINT PRIMARY KEY REFERENCES "
                           "agents(id), signed_in INTEGER NOT NULL, on_call INTEGER NOT NULL,"
                           " call_started_at BIGINT, seen_at BIGINT NOT NULL)"),
        },
        {
            // Complaints from every channel: how the customer wants to hear
            // back, the notices sent (counted per number for the rate limit)
            // and evidence, whose bytes are stored once per SHA-256.
            QStringLiteral("ALTER TABLE complaints ADD COLUMN callback_number TEXT"),
            QStringLiteral("ALTER TABLE complaints ADD COLUMN preferred_contact_time TEXT"),
            QStringLiteral(
                "ALTER TABLE complaints ADD COLUMN sms_opt_out INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE complaints ADD COLUMN notice_language TEXT NOT NULL "
                           "DEFAULT 'zh_CN'"),
            QStringLiteral("CREATE TABLE complaint_notices (id %ID%, complaint_id BIGINT NOT NULL,"
                           " kind TEXT NOT NULL, recipient TEXT NOT NULL, outcome TEXT NOT NULL,"
                           " created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX complaint_notices_recipient ON complaint_notices("
                           "recipient, outcome, created_at)"),
            QStringLiteral("CREATE TABLE attachment_blobs (sha256 TEXT PRIMARY KEY,"
                           " content %BLOB% NOT NULL, size_bytes BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE complaint_attachments (id %ID%,"
                           " complaint_id BIGINT NOT NULL REFERENCES complaints(id),"
                           " file_name TEXT NOT NULL, content_type TEXT NOT NULL,"
                           " sha256 TEXT NOT NULL REFERENCES attachment_blobs(sha256),"
                           " size_bytes BIGINT NOT NULL, uploaded_by BIGINT NOT NULL,"
                           " uploaded_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX complaint_attachments_complaint ON "
                           "complaint_attachments(complaint_id, id)"),
        },
        {
            // Administration (StaffApi): a staff member can be disabled, must
            // change a one-time password, may have a second factor enrolled
            // but not yet confirmed; version guards an administrator's edit.
            QStringLiteral("ALTER TABLE agents ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE agents ADD COLUMN password_change_required INTEGER NOT "
                           "NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE agents ADD COLUMN totp_pending TEXT"),
            QStringLiteral("ALTER TABLE agents ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE agents ADD COLUMN last_sign_in_at BIGINT"),
            QStringLiteral("CREATE INDEX sessions_agent ON sessions(agent_id, revoked)"),
        },
        {
            // The time step of the last second-factor code a sign-in took:
            // a code seen over a shoulder or in a proxy works only once.
            QStringLiteral(
                "ALTER TABLE agents ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0"),
        },
        {
            // Whose feed each change is in (ChangeReaders.h): a poll reads
            // the reader's own changes, not the whole floor's.
            // The change's entity is copied in, so that a poll reads this
            // table alone (a join made PostgreSQL hash all of changes).
            QStringLiteral("CREATE TABLE change_readers (reader BIGINT NOT NULL,"
                           " seq BIGINT NOT NULL, txid BIGINT NOT NULL DEFAULT %TXID%,"
                           " entity TEXT NOT NULL, entity_id BIGINT NOT NULL)"),
            QStringLiteral(
                "CREATE UNIQUE INDEX change_readers_feed ON change_readers(reader, txid, seq)"),
            QLatin1String(changeReadersStep),
        },
    };
    return steps;
}

} // namespace

Database Database::open(const QString &spec, const QString &connectionName)
{
    Database d;
    d.m_connectionName = connectionName;
    d.m_spec = spec;
    const bool postgres = spec.startsWith(QLatin1String("postgres://"))
        || spec.startsWith(QLatin1String("postgresql://"));
    d.m_dialect = postgres ? Dialect::Postgres : Dialect::Sqlite;
    QSqlDatabase db = QSqlDatabase::addDatabase(
        postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), connectionName);
    if (postgres) {
        const QUrl url(spec);
        // As in libpq's URIs, "?host=/run/postgresql" names the directory of
        // a local server's Unix socket: cheaper per statement than TCP. Any
        // other option is refused rather than ignored (an ignored
        // "sslmode=require" would be a silent downgrade).
        const QUrlQuery options(url);
        for (const auto &[key, value] : options.queryItems(QUrl::FullyDecoded)) {
            if (key != QLatin1String("host") || !value.startsWith(QLatin1Char('/')))
                throw DatabaseError(QStringLiteral(
                    "unsupported PostgreSQL option \"%1\": only host=/socket/directory")
                                        .arg(key)
                                        .toStdString());
        }
        const QString socketDir
            = options.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        db.setHostName(socketDir.isEmpty() ? url.host() : socketDir);
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    } else {
        db.setDatabaseName(spec);
    }
    if (!db.open())
        fail(QStringLiteral("cannot open database %1")
                 .arg(postgres ? QUrl(spec).toDisplayString(QUrl::RemovePassword) : spec),
            db.lastError());
    if (postgres) {
        // The documented way to reach QPSQL's libpq connection
        // (QSqlDriver::handle); Qt 6 names the type after libpq's struct.
        const QVariant handle = db.driver()->handle();
        const QByteArray type = handle.isValid() ? QByteArray(handle.typeName()) : QByteArray();
        if (type != "PGconn*" && type != "pg_conn*")
            throw DatabaseError("the QPSQL driver gave no libpq connection");
        d.m_postgres = std::make_shared<PostgresStatements>(
            *static_cast<PGconn *const *>(handle.constData()));
    } else {
        // Qt's SQLite driver is built on the system's libsqlite3, the one we
        // link (Debian's qt6 packages use -system-sqlite).
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || QByteArray(handle.typeName()) != "sqlite3*")
            throw DatabaseError("the QSQLITE driver gave no sqlite3 connection");
        sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
        sqlite3_busy_handler(connection, retryWhenBusy, nullptr);
        d.m_sqlite = std::make_shared<SqliteStatements>(connection);
        // WAL lets readers run beside the writer; FULL makes a commit durable
        // before the request that made it is acknowledged.
        d.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        d.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        d.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        // No memory map (PRAGMA mmap_size): it saved a search 3-6 us of
        // pread(), but with it the audited open, which writes, lost a
        // quarter of its throughput and its p99 went from 10-13 to 16-35 ms
        // (docs/benchmarks.md, "Search, closer to the ceiling").
    }
    return d;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return connection().isOpen();
}

void Database::close()
{
    // Every statement must be finalized before QSQLITE closes the handle.
    if (m_sqlite)
        m_sqlite->clear();
    m_sqlite.reset();
    m_postgres.reset();
    {
        QSqlDatabase db = connection();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Rows::Rows(QSqlQuery query, std::shared_ptr<int> openCount)
    : m_query(std::move(query))
    , m_openCount(std::move(openCount))
{
    ++*m_openCount;
}

Rows::Rows(std::unique_ptr<SqliteCursor> cursor, std::shared_ptr<int> openCount)
    : m_sqlite(std::move(cursor))
    , m_openCount(std::move(openCount))
{
    ++*m_openCount;
}

Rows::Rows(std::unique_ptr<PostgresResult> result, std::shared_ptr<int> openCount)
    : m_postgres(std::move(result))
    , m_openCount(std::move(openCount))
{
    ++*m_openCount;
}

Rows::Rows(Rows &&other) noexcept = default;

bool Rows::next()
{
    if (m_sqlite)
        return m_sqlite->next();
    return m_postgres ? m_postgres->next() : m_query.next();
}

QVariant Rows::value(int index) const
{
    if (m_sqlite)
        return m_sqlite->value(index);
    return m_postgres ? m_postgres->value(index) : m_query.value(index);
}

int Rows::numRowsAffected() const
{
    if (m_sqlite)
        return m_sqlite->numRowsAffected();
    return m_postgres ? m_postgres->numRowsAffected() : m_query.numRowsAffected();
}

Rows::~Rows()
{
    if (m_openCount)
        --*m_openCount;
}

Rows Database::exec(const QString &sql, const QVariantList &binds) const
{
    const Metrics::StatementTimer timer; // /metrics: the database time
    // PostgreSQL cannot PREPARE DDL or transaction control: statements
    // without values run directly.
    if (binds.isEmpty()) {
        QSqlQuery q(connection());
        if (!q.exec(sql))
            fail(QStringLiteral("cannot run \"%1\"").arg(sql.left(80)), q.lastError());
        return Rows(std::move(q), m_openRows);
    }
    if (m_postgres)
        return Rows(m_postgres->exec(sql, binds), m_openRows);
    if (!m_sqlite)
        throw DatabaseError("the database is not open");
    return Rows(m_sqlite->exec(sql, binds), m_openRows);
}

QVariant Database::scalar(const QString &sql, const QVariantList &binds) const
{
    Rows q = exec(sql, binds);
    return q.next() ? q.value(0) : QVariant();
}

qint64 Database::insert(const QString &sql, const QVariantList &binds) const
{
    Rows q = exec(sql + QLatin1String(" RETURNING id"), binds);
    if (!q.next())
        throw DatabaseError("INSERT returned no id");
    return q.value(0).toLongLong();
}

void Database::begin() const
{
    // PostgreSQL only warns about a nested BEGIN, and the inner COMMIT would
    // then end the outer transaction early: refuse it loudly instead.
    if (*m_inTransaction)
        throw DatabaseError("a transaction is already open on this connection");
    // A result still being read holds an SQLite read snapshot; once another
    // process has written, BEGIN IMMEDIATE cannot upgrade it and fails at
    // once instead of waiting. Checked on every dialect, so tests catch it.
    if (*m_openRows > 0)
        throw DatabaseError(
            "a result set is still open: read what you need before beginning a transaction");
    // IMMEDIATE takes SQLite's write lock up front, so two writers queue on
    // the busy timeout instead of failing half-way with "database is locked".
    exec(
        m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    *m_inTransaction = true;
}

void Database::commit() const
{
    *m_inTransaction = false; // a failed COMMIT ends the transaction too
    exec(QStringLiteral("COMMIT"));
}

void Database::rollback() const
{
    *m_inTransaction = false;
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK")); // best effort: the transaction may already be gone
}

bool Database::lockRow(Table table, qint64 id) const
{
    if (!*m_inTransaction)
        throw DatabaseError("lockRow outside a transaction locks nothing");
    const auto name = [table] {
        switch (table) {
        case Table::Agents:
            return QLatin1String("agents");
        case Table::Sessions:
            return QLatin1String("sessions");
        case Table::Accounts:
            return QLatin1String("accounts");
        case Table::Verifications:
            return QLatin1String("verifications");
        case Table::Actions:
            return QLatin1String("actions");
        case Table::Complaints:
            return QLatin1String("complaints");
        case Table::ReferenceData:
            return QLatin1String("reference_data");
        case Table::SigninFailures:
            return QLatin1String("signin_failures");
        case Table::Callbacks:
            return QLatin1String("callbacks");
        case Table::Exports:
            return QLatin1String("exports");
        }
        Q_UNREACHABLE();
    };
    const QString sql = QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(name())
        + (m_dialect == Dialect::Postgres ? QStringLiteral(" FOR NO KEY UPDATE") : QString());
    return scalar(sql, {id}).isValid();
}

qint64 Database::oldestRunningTransactionId() const
{
    if (m_dialect == Dialect::Sqlite)
        return 1; // every row carries 0, and every committed row is final
    // Every transaction id below the snapshot's xmin has ended: a row of
    // theirs is committed for good or gone. A transaction still running, or
    // one that starts later, has an id of at least xmin.
    return scalar(QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"))
        .toLongLong();
}

void Database::analyze() const
{
    if (m_dialect == Dialect::Sqlite) {
        // A sample per index is enough for the planner and keeps this quick
        // on millions of rows.
        exec(QStringLiteral("PRAGMA analysis_limit=1000"));
    }
    exec(QStringLiteral("ANALYZE"));
}

int Database::schemaVersion()
{
    return int(migrations().size());
}

void Database::migrate() const
{
    const QString id = m_dialect == Dialect::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY")
                                                    : QStringLiteral("BIGSERIAL PRIMARY KEY");
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
    DbTransaction tx(*this);
    if (m_dialect == Dialect::Postgres) // several servers may start at once
        exec(QStringLiteral("LOCK TABLE schema_version IN EXCLUSIVE MODE"));
    int current = scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt();
    if (current > schemaVersion())
        throw DatabaseError(
            QStringLiteral("the database has schema version %1, newer than this server's %2")
                .arg(current)
                .arg(schemaVersion())
                .toStdString());
    const int before = current;
    const QString txid = m_dialect == Dialect::Sqlite
        ? QStringLiteral("0")
        : QStringLiteral("(pg_current_xact_id()::text::bigint)");
    const QString blob
        = m_dialect == Dialect::Sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA");
    for (; current < schemaVersion(); ++current) {
        for (QString sql : migrations().at(current)) {
            if (sql == QLatin1String(redactStep)) {
                redactStoredFreeText(*this);
                continue;
            }
            if (sql == QLatin1String(changeReadersStep)) {
                ChangeReaders::addMissing(*this);
                continue;
            }
            exec(sql.replace(QLatin1String("%ID%"), id)
                     .replace(QLatin1String("%TXID%"), txid)
                     .replace(QLatin1String("%BLOB%"), blob));
        }
        exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {current + 1});
    }
    tx.commit();
    // New indexes start without statistics; without them a planner may
    // prefer a scan of the whole primary key.
    if (current != before)
        analyze();
}

} // namespace WalletDesk::Server
