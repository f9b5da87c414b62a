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
// which is at most one access-token lifetime old.
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

private:
    std::optional<qint64> count();

    QString m_spec;
    Database m_db;
    bool m_open = false;
    qint64 m_watermark = 0; // every session with a lower id is over for good
    std::optional<qint64> m_cached;
    QElapsedTimer m_age;
};

} // namespace WalletDesk::Server
