#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <chrono>

namespace FloorSim {

using Headers = QList<QPair<QByteArray, QByteArray>>;

inline qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// One HTTP/1.1 request as the console sends it (docs/api.md): JSON in, JSON out.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // path and query
    QByteArray body; // JSON; empty: none
    QByteArray token; // bearer token; empty: none
    Headers headers; // Idempotency-Key, X-Call-Id, If-None-Match, ...
};

struct HttpResponse
{
    int status = 0; // 0: no answer (connection failure or timeout; see error)
    QByteArray error;
    QByteArray body;
    qint64 queuedNs = 0; // waiting for a free connection of the pool
    qint64 latencyNs = 0; // from the request's first byte written to the answer's last read

    bool transportFailed() const { return status == 0; }
};

} // namespace FloorSim
