#pragma once

#include <QString>

namespace WalletDesk::Server {

// Copies of a SQLite store, through SQLite's online backup API (its C API:
// Qt's driver does not expose it): a copy made while servers write is one
// consistent moment of the store, as a reader sees it. Every file goes in
// place atomically: written beside its target, checked, synced, renamed.
class StoreBackup
{
public:
    // Copies the store to target (replacing target), then checks the copy.
    static bool backup(const QString &store, const QString &target, QString *error);
    // Puts a checked copy of source in place of the store. Refuses while a
    // process has the store open; a refused or failed restore leaves the
    // store as it was.
    static bool restore(const QString &source, const QString &store, QString *error);
    // PRAGMA integrity_check passes and the file holds a WalletDesk schema.
    static bool check(const QString &file, QString *error);
    // Whether another process has the store open (the locks every SQLite
    // connection to a WAL database holds on its -shm file while open).
    static bool isOpenElsewhere(const QString &store);
};

} // namespace WalletDesk::Server
