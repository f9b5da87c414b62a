#include "HttpPool.h"

namespace FloorSim {

HttpPool::HttpPool(const QUrl &base, const QSslConfiguration &tls, int maxConnections,
    int timeoutMs, QObject *parent)
    : HttpTransport(parent)
    , m_host(base.host())
    , m_port(quint16(base.port(443)))
    , m_tls(tls)
    , m_max(maxConnections)
    , m_timeoutMs(timeoutMs)
{
}

HttpPool::~HttpPool()
{
    // Connections are children, destroyed after this object's members.
    for (HttpConnection *c : std::as_const(m_connections))
        c->disconnect(this);
}

void HttpPool::send(HttpRequest request, Done done)
{
    m_queue.push_back({std::move(request), std::move(done), nowNs()});
    dispatch();
}

void HttpPool::openOne()
{
    auto *c = new HttpConnection(m_host, m_port, m_tls, m_timeoutMs, this);
    m_connections.append(c);
    ++m_connecting;
    ++m_opened;
    bool *connecting = new bool(true);
    connect(c, &HttpConnection::ready, this, [this, c, connecting] {
        if (std::exchange(*connecting, false))
            --m_connecting;
        m_idle.append(c);
        dispatch();
    });
    connect(c, &HttpConnection::closed, this, [this, c, connecting] {
        const bool neverReady = std::exchange(*connecting, false);
        if (neverReady)
            --m_connecting;
        delete connecting;
        m_connections.removeOne(c);
        m_idle.removeOne(c);
        c->deleteLater();
        // A connection that never came up fails the oldest waiting request
        // (its sender retries with backoff): a server that is down does not
        // keep the queue waiting on handshakes forever.
        if (neverReady && !m_queue.empty()) {
            Pending p = std::move(m_queue.front());
            m_queue.pop_front();
            HttpResponse response;
            response.error = c->lastError();
            response.queuedNs = nowNs() - p.enqueuedNs;
            p.done(std::move(response));
        }
        dispatch();
    });
    c->open();
}

void HttpPool::dispatch()
{
    // An answer's callback may send the agent's next request: one loop at a time.
    if (m_dispatching)
        return;
    m_dispatching = true;
    while (!m_queue.empty()) {
        HttpConnection *c = nullptr;
        while (!m_idle.isEmpty() && !c) {
            HttpConnection *candidate = m_idle.takeLast();
            if (candidate->isReady())
                c = candidate;
        }
        if (!c) {
            // Enough handshakes under way for what waits?
            while (m_connections.size() < m_max && m_connecting < qsizetype(m_queue.size()))
                openOne();
            break;
        }
        Pending p = std::move(m_queue.front());
        m_queue.pop_front();
        c->send(p.request, nowNs() - p.enqueuedNs, std::move(p.done));
    }
    m_dispatching = false;
}

} // namespace FloorSim
