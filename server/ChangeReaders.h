#pragma once

#include "Database.h"

namespace WalletDesk::Server {

// Whose changes feed a change is in. Every change row has one row in
// change_readers per feed that carries it, so that a reader's poll is one
// range of that table's (reader, txid, seq) index: it reads its own changes,
// not the whole floor's (a feed that loaded every change since the cursor to
// ask whose it was cost O(agents x changes) per round of polls).
//
// A feed is named by a number: an agent's id (the complaints they logged or
// were given, their action requests and callbacks), supervisorsFeed (every
// complaint, note, action and presence change), everyoneFeed (reference
// data). ChangesApi still checks each row against the record as it is now:
// this table only decides which rows are worth looking at.
class ChangeReaders
{
public:
    static constexpr qint64 everyoneFeed = 0;
    static constexpr qint64 supervisorsFeed = -1;

    // Appends the change and its readers, in the caller's transaction.
    static void record(const Database &db, const QString &entity, qint64 entityId, qint64 at);
    // The feeds a signed-in reader follows.
    static QList<qint64> feedsOf(qint64 agentId, bool supervisor);
    // Up to limit changes after (afterTxid, afterSeq) in any of feeds, of
    // transactions below bound, in (txid, seq) order and each once:
    // seq, entity, entity_id, txid.
    static SqlQuery page(
        const QList<qint64> &feeds, qint64 bound, qint64 afterTxid, qint64 afterSeq, int limit);
    // Gives readers to every change that has none: the changes of a store
    // from before this table, and bulk-loaded ones (DemoDataGenerator).
    static void addMissing(const Database &db);
};

} // namespace WalletDesk::Server
