#pragma once

#include <QAbstractHttpServer>

namespace WalletDesk::Server {

class Router;

// The HTTPS front: hands every request to the Router and writes its Reply.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit ApiServer(const Router &router, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    const Router &m_router;
};

} // namespace WalletDesk::Server
