#include "FlakyProxy.h"

#include <QNetworkReply>
#include <QPointer>
#include <QSslSocket>

FlakyProxy::FlakyProxy(const QUrl &upstream, const QList<QSslCertificate> &upstreamCa,
    const QSslConfiguration &serverTls, quint32 seed)
    : m_upstream(upstream)
    , m_upstreamTls(QSslConfiguration::defaultConfiguration())
    , m_random(seed)
{
    m_upstreamTls.setCaCertificates(upstreamCa);
    m_server.setSslConfiguration(serverTls);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (m_server.hasPendingConnections()) {
            auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
            if (!socket)
                continue;
            connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

quint16 FlakyProxy::listen()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    return m_server.serverPort();
}

void FlakyProxy::respond(QSslSocket *socket, int status, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status)
        + " X\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
    bool hasType = false;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "content-length" || lower == "connection")
            continue;
        hasType |= lower == "content-type";
        out += name + ": " + value + "\r\n";
    }
    if (!hasType)
        out += "Content-Type: application/json\r\n";
    socket->write(out + "\r\n" + body);
    socket->disconnectFromHost();
}

void FlakyProxy::onReadyRead(QSslSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    QList<QPair<QByteArray, QByteArray>> headers;
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines.at(i).left(colon).trimmed();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
        headers.append({name, value});
    }
    if (buffer.size() < headerEnd + 4 + length) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("buffer", QByteArray());
    const QByteArray body = buffer.mid(headerEnd + 4, length);
    if (requestLine.size() < 2) {
        respond(socket, 400, "{}");
        return;
    }
    if (!m_onlyPath.isEmpty() && !requestLine.at(1).contains(m_onlyPath)) {
        forward(socket, requestLine.at(0), requestLine.at(1), headers, body, false);
        return;
    }
    const int roll = m_random.bounded(100);
    int edge = 0;
    if (roll < (edge += m_mix.error500)) {
        ++m_sabotaged;
        respond(socket, 500, R"({"code":"internal_error","message":"proxy says no","field":null})");
    } else if (roll < (edge += m_mix.dropBefore)) {
        ++m_sabotaged;
        socket->abort();
    } else if (roll < (edge += m_mix.dropAfter)) {
        ++m_sabotaged;
        forward(socket, requestLine.at(0), requestLine.at(1), headers, body, true);
    } else if (roll < (edge += m_mix.stall)) {
        ++m_sabotaged; // say nothing; the client's timeout has to notice
    } else if (roll < (edge += m_mix.garbage)) {
        ++m_sabotaged;
        respond(socket, 200, "<html>gateway says hello</html>", {{"Content-Type", "text/html"}});
    } else {
        forward(socket, requestLine.at(0), requestLine.at(1), headers, body, false);
    }
}

void FlakyProxy::forward(QSslSocket *socket, const QByteArray &method, const QByteArray &path,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body, bool dropAnswer)
{
    QUrl url = m_upstream;
    url.setPath(QString::fromLatin1(path).section(QLatin1Char('?'), 0, 0));
    url.setQuery(QString::fromLatin1(path).section(QLatin1Char('?'), 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setSslConfiguration(m_upstreamTls);
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower != "host" && lower != "content-length" && lower != "connection"
            && lower != "accept-encoding")
            request.setRawHeader(name, value);
    }
    QPointer<QSslSocket> client(socket);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, client, dropAnswer] {
        reply->deleteLater();
        ++m_forwarded;
        if (!client)
            return;
        if (dropAnswer) {
            client->abort();
            return;
        }
        QList<QPair<QByteArray, QByteArray>> headers;
        for (const auto &pair : reply->rawHeaderPairs())
            headers.append(pair);
        respond(client, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->readAll(), headers);
    });
}
