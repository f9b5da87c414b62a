#include "QnamPool.h"

#include <QNetworkReply>

namespace FloorSim {

QnamPool::QnamPool(const QUrl &base, const QSslConfiguration &tls, int maxConnections,
    int timeoutMs, QObject *parent)
    : HttpTransport(parent)
    , m_base(base)
    , m_tls(tls)
    , m_timeoutMs(timeoutMs)
{
    for (int i = 0; i < (maxConnections + 5) / 6; ++i) {
        auto manager = std::make_shared<QNetworkAccessManager>();
        manager->setCookieJar(nullptr);
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_managers.append(manager);
    }
}

void QnamPool::send(HttpRequest request, Done done)
{
    QNetworkAccessManager *manager = m_managers.at(m_next++ % m_managers.size()).get();
    QUrl url = m_base;
    const QByteArray target = request.target;
    const qsizetype q = target.indexOf('?');
    url.setPath(QString::fromLatin1(q < 0 ? target : target.left(q)));
    if (q >= 0)
        url.setQuery(QString::fromLatin1(target.mid(q + 1)), QUrl::StrictMode);
    QNetworkRequest r(url);
    r.setSslConfiguration(m_tls);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setTransferTimeout(m_timeoutMs);
    r.setRawHeader("Accept", "application/json");
    if (!request.token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + request.token);
    if (!request.body.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);
    // QNAM does not say when the request left: the latency includes its own queue.
    const qint64 sent = nowNs();
    QNetworkReply *reply = manager->sendCustomRequest(r, request.method, request.body);
    connect(reply, &QNetworkReply::finished, this, [reply, sent, done = std::move(done)] {
        reply->deleteLater();
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.latencyNs = nowNs() - sent;
        if (response.status == 0)
            response.error = reply->errorString().toUtf8();
        done(std::move(response));
    });
}

} // namespace FloorSim
