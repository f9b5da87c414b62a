#include "ExportsApi.h"

#include "AccountsApi.h"
#include "NeedToKnow.h"

namespace WalletDesk::Server {

void ExportsApi::registerRoutes(Router &router)
{
    using M = Router::Method;
    router.add(M::Post, QStringLiteral("/api/v1/accounts/{id}/exports"), Access::SignedIn,
        [this](RequestContext &r) { return start(r); });
    router.add(M::Post, QStringLiteral("/api/v1/exports/{id}/finish"), Access::SignedIn,
        [this](RequestContext &r) { return finish(r); });
}

Reply ExportsApi::start(RequestContext &request)
{
    const qint64 accountId = request.pathId(0);
    // The body is optional (a supervisor exporting off a call sends none).
    const QString callId = request.request().body().trimmed().isEmpty()
        ? QString()
        : request.readBody([](JsonReader &r) {
              return r.optionalString(QStringLiteral("callId"), 64).value_or(QString());
          });
    if (!m_ctx.reference().actions.mayExportTransactions(request.agent().role))
        throw HttpError::forbidden(QStringLiteral(
            "the call center's policy does not let your role export transaction logs"));
    AccountsApi::requireAccount(m_ctx, accountId);
    // An agent exports only an account they are working on, as for any read of it.
    NeedToKnow(m_ctx).item(request, accountId, {});
    const Database &db = m_ctx.db();
    DbTransaction tx(db);
    const qint64 now = ServerContext::nowMs();
    const qint64 id = db.insert(
        QStringLiteral("INSERT INTO exports (agent_id, account_id, call_id, started_at) VALUES (?, "
                       "?, ?, ?)"),
        {request.agent().id, accountId, callId, now});
    m_ctx.audit(request.agent().id, QStringLiteral("account.export.start"), accountId, callId, {},
        QStringLiteral("export %1").arg(id));
    tx.commit();
    return Reply::json(
        {{QStringLiteral("id"), id}, {QStringLiteral("accountId"), accountId},
            {QStringLiteral("startedAt"), formatDateTime(ServerContext::fromMs(now))}},
        201);
}

Reply ExportsApi::finish(RequestContext &request)
{
    const qint64 id = request.pathId(0);
    struct Outcome
    {
        qint64 rows = 0;
        bool completed = false;
    };
    const Outcome outcome = request.readBody([](JsonReader &r) {
        Outcome o;
        o.rows = r.integer(QStringLiteral("rows"), 0, Q_INT64_C(1) << 40);
        o.completed = r.boolean(QStringLiteral("completed"));
        return o;
    });
    const Database &db = m_ctx.db();
    DbTransaction tx(db);
    if (!db.lockRow(Database::Table::Exports, id))
        throw HttpError::notFound(QStringLiteral("export"));
    Rows q = db.exec(
        QStringLiteral(
            "SELECT agent_id, account_id, call_id, finished_at FROM exports WHERE id = ?"),
        {id});
    q.next();
    if (q.value(0).toLongLong() != request.agent().id)
        throw HttpError::notFound(QStringLiteral("export")); // someone else's: not for them to know
    if (!q.value(3).isNull())
        throw HttpError::conflict(
            QStringLiteral("already_finished"), QStringLiteral("this export is already finished"));
    const qint64 accountId = q.value(1).toLongLong();
    const QString callId = q.value(2).toString();
    db.exec(QStringLiteral("UPDATE exports SET finished_at = ?, rows_written = ?, completed = ? "
                           "WHERE id = ?"),
        {ServerContext::nowMs(), outcome.rows, outcome.completed ? 1 : 0, id});
    m_ctx.audit(request.agent().id, QStringLiteral("account.export"), accountId, callId, {},
        QStringLiteral("%1 rows%2")
            .arg(outcome.rows)
            .arg(outcome.completed ? QString() : QStringLiteral(", cancelled")));
    tx.commit();
    return Reply::json({{QStringLiteral("id"), id}, {QStringLiteral("rows"), outcome.rows},
        {QStringLiteral("completed"), outcome.completed}});
}

} // namespace WalletDesk::Server
