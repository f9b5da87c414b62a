#pragma once

#include "Router.h"
#include "ServerContext.h"

namespace WalletDesk::Server {

// Reference data (categories, channels, codes, holiday calendar, deadline
// policy), the agent list for assignment, and the health check.
class ReferenceApi
{
public:
    explicit ReferenceApi(const ServerContext &context)
        : m_ctx(context)
    {
    }
    void registerRoutes(Router &router);

    // Stores reference data as the next version and records the change.
    static qint64 store(const ServerContext &ctx, const ReferenceData &data);

    // The start of every edit of reference data, in the caller's
    // transaction: 428 without If-Match, the row locked, 409
    // version_conflict (with the data as it is) unless If-Match names the
    // stored version. Returns the stored data.
    static ReferenceData lockForEdit(const ServerContext &ctx, const RequestContext &request);
    // If-Match's version; 428 without one.
    static qint64 requiredIfMatch(const RequestContext &request);
    // 200 with the data and its version's ETag.
    static Reply replyWith(const ReferenceData &data);

private:
    Reply get(RequestContext &request);
    Reply put(RequestContext &request);
    Reply agents(RequestContext &request);

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
