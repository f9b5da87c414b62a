#pragma once

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslServer>
#include <QUrl>

// A small HTTPS proxy for tests that misbehaves on purpose between the
// console and the real server: answers 500, drops connections before or
// after forwarding (so the server applied a write whose answer never came),
// stalls until the client times out, or sends JSON nobody can read.
class FlakyProxy : public QObject
{
    Q_OBJECT

public:
    struct Mix
    {
        int error500 = 0; // percent of requests answered 500 without forwarding
        int dropBefore = 0; // connection closed, request never forwarded
        int dropAfter = 0; // forwarded, then the connection closed without an answer
        int stall = 0; // never answered
        int garbage = 0; // 200 with a body that is not JSON
    };

    FlakyProxy(const QUrl &upstream, const QList<QSslCertificate> &upstreamCa,
        const QSslConfiguration &serverTls, quint32 seed = 1);

    quint16 listen();
    void setMix(const Mix &mix) { m_mix = mix; }
    // Misbehaves only on requests whose path contains this (empty: on all),
    // so that a console's own background requests pass.
    void setOnlyPath(const QByteArray &fragment) { m_onlyPath = fragment; }
    int forwarded() const { return m_forwarded; }
    int sabotaged() const { return m_sabotaged; }

private:
    void onReadyRead(QSslSocket *socket);
    void forward(QSslSocket *socket, const QByteArray &method, const QByteArray &path,
        const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
        bool dropAnswer);
    static void respond(QSslSocket *socket, int status, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers = {});

    QUrl m_upstream;
    QSslConfiguration m_upstreamTls;
    QSslServer m_server;
    QNetworkAccessManager m_network;
    QRandomGenerator m_random;
    Mix m_mix;
    QByteArray m_onlyPath;
    int m_forwarded = 0;
    int m_sabotaged = 0;
};
