#include "CallbackService.h"

#include "Outbox.h"
#include "RecordCache.h"

#include <QJsonDocument>
#include <QUuid>

namespace WalletDesk {

namespace {
// Re-checked at least this often, so that a PC waking from sleep or a
// clock that jumps does not hold an announcement back for long.
constexpr qint64 maxWaitMs = 60 * 1000;
} // namespace

CallbackService::CallbackService(Outbox *outbox, RecordCache *cache, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_cache(cache)
{
    m_timer.setSingleShot(true);
    // A coarse timer may be 5 % late: minutes on a callback hours away.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &CallbackService::evaluate);
}

void CallbackService::start()
{
    m_running = true;
    m_announced.clear();
    Q_EMIT changed();
    evaluate();
}

void CallbackService::stop()
{
    m_running = false;
    m_timer.stop();
    m_numbers.clear();
    m_announced.clear();
}

QString CallbackService::checkDue(const QDateTime &dueAt) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!dueAt.isValid() || dueAt < now.addSecs(-60))
        return tr("The callback time has already passed.");
    if (dueAt > now.addDays(Callback::maxDaysAhead))
        return tr(
            "A callback can be scheduled at most %n days ahead.", nullptr, Callback::maxDaysAhead);
    return {};
}

QString CallbackService::schedule(const QString &phone, const QString &reason,
    const QDateTime &dueAt, std::optional<qint64> accountId, const QString &callId)
{
    Callback c;
    c.phone = Callback::normalizedPhone(phone);
    c.reason = reason.trimmed();
    c.dueAt = dueAt.toUTC();
    c.scheduledAt = QDateTime::currentDateTimeUtc();
    c.accountId = accountId;
    if (!callId.isEmpty())
        c.callId = callId;
    QString problem;
    if (c.phone.isEmpty())
        problem = tr("\"%1\" is not a phone number.").arg(phone);
    else if (c.reason.isEmpty())
        problem = tr("Say why the customer is to be called back.");
    else if (c.reason.size() > Callback::maxReasonLength)
        problem = tr(
            "The reason is too long (at most %n characters).", nullptr, Callback::maxReasonLength);
    else
        problem = checkDue(c.dueAt);
    if (!problem.isEmpty()) {
        Q_EMIT queueFailed(problem);
        return {};
    }
    // What the server reads; the fields it writes itself stay out.
    QJsonObject body = c.toJson();
    for (const char *serverWritten : {"id", "version", "agentId", "status", "updatedAt"})
        body.remove(QLatin1String(serverWritten));
    if (!c.accountId)
        body.remove(QStringLiteral("accountId"));
    if (!c.callId)
        body.remove(QStringLiteral("callId"));
    OutboxEntry e;
    e.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.operation = OutboxEntry::Operation::ScheduleCallback;
    e.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QString error;
    if (!m_outbox->enqueue(e, &error)) {
        Q_EMIT queueFailed(error);
        return {};
    }
    Q_EMIT queued(e.key);
    Q_EMIT changed();
    evaluate();
    return e.key;
}

bool CallbackService::markDone(qint64 id)
{
    return queueChange(id, {CallbackStatus::Done, std::nullopt, QDateTime::currentDateTimeUtc()});
}

bool CallbackService::cancel(qint64 id)
{
    return queueChange(
        id, {CallbackStatus::Cancelled, std::nullopt, QDateTime::currentDateTimeUtc()});
}

bool CallbackService::reschedule(qint64 id, const QDateTime &dueAt)
{
    if (const QString problem = checkDue(dueAt.toUTC()); !problem.isEmpty()) {
        Q_EMIT queueFailed(problem);
        return false;
    }
    return queueChange(id, {std::nullopt, dueAt.toUTC(), QDateTime::currentDateTimeUtc()});
}

bool CallbackService::queueChange(qint64 id, const CallbackChange &change)
{
    auto current = id > 0 ? m_cache->callback(id) : std::nullopt;
    if (!current) {
        Q_EMIT queueFailed(
            tr("This callback has not reached the server yet; change it once it has been sent."));
        return false;
    }
    OutboxEntry e;
    e.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.operation = OutboxEntry::Operation::ChangeCallback;
    e.complaintId = id;
    e.baseVersion = current->version;
    e.body = QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact);
    QString error;
    if (!m_outbox->enqueue(e, &error)) {
        Q_EMIT queueFailed(error);
        return false;
    }
    // Shown as changed at once; the server makes each change the next
    // version, so a second change queued behind this one names the right one.
    Callback local = *current;
    if (change.status)
        local.status = *change.status;
    if (change.dueAt)
        local.dueAt = *change.dueAt;
    local.version += 1;
    m_cache->putCallback(local);
    Q_EMIT queued(e.key);
    Q_EMIT changed();
    evaluate();
    return true;
}

QList<CallbackService::Item> CallbackService::upcoming() const
{
    QList<Item> items;
    for (Callback c : m_cache->scheduledCallbacks()) {
        c.phone = m_numbers.value(c.id, c.phone);
        items.append({c, {}});
    }
    for (const OutboxEntry &e : m_outbox->entries()) {
        if (e.operation != OutboxEntry::Operation::ScheduleCallback)
            continue;
        CodecError error;
        if (auto c = decode<Callback>(e.body, &error))
            items.append({*c, e.key});
    }
    std::stable_sort(items.begin(), items.end(),
        [](const Item &a, const Item &b) { return a.callback.dueAt < b.callback.dueAt; });
    return items;
}

void CallbackService::noteServerCopy(const Callback &callback)
{
    if (!callback.phone.contains(QLatin1Char('*')))
        m_numbers.insert(callback.id, callback.phone);
    Q_EMIT changed();
    evaluate();
}

void CallbackService::noteSent(const OutboxEntry &entry, const QJsonObject &response)
{
    if (entry.operation != OutboxEntry::Operation::ScheduleCallback)
        return;
    // Announced while queued: not again now that it has a number.
    const qint64 id = response.value(QStringLiteral("id")).toInteger();
    const QString queuedAs = QStringLiteral("key:") + entry.key;
    if (id > 0 && m_announced.contains(queuedAs))
        m_announced.insert(QStringLiteral("id:%1").arg(id), m_announced.take(queuedAs));
    Q_EMIT changed();
    evaluate();
}

QString CallbackService::identity(const Item &item)
{
    return item.isSent() ? QStringLiteral("id:%1").arg(item.callback.id)
                         : QStringLiteral("key:") + item.pendingKey;
}

void CallbackService::evaluate()
{
    if (!m_running)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Callback> fallen;
    QDateTime next;
    for (const Item &item : upcoming()) {
        const QDateTime due = item.callback.dueAt;
        if (due <= now) {
            const QString id = identity(item);
            if (m_announced.value(id) != due) {
                m_announced.insert(id, due);
                fallen.append(item.callback);
            }
        } else if (!next.isValid() || due < next) {
            next = due;
        }
    }
    if (next.isValid())
        m_timer.start(int(qBound<qint64>(1, now.msecsTo(next), maxWaitMs)));
    else
        m_timer.stop();
    // After the bookkeeping: a slot may schedule or change callbacks.
    for (const Callback &c : std::as_const(fallen))
        Q_EMIT due(c);
}

} // namespace WalletDesk
