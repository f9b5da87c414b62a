#pragma once

#include "DemoDataGenerator.h"
#include "ServerConfig.h"

#include <QStringList>

class QCommandLineParser;

namespace WalletDesk::Server {

// The server's settings, from its configuration file and its command line:
// the one table of options. A setting is any option that takes a value; the
// file names it without the "--" (`port = 8443`) and a flag given on the
// command line wins over the file.
//
// The file: /etc/walletdesk/server.conf when it exists, or the one --config
// names; --no-config reads none (the tests: a machine with the package
// installed runs them unchanged). Plain `key = value` lines and `#` comment lines; an unknown key,
// a key given twice or a bad value is an error naming the file and the line. Relative paths (db,
// cert, key, sms-log) are relative to the file's folder.
class ServerOptions
{
public:
    static constexpr char defaultConfigFile[] = "/etc/walletdesk/server.conf";

    struct Settings
    {
        ServerConfig config;
        DemoDataGenerator::Options demo;
        QString configFile; // the file read; empty when none
    };

    // Every setting, --config, and the server's own flags (--generate,
    // --demo-agents).
    static void addServerOptions(QCommandLineParser &parser);
    // Only the settings an administration command uses (--db,
    // --pbkdf2-iterations) and --config; the file may still hold every key.
    static void addAdminOptions(QCommandLineParser &parser);

    // After parser.process(): the file under the flags. False with *error
    // ("--port must be 0 to 65535", "FILE:3: unknown setting \"prot\"").
    static bool read(const QCommandLineParser &flags, Settings *settings, QString *error);

private:
    struct FileSetting
    {
        QString key;
        QString value;
        int line;
    };
    static bool readFile(const QString &path, QList<FileSetting> *settings, QString *error);
    static bool isSetting(const QString &name);
    static bool apply(const QCommandLineParser &values, Settings *settings, QString *error);
};

} // namespace WalletDesk::Server
