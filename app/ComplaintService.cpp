#include "ComplaintService.h"

#include "LocalStore.h"
#include "Masking.h"

#include <QJsonDocument>
#include <QUuid>

namespace WalletDesk {

ComplaintService::ComplaintService(LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

QString ComplaintService::queue(const ComplaintDraft &draft)
{
    ComplaintDraft clean = draft;
    clean.description = Masking::redactCardNumbers(draft.description);
    clean.customerRequest = Masking::redactCardNumbers(draft.customerRequest);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_store->queueComplaint(clean, key);
    Q_EMIT queued(key);
    return key;
}

QString ComplaintService::queueEdit(qint64 complaintId, qint64 version, const QJsonObject &changes)
{
    OutboxEntry e;
    e.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.kind = QStringLiteral("complaint.update");
    e.method = "PATCH";
    e.path = QStringLiteral("/api/v1/complaints/%1").arg(complaintId);
    e.body = QJsonDocument(changes).toJson(QJsonDocument::Compact);
    e.ifMatch = "\"v" + QByteArray::number(version) + '"';
    m_store->enqueue(e);
    Q_EMIT queued(e.key);
    return e.key;
}

QString ComplaintService::queueNote(qint64 complaintId, const QString &body)
{
    OutboxEntry e;
    e.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.kind = QStringLiteral("complaint.note");
    e.path = QStringLiteral("/api/v1/complaints/%1/notes").arg(complaintId);
    e.body = QJsonDocument(QJsonObject{{QStringLiteral("body"), Masking::redactCardNumbers(body)}}).toJson(QJsonDocument::Compact);
    m_store->enqueue(e);
    Q_EMIT queued(e.key);
    return e.key;
}

void ComplaintService::noteSent(const OutboxEntry &entry, const QJsonObject &response)
{
    if (entry.kind != QLatin1String("complaint.create"))
        return;
    CodecError error;
    if (auto complaint = decode<Complaint>(response, &error))
        Q_EMIT complaintCreated(entry.key, complaint->id);
}

} // namespace WalletDesk
