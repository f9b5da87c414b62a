#pragma once

#include "ApiResult.h"
#include "OutboxEntry.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace WalletDesk {

class ApiClient;
class Outbox;
class RecordCache;
struct Complaint;
struct ActionRequest;
struct Callback;
struct Presence;

// Sends the outbox in order, each entry with its Idempotency-Key, and keeps
// the cache current from the changes feed. Network errors and 5xx wait with
// exponential backoff and jitter and are retried for ever; a 4xx stops the
// queue and is shown with its item until the agent retries or discards it;
// a 409 comes with both versions. The outbox says what the agent did; which
// request that is, is decided here.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State { Offline, Online, Syncing, Error };
    Q_ENUM(State)

    SyncEngine(ApiClient *api, Outbox *outbox, RecordCache *cache, QObject *parent = nullptr);

    void start();
    void stop();
    // Something was queued: try now instead of at the next tick.
    void kick();
    void retry(qint64 seq);
    void discard(qint64 seq);

    State state() const { return m_state; }
    int unsentCount() const { return m_unsent; }
    QString lastError() const { return m_lastError; }

    void setPullInterval(int ms) { m_pullIntervalMs = ms; }
    void setBackoff(int firstMs, int maxMs)
    {
        m_firstBackoffMs = firstMs;
        m_maxBackoffMs = maxMs;
    }

Q_SIGNALS:
    void stateChanged(WalletDesk::SyncEngine::State state);
    void unsentCountChanged(int count);
    void itemSent(const WalletDesk::OutboxEntry &entry, const QJsonObject &response);
    void itemFailed(const WalletDesk::OutboxEntry &entry, const QString &message);
    // A write was refused because the record changed on the server meanwhile.
    void conflict(
        const WalletDesk::OutboxEntry &entry, const QJsonObject &mine, const QJsonObject &theirs);
    void complaintChanged(const WalletDesk::Complaint &complaint);
    void actionChanged(const WalletDesk::ActionRequest &action);
    // The server's copy of one of the agent's callbacks (number in full),
    // from the feed or in answer to a write of this console.
    void callbackChanged(const WalletDesk::Callback &callback);
    void referenceChanged();
    // An agent's presence changed (supervisors only: the server sends no
    // one else presence).
    void presenceChanged(const WalletDesk::Presence &presence);

private:
    void step();
    void push(const OutboxEntry &entry);
    void pull();
    void applyChanges(const ApiResult &result);
    void fetchReference();
    void transientFailure(const ApiResult &result);
    // The local file refused a write: the engine stays where the file
    // says it is and tries again after a pause.
    void storeFailure(const QString &message);
    int nextDelay();
    void schedule(int ms);
    void setState(State state);
    void updateUnsent();

    ApiClient *m_api;
    Outbox *m_outbox;
    RecordCache *m_cache;
    QTimer m_timer;
    State m_state = State::Offline;
    bool m_running = false;
    bool m_busy = false;
    int m_failures = 0;
    int m_unsent = -1;
    int m_pullIntervalMs = 15000;
    int m_firstBackoffMs = 1000;
    int m_maxBackoffMs = 60000;
    QString m_lastError;
};

} // namespace WalletDesk
