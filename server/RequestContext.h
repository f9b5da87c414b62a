#pragma once

#include "Agent.h"
#include "HttpError.h"
#include "JsonReader.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

namespace WalletDesk::Server {

// One request as a handler sees it: path parameters, query, body, headers
// and the signed-in agent. Every accessor that can fail throws a 400
// HttpError naming the offending field or parameter.
class RequestContext
{
public:
    RequestContext(const QHttpServerRequest &request, QStringList pathParams);

    const QHttpServerRequest &request() const { return m_request; }
    QByteArray header(const QByteArray &name) const;

    qint64 pathId(int index) const;

    // A non-negative decimal integer exactly as this API writes one: 1 to
    // 18 ASCII digits; no sign, spaces, leading zeros or other bytes. Ids,
    // limits, cursors and ETags are all read through it.
    static std::optional<qint64> decimal(QStringView text);

    std::optional<QString> queryString(const QString &name, int maxLength = 200) const;
    std::optional<qint64> queryInteger(const QString &name, qint64 min, qint64 max) const;
    std::optional<QDate> queryDate(const QString &name) const;
    int pageLimit(int defaultLimit = 50, int max = 200) const;
    template<typename E> std::optional<E> queryEnum(const QString &name) const
    {
        const auto text = queryString(name, 64);
        if (!text)
            return std::nullopt;
        if (auto value = enumFromString<E>(*text))
            return value;
        throw HttpError::badRequest(name,
            QStringLiteral("unknown value \"%1\"; expected one of %2")
                .arg(*text, enumNames<E>().join(QLatin1String(", "))));
    }

    // The body as a JSON object (400 when malformed or not an object).
    QJsonObject jsonBody() const;
    // The body decoded by T::read.
    // Fields the reader did not ask about are a 400 naming the first.
    template<typename T> T bodyAs() const
    {
        return readBody([](JsonReader &reader) { return T::read(reader); });
    }
    // Runs fn(JsonReader &) over the body and turns a reader error into a 400.
    template<typename Fn> auto readBody(Fn fn) const { return readObject(jsonBody(), fn); }
    // The same over an object the handler built from the body.
    template<typename Fn> static auto readObject(const QJsonObject &object, Fn fn)
    {
        JsonReader reader(object);
        auto result = fn(reader);
        if (!reader.ok())
            throw HttpError::badRequest(reader.error().field, reader.error().message);
        if (const QStringList unknown = reader.unknownFields(); !unknown.isEmpty())
            throw HttpError::badRequest(
                unknown.first(), QStringLiteral("is not a field of this request"));
        return result;
    }

    // The call this request belongs to (X-Call-Id), for the audit log.
    QString callId() const;
    QString idempotencyKey(bool required) const;
    // The version an If-Match header names ("\"v3\"" or "3"), if any.
    std::optional<qint64> ifMatchVersion() const;

    const Agent &agent() const { return m_agent; }
    void setAgent(const Agent &agent) { m_agent = agent; }
    bool isSupervisor() const { return m_agent.role == Role::Supervisor; }

private:
    const QHttpServerRequest &m_request;
    QStringList m_params;
    QUrlQuery m_query;
    Agent m_agent;
};

} // namespace WalletDesk::Server
