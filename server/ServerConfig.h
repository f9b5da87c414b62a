#pragma once

#include "AbuseLimits.h"

#include <QHostAddress>
#include <QString>

namespace WalletDesk::Server {

// Everything the server can be told on its command line.
struct ServerConfig
{
    QString database;        // SQLite file path or postgres:// URL
    QHostAddress bindAddress = QHostAddress::LocalHost;
    quint16 port = 8443;
    QString certificateFile;
    QString keyFile;
    QString smsLogFile;      // where the simulated SMS gateway writes; empty: table only
    int threads = 1;
    int accessTokenSeconds = 15 * 60;
    int refreshTokenSeconds = 12 * 3600;
    int codeSeconds = 5 * 60;         // a one-time code is valid this long
    int verifiedSeconds = 15 * 60;    // a verified caller stays verified this long
    int verificationTries = 3;
    int lockoutThreshold = 5;         // failed sign-ins before the agent is locked out
    int lockoutSeconds = 15 * 60;
    int pbkdf2Iterations = 50000;
    qint64 maxBodyBytes = 64 * 1024;
    AbuseLimits limits;
};

} // namespace WalletDesk::Server
