#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

// A cache file as WalletDesk wrote it before the outbox named operations
// (format 1): each outbox entry holds its kind, method, path and If-Match,
// and the caches hold JSON text. Frozen: this is what agents' machines have.
struct Version1Entry
{
    QString key;
    QString kind;
    QString method;
    QString path;
    QByteArray body;
    QString ifMatch; // empty: NULL
};

inline void writeVersion1Cache(
    const QString &path, const QList<Version1Entry> &outbox, const QStringList &moreStatements = {})
{
    const QString name = QStringLiteral("version1");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const QStringList schema = {
            QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, summary TEXT NOT NULL, "
                           "detail TEXT, etag TEXT,"
                           " fetched_at INTEGER NOT NULL, phone_last4 TEXT, number_last4 TEXT, "
                           "name TEXT, email TEXT)"),
            QStringLiteral("CREATE INDEX accounts_phone_last4 ON accounts(phone_last4)"),
            QStringLiteral("CREATE INDEX accounts_number_last4 ON accounts(number_last4)"),
            QStringLiteral("CREATE INDEX accounts_name ON accounts(name)"),
            QStringLiteral(
                "CREATE TABLE transactions (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL,"
                " created_at INTEGER NOT NULL, order_number TEXT NOT NULL, json TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX transactions_account ON transactions(account_id, "
                           "created_at DESC, id DESC)"),
            QStringLiteral("CREATE INDEX transactions_order ON transactions(order_number)"),
            QStringLiteral(
                "CREATE TABLE complaints (id INTEGER PRIMARY KEY, version INTEGER NOT NULL,"
                " due_at INTEGER NOT NULL, json TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE queued_complaints (key TEXT PRIMARY KEY, draft TEXT NOT NULL,"
                " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE reference_data (id INTEGER PRIMARY KEY CHECK (id = 1), "
                           "json TEXT NOT NULL,"
                           " etag TEXT, fetched_at INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL "
                "UNIQUE,"
                " kind TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, body TEXT NOT NULL,"
                " if_match TEXT, created_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                " state TEXT NOT NULL DEFAULT 'pending', last_status INTEGER NOT NULL DEFAULT 0,"
                " last_error TEXT)"),
            QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE drafts (call_id TEXT PRIMARY KEY, notes TEXT NOT NULL,"
                           " updated_at INTEGER NOT NULL)"),
            QStringLiteral("PRAGMA user_version = 1")};
        for (const QString &sql : schema + moreStatements)
            QVERIFY2(q.exec(sql), qPrintable(sql + QLatin1String(": ") + q.lastError().text()));
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO outbox (key, kind, method, path, body, if_match, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)")));
        for (const Version1Entry &e : outbox) {
            q.addBindValue(e.key);
            q.addBindValue(e.kind);
            q.addBindValue(e.method);
            q.addBindValue(e.path);
            q.addBindValue(QString::fromUtf8(e.body));
            q.addBindValue(e.ifMatch.isEmpty() ? QVariant() : QVariant(e.ifMatch));
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            if (e.kind == QLatin1String("complaint.create")) {
                QSqlQuery queued(db);
                queued.prepare(QStringLiteral(
                    "INSERT INTO queued_complaints (key, draft, created_at) VALUES (?, ?, 0)"));
                queued.addBindValue(e.key);
                queued.addBindValue(QString::fromUtf8(e.body));
                QVERIFY2(queued.exec(), qPrintable(queued.lastError().text()));
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
