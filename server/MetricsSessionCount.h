#pragma once

#include "Database.h"

#include <QElapsedTimer>

#include <optional>

namespace WalletDesk::Server {

// The active sessions gauge of /metrics: sign-ins whose access token is
// unexpired and not revoked, read from the store (several processes share
// it) on the metrics thread's own connection, at most once a second.
//
// Sessions are never deleted, so counting over the whole table would cost
// more every day. A session never comes back to life (revoked is only ever
// set, the expiry never moves), and ids grow with time: the count scans only
// the ids from the oldest session that may still be live (the watermark),
// which is at most one access-token lifetime old. The first count finds its
// watermark by a binary search over the ids (a few dozen index lookups)
// rather than scanning the years before.
class MetricsSessionCount
{
public:
    explicit MetricsSessionCount(QString databaseSpec);
    ~MetricsSessionCount();

    // Empty when the store cannot be read (the gauge is then left out).
    std::optional<qint64> value();

    // A session written by a transaction that commits this long after its id
    // was drawn may be missed (PostgreSQL draws ids before commit).
    static constexpr qint64 commitSlackMs = 60'000;
    static constexpr qint64 cacheMs = 1000;
    // No access token lives longer (--access-ttl's upper bound, ServerOptions.cpp).
    static constexpr qint64 longestAccessTtlMs = 86'400'000;

private:
    std::optional<qint64> count();
    qint64 firstRecentId(qint64 now) const;

    QString m_spec;
    Database m_db;
    bool m_open = false;
    bool m_started = false; // m_watermark has been searched for
    qint64 m_watermark = 0; // every session with a lower id is over for good
    std::optional<qint64> m_cached;
    QElapsedTimer m_age;
};

} // namespace WalletDesk::Server
