#pragma once

#include "ApiResult.h"
#include "TlsPolicy.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace WalletDesk {

// One API call: its own timeout that network activity resets, cancel, a
// bounded resend where resending is safe (GET, or a write with an
// Idempotency-Key), no redirects, a pinned public key if configured, and the
// outcome as an ApiResult with a message for people. Emits finished() once,
// then deletes itself.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    struct Spec
    {
        QByteArray method = "GET";
        QString path; // below the server URL, e.g. "/api/v1/accounts/1"
        QByteArray body; // JSON, for writes
        QMap<QByteArray, QByteArray> headers; // extra headers
    };

    ApiJob(QNetworkAccessManager *network, const QUrl &server, const TlsPolicy &tls, Spec spec,
        int timeoutMs, QObject *parent = nullptr);

    void setAccessToken(const QByteArray &token) { m_token = token; }
    bool isSafeToResend() const;

    void start();
    void cancel();

Q_SIGNALS:
    void finished(const WalletDesk::ApiResult &result);

private:
    static QString tooManyMessage(const ApiResult &result);
    void send();
    void onFinished();
    void finish(ApiResult result);
    ApiResult resultOf(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QUrl m_server;
    TlsPolicy m_tls;
    Spec m_spec;
    QByteArray m_token;
    QTimer m_timeout;
    QPointer<QNetworkReply> m_reply;
    int m_attempt = 0;
    // Sends of one request in all, for the resends that are safe.
    static constexpr int maxAttempts = 3;
    QList<QSslError> m_sslErrors;
    bool m_timedOut = false;
    bool m_pinRejected = false;
    bool m_done = false;
};

} // namespace WalletDesk
