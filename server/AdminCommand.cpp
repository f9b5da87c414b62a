#include "AdminCommand.h"

#include "AuthApi.h"
#include "EnumNames.h"
#include "PasswordInput.h"
#include "ServerContext.h"
#include "ServerOptions.h"
#include "StaffMember.h"
#include "StoreBackup.h"

#include <QCommandLineParser>

#include <cstdio>

namespace WalletDesk::Server {

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "walletdesk-server admin: %s\n", qPrintable(message));
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
the --config file, else in /etc/walletdesk/server.conf).

  admin create-user NAME --role admin|supervisor|agent [--display-name TEXT]
      Creates a sign-in. The password is read from the terminal without echo
      (asked twice) or, when stdin is not a terminal, as one line of stdin.
      There is no --password option: a command line is visible to every user
      of the machine. At least 10 characters. An existing NAME is refused
      unless --reset-password is given, which sets a new password, clears a
      sign-in lock-out, removes a second factor (the way back in for someone
      who lost both) and ends that person's open sign-ins. It does not have
      to be changed at the next sign-in.

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

} // namespace

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
        QStringLiteral("create-user: NAME exists; set a new password.")));
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

    if (command == QLatin1String("create-user")) {
        const QString name = file;
        // POST /staff's rule itself: a pattern ending in $ would let "name\n" through.
        if (!StaffMember::usernameProblem(name).isEmpty())
            return fail(QStringLiteral(
                "NAME: 3 to 32 characters of a-z 0-9 . _ -, starting with a letter"));
        const bool reset = parser.isSet(QStringLiteral("reset-password"));
        try {
            ServerContext ctx(Database::open(store, QStringLiteral("admin")), settings.config);
            ctx.db().migrate();
            bool exists = false;
            QString existingDisplayName, existingRole;
            {
                Rows existing = ctx.db().exec(
                    QStringLiteral("SELECT display_name, role FROM agents WHERE username = ?"),
                    {name});
                exists = existing.next();
                if (exists) {
                    existingDisplayName = existing.value(0).toString();
                    existingRole = existing.value(1).toString();
                }
            }
            if (exists && !reset)
                return fail(
                    QStringLiteral("%1 exists; --reset-password sets a new password").arg(name));
            if (!exists && reset)
                return fail(QStringLiteral("%1 does not exist").arg(name));
            QString roleText = parser.value(QStringLiteral("role"));
            if (roleText.isEmpty() && exists)
                roleText = existingRole;
            const std::optional<Role> role = enumFromString<Role>(roleText);
            if (!role)
                return fail(QStringLiteral("--role: admin, supervisor or agent"));
            QString displayName = parser.value(QStringLiteral("display-name"));
            if (displayName.isEmpty())
                displayName = exists ? existingDisplayName : name;
            if (const QString why = StaffMember::displayNameProblem(displayName); !why.isEmpty())
                return fail(QStringLiteral("--display-name: ") + why);
            QString password, error;
            if (!PasswordInput::read(name, &password, &error))
                return fail(error);
            if (const QString why = PasswordInput::weakness(name, password); !why.isEmpty())
                return fail(why);
            AuthApi::upsertAgent(ctx, name, displayName, *role, password, {});
            roleText = enumToString(*role);
            Database db = ctx.db();
            db.close();
            say(reset ? QStringLiteral("walletdesk-server admin: new password set for %1").arg(name)
                      : QStringLiteral("walletdesk-server admin: created %1 (%2)")
                            .arg(name, roleText));
        } catch (const DatabaseError &e) {
            return fail(QString::fromStdString(e.what()));
        }
        return 0;
    }

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
