#include "ApiClient.h"

#include <QJsonDocument>

namespace WalletDesk {

ApiClient::ApiClient(const ConsoleSettings &settings, const TlsPolicy &tls, QObject *parent)
    : QObject(parent)
    , m_server(settings.serverUrl)
    , m_tls(tls)
    , m_timeoutMs(settings.requestTimeoutSeconds * 1000)
{
    // Cookies play no part in this API.
    m_network.setCookieJar(nullptr);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void ApiClient::send(const ApiJob::Spec &spec, QObject *context, Callback callback)
{
    sendOnce(spec, context, std::move(callback), true);
}

void ApiClient::get(const QString &path, QObject *context, Callback callback)
{
    send({"GET", path, {}, {}}, context, std::move(callback));
}

void ApiClient::post(const QString &path, const QJsonObject &body, QObject *context,
    Callback callback, const QMap<QByteArray, QByteArray> &headers)
{
    send({"POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers}, context,
        std::move(callback));
}

void ApiClient::write(const QByteArray &method, const QString &path, const QJsonObject &body,
    QObject *context, Callback callback, const QMap<QByteArray, QByteArray> &headers)
{
    send({method, path,
             body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
             headers},
        context, std::move(callback));
}

void ApiClient::sendOnce(
    const ApiJob::Spec &spec, QPointer<QObject> context, Callback callback, bool mayRefresh)
{
    auto *job = new ApiJob(&m_network, m_server, m_tls, spec, m_timeoutMs, this);
    job->setAccessToken(m_token);
    connect(job, &ApiJob::finished, this, [=, this](const ApiResult &result) {
        if (!context)
            return;
        const bool expired
            = result.status == 401 && result.error.code == QLatin1String("token_expired");
        if (expired && mayRefresh && m_refresher) {
            m_refresher([=, this](bool refreshed) {
                if (refreshed)
                    sendOnce(spec, context, callback, false);
                else if (context)
                    callback(result);
            });
            return;
        }
        if (result.status == 401 && !spec.path.startsWith(QLatin1String("/api/v1/auth/")))
            Q_EMIT sessionEnded(result.message);
        callback(result);
    });
    job->start();
}

} // namespace WalletDesk
