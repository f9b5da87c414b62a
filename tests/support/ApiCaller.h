#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>

// A blocking HTTPS caller for tests that trusts only the given CA. Test-only:
// the console's own client is asynchronous.
class ApiCaller
{
public:
    struct Response
    {
        int status = 0;
        QJsonObject json;
        QByteArray body;
        QMap<QByteArray, QByteArray> headers;
        QString networkError;

        QJsonArray items() const { return json.value(QStringLiteral("items")).toArray(); }
        QString code() const { return json.value(QStringLiteral("code")).toString(); }
        QString field() const { return json.value(QStringLiteral("field")).toString(); }
    };

    ApiCaller(const QString &baseUrl, const QList<QSslCertificate> &trusted);

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    // Signs in and keeps the access token; returns the login response.
    Response signIn(const QString &username, const QString &password);

    Response get(const QString &path, const QMap<QByteArray, QByteArray> &headers = {});
    Response post(const QString &path, const QJsonObject &body,
        const QMap<QByteArray, QByteArray> &headers = {});
    Response patch(const QString &path, const QJsonObject &body,
        const QMap<QByteArray, QByteArray> &headers = {});
    Response put(const QString &path, const QJsonObject &body,
        const QMap<QByteArray, QByteArray> &headers = {});
    Response send(const QByteArray &method, const QString &path, const QByteArray &body,
        const QMap<QByteArray, QByteArray> &headers = {});
    // Sends many requests at once and waits for all of them.
    QList<Response> sendConcurrently(const QByteArray &method, const QString &path,
        const QByteArray &body, const QMap<QByteArray, QByteArray> &headers, int count);

    // One request of a batch for sendTogether(), through any caller.
    struct Request
    {
        ApiCaller *caller = nullptr;
        QByteArray method;
        QString path;
        QByteArray body;
        QMap<QByteArray, QByteArray> headers;
    };
    // Issues every request before waiting for any answer, so that they
    // overlap (on several callers: several servers), then waits for all.
    // The responses are in the order of the requests.
    static QList<Response> sendTogether(const QList<Request> &requests);

    // Starts a request without waiting; read the answer with responseOf()
    // once the reply has finished, then deleteLater() it.
    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body,
        const QMap<QByteArray, QByteArray> &headers = {});
    static Response responseOf(QNetworkReply *reply);

    QNetworkAccessManager &network() { return m_network; }

private:
    QNetworkRequest request(const QString &path, const QMap<QByteArray, QByteArray> &headers) const;

    QString m_baseUrl;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_network;
    QString m_token;
};
