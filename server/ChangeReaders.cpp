#include "ChangeReaders.h"

namespace WalletDesk::Server {

namespace {

// The agents (not supervisors) a record's change is for, in that many
// columns; the statement reads the record as the caller's transaction has
// just written it.
struct AgentsQuery
{
    QString sql;
    int columns = 0;
};

AgentsQuery agentsQuery(const QString &entity)
{
    if (entity == QLatin1String("complaint"))
        return {QStringLiteral("SELECT created_by, assignee FROM complaints WHERE id = ?"), 2};
    if (entity == QLatin1String("note"))
        return {QStringLiteral("SELECT c.created_by, c.assignee FROM complaint_notes n"
                               " JOIN complaints c ON c.id = n.complaint_id WHERE n.id = ?"),
            2};
    if (entity == QLatin1String("action"))
        return {QStringLiteral("SELECT agent_id FROM actions WHERE id = ?"), 1};
    if (entity == QLatin1String("callback"))
        return {QStringLiteral("SELECT agent_id FROM callbacks WHERE id = ?"), 1};
    return {};
}

bool forSupervisors(const QString &entity)
{
    // A callback is dialled by its owner alone, a supervisor's own included.
    return entity != QLatin1String("callback") && entity != QLatin1String("reference");
}

qint64 insertChange(const Database &db, const QString &entity, qint64 entityId, qint64 at)
{
    Rows q
        = db.exec(QStringLiteral(
                      "INSERT INTO changes (entity, entity_id, at) VALUES (?, ?, ?) RETURNING seq"),
            {entity, entityId, at});
    if (!q.next())
        throw DatabaseError("INSERT INTO changes returned no seq");
    return q.value(0).toLongLong();
}

} // namespace

void ChangeReaders::record(const Database &db, const QString &entity, qint64 entityId, qint64 at)
{
    // Both rows carry the writing transaction's id (the txid columns'
    // default), which the feed's order depends on: one transaction.
    std::optional<DbTransaction> own;
    if (!db.inTransaction())
        own.emplace(db);
    const qint64 seq = insertChange(db, entity, entityId, at);
    QList<qint64> readers;
    if (const AgentsQuery agents = agentsQuery(entity); agents.columns > 0) {
        Rows q = db.exec(agents.sql, {entityId});
        if (q.next()) {
            for (int i = 0; i < agents.columns; ++i) {
                const QVariant agent = q.value(i);
                if (!agent.isNull() && !readers.contains(agent.toLongLong()))
                    readers << agent.toLongLong();
            }
        }
    }
    if (forSupervisors(entity))
        readers << supervisorsFeed;
    if (entity == QLatin1String("reference"))
        readers << everyoneFeed;
    if (!readers.isEmpty()) {
        QStringList values;
        QVariantList binds;
        for (qint64 reader : std::as_const(readers)) {
            values << QStringLiteral("(?, ?, ?, ?)");
            binds << reader << seq << entity << entityId;
        }
        db.exec(
            QStringLiteral("INSERT INTO change_readers (reader, seq, entity, entity_id) VALUES ")
                + values.join(QStringLiteral(", ")),
            binds);
    }
    if (own)
        own->commit();
}

QList<qint64> ChangeReaders::feedsOf(qint64 agentId, bool supervisor)
{
    if (supervisor)
        return {agentId, supervisorsFeed, everyoneFeed};
    return {agentId, everyoneFeed};
}

// Per feed, the two ranges of its (reader, txid, seq) index that follow the
// cursor: the rest of the cursor's transaction and the transactions after it
// (SQLite would read "(txid, seq) > (?, ?)" as "txid >= ?" and filter
// everything behind the cursor). Each range stops at limit rows, so the sort
// that merges them holds at most 2 x feeds x limit; UNION drops the second
// copy of a change in two of the reader's feeds (a supervisor's own
// complaint).
SqlQuery ChangeReaders::page(
    const QList<qint64> &feeds, qint64 bound, qint64 afterTxid, qint64 afterSeq, int limit)
{
    QStringList ranges;
    QVariantList binds;
    for (qint64 feed : feeds) {
        const int n = int(ranges.size());
        ranges << QStringLiteral(
            "SELECT * FROM (SELECT seq, txid, entity, entity_id FROM change_readers"
            " WHERE reader = ? AND txid = ? AND txid < ? AND seq > ?"
            " ORDER BY seq LIMIT ?) AS r%1")
                      .arg(n);
        binds << feed << afterTxid << bound << afterSeq << limit;
        ranges << QStringLiteral(
            "SELECT * FROM (SELECT seq, txid, entity, entity_id FROM change_readers"
            " WHERE reader = ? AND txid > ? AND txid < ?"
            " ORDER BY txid, seq LIMIT ?) AS r%1")
                      .arg(n + 1);
        binds << feed << afterTxid << bound << limit;
    }
    binds << limit;
    return {QStringLiteral("SELECT seq, entity, entity_id, txid FROM (%1) AS f"
                           " ORDER BY txid, seq LIMIT ?")
                .arg(ranges.join(QStringLiteral(" UNION "))),
        binds};
}

void ChangeReaders::addMissing(const Database &db)
{
    // The same rule as record(), for many rows at once; the complaint's
    // people as they are now, as the feed used to check them when read.
    db.exec(QStringLiteral(
        "WITH fresh AS (SELECT seq, txid, entity, entity_id FROM changes WHERE seq >"
        " (SELECT COALESCE(MAX(seq), 0) FROM change_readers))"
        " INSERT INTO change_readers (reader, txid, seq, entity, entity_id)"
        " SELECT p.created_by, f.txid, f.seq, f.entity, f.entity_id FROM fresh f"
        " JOIN complaints p ON p.id = f.entity_id WHERE f.entity = 'complaint'"
        " UNION SELECT p.assignee, f.txid, f.seq, f.entity, f.entity_id FROM fresh f"
        " JOIN complaints p ON p.id = f.entity_id"
        " WHERE f.entity = 'complaint' AND p.assignee IS NOT NULL"
        " UNION SELECT p.created_by, f.txid, f.seq, f.entity, f.entity_id FROM fresh f"
        " JOIN complaint_notes n ON n.id = f.entity_id"
        " JOIN complaints p ON p.id = n.complaint_id WHERE f.entity = 'note'"
        " UNION SELECT p.assignee, f.txid, f.seq, f.entity, f.entity_id FROM fresh f"
        " JOIN complaint_notes n ON n.id = f.entity_id"
        " JOIN complaints p ON p.id = n.complaint_id"
        " WHERE f.entity = 'note' AND p.assignee IS NOT NULL"
        " UNION SELECT a.agent_id, f.txid, f.seq, f.entity, f.entity_id FROM fresh f"
        " JOIN actions a ON a.id = f.entity_id WHERE f.entity = 'action'"
        " UNION SELECT b.agent_id, f.txid, f.seq, f.entity, f.entity_id FROM fresh f"
        " JOIN callbacks b ON b.id = f.entity_id WHERE f.entity = 'callback'"
        " UNION SELECT %1, f.txid, f.seq, f.entity, f.entity_id FROM fresh f"
        " WHERE f.entity IN ('complaint', 'note', 'action', 'presence')"
        " UNION SELECT %2, f.txid, f.seq, f.entity, f.entity_id FROM fresh f WHERE f.entity = "
        "'reference'")
                .arg(supervisorsFeed)
                .arg(everyoneFeed));
}

} // namespace WalletDesk::Server
