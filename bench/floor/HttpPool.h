#pragma once

#include "HttpConnection.h"
#include "HttpTransport.h"

#include <QList>
#include <QUrl>

#include <deque>

namespace FloorSim {

// Up to N keep-alive connections shared by every simulated agent (10,000
// consoles would each hold their own; the server sees the same requests over
// fewer sockets, and the simulator stays light). Requests wait in one queue
// for the first free connection; the wait is reported apart from latency.
class HttpPool : public HttpTransport
{
public:
    HttpPool(const QUrl &base, const QSslConfiguration &tls, int maxConnections, int timeoutMs,
        QObject *parent = nullptr);
    ~HttpPool() override;

    void send(HttpRequest request, Done done) override;
    int openConnections() const override { return int(m_connections.size()); }
    int queued() const override { return int(m_queue.size()); }

private:
    struct Pending
    {
        HttpRequest request;
        HttpConnection::Done done;
        qint64 enqueuedNs;
    };
    void dispatch();
    void openOne();

    QString m_host;
    quint16 m_port;
    QSslConfiguration m_tls;
    int m_max;
    int m_timeoutMs;
    QList<HttpConnection *> m_connections;
    QList<HttpConnection *> m_idle; // most recently used last
    std::deque<Pending> m_queue;
    int m_connecting = 0;
    qint64 m_opened = 0;
    bool m_dispatching = false;
};

} // namespace FloorSim
