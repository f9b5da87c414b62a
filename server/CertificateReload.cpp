#include "CertificateReload.h"

#include "ServerInstance.h"

#include <QEventLoop>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace WalletDesk::Server {

CertificateReload::CertificateReload(const ServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
}

void CertificateReload::start()
{
    QString error;
    if (!ServerInstance::loadTls(m_config, &m_tls, &error)) {
        // Queued, so that a caller connects the same way for both outcomes.
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    m_server = new QSslServer(this);
    m_server->setSslConfiguration(m_tls);
    connect(m_server, &QSslServer::errorOccurred, this,
        [this](QSslSocket *socket, QAbstractSocket::SocketError) {
            m_serverError = socket->errorString();
        });
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        QMetaObject::invokeMethod(
            this, [this] { finish(QStringLiteral("cannot test the pair: no loopback port")); },
            Qt::QueuedConnection);
        return;
    }
    m_client = new QSslSocket(this);
    m_client->setPeerVerifyMode(QSslSocket::VerifyNone); // the pair is tested, not its trust
    connect(m_client, &QSslSocket::encrypted, this, [this] {
        const QList<QSslCertificate> chain = m_client->peerCertificateChain();
        finish(!chain.isEmpty() && chain.first() == m_tls.localCertificate()
                ? QString()
                : QStringLiteral("the test handshake showed another certificate"));
    });
    connect(m_client, &QAbstractSocket::errorOccurred, this, [this] {
        QString why = m_serverError.isEmpty() ? m_client->errorString() : m_serverError;
        while (why.endsWith(QLatin1Char(':')) || why.endsWith(QLatin1Char(' ')))
            why.chop(1);
        finish(QStringLiteral("the certificate and the key do not work together in a TLS "
                              "handshake (is the key the certificate's?): %1")
                   .arg(why));
    });
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this,
        [this] { finish(QStringLiteral("the test handshake did not finish in 10 s")); });
    m_deadline->start(10'000);
    m_client->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->serverPort());
}

bool CertificateReload::checkAtStart(const ServerConfig &config, QString *error)
{
    CertificateReload reload(config);
    QEventLoop loop;
    bool ok = false;
    connect(&reload, &CertificateReload::succeeded, &loop, [&] {
        ok = true;
        loop.quit();
    });
    connect(&reload, &CertificateReload::failed, &loop, [&](const QString &reason) {
        *error = reason;
        loop.quit();
    });
    reload.start();
    loop.exec();
    return ok;
}

void CertificateReload::finish(const QString &failure)
{
    if (m_done)
        return;
    m_done = true;
    if (m_deadline)
        m_deadline->stop();
    if (m_client)
        m_client->abort();
    if (failure.isEmpty())
        Q_EMIT succeeded(m_tls);
    else
        Q_EMIT failed(failure);
}

} // namespace WalletDesk::Server
