#include "DraftStore.h"

#include "StoreFile.h"

namespace WalletDesk {

DraftStore::DraftStore(StoreFile *file)
    : m_file(file)
{
}

bool DraftStore::save(const CallDraft &draft, QString *error)
{
    const QVariant none;
    return m_file
        ->run(QStringLiteral("INSERT OR REPLACE INTO drafts (call_id, notes, updated_at, "
                             "caller_number, account_id, started_at, complaint_logged)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {draft.callId, draft.notes, QDateTime::currentMSecsSinceEpoch(),
                draft.callerNumber.isEmpty() ? none : QVariant(draft.callerNumber),
                draft.accountId ? QVariant(*draft.accountId) : none,
                draft.startedAt.isValid() ? QVariant(draft.startedAt.toMSecsSinceEpoch()) : none,
                draft.complaintLogged ? 1 : 0},
            error)
        .ok();
}

bool DraftStore::save(const QString &callId, const QString &notes, QString *error)
{
    CallDraft draft;
    draft.callId = callId;
    draft.notes = notes;
    return save(draft, error);
}

QString DraftStore::draft(const QString &callId) const
{
    StoreFile::Rows q
        = m_file->run(QStringLiteral("SELECT notes FROM drafts WHERE call_id = ?"), {callId});
    return q.next() ? q.value(0).toString() : QString();
}

QList<CallDraft> DraftStore::all() const
{
    QList<CallDraft> result;
    StoreFile::Rows q = m_file->run(
        QStringLiteral("SELECT call_id, notes, updated_at, caller_number, account_id, started_at,"
                       " complaint_logged FROM drafts ORDER BY updated_at DESC, rowid DESC"));
    while (q.next()) {
        CallDraft d;
        d.callId = q.value(0).toString();
        d.notes = q.value(1).toString();
        d.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        d.callerNumber = q.value(3).toString();
        if (!q.value(4).isNull())
            d.accountId = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            d.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
        d.complaintLogged = q.value(6).toInt() != 0;
        result.append(d);
    }
    return result;
}

bool DraftStore::remove(const QString &callId, QString *error)
{
    return m_file->run(QStringLiteral("DELETE FROM drafts WHERE call_id = ?"), {callId}, error)
        .ok();
}

} // namespace WalletDesk
