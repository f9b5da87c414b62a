#include "ApiServer.h"

#include "ReplyQueue.h"
#include "Router.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QMutex>
#include <QSslSocket>
#include <QTimer>
#include <QTimerEvent>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <utility>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcApi, "walletdesk.server.api")
Q_LOGGING_CATEGORY(lcGuard, "walletdesk.server.connections")

namespace WalletDesk::Server {

ApiServer::ApiServer(const Router &router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_replies(new ReplyQueue(this))
{
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    AuditJournal::RequestScope audit; // an audited read's row: the reply waits for its commit
    Reply reply = m_router.dispatch(request);
    // The query string may hold a phone number: log the path only.
    qCDebug(lcApi).noquote() << request.method() << request.url().path() << reply.status
                             << timer.nsecsElapsed() / 1000 << "us";
    m_replies->send(socket, makeResponder(request, socket), std::move(reply), audit.ticket());
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

ConnectionLimits ConnectionLimits::from(const ServerConfig &config)
{
    ConnectionLimits limits;
    limits.handshakeTimeoutMs = config.handshakeTimeoutMs;
    limits.headerTimeoutMs = config.headerTimeoutMs;
    limits.bodyTimeoutMs = config.bodyTimeoutMs;
    limits.bodyMinRate = config.bodyMinRate;
    limits.idleTimeoutMs = config.idleTimeoutMs;
    limits.maxHeaderBytes = config.maxHeaderBytes;
    limits.maxBodyBytes = config.maxBodyBytes;
    limits.maxConnectionsPerAddress = config.maxConnectionsPerAddress;
    return limits;
}

namespace {

qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

// Open connections per client address, for the whole process: with
// --threads N the kernel spreads one client's connections over the threads.
class AddressCounts
{
public:
    bool tryAdd(const QHostAddress &address, int cap)
    {
        QMutexLocker lock(&m_mutex);
        int &count = m_counts[address];
        if (cap > 0 && count >= cap) {
            if (count == 0)
                m_counts.remove(address);
            return false;
        }
        ++count;
        return true;
    }
    void remove(const QHostAddress &address)
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_counts.find(address);
        if (it != m_counts.end() && --it.value() <= 0)
            m_counts.erase(it);
    }

private:
    QMutex m_mutex;
    QHash<QHostAddress, int> m_counts;
};

AddressCounts &addressCounts()
{
    static AddressCounts counts;
    return counts;
}

// Watches one connection from its accept to its end. It is the socket's child
// and sees every byte first: its readyRead slot is connected before
// QHttpServer's, and a second one after it notes how much QHttpServer left
// unread, so that the next call knows which bytes are new. It follows the
// framing of the requests itself (QHttpServer's parser is private) and never
// consumes a byte that QHttpServer reads.
class ConnectionGuard final : public QObject
{
public:
    ConnectionGuard(QSslSocket *socket, const QHostAddress &address, const ConnectionLimits &limits)
        : QObject(socket)
        , m_socket(socket)
        , m_address(address)
        , m_limits(limits)
    {
        setDeadline(nowMs() + m_limits.handshakeTimeoutMs);
    }

    ~ConnectionGuard() override { addressCounts().remove(m_address); }

    bool handedOver() const { return m_http != nullptr; }

    // The handshake is done: watch the requests from here on. Called before
    // the socket goes to QHttpServer, so that this slot runs before its own.
    void encrypted()
    {
        m_phase = Phase::AwaitRequest; // the first request has the header deadline
        setDeadline(nowMs() + m_limits.headerTimeoutMs);
        connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::beforeRead);
    }
    // QHttpServer has connected its slots: follow them with ours.
    void handedTo(QObject *http)
    {
        m_http = http;
        connect(m_socket, &QIODevice::readyRead, this,
            [this] { m_unconsumed = m_socket->bytesAvailable(); });
    }

protected:
    void timerEvent(QTimerEvent *event) override
    {
        if (event->timerId() != m_timer.timerId())
            return QObject::timerEvent(event);
        m_timer.stop();
        if (nowMs() < m_deadline)
            return arm();
        expire();
    }

private:
    enum class Phase { Handshake, AwaitRequest, Headers, Body, Lingering, Closing };
    enum class Chunk { Size, Data, DataEnd, Trailer };

    void setDeadline(qint64 deadline)
    {
        m_deadline = deadline;
        if (!m_feeding)
            arm();
    }
    // One timer, armed for the nearest deadline once the new bytes are
    // followed; a deadline that moved later is noticed when the timer fires,
    // so a busy connection does not re-arm it on every request.
    void arm()
    {
        if (m_timer.isActive() && m_armedFor <= m_deadline)
            return;
        m_armedFor = m_deadline;
        m_timer.start(int(qBound<qint64>(0, m_deadline - nowMs(), 24LL * 3600 * 1000)), this);
    }

    void expire()
    {
        switch (m_phase) {
        case Phase::Handshake:
            qCDebug(lcGuard) << "TLS handshake deadline passed" << m_address;
            m_socket->abort();
            m_socket->deleteLater();
            return;
        case Phase::AwaitRequest: // idle keep-alive connection, or no first request
            close();
            return;
        case Phase::Headers:
            qCDebug(lcGuard) << "header deadline passed" << m_address;
            refuse(408, "request_timeout",
                QStringLiteral("the request headers did not arrive in time"));
            return;
        case Phase::Body:
            qCDebug(lcGuard) << "body too slow" << m_address;
            refuse(408, "request_timeout", QStringLiteral("the request body arrived too slowly"));
            return;
        case Phase::Lingering:
            close();
            return;
        case Phase::Closing:
            m_socket->abort();
            return;
        }
    }

    // Quietly: a clean TLS close when everything has been sent, otherwise
    // (a peer that does not read) at once.
    void close()
    {
        m_phase = Phase::Closing;
        if (m_socket->bytesToWrite() > 0 || m_socket->state() != QAbstractSocket::ConnectedState) {
            m_socket->abort();
            return;
        }
        setDeadline(nowMs() + 2000);
        m_socket->disconnectFromHost();
    }

    // Answers the request in progress itself and takes the connection from
    // QHttpServer: what else arrives is read and dropped for up to a second and
    // a mebibyte, so that the peer gets the answer rather than a reset, then
    // the connection closes.
    void refuse(int status, const char *code, const QString &message)
    {
        if (m_http)
            QObject::disconnect(m_socket, &QIODevice::readyRead, m_http, nullptr);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->readAll();
        m_unconsumed = 0;
        static const QHash<int, QByteArray> reasons
            = {{400, "Bad Request"}, {408, "Request Timeout"}, {413, "Content Too Large"},
                {431, "Request Header Fields Too Large"}};
        const QByteArray body = QByteArray(R"({"code":")") + code + R"(","message":")"
            + message.toUtf8() + R"(","field":null})";
        QByteArray response
            = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status) + "\r\n";
        response += "Content-Type: application/json; charset=utf-8\r\n";
        response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        response += "Cache-Control: no-store\r\nConnection: close\r\n\r\n" + body;
        m_socket->write(response);
        m_phase = Phase::Lingering;
        setDeadline(nowMs() + 1000);
    }

    void beforeRead()
    {
        if (m_phase == Phase::Lingering || m_phase == Phase::Closing) {
            m_drained += m_socket->readAll().size();
            if (m_phase == Phase::Lingering && m_drained > 1024 * 1024)
                close(); // enough: whoever still sends is not listening
            return;
        }
        const qint64 available = m_socket->bytesAvailable();
        const qint64 fresh = available - m_unconsumed;
        m_unconsumed = available;
        if (fresh <= 0)
            return;
        const QByteArray buffered = m_socket->peek(available);
        const qint64 start = buffered.size() - fresh;
        if (start < 0)
            return; // cannot happen: peek returns what bytesAvailable counts
        m_feeding = true;
        feed(buffered.constData() + start, fresh);
        m_feeding = false;
        arm();
    }

    // Follows the requests through the new bytes; stops at a refusal.
    void feed(const char *data, qint64 size)
    {
        const char *const end = data + size;
        const qint64 now = nowMs();
        while (data < end) {
            switch (m_phase) {
            case Phase::AwaitRequest:
                // Whitespace between requests is skipped, as QHttpServer does.
                if (*data == ' ' || *data == '\t' || *data == '\r' || *data == '\n'
                    || *data == '\v') {
                    ++data;
                    continue;
                }
                startRequest(now);
                break;
            case Phase::Headers:
                if (!readHeaders(&data, end, now))
                    return;
                break;
            case Phase::Body:
                if (!readBody(&data, end, now))
                    return;
                break;
            default:
                return;
            }
        }
    }

    void startRequest(qint64 now)
    {
        m_phase = Phase::Headers;
        m_headerBytes = 0;
        m_line.clear();
        m_lineNumber = 0;
        m_requestLine.clear();
        m_contentLength = -1;
        m_transferEncoding.clear();
        m_framingError.clear();
        m_headerFields = 0;
        m_bearer = false;
        setDeadline(now + m_limits.headerTimeoutMs);
    }

    bool readHeaders(const char **cursor, const char *end, qint64 now)
    {
        const char *data = *cursor;
        const char *newline
            = static_cast<const char *>(std::memchr(data, '\n', size_t(end - data)));
        const qint64 taken = (newline ? newline + 1 : end) - data;
        m_headerBytes += taken;
        if (m_headerBytes > m_limits.maxHeaderBytes) {
            refuse(431, "headers_too_large",
                QStringLiteral("the request line and headers are larger than %1 bytes")
                    .arg(m_limits.maxHeaderBytes));
            return false;
        }
        m_line.append(data, newline ? newline - data : taken);
        *cursor = data + taken;
        if (!newline)
            return true;
        if (m_line.endsWith('\r'))
            m_line.chop(1);
        const bool last = m_line.isEmpty();
        if (!last && m_lineNumber++ == 0)
            m_requestLine = m_line.left(2048);
        else if (!last)
            headerLine(m_line);
        m_line.clear();
        if (last)
            return headersDone(now);
        return true;
    }

    // RFC 9110's token characters: what a header name may be made of.
    static bool isToken(const QByteArray &name)
    {
        static const QByteArray punctuation("!#$%&'*+-.^_`|~");
        return !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || punctuation.contains(c);
        });
    }

    void headerLine(const QByteArray &line)
    {
        // Qt 6.4's parser drops every header of a request with one it cannot
        // read, or with more than 100, and then frames the body its own way:
        // the bytes this guard counts as one request's body Qt would buffer
        // as another's. Such requests are refused here, before either reads on.
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon))) {
            m_framingError = "header line";
            return;
        }
        if (++m_headerFields > 100) {
            m_framingError = "header count";
            return;
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "authorization")
            m_bearer = value.startsWith("Bearer ") && value.size() > 7;
        if (name == "content-length") {
            bool ok = value.size() <= 18 && !value.isEmpty();
            for (char c : value)
                ok = ok && c >= '0' && c <= '9';
            const qint64 length = ok ? value.toLongLong() : -1;
            if (!ok || (m_contentLength >= 0 && m_contentLength != length))
                m_framingError = "Content-Length";
            m_contentLength = length;
        } else if (name == "transfer-encoding") {
            m_transferEncoding += value.toLower();
        }
    }

    bool headersDone(qint64 now)
    {
        if (!m_transferEncoding.isEmpty()
            && (m_transferEncoding != "chunked" || m_contentLength >= 0))
            m_framingError = "Transfer-Encoding";
        if (!m_framingError.isEmpty()) {
            refuse(400, "validation_failed",
                QStringLiteral("the request's %1 header is malformed")
                    .arg(QString::fromLatin1(m_framingError)));
            return false;
        }
        m_bodyLimit = m_limits.maxBodyBytesFor ? m_limits.maxBodyBytesFor(m_requestLine)
                                               : m_limits.maxBodyBytes;
        // A route's larger limit (evidence files) is for signed-in callers:
        // without a bearer token the body would only be read to answer 401.
        if (!m_bearer)
            m_bodyLimit = qMin(m_bodyLimit, m_limits.maxBodyBytes);
        if (m_contentLength > m_bodyLimit) {
            refuse(413, "payload_too_large",
                QStringLiteral("the body is larger than %1 bytes").arg(m_bodyLimit));
            return false;
        }
        m_chunked = !m_transferEncoding.isEmpty();
        if (!m_chunked && m_contentLength <= 0) {
            requestDone(now);
            return true;
        }
        m_phase = Phase::Body;
        m_bodyStart = now;
        m_bodyReceived = 0;
        m_bodyRemaining = m_contentLength;
        m_chunk = Chunk::Size;
        m_decoded = 0;
        m_line.clear();
        m_trailerBytes = 0;
        bodyProgress(0);
        return true;
    }

    // The body's deadline: bodyTimeoutMs, plus one second for each
    // bodyMinRate bytes that have arrived.
    void bodyProgress(qint64 bytes)
    {
        m_bodyReceived += bytes;
        setDeadline(m_bodyStart + m_limits.bodyTimeoutMs
            + m_bodyReceived * 1000 / qMax(1, m_limits.bodyMinRate));
    }

    void requestDone(qint64 now)
    {
        m_phase = Phase::AwaitRequest;
        setDeadline(now + m_limits.idleTimeoutMs);
    }

    bool readBody(const char **cursor, const char *end, qint64 now)
    {
        const char *data = *cursor;
        if (!m_chunked) {
            const qint64 taken = qMin<qint64>(end - data, m_bodyRemaining);
            m_bodyRemaining -= taken;
            *cursor = data + taken;
            bodyProgress(taken);
            if (m_bodyRemaining == 0)
                requestDone(now);
            return true;
        }
        // Chunked: size line, data, CRLF, ..., a zero size, trailers, an empty line.
        qint64 taken = 0;
        switch (m_chunk) {
        case Chunk::Data:
            taken = qMin<qint64>(end - data, m_chunkRemaining);
            m_chunkRemaining -= taken;
            if (m_chunkRemaining == 0)
                m_chunk = Chunk::DataEnd;
            break;
        case Chunk::Size:
        case Chunk::DataEnd:
        case Chunk::Trailer: {
            const char *newline
                = static_cast<const char *>(std::memchr(data, '\n', size_t(end - data)));
            taken = (newline ? newline + 1 : end) - data;
            m_line.append(data, newline ? newline - data : taken);
            // Qt skips the two bytes after a chunk's data unread and reads
            // no trailers: anything but CRLF there, or a trailer, would be
            // framed differently by the two readers.
            if (newline
                && ((m_chunk == Chunk::DataEnd && m_line != "\r")
                    || (m_chunk == Chunk::Trailer && m_line != "\r"))) {
                refuse(400, "validation_failed", QStringLiteral("the chunked body is malformed"));
                return false;
            }
            if (m_line.size() > 1024
                || (m_chunk == Chunk::Trailer
                    && (m_trailerBytes += taken) > m_limits.maxHeaderBytes)) {
                refuse(400, "validation_failed", QStringLiteral("the chunked body is malformed"));
                return false;
            }
            if (!newline)
                break;
            if (m_line.endsWith('\r'))
                m_line.chop(1);
            const QByteArray line = std::exchange(m_line, {});
            if (m_chunk == Chunk::DataEnd) {
                if (!line.isEmpty()) {
                    refuse(
                        400, "validation_failed", QStringLiteral("the chunked body is malformed"));
                    return false;
                }
                m_chunk = Chunk::Size;
            } else if (m_chunk == Chunk::Trailer) {
                if (line.isEmpty()) {
                    bodyProgress(taken);
                    *cursor = data + taken;
                    requestDone(now);
                    return true;
                }
            } else {
                const qsizetype extension = line.indexOf(';');
                const QByteArray digits = (extension < 0 ? line : line.left(extension)).trimmed();
                bool ok = !digits.isEmpty() && digits.size() <= 15;
                const qint64 size = ok ? digits.toLongLong(&ok, 16) : -1;
                if (!ok || size < 0) {
                    refuse(
                        400, "validation_failed", QStringLiteral("the chunked body is malformed"));
                    return false;
                }
                if (m_decoded + size > m_bodyLimit) {
                    refuse(413, "payload_too_large",
                        QStringLiteral("the body is larger than %1 bytes").arg(m_bodyLimit));
                    return false;
                }
                m_decoded += size;
                m_chunkRemaining = size;
                m_chunk = size == 0 ? Chunk::Trailer : Chunk::Data;
            }
            break;
        }
        }
        *cursor = data + taken;
        bodyProgress(taken);
        return true;
    }

    QSslSocket *const m_socket;
    const QHostAddress m_address;
    const ConnectionLimits m_limits;
    QObject *m_http = nullptr;
    Phase m_phase = Phase::Handshake;
    QBasicTimer m_timer;
    qint64 m_deadline = 0;
    qint64 m_armedFor = 0;
    qint64 m_unconsumed = 0;
    qint64 m_drained = 0;
    bool m_feeding = false;
    // The request in progress.
    QByteArray m_line;
    qint64 m_headerBytes = 0;
    int m_headerFields = 0;
    bool m_bearer = false;
    int m_lineNumber = 0;
    QByteArray m_requestLine;
    qint64 m_bodyLimit = 0;
    qint64 m_contentLength = -1;
    QByteArray m_transferEncoding;
    QByteArray m_framingError;
    bool m_chunked = false;
    qint64 m_bodyStart = 0;
    qint64 m_bodyReceived = 0;
    qint64 m_bodyRemaining = 0;
    Chunk m_chunk = Chunk::Size;
    qint64 m_chunkRemaining = 0;
    qint64 m_decoded = 0;
    qint64 m_trailerBytes = 0;
};

} // namespace

GuardedListener::GuardedListener(
    const QSslConfiguration &tls, const ConnectionLimits &limits, ApiServer *http)
    : QTcpServer(http)
    , m_tls(tls)
    , m_limits(limits)
    , m_http(http)
{
    // Accepting stops on errors such as running out of file descriptors;
    // try again shortly instead of never.
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        qCWarning(lcGuard) << "accept failed:" << error << errorString();
        QTimer::singleShot(100, this, &QTcpServer::resumeAccepting);
    });
}

void GuardedListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(int(descriptor));
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    if (!addressCounts().tryAdd(peer, m_limits.maxConnectionsPerAddress)) {
        qCDebug(lcGuard) << "too many connections from" << peer;
        socket->abort();
        delete socket;
        return;
    }
    auto *guard = new ConnectionGuard(socket, peer, m_limits);
    connect(socket, &QSslSocket::encrypted, guard, [this, socket, guard] {
        guard->encrypted();
        addPendingConnection(socket); // ApiServer takes it and connects its slots
        guard->handedTo(m_http);
    });
    // Until it is handed over, the socket is ours to delete.
    connect(socket, &QAbstractSocket::disconnected, guard, [socket, guard] {
        if (!guard->handedOver())
            socket->deleteLater();
    });
    // A failed handshake (as QSslServer does: the TLS backend has already
    // given up the connection, and a disconnectFromHost() now would crash it).
    connect(socket, &QAbstractSocket::errorOccurred, guard, [socket, guard] {
        if (!guard->handedOver())
            socket->deleteLater();
    });
    socket->setSslConfiguration(m_tls);
    socket->startServerEncryption();
}

} // namespace WalletDesk::Server
