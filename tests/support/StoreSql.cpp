#include "StoreSql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <functional>

namespace StoreSql {

namespace {

// Opens a connection of its own to the store, hands it to work, closes it.
bool withConnection(
    const QString &spec, const std::function<bool(QSqlDatabase &)> &work, QString *error = nullptr)
{
    bool ok = false;
    const QString name = QUuid::createUuid().toString();
    {
        const bool postgres = spec.startsWith(QLatin1String("postgres://"));
        QSqlDatabase db = QSqlDatabase::addDatabase(
            postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (postgres) {
            const QUrl url(spec);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(spec);
        }
        if (db.open())
            ok = work(db);
        else if (error)
            *error = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool query(const QString &spec, const QString &sql, QStringList *values)
{
    return withConnection(spec, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        bool ok = q.exec(sql);
        while (ok && q.isSelect() && q.next())
            values->append(q.value(0).toString());
        return ok && (q.isSelect() || q.numRowsAffected() > 0);
    });
}

QStringList column(const QString &spec, const QString &sql)
{
    QStringList values;
    query(spec, sql, &values);
    return values;
}

bool execute(const QString &spec, const QString &sql)
{
    QStringList ignored;
    return query(spec, sql, &ignored);
}

bool run(const QString &spec, const QString &sql, QString *error)
{
    return withConnection(
        spec,
        [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            if (q.exec(sql))
                return true;
            if (error)
                *error = q.lastError().text();
            return false;
        },
        error);
}

} // namespace StoreSql
