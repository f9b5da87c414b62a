#include "ServerInstance.h"

#include "AccountsApi.h"
#include "ActionsApi.h"
#include "AeadCiphers.h"
#include "ApiModules.h"
#include "ApiServer.h"
#include "AttachmentsApi.h"
#include "AuditApi.h"
#include "AuthApi.h"
#include "CallbacksApi.h"
#include "CallsApi.h"
#include "ChangesApi.h"
#include "ComplaintsApi.h"
#include "ExportsApi.h"
#include "PresenceApi.h"
#include "ReferenceApi.h"
#include "ReportsApi.h"
#include "ServerContext.h"
#include "TransactionsApi.h"
#include "VerificationApi.h"
#include "WallboardApi.h"

#include <QFile>
#include <QSslCipher>
#include <QSslKey>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace WalletDesk::Server {

namespace {

template<typename Module> std::shared_ptr<void> mount(const ServerContext &ctx, Router &router)
{
    auto module = std::make_shared<Module>(ctx);
    module->registerRoutes(router);
    return module;
}

bool loadTls(const ServerConfig &config, QSslConfiguration *tls, QString *error)
{
    QFile certFile(config.certificateFile);
    QFile keyFile(config.keyFile);
    if (!certFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the certificate %1: %2")
                     .arg(config.certificateFile, certFile.errorString());
        return false;
    }
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the private key %1: %2")
                     .arg(config.keyFile, keyFile.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        *error = QStringLiteral("the certificate or key file holds no usable PEM data");
        return false;
    }
    *tls = QSslConfiguration::defaultConfiguration();
    tls->setLocalCertificate(chain.first());
    if (chain.size() > 1)
        tls->setLocalCertificateChain(chain);
    tls->setPrivateKey(key);
    tls->setProtocol(QSsl::TlsV1_2OrLater);
    tls->setCiphers(aeadCiphers()); // the console accepts the same list (models/AeadCiphers.h)
    if (tls->ciphers().isEmpty()) {
        *error = QStringLiteral("the TLS library offers none of the AEAD cipher suites");
        return false;
    }
    tls->setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with bearer tokens
    return true;
}

} // namespace

ServerInstance::ServerInstance(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

ServerInstance::~ServerInstance()
{
    delete m_server;
    m_modules.clear();
    if (m_context) {
        Database db = m_context->db();
        m_context.reset();
        db.close();
    }
}

quint16 ServerInstance::start(QString *error, qintptr listenFd)
{
    QSslConfiguration tls;
    if (!loadTls(m_config, &tls, error))
        return 0;
    try {
        const QString name = QStringLiteral("server-%1").arg(quintptr(QThread::currentThreadId()));
        m_context
            = std::make_unique<ServerContext>(Database::open(m_config.database, name), m_config);
    } catch (const DatabaseError &e) {
        *error = QString::fromStdString(e.what());
        return 0;
    }
    m_router = std::make_unique<Router>();
    m_router->setMaxBodyBytes(m_config.maxBodyBytes);
    m_modules = mountApiModules(*m_context, *m_router);

    m_server = new ApiServer(*m_router);
    // The listener accepts, runs the handshake and watches every connection
    // under the limits of m_config (ApiServer.h says why it is not QSslServer).
    ConnectionLimits limits = ConnectionLimits::from(m_config);
    limits.maxBodyBytesFor = [router = m_router.get()](
                                 const QByteArray &line) { return router->maxBodyBytesFor(line); };
    auto *listener = new GuardedListener(tls, limits, m_server);
    listener->setListenBacklogSize(1024);
    const bool ok = listenFd >= 0 ? listener->setSocketDescriptor(listenFd)
                                  : listener->listen(m_config.bindAddress, m_config.port);
    if (!ok) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_config.bindAddress.toString())
                     .arg(m_config.port)
                     .arg(listener->errorString());
        return 0;
    }
    m_server->bind(listener);
    return listener->serverPort();
}

qintptr ServerInstance::makeSharedListener(
    const QHostAddress &address, quint16 port, QString *error)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    sockaddr_storage storage {};
    socklen_t length;
    if (v6) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR a = address.toIPv6Address();
        memcpy(&in6->sin6_addr, &a, sizeof a);
        length = sizeof *in6;
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof *in4;
    }
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0
        || ::listen(fd, 1024) != 0) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(QString::fromLocal8Bit(strerror(errno)));
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace WalletDesk::Server
