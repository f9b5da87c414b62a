#include "RequestContext.h"

#include <QRegularExpression>

namespace WalletDesk::Server {

RequestContext::RequestContext(const QHttpServerRequest &request, QStringList pathParams)
    : m_request(request)
    , m_params(std::move(pathParams))
    , m_query(request.url())
{
}

QByteArray RequestContext::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

std::optional<qint64> RequestContext::decimal(QStringView text)
{
    if (text.isEmpty() || text.size() > 18 || (text.size() > 1 && text.front() == u'0'))
        return std::nullopt;
    qint64 n = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        n = n * 10 + (c.unicode() - u'0');
    }
    return n;
}

qint64 RequestContext::pathId(int index) const
{
    const std::optional<qint64> id = decimal(m_params.value(index));
    if (!id || *id <= 0)
        throw HttpError::notFound(QStringLiteral("resource"));
    return *id;
}

std::optional<QString> RequestContext::queryString(const QString &name, int maxLength) const
{
    if (!m_query.hasQueryItem(name))
        return std::nullopt;
    const QString value = m_query.queryItemValue(name, QUrl::FullyDecoded);
    if (value.size() > maxLength)
        throw HttpError::badRequest(
            name, QStringLiteral("is longer than %1 characters").arg(maxLength));
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

std::optional<qint64> RequestContext::queryInteger(
    const QString &name, qint64 min, qint64 max) const
{
    const auto text = queryString(name, 20);
    if (!text)
        return std::nullopt;
    const std::optional<qint64> parsed = decimal(*text);
    if (!parsed)
        throw HttpError::badRequest(name, QStringLiteral("must be an integer"));
    const qint64 n = *parsed;
    if (n < min || n > max)
        throw HttpError::badRequest(
            name, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
    return n;
}

std::optional<QDate> RequestContext::queryDate(const QString &name) const
{
    const auto text = queryString(name, 10);
    if (!text)
        return std::nullopt;
    const QDate d = QDate::fromString(*text, Qt::ISODate);
    if (!d.isValid())
        throw HttpError::badRequest(name, QStringLiteral("must be a date as YYYY-MM-DD"));
    return d;
}

int RequestContext::pageLimit(int defaultLimit, int max) const
{
    return int(queryInteger(QStringLiteral("limit"), 1, max).value_or(defaultLimit));
}

QJsonObject RequestContext::jsonBody() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_request.body(), &error);
    if (error.error != QJsonParseError::NoError)
        throw HttpError::badRequest(
            QString(), QStringLiteral("malformed JSON: %1").arg(error.errorString()));
    if (!doc.isObject())
        throw HttpError::badRequest(QString(), QStringLiteral("the body must be a JSON object"));
    return doc.object();
}

QString RequestContext::callId() const
{
    const QString id = QString::fromUtf8(header("X-Call-Id")).left(64);
    return id;
}

QString RequestContext::idempotencyKey(bool required) const
{
    const QByteArray key = header("Idempotency-Key");
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.:-]{8,100}$"));
    if (key.isEmpty()) {
        if (required)
            throw HttpError(400, QStringLiteral("idempotency_key_required"),
                QStringLiteral("this request needs an Idempotency-Key header"),
                QStringLiteral("Idempotency-Key"));
        return {};
    }
    const QString text = QString::fromLatin1(key);
    if (!pattern.match(text).hasMatch())
        throw HttpError::badRequest(QStringLiteral("Idempotency-Key"),
            QStringLiteral("must be 8 to 100 letters, digits or ._:-"));
    return text;
}

std::optional<qint64> RequestContext::ifMatchVersion() const
{
    QByteArray tag = header("If-Match").trimmed();
    if (tag.isEmpty())
        return std::nullopt;
    if (tag.startsWith("W/"))
        tag = tag.mid(2);
    if (tag.startsWith('"') && tag.endsWith('"') && tag.size() >= 2)
        tag = tag.mid(1, tag.size() - 2);
    if (tag.startsWith('v'))
        tag = tag.mid(1);
    const std::optional<qint64> v = decimal(QString::fromLatin1(tag));
    if (!v || *v < 1)
        throw HttpError::badRequest(
            QStringLiteral("If-Match"), QStringLiteral("must be an ETag of this API, like \"v3\""));
    return *v;
}

} // namespace WalletDesk::Server
