#pragma once

#include "HttpMessage.h"

#include <QObject>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <functional>

namespace FloorSim {

// One keep-alive HTTPS connection carrying one request at a time. A small
// HTTP/1.1 client of its own rather than QNetworkAccessManager: the
// simulator shares two cores with the server it measures, and this costs a
// fraction of QNAM's per-request work (docs/benchmarks.md, "A whole floor").
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(HttpResponse &&)>;

    HttpConnection(const QString &host, quint16 port, const QSslConfiguration &tls, int timeoutMs,
        QObject *parent = nullptr);
    ~HttpConnection() override;

    void open();
    bool isReady() const { return m_ready && !m_done; }
    bool isBusy() const { return bool(m_done); }
    bool isClosed() const { return m_closed; }
    QByteArray lastError() const { return m_error; }
    // Sends now; the connection must be ready.
    void send(const HttpRequest &request, qint64 queuedNs, Done done);

Q_SIGNALS:
    void ready(); // handshake done, or an answer read and the connection kept
    void closed(); // no longer usable; the pool forgets it

private:
    void onReadyRead();
    // Parses m_in; true when a whole answer is there (m_status, m_body set).
    bool parse();
    void finish(HttpResponse &&response, bool keep);
    void fail(const QByteArray &why);

    QSslSocket m_socket;
    QString m_host;
    quint16 m_port;
    QTimer m_timeout;
    bool m_ready = false;
    bool m_closed = false;
    QByteArray m_error;
    Done m_done;
    QByteArray m_hostHeader;
    QByteArray m_in;
    qint64 m_queuedNs = 0;
    qint64 m_sentNs = 0;
    // Parser state of the answer being read.
    int m_status = 0;
    qsizetype m_headerEnd = -1;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_closeAfter = false;
    QByteArray m_body;
};

} // namespace FloorSim
