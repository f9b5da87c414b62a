#pragma once

#include "ApiJob.h"
#include "ConsoleSettings.h"

#include <QNetworkAccessManager>

#include <functional>

namespace WalletDesk {

// Makes API calls for the console's services: one ApiJob per call, the
// access token attached, and one silent refresh and resend when the server
// says the token has expired.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult &)>;
    // Gets a fresh access token and calls done(true), or done(false).
    using Refresher = std::function<void(std::function<void(bool)> done)>;

    ApiClient(const ConsoleSettings &settings, const TlsPolicy &tls, QObject *parent = nullptr);

    QUrl serverUrl() const { return m_server; }
    void setAccessToken(const QByteArray &token) { m_token = token; }
    QByteArray accessToken() const { return m_token; }
    void setRefresher(Refresher refresher) { m_refresher = std::move(refresher); }

    // callback runs on the context's thread, and only while context lives.
    void send(const ApiJob::Spec &spec, QObject *context, Callback callback);
    void get(const QString &path, QObject *context, Callback callback);
    void post(const QString &path, const QJsonObject &body, QObject *context, Callback callback,
        const QMap<QByteArray, QByteArray> &headers = {});
    // PUT, PATCH, DELETE (and POST) with a JSON body, or none when body is empty.
    void write(const QByteArray &method, const QString &path, const QJsonObject &body,
        QObject *context, Callback callback, const QMap<QByteArray, QByteArray> &headers = {});

Q_SIGNALS:
    // The server no longer accepts this sign-in; the user must sign in again.
    void sessionEnded(const QString &message);

private:
    void sendOnce(
        const ApiJob::Spec &spec, QPointer<QObject> context, Callback callback, bool mayRefresh);

    QNetworkAccessManager m_network;
    QUrl m_server;
    TlsPolicy m_tls;
    int m_timeoutMs;
    QByteArray m_token;
    Refresher m_refresher;
};

} // namespace WalletDesk
