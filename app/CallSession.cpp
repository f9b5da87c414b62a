#include "CallSession.h"

#include "CallRecord.h"
#include "DraftStore.h"
#include "Masking.h"
#include "Outbox.h"

#include <QJsonDocument>
#include <QUuid>

namespace WalletDesk {

CallSession::CallSession(DraftStore *drafts, Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_outbox(outbox)
{
    m_autosave.setInterval(3000);
    connect(&m_autosave, &QTimer::timeout, this, &CallSession::saveDraftNow);
}

bool CallSession::isVerified() const
{
    const auto &v = m_live.verification;
    return v && m_live.accountId && v->accountId == *m_live.accountId
        && v->status == VerificationStatus::Verified
        && v->expiresAt > QDateTime::currentDateTimeUtc();
}

QList<WaitingCall> CallSession::waiting() const
{
    QList<WaitingCall> calls;
    calls.reserve(m_waiting.size());
    for (const CallState &c : m_waiting)
        calls.append({c.callId, c.kind, c.callerNumber, c.accountId, c.since});
    return calls;
}

CallSession::CallState *CallSession::find(const QString &callId)
{
    if (callId.isEmpty())
        return nullptr;
    if (m_live.callId == callId)
        return &m_live;
    for (CallState &c : m_waiting) {
        if (c.callId == callId)
            return &c;
    }
    return nullptr;
}

void CallSession::parkLive()
{
    if (!isActive())
        return;
    // Held calls are saved as they go, so that a crash brings them back too.
    saveDraft(m_live);
    CallState held = std::exchange(m_live, CallState());
    held.kind = WaitingCall::Kind::Held;
    held.since = QDateTime::currentDateTimeUtc();
    m_waiting.append(std::move(held));
}

void CallSession::goLive(CallState call)
{
    if (call.kind == WaitingCall::Kind::Queued) {
        // Answered now: its call starts now, and it is a call from here on.
        call.startedAt = QDateTime::currentDateTimeUtc();
        call.kind = WaitingCall::Kind::Held;
    }
    // Saved again as the live one, so that after a crash the call the agent
    // was on comes back live (the newest draft).
    call.dirty = true;
    call.since = {};
    m_live = std::move(call);
    m_autosave.start();
    Q_EMIT started(m_live.callId, m_live.callerNumber);
    Q_EMIT notesChanged(m_live.notes);
    Q_EMIT verificationChanged();
    Q_EMIT requestsChanged();
    if (m_live.accountId)
        Q_EMIT accountChosen(*m_live.accountId);
    Q_EMIT waitingChanged();
    Q_EMIT liveChanged();
}

void CallSession::start(const QString &callerNumber)
{
    parkLive();
    CallState call;
    call.callId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    call.callerNumber = callerNumber.trimmed();
    call.startedAt = QDateTime::currentDateTimeUtc();
    // Saved at once: a manual call, or one that crashes before a note is
    // typed, still comes back.
    call.dirty = true;
    goLive(std::move(call));
}

void CallSession::queue(const QString &callerNumber)
{
    CallState call;
    call.callId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    call.callerNumber = callerNumber.trimmed();
    call.kind = WaitingCall::Kind::Queued;
    call.since = QDateTime::currentDateTimeUtc();
    m_waiting.append(std::move(call));
    Q_EMIT waitingChanged();
}

bool CallSession::switchTo(const QString &callId)
{
    const auto it = std::find_if(
        m_waiting.begin(), m_waiting.end(), [&](const CallState &c) { return c.callId == callId; });
    if (it == m_waiting.end())
        return false;
    CallState next = std::move(*it);
    m_waiting.erase(it);
    parkLive();
    goLive(std::move(next));
    return true;
}

bool CallSession::switchToNext()
{
    if (m_waiting.isEmpty())
        return false;
    return switchTo(m_waiting.first().callId);
}

bool CallSession::hold()
{
    if (!isActive())
        return false;
    parkLive();
    m_autosave.stop();
    Q_EMIT notesChanged(QString());
    Q_EMIT verificationChanged();
    Q_EMIT requestsChanged();
    Q_EMIT waitingChanged();
    Q_EMIT liveChanged();
    return true;
}

int CallSession::findUnfinished()
{
    m_unfinished = m_drafts->all();
    return int(m_unfinished.size());
}

bool CallSession::resumeUnfinished()
{
    // The newest is the call the agent was on when the console went; the
    // others were on hold (or replaced by a pop, before calls could wait).
    // Every one gets its record when wrapped up, so no notes are lost.
    if (m_unfinished.isEmpty())
        return false;
    const auto restore = [](const CallDraft &draft) {
        CallState call;
        call.callId = draft.callId;
        call.callerNumber = draft.callerNumber;
        // A draft of format 2 has no start time: it was saved during the call.
        call.startedAt = draft.startedAt.isValid() ? draft.startedAt : draft.updatedAt;
        call.accountId = draft.accountId;
        // A verification is not saved: the caller is asked again if need be.
        call.notes = draft.notes; // card numbers were masked when saved
        call.complaintLogged = draft.complaintLogged;
        call.since = draft.updatedAt;
        return call;
    };
    const QList<CallDraft> drafts = std::exchange(m_unfinished, {});
    if (isActive()) {
        // A pop came first (the agent was signing in again): every restored
        // call waits on hold behind it.
        for (qsizetype i = drafts.size() - 1; i >= 0; --i) {
            if (!find(drafts.at(i).callId))
                m_waiting.append(restore(drafts.at(i)));
        }
        Q_EMIT waitingChanged();
        Q_EMIT resumed(QDateTime(), int(drafts.size()));
        return true;
    }
    for (qsizetype i = drafts.size() - 1; i > 0; --i)
        m_waiting.append(restore(drafts.at(i)));
    goLive(restore(drafts.first()));
    Q_EMIT resumed(m_live.startedAt, int(drafts.size()) - 1);
    return true;
}

QString CallSession::suggestedWrapUpCode(const QList<CodedName> &codes) const
{
    static const QString complaintCode = QStringLiteral("complaint_logged");
    if (m_live.complaintLogged) {
        for (const CodedName &c : codes) {
            if (c.code == complaintCode)
                return c.code;
        }
    }
    return codes.isEmpty() ? QString() : codes.first().code;
}

void CallSession::noteComplaintLogged(const QString &callId, const QString &outboxKey)
{
    CallState *call = find(callId);
    if (!call)
        return;
    if (!outboxKey.isEmpty())
        call->complaintKey = outboxKey;
    if (call->complaintLogged)
        return;
    call->complaintLogged = true;
    call->dirty = true;
}

void CallSession::noteComplaintNumbered(const QString &outboxKey, qint64 complaintId)
{
    if (outboxKey.isEmpty())
        return;
    CallState *call = m_live.complaintKey == outboxKey ? &m_live : nullptr;
    for (qsizetype i = 0; !call && i < m_waiting.size(); ++i) {
        if (m_waiting[i].complaintKey == outboxKey)
            call = &m_waiting[i];
    }
    if (!call)
        return;
    call->complaintId = complaintId;
    Q_EMIT complaintNumbered(call->callId, complaintId);
}

void CallSession::setCandidates(const QList<AccountSummary> &candidates)
{
    m_live.candidates = candidates;
}

void CallSession::chooseAccount(qint64 accountId)
{
    if (m_live.accountId == accountId)
        return;
    m_live.accountId = accountId;
    m_live.dirty = true; // a resumed call opens its account again
    // A verification belongs to one account.
    if (m_live.verification && m_live.verification->accountId != accountId) {
        m_live.verification.reset();
        Q_EMIT verificationChanged();
    }
    Q_EMIT accountChosen(accountId);
}

void CallSession::setVerification(const QString &callId, const CallerVerification &verification)
{
    CallState *call = find(callId);
    if (!call)
        return;
    call->verification = verification;
    if (call == &m_live)
        Q_EMIT verificationChanged();
}

void CallSession::setNotes(const QString &notes)
{
    if (!isActive() || notes == m_live.notes)
        return;
    m_live.notes = notes;
    m_live.dirty = true;
    Q_EMIT notesChanged(m_live.notes);
}

void CallSession::appendToNotes(const QString &callId, const QString &line)
{
    CallState *call = find(callId);
    if (!call)
        return;
    if (call == &m_live) {
        setNotes(m_live.notes.isEmpty() ? line : m_live.notes + QLatin1Char('\n') + line);
        return;
    }
    call->notes = call->notes.isEmpty() ? line : call->notes + QLatin1Char('\n') + line;
    call->dirty = true;
    saveDraft(*call);
    // Saved after it, so that the live call stays the newest draft (the one
    // a crash brings back live).
    m_live.dirty = true;
    saveDraft(m_live);
}

void CallSession::trackRequest(const ActionRequest &request)
{
    CallState *call = find(request.callId);
    if (!call)
        return;
    const auto it = std::find_if(call->requests.begin(), call->requests.end(),
        [&](const ActionRequest &r) { return r.id == request.id; });
    if (it == call->requests.end())
        call->requests.append(request);
    else if (*it != request)
        *it = request;
    else
        return;
    if (call == &m_live)
        Q_EMIT requestsChanged();
}

bool CallSession::saveDraft(CallState &call)
{
    if (call.callId.isEmpty() || !call.dirty || call.kind == WaitingCall::Kind::Queued)
        return true;
    CallDraft draft;
    draft.callId = call.callId;
    draft.notes = Masking::redactCardNumbers(call.notes);
    draft.callerNumber = call.callerNumber;
    draft.accountId = call.accountId;
    draft.startedAt = call.startedAt;
    draft.complaintLogged = call.complaintLogged;
    QString error;
    if (!m_drafts->save(draft, &error)) {
        Q_EMIT writeFailed(tr("The call notes could not be saved on this computer: %1").arg(error));
        return false;
    }
    call.dirty = false;
    return true;
}

bool CallSession::saveDraftNow()
{
    // The live call last: the newest draft is the one live after a crash.
    bool saved = true;
    for (CallState &c : m_waiting)
        saved = saveDraft(c) && saved;
    return saveDraft(m_live) && saved;
}

bool CallSession::end(const QString &wrapUpCode, std::optional<qint64> complaintId)
{
    if (!isActive())
        return false;
    CallRecord record;
    record.callId = m_live.callId;
    record.callerNumber = m_live.callerNumber;
    record.accountId = m_live.accountId;
    record.startedAt = m_live.startedAt;
    record.endedAt = QDateTime::currentDateTimeUtc();
    record.wrapUpCode = wrapUpCode;
    record.notes = Masking::redactCardNumbers(m_live.notes);
    record.complaintId = complaintId ? complaintId : m_live.complaintId;
    QJsonObject body = record.toJson();
    body.remove(QStringLiteral("id"));
    body.remove(QStringLiteral("agentId"));
    OutboxEntry entry;
    entry.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.operation = OutboxEntry::Operation::RecordCall;
    entry.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QString error;
    if (!m_outbox->enqueue(entry, &error)) {
        Q_EMIT writeFailed(
            tr("The call was not ended: its record could not be queued (%1).").arg(error));
        return false;
    }
    // A draft left behind by a failure here would come back at the next
    // sign-in after a crash as an unfinished call (its record is queued
    // already); sign-out deletes it with the cache.
    m_drafts->remove(m_live.callId);
    const QString ended = std::exchange(m_live, CallState()).callId;
    m_autosave.stop();
    Q_EMIT requestsChanged();
    Q_EMIT recordQueued();
    Q_EMIT this->ended(ended);
    Q_EMIT liveChanged();
    return true;
}

} // namespace WalletDesk
