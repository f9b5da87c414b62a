#pragma once

#include "ServerOptions.h"

#include <QStringList>

namespace WalletDesk::Server {

// `walletdesk-server admin ...`: what an operator does on the server's
// machine, on the store the server's settings name (--db or --config).
//   admin create-user NAME --role admin|supervisor|agent [--display-name TEXT]
//   admin create-user NAME --reset-password
//   admin backup FILE
//   admin restore FILE
class AdminCommand
{
public:
    // arguments as main() has them ("walletdesk-server", "admin", ...).
    // Returns the process's exit code.
    static int run(const QStringList &arguments);

private:
    static int createUser(const QCommandLineParser &parser, const ServerOptions::Settings &settings,
        const QString &name);
};

} // namespace WalletDesk::Server
