#include "TokenCache.h"

namespace WalletDesk::Server {

std::optional<TokenCache::Entry> TokenCache::find(const QByteArray &digest)
{
    const auto it = m_entries.constFind(digest);
    if (it == m_entries.cend())
        return std::nullopt;
    // In nanoseconds: elapsed() rounds down, and 1000.9 ms is past the second.
    if (it->checked.nsecsElapsed() >= maxAgeMs * 1'000'000) {
        m_entries.erase(it);
        return std::nullopt;
    }
    return it->entry;
}

void TokenCache::insert(const QByteArray &digest, const Entry &entry, const QElapsedTimer &asked)
{
    // Entries are a second's worth of sign-ins; a full cache only means
    // old entries that would have expired anyway.
    if (m_entries.size() >= maxEntries)
        m_entries.clear();
    m_entries.insert(digest, Stored {entry, asked});
}

void TokenCache::remove(const QByteArray &digest)
{
    m_entries.remove(digest);
}

} // namespace WalletDesk::Server
