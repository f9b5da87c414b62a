#include "StoreBackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace WalletDesk::Server {

namespace {

// One sqlite3 connection, closed on every path out.
class Connection
{
public:
    Connection(const QString &path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (m_db)
            sqlite3_busy_timeout(m_db, 10'000);
    }
    ~Connection() { sqlite3_close(m_db); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3 *handle() const { return m_db; }
    QString message() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    }
    // The rows of a statement's first column; false with *error.
    bool rows(const char *sql, QStringList *out, QString *error) const
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            *error = message();
            return false;
        }
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
            out->append(text ? QString::fromUtf8(text) : QString());
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE) {
            *error = message();
            return false;
        }
        return true;
    }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

// Copies every page of from into to, in one read transaction of from: the
// copy is the store at one moment, whatever other connections write.
bool copyPages(const Connection &from, const Connection &to, QString *error)
{
    sqlite3_backup *backup = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
    if (!backup) {
        *error = to.message();
        return false;
    }
    int rc;
    while ((rc = sqlite3_backup_step(backup, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED)
        QThread::msleep(50);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    // A self-contained file: the source's WAL mode came with its header.
    QStringList mode;
    return to.rows("PRAGMA journal_mode=DELETE", &mode, error);
}

bool syncFile(const QString &path, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    const bool ok = fd >= 0 && ::fsync(fd) == 0;
    if (!ok)
        *error = QStringLiteral("cannot sync %1: %2")
                     .arg(path, QString::fromLocal8Bit(strerror(errno)));
    if (fd >= 0)
        ::close(fd);
    return ok;
}

// Renames partial over target and makes the rename itself durable.
bool putInPlace(const QString &partial, const QString &target, QString *error)
{
    if (!syncFile(partial, error))
        return false;
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData())
        != 0) {
        *error = QStringLiteral("cannot rename %1 to %2: %3")
                     .arg(partial, target, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    return syncFile(QFileInfo(target).absolutePath(), error);
}

QString partialBeside(const QString &target)
{
    return target + QStringLiteral(".partial");
}

// A copy holds every customer's data: it is made readable by its owner
// only before SQLite writes a page into it, or with the mode and owner of
// the store it replaces (a restore run as root leaves the store to the
// service's user).
bool createPrivately(const QString &partial, const QString &like, QString *error)
{
    struct stat model
    {
    };
    const bool hasModel
        = !like.isEmpty() && ::stat(QFile::encodeName(like).constData(), &model) == 0;
    const int fd = ::open(QFile::encodeName(partial).constData(),
        O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, hasModel ? (model.st_mode & 0660) : 0600);
    if (fd < 0) {
        *error = QStringLiteral("cannot create %1: %2")
                     .arg(partial, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    if (hasModel) {
        [[maybe_unused]] const int owned = ::fchown(fd, model.st_uid, model.st_gid);
        ::fchmod(fd, model.st_mode & 0660);
    }
    ::close(fd);
    return true;
}

void removeLeftovers(const QString &partial)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(partial + QLatin1String(suffix));
}

// Whether another process holds a lock on len bytes at offset of path.
bool lockedElsewhere(const QString &path, off_t offset, off_t length)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock probe
    {
    };
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = offset;
    probe.l_len = length;
    const bool locked = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return locked;
}

} // namespace

bool StoreBackup::check(const QString &file, QString *error)
{
    if (!QFileInfo(file).isFile()) {
        *error = QStringLiteral("%1: no such file").arg(file);
        return false;
    }
    const Connection db(file, SQLITE_OPEN_READONLY);
    QStringList result;
    QString why;
    if (!db.ok() || !db.rows("PRAGMA integrity_check", &result, &why)) {
        *error = QStringLiteral("%1 is not a sound SQLite database: %2")
                     .arg(file, why.isEmpty() ? db.message() : why);
        return false;
    }
    if (result != QStringList {QStringLiteral("ok")}) {
        *error = QStringLiteral("%1 fails PRAGMA integrity_check: %2")
                     .arg(file, result.mid(0, 3).join(QStringLiteral("; ")));
        return false;
    }
    QStringList tables;
    if (!db.rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN "
                 "('schema_version', 'agents')",
            &tables, &why)
        || tables.size() != 2) {
        *error = QStringLiteral("%1 is a SQLite database but not a WalletDesk store").arg(file);
        return false;
    }
    return true;
}

bool StoreBackup::isOpenElsewhere(const QString &store)
{
    // SQLite's unix VFS: every connection to a WAL database holds a shared
    // lock on byte 128 of the -shm file (the "DMS" byte) while it is open,
    // and a reader of a rollback-journal database holds the SHARED range
    // of the database file from 1 GiB + 2.
    constexpr off_t shmDeadManSwitch = 128;
    constexpr off_t pendingByte = 0x40000000;
    return lockedElsewhere(store + QStringLiteral("-shm"), shmDeadManSwitch, 1)
        || lockedElsewhere(store, pendingByte, 512 + 2);
}

bool StoreBackup::backup(const QString &store, const QString &target, QString *error)
{
    if (!QFileInfo(store).isFile()) {
        *error = QStringLiteral("no store at %1").arg(store);
        return false;
    }
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(store).absoluteFilePath()
        || QFileInfo(target).canonicalFilePath() == QFileInfo(store).canonicalFilePath()) {
        *error = QStringLiteral("the backup cannot be the store itself");
        return false;
    }
    const QString partial = partialBeside(target);
    removeLeftovers(partial);
    if (!createPrivately(partial, {}, error))
        return false;
    {
        // Read-write: a WAL store's reader may need to create the -shm file.
        const Connection from(store, SQLITE_OPEN_READWRITE);
        const Connection to(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!from.ok() || !to.ok()) {
            *error
                = QStringLiteral("cannot open %1: %2")
                      .arg(from.ok() ? partial : store, from.ok() ? to.message() : from.message());
            removeLeftovers(partial);
            return false;
        }
        if (!copyPages(from, to, error)) {
            *error = QStringLiteral("the copy failed: %1").arg(*error);
            removeLeftovers(partial);
            return false;
        }
    }
    if (!check(partial, error) || !putInPlace(partial, target, error)) {
        removeLeftovers(partial);
        return false;
    }
    return true;
}

bool StoreBackup::restore(const QString &source, const QString &store, QString *error)
{
    if (!check(source, error))
        return false;
    if (isOpenElsewhere(store)) {
        *error = QStringLiteral("a process has %1 open: stop the server first "
                                "(systemctl stop walletdesk-server)")
                     .arg(store);
        return false;
    }
    const QString partial = partialBeside(store);
    removeLeftovers(partial);
    if (!createPrivately(partial, store, error))
        return false;
    {
        const Connection from(source, SQLITE_OPEN_READONLY);
        const Connection to(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!from.ok() || !to.ok() || !copyPages(from, to, error)) {
            if (error->isEmpty())
                *error = from.ok() ? to.message() : from.message();
            *error = QStringLiteral("the copy failed: %1").arg(*error);
            removeLeftovers(partial);
            return false;
        }
    }
    if (!check(partial, error)) {
        removeLeftovers(partial);
        return false;
    }
    // The store's own -wal must not outlive it: SQLite would replay the old
    // store's last commits onto the restored file. Folding it into the old
    // file first (leaving WAL mode checkpoints and deletes it) keeps the old
    // store whole until the rename replaces it.
    if (QFileInfo::exists(store)) {
        const Connection old(store, SQLITE_OPEN_READWRITE);
        QStringList mode;
        QString why;
        if (old.ok())
            old.rows("PRAGMA journal_mode=DELETE", &mode, &why);
    }
    QFile::remove(store + QStringLiteral("-wal"));
    QFile::remove(store + QStringLiteral("-shm"));
    if (!putInPlace(partial, store, error)) {
        removeLeftovers(partial);
        return false;
    }
    return true;
}

} // namespace WalletDesk::Server
