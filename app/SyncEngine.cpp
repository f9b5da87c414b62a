#include "SyncEngine.h"

#include "ActionRequest.h"
#include "ApiClient.h"
#include "CallCenterTime.h"
#include "Callback.h"
#include "Complaint.h"
#include "Outbox.h"
#include "Presence.h"
#include "RecordCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcSync, "walletdesk.sync")

namespace WalletDesk {

namespace {
const QString cursorKey = QStringLiteral("changes.cursor");

// What the agent did, as the API takes it (docs/api.md).
ApiJob::Spec request(const OutboxEntry &entry)
{
    ApiJob::Spec spec {"POST", {}, entry.body, {{"Idempotency-Key", entry.key.toLatin1()}}};
    const QString complaint = QStringLiteral("/api/v1/complaints/%1").arg(entry.complaintId);
    switch (entry.operation) {
    case OutboxEntry::Operation::CreateComplaint:
        spec.path = QStringLiteral("/api/v1/complaints");
        break;
    case OutboxEntry::Operation::AddComplaintNote:
        spec.path = complaint + QStringLiteral("/notes");
        break;
    case OutboxEntry::Operation::EditComplaint:
        spec.method = "PATCH";
        spec.path = complaint;
        // Edits of shared records: the server refuses (409) an edit of a
        // version that is no longer current.
        spec.headers.insert("If-Match", "\"v" + QByteArray::number(entry.baseVersion) + '"');
        break;
    case OutboxEntry::Operation::RecordCall:
        spec.path = QStringLiteral("/api/v1/calls");
        break;
    case OutboxEntry::Operation::ScheduleCallback:
        spec.path = QStringLiteral("/api/v1/callbacks");
        break;
    case OutboxEntry::Operation::ChangeCallback:
        spec.method = "PATCH";
        spec.path = QStringLiteral("/api/v1/callbacks/%1").arg(entry.complaintId);
        spec.headers.insert("If-Match", "\"v" + QByteArray::number(entry.baseVersion) + '"');
        break;
    }
    return spec;
}
} // namespace

SyncEngine::SyncEngine(ApiClient *api, Outbox *outbox, RecordCache *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_outbox(outbox)
    , m_cache(cache)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::step);
}

void SyncEngine::start()
{
    m_running = true;
    updateUnsent();
    schedule(0);
}

void SyncEngine::stop()
{
    m_running = false;
    m_timer.stop();
}

void SyncEngine::kick()
{
    updateUnsent();
    if (m_running && !m_busy && m_state != State::Error)
        schedule(0);
}

void SyncEngine::retry(qint64 seq)
{
    if (!m_outbox->retryFailed(seq, &m_lastError))
        return; // still failed, as the file says
    m_failures = 0;
    setState(State::Online);
    kick();
}

void SyncEngine::discard(qint64 seq)
{
    if (!m_outbox->discard(seq, &m_lastError))
        return; // still there, as the file says
    setState(State::Online);
    kick();
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncEngine::updateUnsent()
{
    const int n = m_outbox->unsentCount();
    if (n != m_unsent) {
        m_unsent = n;
        Q_EMIT unsentCountChanged(n);
    }
}

void SyncEngine::schedule(int ms)
{
    if (m_running)
        m_timer.start(ms);
}

void SyncEngine::step()
{
    if (!m_running || m_busy)
        return;
    if (const auto head = m_outbox->head()) {
        if (head->state == OutboxEntry::State::Failed)
            setState(State::Error); // waits for the agent: retry or discard
        else
            push(*head);
        return;
    }
    pull();
}

void SyncEngine::push(const OutboxEntry &entry)
{
    m_busy = true;
    setState(State::Syncing);
    m_api->send(request(entry), this, [this, entry](const ApiResult &result) {
        m_busy = false;
        if (result.ok() && !result.json.isEmpty()) {
            QString error;
            // Still in the outbox, it goes again with the same key: the
            // server answers as it did this time and nothing is doubled.
            if (!m_outbox->markSent(entry.seq, &error)) {
                storeFailure(error);
                return;
            }
            if (entry.operation == OutboxEntry::Operation::CreateComplaint) {
                CodecError codecError;
                if (auto c = decode<Complaint>(result.json, &codecError))
                    m_cache->putComplaint(*c); // a copy: the changes feed brings it again
            }
            if (entry.operation == OutboxEntry::Operation::ScheduleCallback
                || entry.operation == OutboxEntry::Operation::ChangeCallback) {
                CodecError codecError;
                if (auto c = decode<Callback>(result.json, &codecError)) {
                    m_cache->putCallback(*c);
                    Q_EMIT callbackChanged(*c);
                }
            }
            m_failures = 0;
            updateUnsent();
            Q_EMIT itemSent(entry, result.json);
            schedule(0);
            return;
        }
        if (result.isClientError()) {
            // The server will never take this as it is: stop and show it.
            QString error;
            if (!m_outbox->markFailed(entry.seq, result.status, result.message, &error)) {
                storeFailure(error);
                return;
            }
            m_lastError = result.message;
            updateUnsent();
            if (result.status == 409)
                Q_EMIT conflict(entry, QJsonDocument::fromJson(entry.body).object(),
                    result.json.value(QStringLiteral("current")).toObject());
            Q_EMIT itemFailed(entry, result.message);
            setState(State::Error);
            return;
        }
        // A 2xx we cannot read is retried too: the key makes the resend
        // harmless. The attempt count is for people; not kept, it only
        // shows fewer attempts.
        m_outbox->markAttempt(entry.seq, result.status, result.message);
        transientFailure(result);
    });
}

void SyncEngine::transientFailure(const ApiResult &result)
{
    m_lastError = result.message;
    const int delay = nextDelay();
    qCInfo(lcSync).noquote() << "sync paused" << delay << "ms:" << result.message;
    setState(result.failure == ApiResult::Failure::Network
                || result.failure == ApiResult::Failure::Timeout
            ? State::Offline
            : State::Online);
    schedule(delay);
}

int SyncEngine::nextDelay()
{
    ++m_failures;
    // Exponential backoff with ±25 % jitter so that a room full of consoles
    // does not return to the server in one wave.
    const qint64 base
        = qMin<qint64>(m_maxBackoffMs, qint64(m_firstBackoffMs) << qMin(m_failures - 1, 16));
    const int jitter = int(base / 4);
    return int(base) - jitter + (jitter > 0 ? QRandomGenerator::global()->bounded(2 * jitter) : 0);
}

void SyncEngine::storeFailure(const QString &message)
{
    m_lastError = message;
    const int delay = nextDelay();
    qCWarning(lcSync).noquote() << "sync paused" << delay
                                << "ms, the local cache refused a write:" << message;
    setState(State::Error);
    schedule(delay);
}

void SyncEngine::pull()
{
    m_busy = true;
    if (m_state != State::Online)
        setState(State::Syncing);
    const QString cursor = m_cache->syncValue(cursorKey);
    m_api->get(QStringLiteral("/api/v1/changes?limit=500&since=")
            + (cursor.isEmpty() ? QStringLiteral("0") : cursor),
        this, [this](const ApiResult &result) {
            m_busy = false;
            if (!result.ok()) {
                transientFailure(result);
                return;
            }
            applyChanges(result);
        });
}

void SyncEngine::applyChanges(const ApiResult &result)
{
    const QJsonArray items = result.json.value(QStringLiteral("items")).toArray();
    const QString cursor = result.json.value(QStringLiteral("cursor")).toString();
    if (!result.json.value(QStringLiteral("items")).isArray() || cursor.isEmpty()) {
        ApiResult bad = result;
        bad.failure = ApiResult::Failure::Malformed;
        bad.message = tr("The server's list of changes cannot be read.");
        transientFailure(bad);
        return;
    }
    QString storeError;
    for (const QJsonValue &item : items) {
        const QJsonObject change = item.toObject();
        const QString entity = change.value(QStringLiteral("entity")).toString();
        const QJsonObject data = change.value(QStringLiteral("data")).toObject();
        CodecError error;
        if (entity == QLatin1String("complaint")) {
            if (auto c = decode<Complaint>(data, &error)) {
                if (!m_cache->putComplaint(*c, &storeError))
                    break;
                Q_EMIT complaintChanged(*c);
            }
        } else if (entity == QLatin1String("callback")) {
            if (auto c = decode<Callback>(data, &error)) {
                if (!m_cache->putCallback(*c, &storeError))
                    break;
                Q_EMIT callbackChanged(*c);
            }
        } else if (entity == QLatin1String("action")) {
            if (auto a = decode<ActionRequest>(data, &error))
                Q_EMIT actionChanged(*a);
        } else if (entity == QLatin1String("presence")) {
            if (auto p = decode<Presence>(data, &error))
                Q_EMIT presenceChanged(*p);
        } else if (entity == QLatin1String("reference")) {
            fetchReference();
        }
        if (!error.isNull())
            qCWarning(lcSync) << "skipped an unreadable change:" << entity << error.toString();
    }
    // The cursor moves only past changes the cache holds: otherwise the next
    // pull asks for the same page again.
    if (!storeError.isEmpty() || !m_cache->setSyncValue(cursorKey, cursor, &storeError)) {
        storeFailure(storeError);
        return;
    }
    m_failures = 0;
    setState(State::Online);
    const bool more = result.json.value(QStringLiteral("more")).toBool();
    schedule(more ? 0 : m_pullIntervalMs);
}

void SyncEngine::fetchReference()
{
    const auto cached = m_cache->reference();
    ApiJob::Spec spec {"GET", QStringLiteral("/api/v1/reference"), {}, {}};
    if (cached) {
        spec.headers.insert("If-None-Match", cached->etag);
        // Offline, the zone of the last lists this console saw.
        CallCenterTime::setZone(cached->value.timeZone.toLatin1());
    }
    m_api->send(spec, this, [this](const ApiResult &result) {
        if (!result.ok())
            return;
        CodecError error;
        if (auto data = decode<ReferenceData>(result.json, &error)) {
            // The windows read the lists from the cache: ask again later
            // rather than announce lists that are not there.
            if (!m_cache->putReference(*data, result.headers.value("etag"))) {
                QTimer::singleShot(m_pullIntervalMs, this, &SyncEngine::fetchReference);
                return;
            }
            CallCenterTime::setZone(data->timeZone.toLatin1());
            Q_EMIT referenceChanged();
        }
    });
}

} // namespace WalletDesk
