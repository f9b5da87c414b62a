#pragma once

#include "Complaint.h"
#include "OutboxEntry.h"

#include <QList>
#include <QPair>

#include <optional>

namespace WalletDesk {

class StoreFile;

// What the agent wrote and the server has not confirmed yet, in the order it
// was written, and the drafts of complaints still in it (kept apart so that
// a rebuilt file can salvage them). Every write returns false with *error for
// people when it did not happen; a write of several rows happens whole or
// not at all.
class Outbox
{
public:
    explicit Outbox(StoreFile *file);

    bool enqueue(const OutboxEntry &entry, QString *error = nullptr);
    // The complaint's draft and its outbox entry, in one transaction.
    bool queueComplaint(const ComplaintDraft &draft, const QString &key, QString *error = nullptr);
    // A queued complaint's draft salvaged from a broken file, as it was stored.
    bool restoreQueuedComplaint(
        const QString &key, const QByteArray &draft, QString *error = nullptr);

    QList<OutboxEntry> entries() const;
    // The oldest entry, whatever its state: the one the queue waits on.
    std::optional<OutboxEntry> head() const;
    // The head when it may go out: nothing after a failed entry goes before
    // the agent has dealt with it, so the server sees writes in their order.
    std::optional<OutboxEntry> nextPending() const;
    int unsentCount() const;
    // Drafts of complaints still in the outbox: (key, draft).
    QList<QPair<QString, ComplaintDraft>> queuedComplaints() const;

    // The server took it: the entry goes, and a complaint's draft with it.
    bool markSent(qint64 seq, QString *error = nullptr);
    bool markAttempt(qint64 seq, int status, const QString &message, QString *error = nullptr);
    bool markFailed(qint64 seq, int status, const QString &message, QString *error = nullptr);
    bool retryFailed(qint64 seq, QString *error = nullptr);
    bool discard(qint64 seq, QString *error = nullptr);

private:
    QList<OutboxEntry> rows(const QString &limit) const;
    bool removeWithDraft(qint64 seq, QString *error);

    StoreFile *m_file;
};

} // namespace WalletDesk
