#pragma once

#include "Complaint.h"
#include "ComplaintNote.h"
#include "Router.h"
#include "ServerContext.h"

#include <functional>

namespace WalletDesk::Server {

// Complaints: creation with an idempotency key, the deadline-sorted queue,
// versioned updates, append-only notes and the supervisor's workflow.
class ComplaintsApi
{
public:
    explicit ComplaintsApi(const ServerContext &context)
        : m_ctx(context)
    {
    }
    void registerRoutes(Router &router);

    static std::optional<Complaint> load(const ServerContext &ctx, qint64 id);
    static ComplaintNote loadNote(const ServerContext &ctx, qint64 id);
    // A complaint as this request's agent may read it: the callback number in
    // full for the people who call back (its creator and assignee), masked
    // for everyone else. Every complaint a reply holds passes here.
    static QJsonObject shownTo(Complaint complaint, const RequestContext &request);
    // Appends an entry to a complaint's timeline (in the caller's transaction).
    static void addEvent(const ServerContext &ctx, qint64 complaintId, qint64 agentId,
        const QString &kind, const QString &detail);

private:
    // A change to one complaint: checks If-Match, applies change(), bumps the
    // version, writes the timeline event, the changes feed and the audit log.
    // change() returns the event's kind and detail.
    using Change = std::function<QPair<QString, QString>(Complaint &)>;
    Reply mutate(RequestContext &request, bool requireIfMatch, const Change &change);

    Reply create(RequestContext &request);
    Reply list(RequestContext &request);
    Reply get(RequestContext &request);
    Reply update(RequestContext &request);
    Reply notes(RequestContext &request);
    Reply addNote(RequestContext &request);
    Reply events(RequestContext &request);
    Reply assign(RequestContext &request);
    Reply escalate(RequestContext &request);
    Reply resolve(RequestContext &request);
    Reply reopen(RequestContext &request);
    Reply extend(RequestContext &request);

    void validateDraft(const ComplaintDraft &draft) const;
    void save(const Complaint &complaint) const;
    void addEvent(
        qint64 complaintId, qint64 agentId, const QString &kind, const QString &detail) const
    {
        addEvent(m_ctx, complaintId, agentId, kind, detail);
    }
    // Texts the customer and puts the notice on the timeline.
    void notify(const Complaint &complaint, ComplaintNotices::Kind kind, qint64 agentId) const;

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
