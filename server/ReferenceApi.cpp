#include "ReferenceApi.h"

#include "CallCenterTime.h"
#include "DefaultReferenceData.h"
#include "Etag.h"

namespace WalletDesk::Server {

namespace {
QString documentOf(const ReferenceData &data)
{
    return QString::fromUtf8(QJsonDocument(data.toJson()).toJson(QJsonDocument::Compact));
}
} // namespace

void ReferenceApi::registerRoutes(Router &router)
{
    using M = Router::Method;
    router.add(M::Get, QStringLiteral("/api/v1/reference"), Access::Account,
        [this](RequestContext &r) { return get(r); });
    router.add(M::Put, QStringLiteral("/api/v1/reference"), Access::Admin,
        [this](RequestContext &r) { return put(r); });
    router.add(M::Get, QStringLiteral("/api/v1/agents"), Access::Supervisor,
        [this](RequestContext &r) { return agents(r); });
    router.add(M::Get, QStringLiteral("/api/v1/health"), Access::Public, [](RequestContext &) {
        return Reply::json({{QStringLiteral("status"), QStringLiteral("ok")}});
    });
}

qint64 ReferenceApi::store(const ServerContext &ctx, const ReferenceData &data)
{
    const Database &db = ctx.db();
    const QVariant current
        = db.scalar(QStringLiteral("SELECT version FROM reference_data WHERE id = 1"));
    const qint64 version = current.toLongLong() + 1;
    // What is stored must read back, here and on every console: a calendar
    // grown year by year past the reader's limits (PUT /calendar) would make
    // every later read of the reference data fail with 500.
    RequestContext::readObject(data.toJson(), [](JsonReader &r) { return ReferenceData::read(r); });
    const QString document = documentOf(data);
    if (current.isValid())
        db.exec(QStringLiteral("UPDATE reference_data SET version = ?, document = ? WHERE id = 1"),
            {version, document});
    else
        db.exec(
            QStringLiteral("INSERT INTO reference_data (id, version, document) VALUES (1, ?, ?)"),
            {version, document});
    ctx.recordChange(QStringLiteral("reference"), version);
    return version;
}

Reply ReferenceApi::get(RequestContext &request)
{
    const ReferenceData data = m_ctx.reference();
    if (request.header("If-None-Match") == versionEtag(data.version))
        return Reply {304, {}, {{"ETag", versionEtag(data.version)}}};
    return Reply::json(data.toJson()).withHeader("ETag", versionEtag(data.version));
}

qint64 ReferenceApi::requiredIfMatch(const RequestContext &request)
{
    const auto expected = request.ifMatchVersion();
    if (!expected)
        throw HttpError(428, QStringLiteral("if_match_required"),
            QStringLiteral("send If-Match with the version you edited"),
            QStringLiteral("If-Match"));
    return *expected;
}

ReferenceData ReferenceApi::lockForEdit(const ServerContext &ctx, const RequestContext &request)
{
    const qint64 expected = requiredIfMatch(request);
    const Database &db = ctx.db();
    // A store that never had its reference data edited serves the defaults
    // without a row; the row is made first so that there is one to lock.
    const ReferenceData defaults = defaultReferenceData();
    db.exec(QStringLiteral("INSERT INTO reference_data (id, version, document) VALUES (1, ?, ?) ON "
                           "CONFLICT (id) DO NOTHING"),
        {defaults.version, documentOf(defaults)});
    db.lockRow(Database::Table::ReferenceData, 1);
    const ReferenceData current = ctx.reference();
    if (current.version != expected)
        throw HttpError::conflict(QStringLiteral("version_conflict"),
            QStringLiteral("the reference data changed (now version %1)").arg(current.version),
            {{QStringLiteral("current"), current.toJson()}});
    return current;
}

Reply ReferenceApi::replyWith(const ReferenceData &data)
{
    return Reply::json(data.toJson()).withHeader("ETag", versionEtag(data.version));
}

Reply ReferenceApi::put(RequestContext &request)
{
    const qint64 expected = requiredIfMatch(request);
    QJsonObject body = request.jsonBody();
    body.insert(QStringLiteral("version"), expected); // the stored version decides, not the body
    const ReferenceData data
        = RequestContext::readObject(body, [](JsonReader &r) { return ReferenceData::read(r); });
    // What an administrator may set, as PUT /deadline-policy says; and a zone
    // this server knows (a console that does not keeps China's).
    QString field;
    if (const QString problem = data.policy.settableProblem(&field); !problem.isEmpty())
        throw HttpError::badRequest(QStringLiteral("policy.") + field, problem);
    if (!CallCenterTime::isUsable(data.timeZone.toLatin1()))
        throw HttpError::badRequest(
            QStringLiteral("timeZone"), QStringLiteral("names no time zone this server knows"));
    const Database &db = m_ctx.db();
    DbTransaction tx(db);
    lockForEdit(m_ctx, request);
    const qint64 version = store(m_ctx, data);
    m_ctx.audit(request.agent().id, QStringLiteral("reference.update"), std::nullopt, QString(),
        QString(), QStringLiteral("version %1").arg(version));
    tx.commit();
    ReferenceData stored = data;
    stored.version = version;
    return replyWith(stored);
}

Reply ReferenceApi::agents(RequestContext &)
{
    Rows q = m_ctx.db().exec(QStringLiteral("SELECT id, username, display_name, role FROM agents"
                                            " WHERE role <> 'admin' AND disabled = 0 ORDER BY id"));
    QJsonArray items;
    while (q.next())
        items.append(Agent {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            enumFromString<Role>(q.value(3).toString()).value_or(Role::Agent)}
                         .toJson());
    return Reply::json({{QStringLiteral("items"), items}});
}

} // namespace WalletDesk::Server
