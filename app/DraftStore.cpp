#include "DraftStore.h"

#include "StoreFile.h"

#include <QDateTime>

namespace WalletDesk {

DraftStore::DraftStore(StoreFile *file)
    : m_file(file)
{
}

bool DraftStore::save(const QString &callId, const QString &notes, QString *error)
{
    return m_file
        ->run(QStringLiteral(
                  "INSERT OR REPLACE INTO drafts (call_id, notes, updated_at) VALUES (?, ?, ?)"),
            {callId, notes, QDateTime::currentMSecsSinceEpoch()}, error)
        .ok();
}

QString DraftStore::draft(const QString &callId) const
{
    StoreFile::Rows q
        = m_file->run(QStringLiteral("SELECT notes FROM drafts WHERE call_id = ?"), {callId});
    return q.next() ? q.value(0).toString() : QString();
}

bool DraftStore::remove(const QString &callId, QString *error)
{
    return m_file->run(QStringLiteral("DELETE FROM drafts WHERE call_id = ?"), {callId}, error)
        .ok();
}

} // namespace WalletDesk
