#pragma once

#include "HttpMessage.h"

#include <QObject>

#include <functional>

namespace FloorSim {

// How the simulated agents' requests reach the server: the simulator's own
// HTTP/1.1 pool (HttpPool, the default) or QNetworkAccessManager (QnamPool,
// --client qnam, kept to measure what the console's own stack would cost).
class HttpTransport : public QObject
{
public:
    using Done = std::function<void(HttpResponse &&)>;
    using QObject::QObject;

    // One attempt: done gets the answer or a transport failure (status 0).
    virtual void send(HttpRequest request, Done done) = 0;
    virtual int openConnections() const = 0;
    virtual int queued() const = 0;
};

} // namespace FloorSim
