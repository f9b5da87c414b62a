#include "MetricsListener.h"

#include "Metrics.h"
#include "MetricsExposition.h"
#include "MetricsSessionCount.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

#include <sys/socket.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcMetrics)

namespace WalletDesk::Server {

namespace {

QByteArray response(int status, const char *reason, const QByteArray &contentType,
    const QByteArray &body, bool headOnly = false, const QByteArray &extraHeaders = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\nConnection: close\r\n" + extraHeaders + "\r\n";
    if (!headOnly)
        out += body;
    return out;
}

QByteArray plain(int status, const char *reason, const char *message,
    const QByteArray &extraHeaders = {}, bool headOnly = false)
{
    return response(status, reason, "text/plain; charset=utf-8", QByteArray(message) + '\n',
        headOnly, extraHeaders);
}

struct RequestLine
{
    QByteArray method;
    QByteArray path;
};

// "GET /metrics HTTP/1.1"; empty when the line is not one.
std::optional<RequestLine> parseRequestLine(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || parts.at(0).isEmpty() || !parts.at(1).startsWith('/')
        || (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0"))
        return std::nullopt;
    for (char c : parts.at(0))
        if (c < 'A' || c > 'Z')
            return std::nullopt;
    for (char c : parts.at(1))
        if (c <= ' ' || c >= 127)
            return std::nullopt;
    const qsizetype query = parts.at(1).indexOf('?');
    return RequestLine {parts.at(0), query < 0 ? parts.at(1) : parts.at(1).left(query)};
}

// Whether what has arrived can still become a request: a method is made of
// capital letters up to its space (a TLS handshake, say, is refused at
// once rather than at the deadline).
bool startsLikeRequest(const QByteArray &received)
{
    for (char c : received) {
        if (c == ' ')
            return true;
        if (c < 'A' || c > 'Z')
            return false;
    }
    return received.size() <= 16;
}

} // namespace

MetricsListener::MetricsListener(ServerConfig config, QObject *parent)
    : QTcpServer(parent)
    , m_config(std::move(config))
    , m_sessions(std::make_unique<MetricsSessionCount>(m_config.database))
{
}

MetricsListener::~MetricsListener() = default;

quint16 MetricsListener::start(QString *error)
{
    // This thread's statements (the session count) are not the API's.
    Metrics::setThreadCounted(false);
    if (!listen(m_config.metricsAddress, m_config.metricsPort)) {
        *error = QStringLiteral("cannot listen for metrics on %1:%2: %3")
                     .arg(m_config.metricsAddress.toString())
                     .arg(m_config.metricsPort)
                     .arg(errorString());
        return 0;
    }
    return serverPort();
}

void MetricsListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(int(descriptor));
        return;
    }
    if (m_open >= maxConnections) {
        qCDebug(lcMetrics) << "too many metrics connections; refused one";
        socket->abort();
        delete socket;
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    auto received = std::make_shared<QByteArray>();

    // Sends the answer, then ends our side and reads whatever else arrives
    // until the peer closes, so that unread input cannot turn the close
    // into a reset that loses the answer on the way.
    const auto finish = [socket, deadline](const QByteArray &reply) {
        QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
        QObject::connect(socket, &QIODevice::readyRead, socket, [socket] { socket->readAll(); });
        QObject::connect(socket, &QIODevice::bytesWritten, socket, [socket] {
            if (socket->bytesToWrite() == 0)
                ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
        });
        socket->write(reply);
        deadline->disconnect();
        QObject::connect(deadline, &QTimer::timeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        deadline->start(2000);
    };
    connect(deadline, &QTimer::timeout, socket,
        [finish] { finish(plain(408, "Request Timeout", "the request did not arrive in time")); });
    connect(socket, &QIODevice::readyRead, socket, [this, socket, received, finish] {
        *received += socket->read(maxRequestBytes + 1 - received->size());
        if (!startsLikeRequest(*received))
            return finish(plain(400, "Bad Request", "not an HTTP request"));
        const qsizetype lineEnd = received->indexOf('\n');
        if (lineEnd >= 0 && !parseRequestLine(received->left(lineEnd)))
            return finish(plain(400, "Bad Request", "malformed request line"));
        qsizetype headEnd = received->indexOf("\r\n\r\n");
        if (headEnd < 0)
            headEnd = received->indexOf("\n\n");
        if (headEnd >= 0)
            return finish(answer(received->left(headEnd)));
        if (received->size() > maxRequestBytes)
            return finish(plain(431, "Request Header Fields Too Large",
                "the request line and headers are larger than 8192 bytes"));
    });
    deadline->start(m_config.headerTimeoutMs);
}

QByteArray MetricsListener::answer(const QByteArray &head)
{
    const qsizetype lineEnd = head.indexOf('\n');
    const std::optional<RequestLine> line
        = parseRequestLine(lineEnd < 0 ? head : head.left(lineEnd));
    if (!line)
        return plain(400, "Bad Request", "malformed request line");
    const bool headOnly = line->method == "HEAD";
    if (line->method != "GET" && !headOnly)
        return plain(
            405, "Method Not Allowed", "only GET and HEAD are served here", "Allow: GET, HEAD\r\n");
    if (line->path != "/metrics")
        return plain(404, "Not Found", "only /metrics is served here", {}, headOnly);
    return response(200, "OK", MetricsExposition::contentType, scrape(), headOnly);
}

QByteArray MetricsListener::scrape()
{
    MetricsExposition::Process process;
    process.version = QCoreApplication::applicationVersion();
    process.store = m_config.database.contains(QLatin1String("://")) ? QStringLiteral("postgresql")
                                                                     : QStringLiteral("sqlite");
    process.threads = m_config.threads;
    process.activeSessions = m_sessions->value();
    return MetricsExposition::render(Metrics::instance().totals(), process);
}

} // namespace WalletDesk::Server
