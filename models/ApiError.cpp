#include "ApiError.h"

namespace WalletDesk {

ApiError ApiError::read(JsonReader &r)
{
    ApiError e;
    e.code = r.nonEmptyString(QStringLiteral("code"), 60);
    e.message = r.string(QStringLiteral("message"), 1000);
    e.field = r.optionalString(QStringLiteral("field"), 200).value_or(QString());
    return e;
}

QJsonObject ApiError::toJson() const
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("message"), message},
        {QStringLiteral("field"), field.isEmpty() ? QJsonValue() : QJsonValue(field)}};
}

} // namespace WalletDesk
