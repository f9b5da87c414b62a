#include "ApiServer.h"

#include "Router.h"

#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApi, "walletdesk.server.api")

namespace WalletDesk::Server {

ApiServer::ApiServer(const Router &router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
{
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    const Reply reply = m_router.dispatch(request);
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    if (!reply.body.isEmpty() || reply.status != 204)
        responder.writeHeader("Content-Type", "application/json; charset=utf-8");
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeBody(reply.body);
    // The query string may hold a phone number: log the path only.
    qCDebug(lcApi).noquote() << request.method() << request.url().path() << reply.status
                             << timer.nsecsElapsed() / 1000 << "us";
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace WalletDesk::Server
