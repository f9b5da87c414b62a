#pragma once

#include "OutboxEntry.h"

#include <QList>

class QSqlDatabase;

namespace WalletDesk {

// The cache file's format, one step per version: step i takes a file from
// PRAGMA user_version i to i + 1. A shipped step is never edited; a change
// appends one. Steps write fixed SQL of their own version, never through
// the classes of today, whose tables may have moved on since.
namespace StoreMigrations {

int count();
// Runs step `from` inside the caller's transaction.
bool apply(QSqlDatabase &db, int from, QString *error);
// The outbox of a file of any version, oldest first, for the salvage of a
// broken file: entries of version 1 (kind, method and path) are mapped to
// their operation. Reads what it can and never fails.
QList<OutboxEntry> readAnyOutbox(QSqlDatabase &db);

} // namespace StoreMigrations

} // namespace WalletDesk
