#pragma once

#include "ComplaintAttachment.h"
#include "Router.h"
#include "ServerContext.h"

namespace WalletDesk::Server {

// Evidence on complaints: upload (once per Idempotency-Key, type told from
// the content, at most ComplaintAttachment::maxBytes), the list, and the
// content for supervisors, every download audited. The bytes are stored
// once per SHA-256.
class AttachmentsApi
{
public:
    explicit AttachmentsApi(const ServerContext &context)
        : m_ctx(context)
    {
    }
    void registerRoutes(Router &router);

private:
    Reply upload(RequestContext &request);
    Reply list(RequestContext &request);
    Reply download(RequestContext &request);

    ComplaintAttachment load(qint64 complaintId, qint64 attachmentId) const;

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
