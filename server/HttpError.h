#pragma once

#include <QJsonObject>
#include <QString>

#include <exception>

namespace WalletDesk::Server {

// Thrown by request handlers; the router turns it into the contract's error
// body {"code", "message", "field"} with the given HTTP status.
struct HttpError : std::exception
{
    HttpError(int status, QString code, QString message, QString field = {}, QJsonObject extra = {})
        : status(status)
        , code(std::move(code))
        , message(std::move(message))
        , field(std::move(field))
        , extra(std::move(extra))
    {
    }
    const char *what() const noexcept override { return "HttpError"; }

    int status;
    QString code;
    QString message;
    QString field;
    QJsonObject extra; // more members of the error body, e.g. "current" on a 409

    static HttpError badRequest(const QString &field, const QString &message)
    {
        return HttpError(400, QStringLiteral("validation_failed"), message, field);
    }
    static HttpError notFound(const QString &what)
    {
        return HttpError(
            404, QStringLiteral("not_found"), QStringLiteral("%1 not found").arg(what));
    }
    static HttpError forbidden(const QString &message)
    {
        return HttpError(403, QStringLiteral("forbidden"), message);
    }
    static HttpError conflict(const QString &code, const QString &message, QJsonObject extra = {})
    {
        return HttpError(409, code, message, {}, std::move(extra));
    }
};

} // namespace WalletDesk::Server
