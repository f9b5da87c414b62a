#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace WalletDesk {

class StoreFile;

// A call in progress as saved: enough to take it back as the live call
// after a crash or a kill (the notes, card numbers masked; who called, the
// account chosen, when it started, and whether a complaint was logged on it).
// Drafts of format 2 files carry only the notes: their other fields are
// empty, and startedAt is null.
struct CallDraft
{
    QString callId;
    QString notes;
    // In full, as the call record in the outbox has it until it is sent.
    QString callerNumber;
    std::optional<qint64> accountId;
    QDateTime startedAt;
    QDateTime updatedAt;
    bool complaintLogged = false;
};

// The notes of calls in progress, saved as the agent types so that a crash
// or a closed console loses at most the last few seconds. Each save replaces
// the call's draft whole. Gone at sign-out with the cache.
class DraftStore
{
public:
    explicit DraftStore(StoreFile *file);

    // False with *error for people when the draft was not saved (the one
    // saved before stays).
    bool save(const CallDraft &draft, QString *error = nullptr);
    // Notes alone, the other fields empty.
    bool save(const QString &callId, const QString &notes, QString *error = nullptr);
    QString draft(const QString &callId) const;
    // Every draft in the file, the most recently saved first.
    QList<CallDraft> all() const;
    bool remove(const QString &callId, QString *error = nullptr);

private:
    StoreFile *m_file;
};

} // namespace WalletDesk
