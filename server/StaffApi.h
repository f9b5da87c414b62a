#pragma once

#include "Router.h"
#include "ServerContext.h"
#include "StaffMember.h"

namespace WalletDesk::Server {

// Staff administration (docs/api.md, "Administration"): who may sign in,
// with which role, password and second factor. Administrators only.
class StaffApi
{
public:
    explicit StaffApi(const ServerContext &context)
        : m_ctx(context)
    {
    }
    void registerRoutes(Router &router);

private:
    Reply list(RequestContext &request);
    Reply create(RequestContext &request);
    Reply update(RequestContext &request);
    Reply disable(RequestContext &request);
    Reply enable(RequestContext &request);
    Reply resetPassword(RequestContext &request);
    Reply unlock(RequestContext &request);
    Reply enrolTotp(RequestContext &request);
    Reply confirmTotp(RequestContext &request);
    Reply removeTotp(RequestContext &request);

    // The staff member as stored now; 404 when there is none.
    StaffMember load(qint64 id) const;
    // Locks the staff member's row for the rest of the transaction; 404
    // when there is none.
    void lockOne(qint64 id) const;
    // Locks the row and every enabled administrator's, in id order (so that
    // two such writers never wait on each other crosswise): a change that
    // could leave no administrator then sees every concurrent one's result.
    void lockWithAdministrators(qint64 id) const;
    // 409 last_admin unless an enabled administrator other than id remains.
    void requireAnotherAdministrator(qint64 id) const;
    void audit(const RequestContext &request, const QString &action, const QString &detail) const;
    // The end of every change, inside the caller's transaction: "UPDATE agents
    // SET <assignments>" with the version counted up, the audit row naming the
    // person, and the staff member as they are now, committed.
    StaffMember commitChange(DbTransaction &tx, const RequestContext &request, qint64 id,
        const QString &assignments, QVariantList values, const QString &action,
        const QString &detail) const;

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
