#pragma once

#include "Complaint.h"
#include "OutboxEntry.h"

#include <QObject>

namespace WalletDesk {

class Outbox;

// Logging a complaint works offline: the draft and its outbox entry are
// written in one transaction and the sync engine sends it when it can.
// When the local file refuses the write, nothing is queued: the call returns
// an empty key and queueFailed says why, so that the agent keeps what they
// typed and can try again.
class ComplaintService : public QObject
{
    Q_OBJECT

public:
    explicit ComplaintService(Outbox *outbox, QObject *parent = nullptr);

    // Returns the idempotency key that identifies the queued complaint, or
    // an empty string when it could not be queued.
    QString queue(const ComplaintDraft &draft);
    // An edit of a complaint the agent saw at `version`; a newer version on
    // the server makes it a conflict that the agent resolves.
    QString queueEdit(qint64 complaintId, qint64 version, const QJsonObject &changes);
    QString queueNote(qint64 complaintId, const QString &body);

    // The sync engine delivered an outbox entry; a complaint's is read for its number.
    void noteSent(const OutboxEntry &entry, const QJsonObject &response);

Q_SIGNALS:
    void queued(const QString &key);
    // A new complaint was queued on a call (after queued).
    void loggedOnCall(const QString &callId, const QString &outboxKey);
    // The server took a queued complaint (key as queue() returned it): its number.
    void complaintCreated(const QString &key, qint64 complaintId);
    // Nothing was queued; the message is for the agent.
    void queueFailed(const QString &message);

private:
    QString enqueue(OutboxEntry::Operation operation, qint64 complaintId, qint64 version,
        const QByteArray &body);
    QString failed(const QString &error);

    Outbox *m_outbox;
};

} // namespace WalletDesk
