#include "ApiJob.h"

#include "DisplayNames.h"
#include "WorkingCalendar.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcApiJob, "walletdesk.api")

namespace WalletDesk {

ApiJob::ApiJob(QNetworkAccessManager *network, const QUrl &server, const TlsPolicy &tls, Spec spec,
    int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_server(server)
    , m_tls(tls)
    , m_spec(std::move(spec))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

bool ApiJob::isSafeToResend() const
{
    return m_spec.method == "GET" || m_spec.headers.contains("Idempotency-Key");
}

void ApiJob::start()
{
    send();
}

void ApiJob::cancel()
{
    if (m_reply)
        m_reply->abort();
    finish(ApiResult {
        ApiResult::Failure::Canceled, 0, {}, {}, {}, {}, tr("The request was canceled.")});
}

void ApiJob::send()
{
    ++m_attempt;
    m_timedOut = false;
    m_pinRejected = false;
    m_sslErrors.clear();
    QUrl url = m_server;
    url.setPath(m_server.path() + m_spec.path.section(QLatin1Char('?'), 0, 0));
    url.setQuery(m_spec.path.section(QLatin1Char('?'), 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls.configuration());
    // The API never redirects; a redirect is a misconfiguration or an attack.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!m_spec.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (auto it = m_spec.headers.cbegin(); it != m_spec.headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());

    QNetworkReply *reply = m_network->sendCustomRequest(request, m_spec.method, m_spec.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        if (!m_tls.matchesPin(reply->sslConfiguration().peerCertificate())) {
            m_pinRejected = true;
            reply->abort();
        }
    });
    // Remembered for the message only: the errors are never ignored.
    connect(reply, &QNetworkReply::sslErrors, this,
        [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    // Activity resets the timeout: a slow but moving transfer is not dead.
    connect(reply, &QNetworkReply::downloadProgress, &m_timeout, qOverload<>(&QTimer::start));
    connect(reply, &QNetworkReply::uploadProgress, &m_timeout, qOverload<>(&QTimer::start));
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onFinished);
    m_timeout.start();
}

ApiResult ApiJob::resultOf(QNetworkReply *reply)
{
    ApiResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);

    if (m_pinRejected) {
        r.failure = ApiResult::Failure::Tls;
        r.message = tr("Secure connection refused: the server's public key does not match the "
                       "configured pin.");
        return r;
    }
    if (m_timedOut) {
        r.failure = ApiResult::Failure::Timeout;
        r.message = tr("The server did not answer in time.");
        return r;
    }
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::SslHandshakeFailedError) {
        r.failure = ApiResult::Failure::Tls;
        r.message = m_sslErrors.isEmpty()
            ? tr("Secure connection refused: %1.").arg(reply->errorString())
            : TlsPolicy::describe(m_sslErrors);
        return r;
    }
    if (r.status == 0) {
        r.failure = ApiResult::Failure::Network;
        r.message = tr("Cannot reach the server (%1).").arg(reply->errorString());
        return r;
    }
    if (r.status >= 300 && r.status < 400 && r.status != 304) {
        r.failure = ApiResult::Failure::Redirect;
        r.message = tr("The server tried to redirect to %1; WalletDesk does not follow redirects.")
                        .arg(QString::fromLatin1(r.headers.value("location")));
        return r;
    }
    if (r.status == 304 || r.status == 204)
        return r;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        r.failure = ApiResult::Failure::Malformed;
        r.message = tr("The server sent an answer WalletDesk cannot read (HTTP %1).").arg(r.status);
        return r;
    }
    r.json = doc.object();
    if (r.status >= 400) {
        CodecError codecError;
        if (auto e = decode<ApiError>(r.json, &codecError))
            r.error = *e;
        r.message = r.error.message.isEmpty()
            ? tr("The server refused the request (HTTP %1).").arg(r.status)
            : tr("The server refused the request: %1").arg(r.error.message);
        if (r.status == 429)
            r.message = tooManyMessage(r);
    }
    return r;
}

// A limit was reached (docs/api.md, "Abuse limits"): say in the agent's
// words what to do, and when, in the call center's time.
QString ApiJob::tooManyMessage(const ApiResult &r)
{
    const QDateTime at = QDateTime::fromString(
        r.json.value(QStringLiteral("retryAt")).toString(), Qt::ISODateWithMs);
    const QString when = at.isValid()
        ? at.toTimeZone(CallCenterTime::zone()).toString(QStringLiteral("HH:mm:ss"))
        : QString();
    if (r.error.code == QLatin1String("question_attempts_exceeded"))
        return tr("Too many wrong answers to this customer's security question today. Verify the "
                  "caller with an SMS "
                  "code instead.");
    if (when.isEmpty())
        return tr("Too many requests; try again later.");
    if (r.error.code == QLatin1String("too_many_codes"))
        return tr("This customer was sent a code a moment ago or too often. The next code can be "
                  "sent at %1 (%2).")
            .arg(when, DisplayNames::zoneName());
    if (r.error.code == QLatin1String("too_many_codes_by_agent"))
        return tr("You have sent too many codes this hour. The next code can be sent at %1 (%2).")
            .arg(when, DisplayNames::zoneName());
    return tr("Too many requests; try again at %1 (%2).").arg(when, DisplayNames::zoneName());
}

void ApiJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_timeout.stop();
    ApiResult result = resultOf(reply);
    reply->deleteLater();
    m_reply = nullptr;
    if (result.isTransient() && isSafeToResend() && m_attempt < maxAttempts) {
        // A short pause with jitter; longer waits are the sync engine's business.
        const int delay = 200 * m_attempt + QRandomGenerator::global()->bounded(200);
        qCDebug(lcApiJob) << m_spec.method << m_spec.path.section(QLatin1Char('?'), 0, 0)
                          << "resend in" << delay << "ms";
        QTimer::singleShot(delay, this, &ApiJob::send);
        return;
    }
    finish(std::move(result));
}

void ApiJob::finish(ApiResult result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace WalletDesk
