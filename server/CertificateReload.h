#pragma once

#include "ServerConfig.h"

#include <QObject>
#include <QSslConfiguration>

class QSslServer;
class QSslSocket;
class QTimer;

namespace WalletDesk::Server {

// Reads the certificate and key files again (a renewal) and proves the pair
// before any listener takes it: a TLS handshake over loopback with it, in the
// event loop. A key that does not belong to the certificate passes every
// PEM check yet fails every handshake; this finds it before the clients do.
// One reload per object: start(), then exactly one of the two signals.
class CertificateReload : public QObject
{
    Q_OBJECT

public:
    explicit CertificateReload(const ServerConfig &config, QObject *parent = nullptr);
    void start();

    // The same, to its end, for the start of the server (before its event
    // loop runs, so nothing else waits on this one).
    static bool checkAtStart(const ServerConfig &config, QString *error);

Q_SIGNALS:
    void succeeded(const QSslConfiguration &tls);
    void failed(const QString &reason);

private:
    void finish(const QString &failure);

    const ServerConfig m_config;
    QSslConfiguration m_tls;
    QSslServer *m_server = nullptr;
    QSslSocket *m_client = nullptr;
    QTimer *m_deadline = nullptr;
    QString m_serverError;
    bool m_done = false;
};

} // namespace WalletDesk::Server
