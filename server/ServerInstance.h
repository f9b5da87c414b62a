#pragma once

#include "Router.h"
#include "ServerConfig.h"

#include <QObject>
#include <QSslConfiguration>

#include <memory>

namespace WalletDesk::Server {

class ApiServer;
class GuardedListener;
class ServerContext;
class AuthApi;

// One complete server: its own database connection, modules, router and
// HTTPS listener. Several can run in their own threads on one port
// (SO_REUSEPORT); they share nothing but the store.
class ServerInstance : public QObject
{
    Q_OBJECT

public:
    explicit ServerInstance(ServerConfig config, QObject *parent = nullptr);
    ~ServerInstance() override;

    // Opens the store and starts listening on listenFd if given (a bound,
    // listening socket), else on config.bindAddress:config.port. Returns
    // the port, or 0 with *error set.
    quint16 start(QString *error, qintptr listenFd = -1);

    // New connections get this certificate and key; open ones keep theirs.
    // Call on the instance's thread.
    void useTls(const QSslConfiguration &tls);

    // Reads config's certificate and key files into a server TLS setup.
    static bool loadTls(const ServerConfig &config, QSslConfiguration *tls, QString *error);

    // A listening TCP socket with SO_REUSEPORT, for several instances.
    static qintptr makeSharedListener(const QHostAddress &address, quint16 port, QString *error);

private:
    ServerConfig m_config;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<Router> m_router;
    std::vector<std::shared_ptr<void>> m_modules;
    ApiServer *m_server = nullptr;
    GuardedListener *m_listener = nullptr;
};

} // namespace WalletDesk::Server
