#include "Outbox.h"

#include "StoreFile.h"

#include <QJsonDocument>

namespace WalletDesk {

namespace {

QVariant nullIfZero(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

Outbox::Outbox(StoreFile *file)
    : m_file(file)
{
}

bool Outbox::enqueue(const OutboxEntry &e, QString *error)
{
    return m_file
        ->run(
            QStringLiteral(
                "INSERT INTO outbox (key, operation, complaint_id, base_version, body, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)"),
            {e.key, OutboxEntry::operationName(e.operation), nullIfZero(e.complaintId),
                nullIfZero(e.baseVersion), QString::fromUtf8(e.body),
                (e.createdAt.isValid() ? e.createdAt : QDateTime::currentDateTimeUtc())
                    .toMSecsSinceEpoch()},
            error)
        .ok();
}

bool Outbox::queueComplaint(const ComplaintDraft &draft, const QString &key, QString *error)
{
    const QByteArray body = QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact);
    StoreFile::Transaction transaction(m_file, error);
    if (!transaction.ok() || !restoreQueuedComplaint(key, body, error))
        return false;
    OutboxEntry e;
    e.key = key;
    e.operation = OutboxEntry::Operation::CreateComplaint;
    e.body = body;
    return enqueue(e, error) && transaction.commit(error);
}

bool Outbox::restoreQueuedComplaint(const QString &key, const QByteArray &draft, QString *error)
{
    return m_file
        ->run(QStringLiteral(
                  "INSERT INTO queued_complaints (key, draft, created_at) VALUES (?, ?, ?)"),
            {key, QString::fromUtf8(draft), nowMs()}, error)
        .ok();
}

QList<OutboxEntry> Outbox::entries() const
{
    return rows(QString());
}

std::optional<OutboxEntry> Outbox::head() const
{
    const QList<OutboxEntry> head = rows(QStringLiteral(" LIMIT 1"));
    return head.isEmpty() ? std::nullopt : std::optional<OutboxEntry>(head.first());
}

std::optional<OutboxEntry> Outbox::nextPending() const
{
    const auto first = head();
    return first && first->state == OutboxEntry::State::Pending ? first : std::nullopt;
}

QList<OutboxEntry> Outbox::rows(const QString &limit) const
{
    StoreFile::Rows q = m_file->run(
        QStringLiteral(
            "SELECT seq, key, operation, complaint_id, base_version, body, created_at, attempts,"
            " state, last_status, last_error FROM outbox ORDER BY seq")
        + limit);
    QList<OutboxEntry> result;
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.value(0).toLongLong();
        e.key = q.value(1).toString();
        // Only names this version wrote or migrated can be here.
        e.operation = OutboxEntry::operationFromName(q.value(2).toString()).value_or(e.operation);
        e.complaintId = q.value(3).toLongLong();
        e.baseVersion = q.value(4).toLongLong();
        e.body = q.value(5).toString().toUtf8();
        e.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
        e.attempts = q.value(7).toInt();
        e.state = q.value(8).toString() == QLatin1String("failed") ? OutboxEntry::State::Failed
                                                                   : OutboxEntry::State::Pending;
        e.lastStatus = q.value(9).toInt();
        e.lastError = q.value(10).toString();
        result.append(e);
    }
    return result;
}

int Outbox::unsentCount() const
{
    StoreFile::Rows q = m_file->run(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    return q.next() ? q.value(0).toInt() : 0;
}

QList<QPair<QString, ComplaintDraft>> Outbox::queuedComplaints() const
{
    StoreFile::Rows q = m_file->run(
        QStringLiteral("SELECT key, draft FROM queued_complaints ORDER BY created_at"));
    QList<QPair<QString, ComplaintDraft>> result;
    while (q.next()) {
        CodecError error;
        if (auto d = decode<ComplaintDraft>(q.value(1).toByteArray(), &error))
            result.append({q.value(0).toString(), *d});
    }
    return result;
}

bool Outbox::removeWithDraft(qint64 seq, QString *error)
{
    QString key;
    {
        StoreFile::Rows q
            = m_file->run(QStringLiteral("SELECT key FROM outbox WHERE seq = ?"), {seq}, error);
        if (!q.ok())
            return false;
        if (!q.next())
            return true; // already gone
        key = q.value(0).toString();
    }
    StoreFile::Transaction transaction(m_file, error);
    return transaction.ok()
        && m_file->run(QStringLiteral("DELETE FROM queued_complaints WHERE key = ?"), {key}, error)
               .ok()
        && m_file->run(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {seq}, error).ok()
        && transaction.commit(error);
}

bool Outbox::markSent(qint64 seq, QString *error)
{
    return removeWithDraft(seq, error);
}

bool Outbox::discard(qint64 seq, QString *error)
{
    return removeWithDraft(seq, error);
}

bool Outbox::markAttempt(qint64 seq, int status, const QString &message, QString *error)
{
    return m_file
        ->run(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_status = ?, "
                             "last_error = ? WHERE seq = ?"),
            {status, message, seq}, error)
        .ok();
}

bool Outbox::markFailed(qint64 seq, int status, const QString &message, QString *error)
{
    return m_file
        ->run(QStringLiteral(
                  "UPDATE outbox SET attempts = attempts + 1, state = 'failed', last_status = ?,"
                  " last_error = ? WHERE seq = ?"),
            {status, message, seq}, error)
        .ok();
}

bool Outbox::retryFailed(qint64 seq, QString *error)
{
    return m_file
        ->run(QStringLiteral("UPDATE outbox SET state = 'pending' WHERE seq = ?"), {seq}, error)
        .ok();
}

} // namespace WalletDesk
