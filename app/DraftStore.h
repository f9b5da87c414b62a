#pragma once

#include <QString>

namespace WalletDesk {

class StoreFile;

// The notes of calls in progress, saved as the agent types so that a crash
// or a closed console loses at most the last few seconds. Each save replaces
// the call's draft whole. Gone at sign-out with the cache.
class DraftStore
{
public:
    explicit DraftStore(StoreFile *file);

    // False with *error for people when the draft was not saved (the one
    // saved before stays).
    bool save(const QString &callId, const QString &notes, QString *error = nullptr);
    QString draft(const QString &callId) const;
    bool remove(const QString &callId, QString *error = nullptr);

private:
    StoreFile *m_file;
};

} // namespace WalletDesk
