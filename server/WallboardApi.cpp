#include "WallboardApi.h"

#include "WallboardSnapshot.h"
#include "WorkingCalendar.h"

namespace WalletDesk::Server {

namespace {

QList<WallboardSnapshot::DueComplaint> dueComplaints(const Database &db, qint64 from, qint64 to)
{
    // One range of complaints_due(due_at, id); resolved ones are skipped
    // on the way, and there are few of those still inside today's range.
    Rows q = db.exec(QStringLiteral("SELECT c.id, c.category, a.display_name, c.due_at"
                                    " FROM complaints c LEFT JOIN agents a ON a.id = c.assignee"
                                    " WHERE c.due_at >= ? AND c.due_at < ? AND c.status <> "
                                    "'resolved' ORDER BY c.due_at, c.id LIMIT ?"),
        {from, to, WallboardSnapshot::maxListed});
    QList<WallboardSnapshot::DueComplaint> list;
    while (q.next()) {
        WallboardSnapshot::DueComplaint c;
        c.id = q.value(0).toLongLong();
        c.categoryCode = q.value(1).toString();
        c.assigneeName = q.value(2).toString();
        c.dueAt = ServerContext::fromMs(q.value(3).toLongLong());
        list.append(c);
    }
    return list;
}

int countDue(const Database &db, qint64 from, qint64 to)
{
    return db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM complaints WHERE due_at >= ? AND due_at < ?"
                               " AND status <> 'resolved'"),
            {from, to})
        .toInt();
}

} // namespace

void WallboardApi::registerRoutes(Router &router)
{
    router.add(Router::Method::Get, QStringLiteral("/api/v1/wallboard"), Access::Supervisor,
        [this](RequestContext &r) { return snapshot(r); });
}

Reply WallboardApi::snapshot(RequestContext &)
{
    // Each part is read on its own, a moment apart at most: a write lock
    // for a read (SQLite's BEGIN IMMEDIATE) would hold up the agents' writes
    // on every refresh of every wallboard.
    const Database &db = m_ctx.db();
    const qint64 now = ServerContext::nowMs();
    WallboardSnapshot w;
    w.at = ServerContext::fromMs(now);
    {
        Rows q = db.exec(
            QStringLiteral("SELECT p.agent_id, a.display_name, p.on_call, p.call_started_at,"
                           " p.seen_at FROM presence p JOIN agents a ON a.id = p.agent_id"
                           " WHERE p.signed_in = 1 AND p.seen_at >= ? ORDER BY a.display_name"),
            {now - Presence::staleAfterSeconds * 1000LL});
        while (q.next()) {
            Presence p;
            p.agentId = q.value(0).toLongLong();
            p.agentName = q.value(1).toString();
            p.signedIn = true;
            p.onCall = q.value(2).toInt() != 0;
            p.callStartedAt = ServerContext::fromMsOrNull(q.value(3));
            p.seenAt = ServerContext::fromMs(q.value(4).toLongLong());
            w.agents.append(p);
        }
    }
    {
        // The same rows as the approval queue (ActionsApi), in the order
        // they have waited; one range of actions_status_id.
        Rows q = db.exec(QStringLiteral("SELECT x.id, x.type, a.display_name, x.created_at"
                                        " FROM actions x JOIN agents a ON a.id = x.agent_id"
                                        " WHERE x.status = 'pending_approval' ORDER BY x.id"
                                        " LIMIT ?"),
            {WallboardSnapshot::maxListed});
        while (q.next()) {
            WallboardSnapshot::WaitingApproval a;
            a.actionId = q.value(0).toLongLong();
            a.type = enumFromString<ActionType>(q.value(1).toString())
                         .value_or(ActionType::TwoFactorReset);
            a.agentName = q.value(2).toString();
            a.createdAt = ServerContext::fromMs(q.value(3).toLongLong());
            w.approvals.append(a);
        }
    }
    // "Today" is the call center's day (China time), as the deadlines are.
    const qint64 endOfToday
        = WorkingCalendar::endOfDay(WorkingCalendar::localDate(w.at)).toMSecsSinceEpoch() + 1;
    w.overdue = dueComplaints(db, 0, now);
    w.overdueCount = countDue(db, 0, now);
    w.dueToday = dueComplaints(db, now, endOfToday);
    w.dueTodayCount = countDue(db, now, endOfToday);
    return Reply::json(w.toJson());
}

} // namespace WalletDesk::Server
