#include "StoredTextRedaction.h"

#include "Database.h"
#include "Masking.h"

#include <QDateTime>
#include <QStringList>

#include <vector>

namespace WalletDesk::Server {

namespace {

struct FreeTextColumns
{
    const char *table;
    const char *key; // the primary key, for keyset batches and the update
    // The changes feed's entity for a row consoles keep ("" for none): a
    // changed row is announced, and a complaint gets a new version, so that
    // no console keeps the unmasked copy behind a 304 or an old ETag.
    const char *feedEntity;
    std::vector<const char *> columnNames;

    QStringList columns() const
    {
        QStringList names;
        for (const char *name : columnNames)
            names << QLatin1String(name);
        return names;
    }
};

constexpr int batchSize = 1000;

// One table in batches of its key: a batch is copied out before it is
// written back, so no result set stays open across the updates.
void redactTable(const Database &db, const FreeTextColumns &t)
{
    const QStringList columns = t.columns();
    const QString key = QLatin1String(t.key);
    const QString select = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %1 > ? ORDER BY %1 LIMIT ?")
                               .arg(key, columns.join(QLatin1String(", ")), QLatin1String(t.table));
    QStringList assignments;
    for (const QString &column : columns)
        assignments << column + QLatin1String(" = ?");
    const QString update
        = QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
              .arg(QLatin1String(t.table), assignments.join(QLatin1String(", ")), key);
    qint64 after = -1;
    for (;;) {
        std::vector<QVariantList> batch;
        {
            Rows q = db.exec(select, {after, batchSize});
            while (q.next()) {
                QVariantList row;
                for (int i = 0; i <= columns.size(); ++i)
                    row << q.value(i);
                batch.push_back(row);
            }
        }
        for (const QVariantList &row : batch) {
            QVariantList binds;
            bool changed = false;
            for (int i = 1; i < row.size(); ++i) {
                const QVariant &old = row.at(i);
                if (old.isNull()) {
                    binds << QVariant();
                    continue;
                }
                const QString redacted = Masking::redactCardNumbers(old.toString());
                changed = changed || redacted != old.toString();
                binds << redacted;
            }
            if (!changed)
                continue;
            db.exec(update, binds << row.at(0));
            if (qstrcmp(t.table, "complaints") == 0)
                db.exec(QStringLiteral("UPDATE complaints SET version = version + 1 WHERE id = ?"),
                    {row.at(0)});
            if (*t.feedEntity)
                db.exec(
                    QStringLiteral("INSERT INTO changes (entity, entity_id, at) VALUES (?, ?, ?)"),
                    {QLatin1String(t.feedEntity), row.at(0), QDateTime::currentMSecsSinceEpoch()});
        }
        if (batch.size() < size_t(batchSize))
            return;
        after = batch.back().at(0).toLongLong();
    }
}

// The idempotency table's key is (agent_id, scope, key): its own batches.
void redactReplays(const Database &db)
{
    QVariantList after = {qint64(-1), QString(), QString()};
    for (;;) {
        std::vector<QVariantList> batch;
        {
            Rows q = db.exec(QStringLiteral("SELECT agent_id, scope, key, body FROM idempotency"
                                            " WHERE (agent_id, scope, key) > (?, ?, ?)"
                                            " ORDER BY agent_id, scope, key LIMIT ?"),
                after + QVariantList {batchSize});
            while (q.next())
                batch.push_back({q.value(0), q.value(1), q.value(2), q.value(3)});
        }
        for (const QVariantList &row : batch) {
            const QString redacted = Masking::redactCardNumbers(row.at(3).toString());
            if (redacted != row.at(3).toString())
                db.exec(QStringLiteral("UPDATE idempotency SET body = ? WHERE agent_id = ? AND "
                                       "scope = ? AND key = ?"),
                    {redacted, row.at(0), row.at(1), row.at(2)});
        }
        if (batch.size() < size_t(batchSize))
            return;
        after = batch.back().mid(0, 3);
    }
}

} // namespace

void redactStoredFreeText(const Database &db)
{
    const FreeTextColumns tables[] = {
        {"complaints", "id", "complaint",
            {"description", "customer_request", "extension_reason", "resolution_text"}},
        {"complaint_notes", "id", "note", {"body"}},
        {"complaint_events", "id", "", {"detail"}},
        {"actions", "id", "action", {"reason", "decision_reason"}},
        {"calls", "id", "", {"notes"}},
        {"audit", "id", "", {"reason", "detail"}},
    };
    for (const FreeTextColumns &t : tables)
        redactTable(db, t);
    redactReplays(db);
}

} // namespace WalletDesk::Server
