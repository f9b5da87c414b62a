#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace WalletDesk::Server {

// What a handler answers: a status, a JSON body and extra headers.
struct Reply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Reply json(const QJsonObject &object, int status = 200)
    {
        return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
    }
    static Reply noContent() { return {204, {}, {}}; }
    Reply &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

} // namespace WalletDesk::Server
