#pragma once

#include "Callback.h"
#include "OutboxEntry.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace WalletDesk {

class Outbox;
class RecordCache;

// The agent's callbacks. Scheduling and every change go through the outbox,
// so they work offline and reach the server once; the list is the cached
// copy plus what is still in the outbox, so it shows at once and offline.
// due() tells when a callback's time comes: once per sign-in for each due
// time (a callback moved to a new time is announced again), and at sign-in
// for those that fell due while the console was closed.
//
// Times are UTC QDateTimes; the windows show them in the call center's zone.
// Numbers: the server gives the owner the full number to dial; the cache
// keeps it masked (DESIGN.md), so the full one is known for callbacks the
// server sent this sign-in and for those still in the outbox.
class CallbackService : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        Callback callback;
        // Still in the outbox (callback.id is 0): its Idempotency-Key.
        QString pendingKey;
        bool isSent() const { return callback.id != 0; }
    };

    CallbackService(Outbox *outbox, RecordCache *cache, QObject *parent = nullptr);

    // The cache file is open: reads the list, announces what is due, arms the timer.
    void start();
    void stop();

    // Queues a callback; returns its outbox key, or an empty string and
    // queueFailed says why (a bad number, reason or time, or the file).
    QString schedule(const QString &phone, const QString &reason, const QDateTime &dueAt,
        std::optional<qint64> accountId = std::nullopt, const QString &callId = {});
    // Changes of a callback the server has numbered; false and
    // queueFailed when it could not be queued.
    bool markDone(qint64 id);
    bool cancel(qint64 id);
    bool reschedule(qint64 id, const QDateTime &dueAt);

    // Scheduled callbacks, earliest due first, queued ones included.
    QList<Item> upcoming() const;

    // From the sync engine: the server's copy of a callback, and a sent entry.
    void noteServerCopy(const Callback &callback);
    void noteSent(const OutboxEntry &entry, const QJsonObject &response);

Q_SIGNALS:
    void queued(const QString &key);
    // upcoming() changed.
    void changed();
    void due(const WalletDesk::Callback &callback);
    void queueFailed(const QString &message);

private:
    bool queueChange(qint64 id, const CallbackChange &change);
    QString checkDue(const QDateTime &dueAt) const;
    void evaluate();
    static QString identity(const Item &item);

    Outbox *m_outbox;
    RecordCache *m_cache;
    bool m_running = false;
    QTimer m_timer;
    QHash<qint64, QString> m_numbers; // id -> the full number, this sign-in only
    QHash<QString, QDateTime> m_announced; // identity -> the due time announced
};

} // namespace WalletDesk
