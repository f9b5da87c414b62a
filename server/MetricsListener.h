#pragma once

#include "ServerConfig.h"

#include <QTcpServer>

#include <memory>

namespace WalletDesk::Server {

class MetricsSessionCount;

// The /metrics endpoint: plain HTTP on its own address and port
// (--metrics-address, --metrics-port), apart from the API, on a thread of its
// own so that a scrape never waits behind API requests or delays them.
// Prometheus scrapers do not sign in, and nothing served here names a
// customer; the address is loopback unless --metrics-allow-remote says
// otherwise (docs/api.md, "Metrics").
//
// One request per connection, read by this class rather than QHttpServer so
// that every malformed or oversized request gets a plain answer (400, 404,
// 405, 408, 431) and the connection is closed; a scrape is one GET.
class MetricsListener : public QTcpServer
{
    Q_OBJECT

public:
    explicit MetricsListener(ServerConfig config, QObject *parent = nullptr);
    ~MetricsListener() override;

    // Listens on the configured address and port; call on the listener's
    // thread. Returns the port, or 0 with *error set.
    quint16 start(QString *error);

    static constexpr int maxConnections = 16;
    static constexpr qsizetype maxRequestBytes = 8 * 1024;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    // The whole answer (status line, headers, body) to a request's head.
    QByteArray answer(const QByteArray &head);
    QByteArray scrape();

    ServerConfig m_config;
    std::unique_ptr<MetricsSessionCount> m_sessions;
    int m_open = 0;
};

} // namespace WalletDesk::Server
