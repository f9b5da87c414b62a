#include "ChangesApi.h"

#include "ActionsApi.h"
#include "CallbacksApi.h"
#include "ChangeReaders.h"
#include "ComplaintsApi.h"
#include "PresenceApi.h"

namespace WalletDesk::Server {

void ChangesApi::registerRoutes(Router &router)
{
    router.add(Router::Method::Get, QStringLiteral("/api/v1/changes"), Access::SignedIn,
        [this](RequestContext &r) { return changes(r); });
}

namespace {

// A feed position: the (txid, seq) of the last change a reader was given.
struct FeedPosition
{
    qint64 txid = 0;
    qint64 seq = 0;
    QString toString() const
    {
        return QString::number(txid) + QLatin1Char('.') + QString::number(seq);
    }
};

FeedPosition parsePosition(const ServerContext &ctx, const RequestContext &request)
{
    const auto text = request.queryString(QStringLiteral("since"), 41);
    if (!text)
        return {};
    const auto invalid = [] {
        return HttpError::badRequest(
            QStringLiteral("since"), QStringLiteral("is not a cursor this server gave out"));
    };
    const QStringList parts = text->split(QLatin1Char('.'));
    if (parts.size() == 2) {
        const auto txid = RequestContext::decimal(parts.at(0));
        const auto seq = RequestContext::decimal(parts.at(1));
        if (!txid || !seq || *txid < 0 || *seq < 0)
            throw invalid();
        return {*txid, *seq};
    }
    // A plain number is a seq as servers before the (txid, seq) order gave
    // out; 0 is the start.
    const auto plain = RequestContext::decimal(*text);
    if (parts.size() != 1 || !plain || *plain < 0)
        throw invalid();
    const qint64 seq = *plain;
    if (seq == 0)
        return {};
    const QVariant txid
        = ctx.db().scalar(QStringLiteral("SELECT txid FROM changes WHERE seq = ?"), {seq});
    if (!txid.isValid())
        throw invalid();
    return {txid.toLongLong(), seq};
}

} // namespace

// Why a reader can neither miss nor repeat a change: it is served in
// (txid, seq) order and only from transactions below the oldest one still
// running (Database::oldestRunningTransactionId). Such a transaction has
// ended, so all of its rows are visible now or never will be; any row that
// commits later belongs to a running or newer transaction, whose id is at
// least that bound and so above every position served today. The cursor only
// moves forward over rows that exist. tests/server/tst_serverconcurrency.cpp
// races writers and readers across four server processes to show it.
Reply ChangesApi::changes(RequestContext &request)
{
    const FeedPosition since = parsePosition(m_ctx, request);
    const int limit = request.pageLimit(200, 1000);
    const Agent &me = request.agent();
    const SqlQuery feed = ChangeReaders::page(ChangeReaders::feedsOf(me.id, request.isSupervisor()),
        m_ctx.db().oldestRunningTransactionId(), since.txid, since.seq, limit + 1);
    Rows q = m_ctx.db().exec(feed.sql, feed.binds);
    QJsonArray items;
    FeedPosition cursor = since;
    bool more = false;
    int seen = 0;
    while (q.next()) {
        if (++seen > limit) {
            more = true;
            break;
        }
        const qint64 seq = q.value(0).toLongLong();
        const QString entity = q.value(1).toString();
        const qint64 id = q.value(2).toLongLong();
        cursor = {q.value(3).toLongLong(), seq};
        QJsonObject data;
        if (entity == QLatin1String("complaint")) {
            const auto c = ComplaintsApi::load(m_ctx, id);
            // Agents follow the complaints they logged or were given.
            if (!c || (!request.isSupervisor() && c->createdBy != me.id && c->assignee != me.id))
                continue;
            data = ComplaintsApi::shownTo(*c, request);
        } else if (entity == QLatin1String("note")) {
            const ComplaintNote n = ComplaintsApi::loadNote(m_ctx, id);
            const auto c = ComplaintsApi::load(m_ctx, n.complaintId);
            if (!c || (!request.isSupervisor() && c->createdBy != me.id && c->assignee != me.id))
                continue;
            data = n.toJson();
        } else if (entity == QLatin1String("action")) {
            const ActionRequest a = ActionsApi::load(m_ctx, id);
            if (!request.isSupervisor() && a.agentId != me.id)
                continue;
            data = a.toJson();
        } else if (entity == QLatin1String("callback")) {
            // Only to its owner, whose console dials it: in full.
            const auto c = CallbacksApi::load(m_ctx, id);
            if (!c || c->agentId != me.id)
                continue;
            data = c->toJson();
        } else if (entity == QLatin1String("presence")) {
            // Who is on a call is the wallboard's, not other agents' business.
            const auto p = request.isSupervisor() ? PresenceApi::load(m_ctx, id) : std::nullopt;
            if (!p)
                continue;
            data = p->toJson();
        } else if (entity == QLatin1String("reference")) {
            data = {{QStringLiteral("version"), id}};
        } else {
            continue;
        }
        items.append(QJsonObject {{QStringLiteral("seq"), seq}, {QStringLiteral("entity"), entity},
            {QStringLiteral("id"), id}, {QStringLiteral("data"), data}});
    }
    return Reply::json({{QStringLiteral("items"), items},
        {QStringLiteral("cursor"), cursor.toString()}, {QStringLiteral("more"), more}});
}

} // namespace WalletDesk::Server
