#include "ComplaintService.h"

#include "Masking.h"
#include "Outbox.h"

#include <QJsonDocument>
#include <QUuid>

namespace WalletDesk {

ComplaintService::ComplaintService(Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
{
}

QString ComplaintService::failed(const QString &error)
{
    const QString message
        = tr("Nothing was queued: %1 Try again; what you typed is still here.").arg(error);
    Q_EMIT queueFailed(message);
    return {};
}

QString ComplaintService::queue(const ComplaintDraft &draft)
{
    ComplaintDraft clean = draft;
    clean.description = Masking::redactCardNumbers(draft.description);
    clean.customerRequest = Masking::redactCardNumbers(draft.customerRequest);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    if (!m_outbox->queueComplaint(clean, key, &error))
        return failed(error);
    Q_EMIT queued(key);
    if (!clean.callId.isEmpty())
        Q_EMIT loggedOnCall(clean.callId, key);
    return key;
}

QString ComplaintService::enqueue(
    OutboxEntry::Operation operation, qint64 complaintId, qint64 version, const QByteArray &body)
{
    OutboxEntry e;
    e.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.operation = operation;
    e.complaintId = complaintId;
    e.baseVersion = version;
    e.body = body;
    QString error;
    if (!m_outbox->enqueue(e, &error))
        return failed(error);
    Q_EMIT queued(e.key);
    return e.key;
}

QString ComplaintService::queueEdit(qint64 complaintId, qint64 version, const QJsonObject &changes)
{
    return enqueue(OutboxEntry::Operation::EditComplaint, complaintId, version,
        QJsonDocument(changes).toJson(QJsonDocument::Compact));
}

QString ComplaintService::queueNote(qint64 complaintId, const QString &body)
{
    const QJsonObject note {{QStringLiteral("body"), Masking::redactCardNumbers(body)}};
    return enqueue(OutboxEntry::Operation::AddComplaintNote, complaintId, 0,
        QJsonDocument(note).toJson(QJsonDocument::Compact));
}

void ComplaintService::noteSent(const OutboxEntry &entry, const QJsonObject &response)
{
    if (entry.operation != OutboxEntry::Operation::CreateComplaint)
        return;
    CodecError error;
    if (auto complaint = decode<Complaint>(response, &error))
        Q_EMIT complaintCreated(entry.key, complaint->id);
}

} // namespace WalletDesk
