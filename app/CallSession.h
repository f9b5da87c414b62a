#pragma once

#include "AccountSummary.h"
#include "ActionRequest.h"
#include "CallerVerification.h"
#include "DraftStore.h"
#include "ReferenceItems.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace WalletDesk {

class Outbox;

// The call on the agent's line: who is calling, the candidate accounts,
// the account chosen, the caller's verification and its expiry, the notes
// (autosaved every few seconds) and, at wrap-up, the call record in the outbox.
class CallSession : public QObject
{
    Q_OBJECT

public:
    CallSession(DraftStore *drafts, Outbox *outbox, QObject *parent = nullptr);

    bool isActive() const { return !m_callId.isEmpty(); }
    QString callId() const { return m_callId; }
    QString callerNumber() const { return m_callerNumber; }
    QDateTime startedAt() const { return m_startedAt; }
    const QList<AccountSummary> &candidates() const { return m_candidates; }
    std::optional<qint64> accountId() const { return m_accountId; }
    const std::optional<CallerVerification> &verification() const { return m_verification; }
    // Verified, for this account, and not expired.
    bool isVerified() const;
    QString notes() const { return m_notes; }
    // The actions asked for on this call, oldest first, with their current status.
    const QList<ActionRequest> &requests() const { return m_requests; }
    // A complaint was logged on this call (queued, sent or not).
    bool complaintLogged() const { return m_complaintLogged; }
    // The wrap-up code that says what happened on the call, among `codes`
    // (the reference data's): a logged complaint means the complaint code;
    // otherwise the first code, "solved on this call". Empty when codes is.
    QString suggestedWrapUpCode(const QList<CodedName> &codes) const;

    // Calls a crash or a kill left unfinished: their drafts, read at
    // sign-in, newest first. Returns how many there are.
    int findUnfinished();
    int unfinishedCount() const { return int(m_unfinished.size()); }
    // Takes the newest unfinished call back as the live call: its notes,
    // caller, account and start time; the agent wraps it up as any call,
    // which deletes its draft. False when none is left or a call is live.
    bool resumeUnfinished();
    // Sign-out: the drafts are gone with the cache.
    void forgetUnfinished() { m_unfinished.clear(); }

    // A caller number from the telephony system is a hint, never proof.
    void start(const QString &callerNumber);
    void setCandidates(const QList<AccountSummary> &candidates);
    void chooseAccount(qint64 accountId);
    void setVerification(const CallerVerification &verification);
    void setNotes(const QString &notes);
    void appendToNotes(const QString &line);
    // A new request of this call, or a later state of one (a supervisor's
    // decision); requests of other calls are ignored.
    void trackRequest(const ActionRequest &request);
    // A complaint was queued on call callId; other calls' are ignored.
    void noteComplaintLogged(const QString &callId);
    // Queues the call record (notes with card numbers masked) and ends the
    // call. False (with writeFailed) when the record could not be queued:
    // the call and its notes stay as they were.
    bool end(const QString &wrapUpCode, std::optional<qint64> complaintId = std::nullopt);
    // False (with writeFailed) when the notes could not be saved; the next
    // autosave tries again.
    bool saveDraftNow();

    void setAutosaveInterval(int ms) { m_autosave.setInterval(ms); }

Q_SIGNALS:
    void started(const QString &callId, const QString &callerNumber);
    void accountChosen(qint64 accountId);
    void verificationChanged();
    void notesChanged(const QString &notes);
    void requestsChanged();
    void ended(const QString &callId);
    // An unfinished call came back (after started, notesChanged and
    // accountChosen): when it started, and how many more wait behind it.
    void resumed(const QDateTime &startedAt, int othersWaiting);
    // A call record went into the outbox: time to sync.
    void recordQueued();
    // The local file refused the notes or the call record; for the agent.
    void writeFailed(const QString &message);

private:
    DraftStore *m_drafts;
    Outbox *m_outbox;
    QTimer m_autosave;
    QString m_callId;
    QString m_callerNumber;
    QDateTime m_startedAt;
    QList<AccountSummary> m_candidates;
    std::optional<qint64> m_accountId;
    std::optional<CallerVerification> m_verification;
    QList<ActionRequest> m_requests;
    QString m_notes;
    bool m_complaintLogged = false;
    bool m_dirty = false;
    QList<CallDraft> m_unfinished;
};

} // namespace WalletDesk
