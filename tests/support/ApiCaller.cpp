#include "ApiCaller.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

ApiCaller::ApiCaller(const QString &baseUrl, const QList<QSslCertificate> &trusted)
    : m_baseUrl(baseUrl)
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    m_tls.setCaCertificates(trusted); // only the test CA, not the system store
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

QNetworkRequest ApiCaller::request(
    const QString &path, const QMap<QByteArray, QByteArray> &headers) const
{
    QNetworkRequest r(QUrl(m_baseUrl + path));
    r.setSslConfiguration(m_tls);
    r.setTransferTimeout(30000);
    if (!m_token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        r.setRawHeader(it.key(), it.value());
    return r;
}

ApiCaller::Response ApiCaller::responseOf(QNetworkReply *reply)
{
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        r.networkError = reply->errorString();
    return r;
}

ApiCaller::Response ApiCaller::send(const QByteArray &method, const QString &path,
    const QByteArray &body, const QMap<QByteArray, QByteArray> &headers)
{
    return sendConcurrently(method, path, body, headers, 1).first();
}

QNetworkReply *ApiCaller::start(const QByteArray &method, const QString &path,
    const QByteArray &body, const QMap<QByteArray, QByteArray> &headers)
{
    QMap<QByteArray, QByteArray> all = headers;
    if (!body.isEmpty() && !all.contains("Content-Type"))
        all.insert("Content-Type", "application/json");
    return m_network.sendCustomRequest(request(path, all), method, body);
}

QList<ApiCaller::Response> ApiCaller::sendConcurrently(const QByteArray &method,
    const QString &path, const QByteArray &body, const QMap<QByteArray, QByteArray> &headers,
    int count)
{
    return sendTogether(QList<Request>(count, Request {this, method, path, body, headers}));
}

QList<ApiCaller::Response> ApiCaller::sendTogether(const QList<Request> &requests)
{
    QList<QNetworkReply *> replies;
    QEventLoop loop;
    qsizetype pending = requests.size();
    for (const Request &r : requests) {
        QNetworkReply *reply = r.caller->start(r.method, r.path, r.body, r.headers);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (--pending == 0)
                loop.quit();
        });
        replies.append(reply);
    }
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();
    QList<Response> responses;
    for (QNetworkReply *reply : replies) {
        responses.append(responseOf(reply));
        reply->deleteLater();
    }
    return responses;
}

ApiCaller::Response ApiCaller::signIn(const QString &username, const QString &password)
{
    m_token.clear();
    Response r = post(QStringLiteral("/api/v1/auth/login"),
        {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    if (r.status == 200)
        m_token = r.json.value(QStringLiteral("accessToken")).toString();
    return r;
}

ApiCaller::Response ApiCaller::get(const QString &path, const QMap<QByteArray, QByteArray> &headers)
{
    return send("GET", path, {}, headers);
}

ApiCaller::Response ApiCaller::post(
    const QString &path, const QJsonObject &body, const QMap<QByteArray, QByteArray> &headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

ApiCaller::Response ApiCaller::patch(
    const QString &path, const QJsonObject &body, const QMap<QByteArray, QByteArray> &headers)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

ApiCaller::Response ApiCaller::put(
    const QString &path, const QJsonObject &body, const QMap<QByteArray, QByteArray> &headers)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}
