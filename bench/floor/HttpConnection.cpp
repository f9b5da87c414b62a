#include "HttpConnection.h"

namespace FloorSim {

HttpConnection::HttpConnection(
    const QString &host, quint16 port, const QSslConfiguration &tls, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
    , m_hostHeader(host.toLatin1() + ':' + QByteArray::number(port))
{
    m_socket.setSslConfiguration(tls);
    m_socket.setPeerVerifyName(host);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] { fail("timeout"); });
    connect(&m_socket, &QSslSocket::encrypted, this, [this] {
        m_timeout.stop();
        m_ready = true;
        Q_EMIT ready();
    });
    connect(&m_socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(&m_socket, &QSslSocket::disconnected, this, [this] { fail("connection closed"); });
    connect(&m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            fail(m_socket.errorString().toUtf8());
    });
    connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        fail("TLS: " + errors.value(0).errorString().toUtf8());
    });
}

HttpConnection::~HttpConnection()
{
    // The socket is destroyed last and may still signal (a disconnect) into
    // members already gone: it says nothing more to this object.
    m_socket.disconnect(this);
    m_timeout.stop();
}

void HttpConnection::open()
{
    m_timeout.start(); // the handshake has the request timeout too
    m_socket.connectToHostEncrypted(m_host, m_port);
}

void HttpConnection::send(const HttpRequest &request, qint64 queuedNs, Done done)
{
    m_done = std::move(done);
    m_queuedNs = queuedNs;
    m_in.clear();
    m_status = 0;
    m_headerEnd = -1;
    m_contentLength = -1;
    m_chunked = false;
    m_closeAfter = false;
    m_body.clear();
    QByteArray out;
    out.reserve(256 + request.body.size());
    out += request.method + ' ' + request.target + " HTTP/1.1\r\nHost: " + m_hostHeader
        + "\r\nAccept: application/json\r\n";
    if (!request.token.isEmpty())
        out += "Authorization: Bearer " + request.token + "\r\n";
    for (const auto &[name, value] : request.headers)
        out += name + ": " + value + "\r\n";
    if (!request.body.isEmpty())
        out += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(request.body.size()) + "\r\n";
    else if (request.method != "GET")
        out += "Content-Length: 0\r\n";
    out += "\r\n" + request.body;
    m_sentNs = nowNs();
    m_timeout.start();
    m_socket.write(out);
}

void HttpConnection::onReadyRead()
{
    m_in += m_socket.readAll();
    if (!m_done) {
        if (!m_in.isEmpty())
            fail("bytes from the server with no request out");
        return;
    }
    if (!parse())
        return;
    HttpResponse response;
    response.status = m_status;
    response.body = std::move(m_body);
    finish(std::move(response), !m_closeAfter);
}

bool HttpConnection::parse()
{
    if (m_headerEnd < 0) {
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_in.left(end).split('\n');
        // "HTTP/1.1 200 OK"
        const QByteArray statusLine = lines.value(0).trimmed();
        bool ok = false;
        if (statusLine.size() >= 12)
            m_status = statusLine.mid(9, 3).toInt(&ok);
        if (!ok) {
            fail("malformed status line");
            return false;
        }
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed().toLower();
            if (name == "content-length")
                m_contentLength = value.toLongLong();
            else if (name == "transfer-encoding")
                m_chunked = value.contains("chunked");
            else if (name == "connection")
                m_closeAfter = value.contains("close");
        }
        m_headerEnd = end + 4;
        m_in.remove(0, m_headerEnd);
    }
    if (m_status == 204 || m_status == 304 || (m_status >= 100 && m_status < 200))
        return true;
    if (m_chunked) {
        // size CRLF data CRLF ... 0 CRLF CRLF
        for (;;) {
            const qsizetype lineEnd = m_in.indexOf("\r\n");
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qint64 size
                = m_in.left(lineEnd).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok) {
                fail("malformed chunk");
                return false;
            }
            if (size == 0)
                return m_in.indexOf("\r\n\r\n", lineEnd) >= 0 || m_in.size() >= lineEnd + 4;
            if (m_in.size() < lineEnd + 2 + size + 2)
                return false;
            m_body += m_in.mid(lineEnd + 2, size);
            m_in.remove(0, lineEnd + 2 + size + 2);
        }
    }
    if (m_contentLength >= 0) {
        if (m_in.size() < m_contentLength)
            return false;
        m_body = m_in.left(m_contentLength);
        m_in.remove(0, m_contentLength);
        return true;
    }
    // Neither: the body runs to the end of the connection (not this server's way).
    m_closeAfter = true;
    return false;
}

void HttpConnection::finish(HttpResponse &&response, bool keep)
{
    m_timeout.stop();
    response.queuedNs = m_queuedNs;
    response.latencyNs = nowNs() - m_sentNs;
    Done done = std::exchange(m_done, nullptr);
    if (!keep) {
        m_ready = false;
        m_closed = true;
        m_socket.abort();
    }
    done(std::move(response));
    if (keep)
        Q_EMIT ready();
    else
        Q_EMIT closed();
}

void HttpConnection::fail(const QByteArray &why)
{
    if (m_closed)
        return;
    m_closed = true;
    m_ready = false;
    m_error = why;
    m_timeout.stop();
    // A body that runs to the close: the close is its end.
    if (m_done && m_headerEnd >= 0 && m_contentLength < 0 && !m_chunked
        && why == "connection closed") {
        HttpResponse response;
        response.status = m_status;
        response.body = m_in;
        response.queuedNs = m_queuedNs;
        response.latencyNs = nowNs() - m_sentNs;
        std::exchange(m_done, nullptr)(std::move(response));
    } else if (m_done) {
        HttpResponse response;
        response.error = why;
        response.queuedNs = m_queuedNs;
        response.latencyNs = nowNs() - m_sentNs;
        std::exchange(m_done, nullptr)(std::move(response));
    }
    m_socket.abort();
    Q_EMIT closed();
}

} // namespace FloorSim
