#pragma once

#include "HttpTransport.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>

namespace FloorSim {

// The same requests through QNetworkAccessManager, as the console sends
// them (ApiJob). QNAM opens at most 6 connections to a host: one manager per
// 6 of --connections, used in turn.
class QnamPool : public HttpTransport
{
public:
    QnamPool(const QUrl &base, const QSslConfiguration &tls, int maxConnections, int timeoutMs,
        QObject *parent = nullptr);

    void send(HttpRequest request, Done done) override;
    int openConnections() const override { return int(m_managers.size()) * 6; }
    int queued() const override { return 0; }

private:
    QUrl m_base;
    QSslConfiguration m_tls;
    int m_timeoutMs;
    QList<std::shared_ptr<QNetworkAccessManager>> m_managers;
    qsizetype m_next = 0;
};

} // namespace FloorSim
