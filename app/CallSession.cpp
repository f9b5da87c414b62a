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
    return m_verification && m_accountId && m_verification->accountId == *m_accountId
        && m_verification->status == VerificationStatus::Verified
        && m_verification->expiresAt > QDateTime::currentDateTimeUtc();
}

void CallSession::start(const QString &callerNumber)
{
    if (isActive())
        saveDraftNow();
    m_callId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_callerNumber = callerNumber.trimmed();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_candidates.clear();
    m_accountId.reset();
    m_verification.reset();
    m_requests.clear();
    m_notes.clear();
    m_complaintLogged = false;
    m_dirty = false;
    m_autosave.start();
    Q_EMIT started(m_callId, m_callerNumber);
}

int CallSession::findUnfinished()
{
    m_unfinished = m_drafts->all();
    return int(m_unfinished.size());
}

bool CallSession::resumeUnfinished()
{
    // The newest first: it is the call the agent was on when the console
    // went (older drafts are calls a screen pop replaced, whose callers are
    // long gone). The others come back one by one as each is wrapped up, so
    // that every call gets its record and no notes are lost, and the agent
    // deals with one call at a time.
    if (isActive() || m_unfinished.isEmpty())
        return false;
    const CallDraft draft = m_unfinished.takeFirst();
    m_callId = draft.callId;
    m_callerNumber = draft.callerNumber;
    // A draft of format 2 has no start time: it was saved during the call.
    m_startedAt = draft.startedAt.isValid() ? draft.startedAt : draft.updatedAt;
    m_candidates.clear();
    m_accountId = draft.accountId;
    // A verification is not saved: the caller is asked again if need be.
    m_verification.reset();
    m_requests.clear();
    m_notes = draft.notes; // card numbers were masked when saved
    m_complaintLogged = draft.complaintLogged;
    m_dirty = false;
    m_autosave.start();
    Q_EMIT started(m_callId, m_callerNumber);
    Q_EMIT notesChanged(m_notes);
    Q_EMIT verificationChanged();
    Q_EMIT requestsChanged();
    if (m_accountId)
        Q_EMIT accountChosen(*m_accountId);
    Q_EMIT resumed(m_startedAt, int(m_unfinished.size()));
    return true;
}

QString CallSession::suggestedWrapUpCode(const QList<CodedName> &codes) const
{
    static const QString complaintCode = QStringLiteral("complaint_logged");
    if (m_complaintLogged) {
        for (const CodedName &c : codes) {
            if (c.code == complaintCode)
                return c.code;
        }
    }
    return codes.isEmpty() ? QString() : codes.first().code;
}

void CallSession::noteComplaintLogged(const QString &callId)
{
    if (!isActive() || callId != m_callId || m_complaintLogged)
        return;
    m_complaintLogged = true;
    m_dirty = true;
}

void CallSession::setCandidates(const QList<AccountSummary> &candidates)
{
    m_candidates = candidates;
}

void CallSession::chooseAccount(qint64 accountId)
{
    if (m_accountId == accountId)
        return;
    m_accountId = accountId;
    m_dirty = true; // a resumed call opens its account again
    // A verification belongs to one account.
    if (m_verification && m_verification->accountId != accountId) {
        m_verification.reset();
        Q_EMIT verificationChanged();
    }
    Q_EMIT accountChosen(accountId);
}

void CallSession::setVerification(const CallerVerification &verification)
{
    m_verification = verification;
    Q_EMIT verificationChanged();
}

void CallSession::setNotes(const QString &notes)
{
    if (notes == m_notes)
        return;
    m_notes = notes;
    m_dirty = true;
    Q_EMIT notesChanged(m_notes);
}

void CallSession::appendToNotes(const QString &line)
{
    setNotes(m_notes.isEmpty() ? line : m_notes + QLatin1Char('\n') + line);
}

void CallSession::trackRequest(const ActionRequest &request)
{
    if (!isActive() || request.callId != m_callId)
        return;
    const auto it = std::find_if(m_requests.begin(), m_requests.end(),
        [&](const ActionRequest &r) { return r.id == request.id; });
    if (it == m_requests.end())
        m_requests.append(request);
    else if (*it != request)
        *it = request;
    else
        return;
    Q_EMIT requestsChanged();
}

bool CallSession::saveDraftNow()
{
    if (!isActive() || !m_dirty)
        return true;
    CallDraft draft;
    draft.callId = m_callId;
    draft.notes = Masking::redactCardNumbers(m_notes);
    draft.callerNumber = m_callerNumber;
    draft.accountId = m_accountId;
    draft.startedAt = m_startedAt;
    draft.complaintLogged = m_complaintLogged;
    QString error;
    if (!m_drafts->save(draft, &error)) {
        Q_EMIT writeFailed(tr("The call notes could not be saved on this computer: %1").arg(error));
        return false;
    }
    m_dirty = false;
    return true;
}

bool CallSession::end(const QString &wrapUpCode, std::optional<qint64> complaintId)
{
    if (!isActive())
        return false;
    CallRecord record;
    record.callId = m_callId;
    record.callerNumber = m_callerNumber;
    record.accountId = m_accountId;
    record.startedAt = m_startedAt;
    record.endedAt = QDateTime::currentDateTimeUtc();
    record.wrapUpCode = wrapUpCode;
    record.notes = Masking::redactCardNumbers(m_notes);
    record.complaintId = complaintId;
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
    m_drafts->remove(m_callId);
    const QString ended = m_callId;
    m_autosave.stop();
    m_callId.clear();
    m_callerNumber.clear();
    m_candidates.clear();
    m_accountId.reset();
    m_verification.reset();
    m_requests.clear();
    m_notes.clear();
    m_complaintLogged = false;
    m_dirty = false;
    Q_EMIT requestsChanged();
    Q_EMIT recordQueued();
    Q_EMIT this->ended(ended);
    return true;
}

} // namespace WalletDesk
