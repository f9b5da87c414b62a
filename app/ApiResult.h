#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace WalletDesk {

// How one API call ended.
struct ApiResult
{
    enum class Failure {
        None, // an HTTP answer arrived (it may still be a 4xx or 5xx)
        Network, // no connection, connection dropped, DNS failure
        Timeout, // nothing happened for the timeout
        Tls, // the server could not be trusted
        Redirect, // the server tried to send us elsewhere
        Malformed, // the answer is not what the contract says
        Canceled,
    };

    Failure failure = Failure::None;
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    ApiError error; // the server's error body, for 4xx and 5xx
    QString message; // for people, translated

    bool ok() const { return failure == Failure::None && status >= 200 && status < 300; }
    bool notModified() const { return failure == Failure::None && status == 304; }
    // Worth trying again later: the network, a timeout, or the server's fault.
    bool isTransient() const
    {
        return failure == Failure::Network || failure == Failure::Timeout
            || (failure == Failure::None && status >= 500)
            || (failure == Failure::None && status == 429);
    }
    bool isClientError() const { return failure == Failure::None && status >= 400 && status < 500; }
};

} // namespace WalletDesk
