#pragma once

#include <QString>
#include <QStringList>

// Statements run on a server's store from a test, behind the server's back:
// to look at what it wrote, or to set up what a client cannot (a broken
// row, a trigger that refuses a write). A store is named as --db takes it:
// a SQLite file or a postgres:// URL.
namespace StoreSql {

// The first column's rows as text, and whether the statement ran and
// changed or returned something.
bool query(const QString &spec, const QString &sql, QStringList *values);
QStringList column(const QString &spec, const QString &sql);
// Whether a statement that changes rows ran and changed some.
bool execute(const QString &spec, const QString &sql);
// Whether a statement ran (for DDL, which changes no rows).
bool run(const QString &spec, const QString &sql, QString *error = nullptr);

} // namespace StoreSql
