#include "AdminCommand.h"

#include "AuthApi.h"
#include "Credentials.h"
#include "EnumNames.h"
#include "PasswordInput.h"
#include "ServerContext.h"
#include "ServerLog.h"
#include "ServerOptions.h"
#include "StaffMember.h"
#include "StoreBackup.h"

#include <QCommandLineParser>

#include <cstdio>

namespace WalletDesk::Server {

namespace {

int fail(const QString &message)
{
    // Through the log's safety net: a driver's error may quote a row's values.
    std::fprintf(stderr, "walletdesk-server admin: %s\n", qPrintable(ServerLog::scrub(message)));
    return 1;
}

void say(const QString &message)
{
    std::printf("%s\n", qPrintable(message));
    std::fflush(stdout);
}

bool isPostgres(const QString &spec)
{
    return spec.startsWith(QLatin1String("postgres://"))
        || spec.startsWith(QLatin1String("postgresql://"));
}

const char description[] = R"(Administration of the store the server's settings name (--db, or db in
the --config file, else in /etc/walletdesk/server.conf unless --no-config).

  admin create-user NAME --role admin|supervisor|agent [--display-name TEXT]
      Creates a sign-in. The password is read from the terminal without echo
      (asked twice) or, when stdin is not a terminal, as one line of stdin.
      There is no --password option: a command line is visible to every user
      of the machine. The rules of POST /auth/password: 10 to 200
      characters, not the username, not digits only. An existing NAME is
      refused. Audited as staff.create, "from the command line".

  admin create-user NAME --reset-password
      What the administration desk's password reset does, with the password
      typed as above: the person's sessions end, a sign-in lock-out is
      cleared, role, display name and authenticator (TOTP) stay, and it is
      audited as staff.password_reset, "from the command line". The password
      does not have to be changed at the next sign-in. --role and
      --display-name are refused with it: the administration desk changes
      those (and keeps one enabled administrator).

  admin create-user NAME --reset-password --remove-second-factor
      The same, and the person's authenticator (TOTP) is removed as well,
      audited as staff.totp_remove: the way back in for an administrator
      who lost both the password and the phone, with nobody else to help.

  admin backup FILE
      Copies a SQLite store to FILE while servers keep serving (SQLite's
      online backup API) and checks the copy (PRAGMA integrity_check).

  admin restore FILE
      Checks FILE the same way and puts it in place of the SQLite store.
      Stop the server first (systemctl stop walletdesk-server): a store that
      a process has open is refused.

  On PostgreSQL use pg_dump / pg_restore or pg_basebackup (README, "Running
  the server", "Backups").)";

const char postgresAdvice[]
    = "the store is PostgreSQL: use pg_dump -Fc (restore with pg_restore) or pg_basebackup "
      "(README, \"Running the server\", \"Backups\")";

// The audit row of a change made on the server's machine: the table names
// an agent in every row, and nobody signed in made it, so it names the
// person changed, and the detail says where it came from.
void auditFromCommandLine(
    const ServerContext &ctx, qint64 agentId, const QString &action, const QString &detail)
{
    ctx.audit(agentId, action, std::nullopt, QString(), QString(),
        detail + QStringLiteral(", from the command line"));
}

} // namespace

int AdminCommand::createUser(
    const QCommandLineParser &parser, const ServerOptions::Settings &settings, const QString &name)
{
    if (const QString why = StaffMember::usernameProblem(name); !why.isEmpty())
        return fail(QStringLiteral("NAME: 3 to 32 characters of a-z 0-9 . _ -, starting with a "
                                   "letter (it %1)")
                        .arg(why));
    const bool reset = parser.isSet(QStringLiteral("reset-password"));
    const bool removeTotp = parser.isSet(QStringLiteral("remove-second-factor"));
    if (removeTotp && !reset)
        return fail(QStringLiteral("--remove-second-factor goes with --reset-password"));
    // A reset is only that, as POST /staff/{id}/password: the role and the
    // name are the administration desk's, which guards the last administrator.
    if (reset
        && (parser.isSet(QStringLiteral("role")) || parser.isSet(QStringLiteral("display-name"))))
        return fail(QStringLiteral("--reset-password changes the password only: no --role or "
                                   "--display-name with it (the administration desk changes "
                                   "them)"));
    std::optional<Role> role;
    QString displayName = name;
    if (!reset) {
        role = enumFromString<Role>(parser.value(QStringLiteral("role")));
        if (!role)
            return fail(QStringLiteral("--role: admin, supervisor or agent"));
        if (parser.isSet(QStringLiteral("display-name")))
            displayName = parser.value(QStringLiteral("display-name"));
        if (const QString why = StaffMember::displayNameProblem(displayName); !why.isEmpty())
            return fail(QStringLiteral("--display-name: %1").arg(why));
    }
    try {
        ServerContext ctx(
            Database::open(settings.config.database, QStringLiteral("admin")), settings.config);
        const Database &db = ctx.db();
        db.migrate();
        const auto idOf = [&db](const QString &username) {
            Rows q
                = db.exec(QStringLiteral("SELECT id FROM agents WHERE username = ?"), {username});
            return q.next() ? q.value(0).toLongLong() : qint64(0);
        };
        // Asked before the password, so that nobody types one for nothing.
        if (const bool exists = idOf(name) != 0; exists && !reset)
            return fail(
                QStringLiteral("%1 exists; --reset-password sets a new password").arg(name));
        else if (!exists && reset)
            return fail(QStringLiteral("%1 does not exist").arg(name));
        QString password, error;
        if (!PasswordInput::read(name, &password, &error))
            return fail(error);
        if (const QString why = PasswordInput::weakness(name, password); !why.isEmpty())
            return fail(why);
        const Credentials::StoredPassword stored
            = Credentials::storedPassword(password, settings.config.pbkdf2Iterations);

        DbTransaction tx(db);
        if (reset) {
            const qint64 id = idOf(name);
            if (id == 0 || !db.lockRow(Database::Table::Agents, id))
                return fail(QStringLiteral("%1 does not exist").arg(name));
            // Kept: role, name, TOTP, disabled. The password is the one typed,
            // so no change is asked for at the next sign-in.
            db.exec(QStringLiteral("UPDATE agents SET password_hash = ?, salt = ?, iterations = ?,"
                                   " password_change_required = 0, failed_logins = 0,"
                                   " locked_until = 0, version = version + 1 WHERE id = ?"),
                {stored.hash, stored.salt, stored.iterations, id});
            AuthApi::revokeSessions(db, id);
            auditFromCommandLine(ctx, id, QStringLiteral("staff.password_reset"), name);
            if (removeTotp) {
                db.exec(QStringLiteral("UPDATE agents SET totp_secret = NULL, totp_pending = NULL"
                                       " WHERE id = ?"),
                    {id});
                auditFromCommandLine(ctx, id, QStringLiteral("staff.totp_remove"), name);
            }
            tx.commit();
            say(QStringLiteral("walletdesk-server admin: new password set for %1; their sessions "
                               "are ended")
                    .arg(name));
        } else {
            qint64 id = 0;
            {
                // The unique name decides against a creation at the same time.
                Rows q = db.exec(
                    QStringLiteral("INSERT INTO agents (username, display_name, role,"
                                   " password_hash, salt, iterations) VALUES (?, ?, ?, ?, ?, ?)"
                                   " ON CONFLICT (username) DO NOTHING RETURNING id"),
                    {name, displayName, enumToString(*role), stored.hash, stored.salt,
                        stored.iterations});
                if (!q.next())
                    return fail(QStringLiteral("%1 exists; --reset-password sets a new password")
                                    .arg(name));
                id = q.value(0).toLongLong();
            }
            auditFromCommandLine(ctx, id, QStringLiteral("staff.create"),
                QStringLiteral("%1 (%2)").arg(name, enumToString(*role)));
            tx.commit();
            say(QStringLiteral("walletdesk-server admin: created %1 (%2)")
                    .arg(name, enumToString(*role)));
        }
        Database closing = db;
        closing.close();
    } catch (const DatabaseError &e) {
        return fail(QString::fromStdString(e.what()));
    }
    return 0;
}

int AdminCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QLatin1String(description));
    parser.addHelpOption();
    ServerOptions::addAdminOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("role"),
        QStringLiteral("create-user: admin, supervisor or agent."), QStringLiteral("role")));
    parser.addOption(QCommandLineOption(QStringLiteral("display-name"),
        QStringLiteral("create-user: the name the console shows (default NAME)."),
        QStringLiteral("text")));
    parser.addOption(QCommandLineOption(QStringLiteral("reset-password"),
        QStringLiteral("create-user: NAME exists; set a new password (only that).")));
    parser.addOption(QCommandLineOption(QStringLiteral("remove-second-factor"),
        QStringLiteral("create-user --reset-password: also remove NAME's authenticator.")));
    parser.addPositionalArgument(QStringLiteral("command"),
        QStringLiteral("create-user NAME, backup FILE or restore FILE"),
        QStringLiteral("admin create-user NAME | backup FILE | restore FILE"));
    parser.process(arguments);

    const QStringList words = parser.positionalArguments();
    const QString command = words.value(1);
    if (words.size() != 3
        || !QStringList {QStringLiteral("create-user"), QStringLiteral("backup"),
            QStringLiteral("restore")}
                .contains(command))
        return fail(
            QStringLiteral("expected create-user NAME, backup FILE or restore FILE (--help)"));
    ServerOptions::Settings settings;
    if (QString error; !ServerOptions::read(parser, &settings, &error))
        return fail(error);
    const QString store = settings.config.database;
    const QString file = words.at(2);

    if (command == QLatin1String("create-user"))
        return createUser(parser, settings, file);

    if (isPostgres(store))
        return fail(QLatin1String(postgresAdvice));
    QString error;
    if (command == QLatin1String("backup")) {
        if (!StoreBackup::backup(store, file, &error))
            return fail(QStringLiteral("backup failed: %1").arg(error));
        say(QStringLiteral("walletdesk-server admin: backed up %1 to %2 (integrity_check: ok)")
                .arg(store, file));
        return 0;
    }
    if (!StoreBackup::restore(file, store, &error))
        return fail(QStringLiteral("restore refused, the store is untouched: %1").arg(error));
    say(QStringLiteral("walletdesk-server admin: restored %1 from %2").arg(store, file));
    return 0;
}

} // namespace WalletDesk::Server
