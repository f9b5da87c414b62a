#pragma once

#include "AbuseLimits.h"

#include <QHostAddress>
#include <QString>

namespace WalletDesk::Server {

// Everything the server can be told on its command line.
struct ServerConfig
{
    QString database; // SQLite file path or postgres:// URL
    QHostAddress bindAddress = QHostAddress::LocalHost;
    quint16 port = 8443;
    QString certificateFile;
    QString keyFile;
    QString smsLogFile; // where the simulated SMS gateway writes; empty: table only
    int threads = 1;
    int accessTokenSeconds = 15 * 60;
    int refreshTokenSeconds = 12 * 3600;
    int codeSeconds = 5 * 60; // a one-time code is valid this long
    int verifiedSeconds = 15 * 60; // a verified caller stays verified this long
    int verificationTries = 3;
    int lockoutThreshold = 5; // failed sign-ins before the agent is locked out
    int lockoutSeconds = 15 * 60;
    int pbkdf2Iterations = 50000;
    qint64 maxBodyBytes = 64 * 1024;

    // What a connection may take of the server (ConnectionGuard in ApiServer.h
    // enforces these on every connection, before QHttpServer reads a request).
    int handshakeTimeoutMs = 10'000; // TLS handshake, from the TCP accept
    int headerTimeoutMs = 10'000; // request line and headers, from their first byte
    int bodyTimeoutMs = 10'000; // the body: this long, plus 1 s for each bodyMinRate bytes received
    int bodyMinRate = 1024; // bytes per second a body must keep up once bodyTimeoutMs has passed
    int idleTimeoutMs = 60'000; // a keep-alive connection with no request in progress
    int maxHeaderBytes = 32 * 1024; // request line and headers together
    int maxConnectionsPerAddress
        = 256; // open connections from one client address (per process); 0: no cap

    AbuseLimits limits;

    // /metrics (MetricsListener.h): plain HTTP on an address and port of its
    // own, off unless a port is given; loopback only unless allowed.
    bool metricsEnabled = false;
    QHostAddress metricsAddress = QHostAddress::LocalHost;
    quint16 metricsPort = 0; // 0 with metricsEnabled: a free port
    bool metricsAllowRemote = false;
};

} // namespace WalletDesk::Server
