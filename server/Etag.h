#pragma once

#include "Reply.h"
#include "RequestContext.h"

#include <QCryptographicHash>

namespace WalletDesk::Server {

// For GETs whose representation has no version of its own: the ETag is a
// digest of the body, and a matching If-None-Match gets a bodiless 304.
inline Reply withContentEtag(const RequestContext &request, Reply reply)
{
    const QByteArray tag = '"'
        + QCryptographicHash::hash(reply.body, QCryptographicHash::Sha1).toHex().left(20) + '"';
    if (request.header("If-None-Match") == tag)
        return Reply {304, {}, {{"ETag", tag}}};
    return reply.withHeader("ETag", tag);
}

// For records with a version: ETag "v<version>".
inline QByteArray versionEtag(qint64 version)
{
    return "\"v" + QByteArray::number(version) + '"';
}

} // namespace WalletDesk::Server
