#pragma once

#include "Agent.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>

#include <optional>

namespace WalletDesk::Server {

// The access tokens one server thread has checked against the store within
// the last second. Every request names its token, and asking the store each
// time was half of what a search cost on PostgreSQL. The price is stated in
// the API contract: a sign-out takes effect at once on the thread that did it
// and within a second everywhere else; so do an administrator's disable and
// password reset, which revoke in the store.
class TokenCache
{
public:
    struct Entry
    {
        Agent agent;
        qint64 accessExpiresMs = 0;
        bool passwordChangeRequired = false;
    };

    static constexpr qint64 maxAgeMs = 1000;

    // The entry for a token digest, if it was checked less than maxAgeMs ago.
    std::optional<Entry> find(const QByteArray &digest);
    // asked: started before the store was asked. The age counts from there,
    // not from the answer: a revocation committed while this thread waited
    // for its answer (or was not scheduled) must not get more than the second.
    void insert(const QByteArray &digest, const Entry &entry, const QElapsedTimer &asked);
    void remove(const QByteArray &digest);

private:
    struct Stored
    {
        Entry entry;
        QElapsedTimer checked;
    };
    static constexpr qsizetype maxEntries = 4096;
    QHash<QByteArray, Stored> m_entries;
};

} // namespace WalletDesk::Server
