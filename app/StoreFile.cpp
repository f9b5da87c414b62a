#include "StoreFile.h"

#include "DraftStore.h"
#include "Outbox.h"
#include "StoreMigrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "walletdesk.store")

namespace WalletDesk {

namespace {

struct Salvage
{
    QList<OutboxEntry> outbox;
    QList<CallDraft> drafts;
    QList<QPair<QString, QByteArray>> queued;
};

// Read what can be read from a broken or newer file, by column name, and
// let every failure pass: this is the last chance for the agent's work.
Salvage salvage(const QString &path)
{
    Salvage s;
    const QString name = QStringLiteral("walletdesk-salvage-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            s.outbox = StoreMigrations::readAnyOutbox(db);
            QSqlQuery q(db);
            // The call's details since version 3; the notes alone before.
            if (q.exec(QStringLiteral("SELECT call_id, notes, caller_number, account_id, "
                                      "started_at, complaint_logged FROM drafts"))
                || q.exec(
                    QStringLiteral("SELECT call_id, notes, NULL, NULL, NULL, 0 FROM drafts"))) {
                while (q.next()) {
                    CallDraft d;
                    d.callId = q.value(0).toString();
                    d.notes = q.value(1).toString();
                    d.callerNumber = q.value(2).toString();
                    if (!q.value(3).isNull())
                        d.accountId = q.value(3).toLongLong();
                    if (!q.value(4).isNull())
                        d.startedAt
                            = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
                    d.complaintLogged = q.value(5).toInt() != 0;
                    s.drafts.append(d);
                }
            }
            if (q.exec(QStringLiteral("SELECT key, draft FROM queued_complaints"))) {
                while (q.next())
                    s.queued.append({q.value(0).toString(), q.value(1).toByteArray()});
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

} // namespace

StoreFile::StoreFile()
    : m_connection(
        QStringLiteral("walletdesk-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

StoreFile::~StoreFile()
{
    close();
}

int StoreFile::schemaVersion()
{
    return StoreMigrations::count();
}

QString StoreFile::defaultPath(const QUrl &server, const QString &username)
{
    // The folder name says which server without spelling out its address.
    const QByteArray serverId = QCryptographicHash::hash(
        server.toString(QUrl::RemovePath | QUrl::RemoveUserInfo).toUtf8(),
        QCryptographicHash::Sha256)
                                    .toHex()
                                    .left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/cache-") + QString::fromLatin1(serverId) + QLatin1Char('/') + username
        + QStringLiteral(".sqlite");
}

QString StoreFile::failure(const QSqlQuery &query, const QString &sql) const
{
    const QString text = query.lastError().text();
    qCWarning(lcStore).noquote() << "SQL failed:" << sql.left(60) << text;
    return tr("The local cache could not be written (%1).").arg(text);
}

QSqlQuery *StoreFile::prepared(const QString &sql, QString *error)
{
    auto it = m_statements.constFind(sql);
    if (it != m_statements.cend())
        return it->get();
    auto query = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connection, false));
    if (!query->prepare(sql)) {
        const QString why = failure(*query, sql);
        if (error)
            *error = why;
        return nullptr;
    }
    m_statements.insert(sql, query);
    return query.get();
}

StoreFile::Rows StoreFile::run(const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery *q = prepared(sql, error);
    if (!q)
        return Rows();
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        // Only an invalid QVariant is NULL; an empty text stays "".
        q->bindValue(i,
            v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral(""))
                                                                      : v);
    }
    if (!q->exec()) {
        const QString why = failure(*q, sql);
        q->finish();
        if (error)
            *error = why;
        return Rows();
    }
    return Rows(q);
}

bool StoreFile::exec(const QString &sql, QString *error)
{
    // Pragmas and schema changes run once: no statement to keep.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        const QString why = failure(q, sql);
        if (error)
            *error = why;
        return false;
    }
    return true;
}

bool StoreFile::begin(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.transaction())
        return true;
    const QString text = db.lastError().text();
    qCWarning(lcStore) << "begin failed:" << text;
    if (error)
        *error = tr("The local cache could not be written (%1).").arg(text);
    return false;
}

bool StoreFile::commit(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.commit())
        return true;
    const QString text = db.lastError().text();
    qCWarning(lcStore) << "commit failed:" << text;
    if (error)
        *error = tr("The local cache could not be written (%1).").arg(text);
    db.rollback();
    return false;
}

void StoreFile::rollback()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.rollback())
        qCWarning(lcStore) << "rollback failed:" << db.lastError().text();
}

StoreFile::Transaction::Transaction(StoreFile *file, QString *error)
    : m_file(file)
    , m_open(file->begin(error))
{
}

StoreFile::Transaction::~Transaction()
{
    if (m_open)
        m_file->rollback();
}

bool StoreFile::Transaction::commit(QString *error)
{
    if (!m_open)
        return false;
    m_open = false;
    return m_file->commit(error);
}

bool StoreFile::isOpen() const
{
    return QSqlDatabase::database(m_connection, false).isOpen();
}

void StoreFile::close()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool StoreFile::openFile(const QString &path, QString *why)
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
        *why = tr("the file is damaged (%1)")
                   .arg(check.lastError().isValid() ? check.lastError().text()
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
        *why
            = tr("the file comes from a newer version of WalletDesk (format %1, this one reads %2)")
                  .arg(fileVersion)
                  .arg(schemaVersion());
        return false;
    }
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
             "PRAGMA secure_delete=ON", "PRAGMA foreign_keys=ON"})
        exec(QString::fromLatin1(pragma));
    return true;
}

bool StoreFile::migrate(QString *why)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    int current = 0;
    {
        QSqlQuery v(db);
        if (!v.exec(QStringLiteral("PRAGMA user_version")) || !v.next()) {
            *why = tr("the file's version cannot be read");
            return false;
        }
        current = v.value(0).toInt();
    }
    for (; current < schemaVersion(); ++current) {
        // Each step in one transaction: a step that fails leaves the file
        // at the version before it, to be rebuilt with its work salvaged.
        QString error;
        Transaction step(this, &error);
        if (!step.ok() || !StoreMigrations::apply(db, current, &error)
            || !exec(QStringLiteral("PRAGMA user_version = %1").arg(current + 1), &error)
            || !step.commit(&error)) {
            *why = tr("the file cannot be brought to format %1 (%2)").arg(current + 1).arg(error);
            return false;
        }
    }
    return true;
}

bool StoreFile::open(const QString &path, QString *error)
{
    m_path = path;
    m_report = {};
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::setPermissions(
        QFileInfo(path).absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QString why;
    if (openFile(path, &why) && migrate(&why))
        return true;
    // Rebuild: keep the agent's unsent work, move the old file aside.
    close();
    const Salvage saved = salvage(path);
    const QString aside = path + QStringLiteral(".broken-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QFile::rename(path, aside);
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    qCWarning(lcStore).noquote() << "cache rebuilt:" << why << "- old file moved to" << aside;
    QString again;
    if (!openFile(path, &again) || !migrate(&again)) {
        *error = tr("The local cache %1 cannot be created: %2").arg(path, again);
        close();
        return false;
    }
    Outbox outbox(this);
    DraftStore drafts(this);
    QString failed;
    Transaction restore(this, &failed);
    bool ok = restore.ok();
    for (const OutboxEntry &e : saved.outbox)
        ok = ok && outbox.enqueue(e, &failed);
    for (const CallDraft &d : saved.drafts)
        ok = ok && drafts.save(d, &failed);
    for (const auto &[key, draft] : saved.queued)
        ok = ok && outbox.restoreQueuedComplaint(key, draft, &failed);
    if (!ok || !restore.commit(&failed)) {
        // The old file is kept aside: the agent's work is not gone, only not here.
        *error = tr(
            "The local cache %1 was rebuilt, but the unsent work of the old one (kept at %2) could "
            "not be copied into it: %3")
                     .arg(path, aside, failed);
        close();
        return false;
    }
    m_report = {true, why, aside, int(saved.outbox.size()), int(saved.drafts.size())};
    return true;
}

bool StoreFile::purgePersonalData(QString *error)
{
    {
        Transaction purge(this, error);
        if (!purge.ok())
            return false;
        for (const char *table : {"accounts", "number_digests", "transactions", "complaints",
                 "callbacks", "drafts", "sync_state"}) {
            if (!run(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)), {}, error).ok())
                return false;
        }
        if (!purge.commit(error))
            return false;
    }
    // secure_delete zeroes freed pages; VACUUM and a truncating checkpoint
    // leave no copy behind in the file or its WAL. VACUUM needs every
    // statement of the connection finished, the kept ones included.
    for (const auto &statement : std::as_const(m_statements))
        statement->finish();
    return exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), error)
        && exec(QStringLiteral("VACUUM"), error)
        && exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), error);
}

} // namespace WalletDesk
