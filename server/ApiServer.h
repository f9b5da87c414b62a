#pragma once

#include "ServerConfig.h"

#include <QAbstractHttpServer>
#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>

namespace WalletDesk::Server {

class ReplyQueue;
class Router;

// The HTTPS front: hands every request to the Router and writes its Reply.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit ApiServer(const Router &router, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    const Router &m_router;
    ReplyQueue *m_replies;
};

// What one connection may take of the server; ServerConfig holds the values.
struct ConnectionLimits
{
    int handshakeTimeoutMs = 10'000;
    int headerTimeoutMs = 10'000;
    int bodyTimeoutMs = 10'000;
    int bodyMinRate = 1024;
    int idleTimeoutMs = 60'000;
    qint64 maxHeaderBytes = 32 * 1024;
    qint64 maxBodyBytes = 64 * 1024;
    int maxConnectionsPerAddress = 256;
    // A route's own body limit by its request line (Router::maxBodyBytesFor);
    // unset: maxBodyBytes for every request.
    std::function<qint64(const QByteArray &requestLine)> maxBodyBytesFor;

    static ConnectionLimits from(const ServerConfig &config);
};

// The accept and read loop in front of ApiServer: the one place every
// connection passes. Qt 6.4's QSslServer counts connections still in their TLS
// handshake against maxPendingConnections (30) and stops accepting until one
// of them times out (5 s), and QHttpServer reads a whole request, however
// large or slow, before anything sees it. This listener instead
//  - accepts every connection at once, up to a cap per client address;
//  - runs the TLS handshake under its own deadline;
//  - hands only encrypted sockets to the ApiServer, each watched by a guard
//    that sees every byte before QHttpServer reads it: it tracks the framing
//    of each request (headers, Content-Length or chunked body), holds the
//    headers and the body to deadlines (the body to a minimum rate), answers
//    413 by Content-Length or when a chunked body passes the limit, 431 for
//    oversized headers, 408 for a request that is too slow, and closes idle
//    keep-alive connections. A refused connection never reaches QHttpServer
//    again; its remaining input is read and dropped until it closes.
class GuardedListener : public QTcpServer
{
    Q_OBJECT

public:
    GuardedListener(const QSslConfiguration &tls, const ConnectionLimits &limits, ApiServer *http);
    // For connections accepted from now on (a renewed certificate).
    void setTlsConfiguration(const QSslConfiguration &tls) { m_tls = tls; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslConfiguration m_tls;
    ConnectionLimits m_limits;
    ApiServer *m_http;
};

} // namespace WalletDesk::Server
