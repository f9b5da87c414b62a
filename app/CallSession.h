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

// A call that is not the live one: on hold (answered, the agent comes back
// to it) or queued (a screen pop the agent has not taken yet).
struct WaitingCall
{
    enum class Kind { Held, Queued };
    QString callId;
    Kind kind = Kind::Held;
    QString callerNumber; // empty for a manual call
    std::optional<qint64> accountId;
    // When it was put on hold, or when the pop came.
    QDateTime since;
};

// The calls on the agent's line: the live one (who is calling, the
// candidate accounts, the account chosen, the caller's verification and its
// expiry, the notes, autosaved every few seconds, and at wrap-up the call
// record in the outbox), and the calls waiting behind it, held or queued.
// A held call keeps everything the live one has; the agent switches between
// them, and every one gets its own record.
class CallSession : public QObject
{
    Q_OBJECT

public:
    CallSession(DraftStore *drafts, Outbox *outbox, QObject *parent = nullptr);

    bool isActive() const { return !m_live.callId.isEmpty(); }
    QString callId() const { return m_live.callId; }
    // Empty for a call the agent started without a number.
    QString callerNumber() const { return m_live.callerNumber; }
    QDateTime startedAt() const { return m_live.startedAt; }
    const QList<AccountSummary> &candidates() const { return m_live.candidates; }
    std::optional<qint64> accountId() const { return m_live.accountId; }
    const std::optional<CallerVerification> &verification() const { return m_live.verification; }
    // Verified, for this account, and not expired.
    bool isVerified() const;
    QString notes() const { return m_live.notes; }
    // The actions asked for on this call, oldest first, with their current status.
    const QList<ActionRequest> &requests() const { return m_live.requests; }
    // A complaint was logged on this call (queued, sent or not).
    bool complaintLogged() const { return m_live.complaintLogged; }
    // The number the server gave the complaint logged on this call, once sent.
    std::optional<qint64> complaintId() const { return m_live.complaintId; }
    // The wrap-up code that says what happened on the call, among `codes`
    // (the reference data's): a logged complaint means the complaint code;
    // otherwise the first code, "solved on this call". Empty when codes is.
    QString suggestedWrapUpCode(const QList<CodedName> &codes) const;

    // The calls behind the live one, in the order they came to wait.
    QList<WaitingCall> waiting() const;
    int waitingCount() const { return int(m_waiting.size()); }

    // Calls a crash or a kill left unfinished: their drafts, read at
    // sign-in, newest first. Returns how many there are.
    int findUnfinished();
    int unfinishedCount() const { return int(m_unfinished.size()); }
    // Takes the unfinished calls back: the newest as the live call (its
    // notes, caller, account and start time), the others on hold; all on
    // hold when a call is live already (resumed then has no start time).
    // The agent wraps each up as any call, which deletes its draft. False
    // when none is left.
    bool resumeUnfinished();
    // Sign-out: the drafts are gone with the cache.
    void forgetUnfinished() { m_unfinished.clear(); }

    // A caller number from the telephony system is a hint, never proof. An
    // empty number starts a manual call (the agent dialled out, or the pop
    // did not come). A live call is put on hold first.
    void start(const QString &callerNumber);
    // A screen pop the agent takes later: it waits, queued, behind the live call.
    void queue(const QString &callerNumber);
    // Puts the live call on hold and takes the waiting call callId (a queued
    // one starts now). False when there is no such call.
    bool switchTo(const QString &callId);
    // The next waiting call in turn, the live one going on hold behind the
    // others. False when none waits.
    bool switchToNext();
    // Puts the live call on hold with nothing live after it.
    bool hold();

    void setCandidates(const QList<AccountSummary> &candidates);
    void chooseAccount(qint64 accountId);
    // For call callId, live or held (an answer can come after a switch).
    void setVerification(const QString &callId, const CallerVerification &verification);
    void setVerification(const CallerVerification &verification)
    {
        setVerification(m_live.callId, verification);
    }
    void setNotes(const QString &notes);
    void appendToNotes(const QString &line) { appendToNotes(m_live.callId, line); }
    // To call callId's notes, live or held.
    void appendToNotes(const QString &callId, const QString &line);
    // A new request of a call (live or held), or a later state of one (a
    // supervisor's decision); requests of other calls are ignored.
    void trackRequest(const ActionRequest &request);
    // A complaint was queued on call callId under the outbox key; other
    // calls' are ignored.
    void noteComplaintLogged(const QString &callId, const QString &outboxKey = {});
    // The server numbered the complaint queued under outboxKey; the call it
    // was logged on (live or held) keeps the number for its record
    // (complaintNumbered); complaints of no call here are ignored.
    void noteComplaintNumbered(const QString &outboxKey, qint64 complaintId);
    // Queues the call record (notes with card numbers masked) and ends the
    // call. False (with writeFailed) when the record could not be queued:
    // the call and its notes stay as they were. A held call stays held.
    bool end(const QString &wrapUpCode, std::optional<qint64> complaintId = std::nullopt);
    // False (with writeFailed) when the notes could not be saved; the next
    // autosave tries again.
    bool saveDraftNow();

    void setAutosaveInterval(int ms) { m_autosave.setInterval(ms); }

Q_SIGNALS:
    // A call became the live one: a new call, a switch to a waiting call or
    // a restored one. The other signals follow for its notes, verification,
    // requests and account.
    void started(const QString &callId, const QString &callerNumber);
    void accountChosen(qint64 accountId);
    void verificationChanged();
    void notesChanged(const QString &notes);
    void requestsChanged();
    void ended(const QString &callId);
    // The live call is another one, or none: after a start, a switch, a
    // hold, a restore and a wrap-up.
    void liveChanged();
    // The list of held and queued calls changed.
    void waitingChanged();
    // The complaint logged on call callId (live or held) has its number.
    void complaintNumbered(const QString &callId, qint64 complaintId);
    // Unfinished calls came back (after started and the rest for the live
    // one): when the live one started, and how many more are on hold; an
    // invalid time when all came back on hold.
    void resumed(const QDateTime &startedAt, int othersWaiting);
    // A call record went into the outbox: time to sync.
    void recordQueued();
    // The local file refused the notes or the call record; for the agent.
    void writeFailed(const QString &message);

private:
    struct CallState
    {
        QString callId;
        QString callerNumber;
        QDateTime startedAt;
        QList<AccountSummary> candidates;
        std::optional<qint64> accountId;
        std::optional<CallerVerification> verification;
        QList<ActionRequest> requests;
        QString notes;
        bool complaintLogged = false;
        QString complaintKey;
        std::optional<qint64> complaintId;
        bool dirty = false;
        // Waiting only.
        WaitingCall::Kind kind = WaitingCall::Kind::Held;
        QDateTime since;
    };

    CallState *find(const QString &callId);
    bool saveDraft(CallState &call);
    // Moves the live call (if any) to the back of the waiting list, on hold.
    void parkLive();
    // Makes `call` the live one and tells everyone who shows it.
    void goLive(CallState call);

    DraftStore *m_drafts;
    Outbox *m_outbox;
    QTimer m_autosave;
    CallState m_live;
    QList<CallState> m_waiting;
    QList<CallDraft> m_unfinished;
};

} // namespace WalletDesk
