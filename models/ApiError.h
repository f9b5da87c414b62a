#pragma once

#include "JsonReader.h"

namespace WalletDesk {

// The one error body of the API: {"code": ..., "message": ..., "field": ...}.
struct ApiError
{
    QString code;
    QString message;
    QString field;

    static ApiError read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ApiError &) const = default;
};

} // namespace WalletDesk
