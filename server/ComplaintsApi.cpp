#include "ComplaintsApi.h"

#include "NeedToKnow.h"

#include "ComplaintEvent.h"
#include "ComplaintNotifier.h"

#include "Etag.h"
#include "Idempotency.h"
#include "Masking.h"
#include "PageBuilder.h"

namespace WalletDesk::Server {

namespace {

const char columns[]
    = "id, version, channel, category, severity, account_id, call_id, description, "
      "customer_request,"
      " status, created_by, assignee, escalated, created_at, updated_at, ack_due_at, "
      "acknowledged_at,"
      " due_at, extension_reason, resolution_code, resolution_text, resolved_at, reopen_count,"
      " callback_number, preferred_contact_time, sms_opt_out, notice_language";

Reply complaintReply(const Complaint &c, const RequestContext &request, int status = 200)
{
    return Reply::json(ComplaintsApi::shownTo(c, request), status)
        .withHeader("ETag", versionEtag(c.version));
}

void acknowledge(Complaint &c)
{
    if (!c.acknowledgedAt)
        c.acknowledgedAt = QDateTime::currentDateTimeUtc();
}

} // namespace

void ComplaintsApi::registerRoutes(Router &router)
{
    using M = Router::Method;
    const auto add = [&](M method, const char *path, Access access,
                         Reply (ComplaintsApi::*fn)(RequestContext &)) {
        router.add(method, QString::fromLatin1(path), access,
            [this, fn](RequestContext &r) { return (this->*fn)(r); });
    };
    add(M::Post, "/api/v1/complaints", Access::SignedIn, &ComplaintsApi::create);
    add(M::Get, "/api/v1/complaints", Access::SignedIn, &ComplaintsApi::list);
    add(M::Get, "/api/v1/complaints/{id}", Access::SignedIn, &ComplaintsApi::get);
    add(M::Patch, "/api/v1/complaints/{id}", Access::SignedIn, &ComplaintsApi::update);
    add(M::Get, "/api/v1/complaints/{id}/notes", Access::SignedIn, &ComplaintsApi::notes);
    add(M::Post, "/api/v1/complaints/{id}/notes", Access::SignedIn, &ComplaintsApi::addNote);
    add(M::Get, "/api/v1/complaints/{id}/events", Access::SignedIn, &ComplaintsApi::events);
    add(M::Post, "/api/v1/complaints/{id}/assign", Access::Supervisor, &ComplaintsApi::assign);
    add(M::Post, "/api/v1/complaints/{id}/escalate", Access::SignedIn, &ComplaintsApi::escalate);
    add(M::Post, "/api/v1/complaints/{id}/resolve", Access::Supervisor, &ComplaintsApi::resolve);
    add(M::Post, "/api/v1/complaints/{id}/reopen", Access::Supervisor, &ComplaintsApi::reopen);
    add(M::Post, "/api/v1/complaints/{id}/extend", Access::Supervisor, &ComplaintsApi::extend);
}

std::optional<Complaint> ComplaintsApi::load(const ServerContext &ctx, qint64 id)
{
    Rows q = ctx.db().exec(
        QStringLiteral("SELECT %1 FROM complaints WHERE id = ?").arg(QLatin1String(columns)), {id});
    if (!q.next())
        return std::nullopt;
    Complaint c;
    c.id = q.value(0).toLongLong();
    c.version = q.value(1).toLongLong();
    c.draft.channel = q.value(2).toString();
    c.draft.categoryCode = q.value(3).toString();
    c.draft.severity = enumFromString<Severity>(q.value(4).toString()).value_or(Severity::Medium);
    if (!q.value(5).isNull())
        c.draft.accountId = q.value(5).toLongLong();
    c.draft.callId = q.value(6).toString();
    c.draft.description = q.value(7).toString();
    c.draft.customerRequest = q.value(8).toString();
    c.status
        = enumFromString<ComplaintStatus>(q.value(9).toString()).value_or(ComplaintStatus::Open);
    c.createdBy = q.value(10).toLongLong();
    if (!q.value(11).isNull())
        c.assignee = q.value(11).toLongLong();
    c.escalated = q.value(12).toInt() != 0;
    c.createdAt = ServerContext::fromMs(q.value(13).toLongLong());
    c.updatedAt = ServerContext::fromMs(q.value(14).toLongLong());
    c.acknowledgeDueAt = ServerContext::fromMs(q.value(15).toLongLong());
    c.acknowledgedAt = ServerContext::fromMsOrNull(q.value(16));
    c.dueAt = ServerContext::fromMs(q.value(17).toLongLong());
    c.extensionReason = q.value(18).toString();
    c.resolutionCode = q.value(19).toString();
    c.resolutionText = q.value(20).toString();
    c.resolvedAt = ServerContext::fromMsOrNull(q.value(21));
    c.reopenCount = q.value(22).toInt();
    c.draft.callbackNumber = q.value(23).toString();
    c.draft.preferredContactTime = q.value(24).toString();
    c.draft.smsOptOut = q.value(25).toInt() != 0;
    c.draft.noticeLanguage = languageFromCode(q.value(26).toString()).value_or(Language::Chinese);
    if (c.draft.accountId) {
        // People read the account by its number, masked, not by our id.
        c.accountNumberMasked = Masking::accountNumber(
            ctx.db()
                .scalar(QStringLiteral("SELECT account_no FROM accounts WHERE id = ?"),
                    {*c.draft.accountId})
                .toString());
    }
    Rows t = ctx.db().exec(
        QStringLiteral("SELECT transaction_id FROM complaint_transactions WHERE complaint_id = ?"
                       " ORDER BY transaction_id"),
        {id});
    while (t.next())
        c.draft.transactionIds.append(t.value(0).toLongLong());
    return c;
}

QJsonObject ComplaintsApi::shownTo(Complaint c, const RequestContext &request)
{
    const qint64 me = request.agent().id;
    if (c.createdBy != me && c.assignee != me && !c.draft.callbackNumber.isEmpty())
        c.draft.callbackNumber = Masking::phone(c.draft.callbackNumber);
    return c.toJson();
}

ComplaintNote ComplaintsApi::loadNote(const ServerContext &ctx, qint64 id)
{
    Rows q = ctx.db().exec(
        QStringLiteral(
            "SELECT n.id, n.complaint_id, n.author_id, a.display_name, n.body, n.created_at"
            " FROM complaint_notes n JOIN agents a ON a.id = n.author_id WHERE n.id = ?"),
        {id});
    if (!q.next())
        throw HttpError::notFound(QStringLiteral("note"));
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
        q.value(3).toString(), q.value(4).toString(),
        ServerContext::fromMs(q.value(5).toLongLong())};
}

void ComplaintsApi::validateDraft(const ComplaintDraft &draft) const
{
    const ReferenceData reference = m_ctx.reference();
    if (!reference.hasChannel(draft.channel))
        throw HttpError::badRequest(
            QStringLiteral("channel"), QStringLiteral("unknown channel \"%1\"").arg(draft.channel));
    if (!reference.hasCategory(draft.categoryCode))
        throw HttpError::badRequest(QStringLiteral("categoryCode"),
            QStringLiteral("unknown category \"%1\"").arg(draft.categoryCode));
    if (draft.callbackNumber.contains(QLatin1Char('*')))
        throw HttpError::badRequest(QStringLiteral("callbackNumber"),
            QStringLiteral("must be the number to call, not a masked one"));
    if (draft.accountId
        && !m_ctx.db()
                .scalar(QStringLiteral("SELECT 1 FROM accounts WHERE id = ?"), {*draft.accountId})
                .isValid())
        throw HttpError::badRequest(
            QStringLiteral("accountId"), QStringLiteral("names no account"));
    for (qsizetype i = 0; i < draft.transactionIds.size(); ++i) {
        Rows t = m_ctx.db().exec(QStringLiteral("SELECT account_id FROM transactions WHERE id = ?"),
            {draft.transactionIds.at(i)});
        if (!t.next() || (draft.accountId && t.value(0).toLongLong() != *draft.accountId))
            throw HttpError::badRequest(QStringLiteral("transactionIds[%1]").arg(i),
                QStringLiteral("is not a transaction of this account"));
    }
}

Reply ComplaintsApi::create(RequestContext &request)
{
    const QString key = request.idempotencyKey(true);
    ComplaintDraft draft = request.bodyAs<ComplaintDraft>();
    validateDraft(draft);
    return Idempotency::once(m_ctx, request, QStringLiteral("complaints"), key, [&] {
        const Database &db = m_ctx.db();
        const ReferenceData reference = m_ctx.reference();
        const WorkingCalendar calendar = m_ctx.calendar(reference);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 nowMs = now.toMSecsSinceEpoch();
        const qint64 id = db.insert(
            QStringLiteral(
                "INSERT INTO complaints (version, channel, category, severity, account_id, "
                "call_id, description,"
                " customer_request, status, created_by, escalated, created_at, updated_at, "
                "ack_due_at, due_at,"
                " reopen_count, callback_number, preferred_contact_time, sms_opt_out,"
                " notice_language) VALUES (1, ?, ?, ?, ?, ?, ?, ?, 'open', ?, 0, ?, ?, ?, ?, 0,"
                " ?, ?, ?, ?)"),
            {draft.channel, draft.categoryCode, enumToString(draft.severity),
                ServerContext::orNull(draft.accountId), ServerContext::orNull(draft.callId),
                draft.description, draft.customerRequest, request.agent().id, nowMs, nowMs,
                calendar.acknowledgeDue(now, reference.policy).toMSecsSinceEpoch(),
                WorkingCalendar::resolveDue(now, reference.policy.resolveCalendarDays)
                    .toMSecsSinceEpoch(),
                ServerContext::orNull(draft.callbackNumber),
                ServerContext::orNull(draft.preferredContactTime), draft.smsOptOut ? 1 : 0,
                languageCode(draft.noticeLanguage)});
        for (qint64 txId : draft.transactionIds)
            db.exec(QStringLiteral("INSERT INTO complaint_transactions (complaint_id, "
                                   "transaction_id) VALUES (?, ?)"
                                   " ON CONFLICT DO NOTHING"),
                {id, txId});
        addEvent(id, request.agent().id, QStringLiteral("created"), draft.categoryCode);
        m_ctx.recordChange(QStringLiteral("complaint"), id);
        m_ctx.audit(request.agent().id, QStringLiteral("complaint.create"), draft.accountId,
            draft.callId.isEmpty() ? request.callId() : draft.callId, QString(),
            QString::number(id));
        return complaintReply(*load(m_ctx, id), request, 201);
    });
}

Reply ComplaintsApi::list(RequestContext &request)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList binds;
    const auto filter = [&](const QString &param, const char *column) {
        if (const auto value = request.queryString(param, 40)) {
            where += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
            binds << *value;
        }
    };
    if (const auto status = request.queryEnum<ComplaintStatus>(QStringLiteral("status"))) {
        where += QStringLiteral(" AND status = ?");
        binds << enumToString(*status);
    }
    filter(QStringLiteral("category"), "category");
    filter(QStringLiteral("channel"), "channel");
    const auto idFilter = [&](const QString &param, const char *column) {
        const auto value = request.queryInteger(param, 1, Q_INT64_C(1) << 52);
        if (value) {
            where += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
            binds << *value;
        }
        return value;
    };
    const auto assignee = idFilter(QStringLiteral("assignee"), "assignee");
    const auto createdBy = idFilter(QStringLiteral("createdBy"), "created_by");
    const auto accountId = idFilter(QStringLiteral("accountId"), "account_id");
    const NeedToKnow needToKnow(m_ctx);
    if (accountId)
        needToKnow.accountList(request, *accountId, QStringLiteral("account.complaints"));
    else
        needToKnow.crossAccountList(
            request, assignee == request.agent().id || createdBy == request.agent().id);
    const auto resolved = request.queryString(QStringLiteral("resolved"), 5);
    if (resolved && *resolved != QLatin1String("true") && *resolved != QLatin1String("false"))
        throw HttpError::badRequest(
            QStringLiteral("resolved"), QStringLiteral("must be true or false"));
    if (resolved == QStringLiteral("false"))
        where += QStringLiteral(" AND status <> 'resolved'");
    else if (resolved == QStringLiteral("true"))
        where += QStringLiteral(" AND status = 'resolved'");
    const auto overdue = request.queryString(QStringLiteral("overdue"), 5);
    if (overdue && *overdue != QLatin1String("true") && *overdue != QLatin1String("false"))
        throw HttpError::badRequest(
            QStringLiteral("overdue"), QStringLiteral("must be true or false"));
    if (overdue == QStringLiteral("true")) {
        where += QStringLiteral(" AND status <> 'resolved' AND due_at < ?");
        binds << ServerContext::nowMs();
    }
    const QString sort
        = request.queryString(QStringLiteral("sort"), 10).value_or(QStringLiteral("due"));
    if (sort != QLatin1String("due") && sort != QLatin1String("created"))
        throw HttpError::badRequest(
            QStringLiteral("sort"), QStringLiteral("must be due or created"));
    const bool byDue = sort == QLatin1String("due");
    const QString key = byDue ? QStringLiteral("due_at") : QStringLiteral("created_at");
    if (const auto cursor = PageBuilder::parseKeysetCursor(request)) {
        where += byDue ? QStringLiteral(" AND (due_at, id) > (?, ?)")
                       : QStringLiteral(" AND (created_at, id) < (?, ?)");
        binds << cursor->first << cursor->second;
    }
    const int limit = request.pageLimit(50, 200);
    binds << limit + 1;
    Rows q = m_ctx.db().exec(QStringLiteral("SELECT id, %1 FROM complaints").arg(key) + where
            + (byDue ? QStringLiteral(" ORDER BY due_at, id")
                     : QStringLiteral(" ORDER BY created_at DESC, id DESC"))
            + QStringLiteral(" LIMIT ?"),
        binds);
    PageBuilder page(limit);
    while (q.next() && page.hasRoom()) {
        if (const auto c = load(m_ctx, q.value(0).toLongLong()))
            page.add(
                shownTo(*c, request), PageBuilder::keysetCursor(q.value(1).toLongLong(), c->id));
    }
    return page.reply();
}

Reply ComplaintsApi::get(RequestContext &request)
{
    const auto c = load(m_ctx, request.pathId(0));
    if (!c)
        throw HttpError::notFound(QStringLiteral("complaint"));
    NeedToKnow(m_ctx).item(request, c->draft.accountId, {c->createdBy, c->assignee});
    if (request.header("If-None-Match") == versionEtag(c->version))
        return Reply {304, {}, {{"ETag", versionEtag(c->version)}}};
    return complaintReply(*c, request);
}

void ComplaintsApi::save(const Complaint &c) const
{
    const auto ms = [](const std::optional<QDateTime> &dt) {
        return dt ? QVariant(dt->toMSecsSinceEpoch()) : QVariant();
    };
    m_ctx.db().exec(QStringLiteral("UPDATE complaints SET version = ?, category = ?, severity = ?, "
                                   "description = ?, customer_request = ?,"
                                   " status = ?, assignee = ?, escalated = ?, updated_at = ?, "
                                   "acknowledged_at = ?, due_at = ?,"
                                   " extension_reason = ?, resolution_code = ?, resolution_text = "
                                   "?, resolved_at = ?, reopen_count = ?"
                                   " WHERE id = ?"),
        {c.version, c.draft.categoryCode, enumToString(c.draft.severity), c.draft.description,
            c.draft.customerRequest, enumToString(c.status), ServerContext::orNull(c.assignee),
            c.escalated ? 1 : 0, c.updatedAt.toMSecsSinceEpoch(), ms(c.acknowledgedAt),
            c.dueAt.toMSecsSinceEpoch(), ServerContext::orNull(c.extensionReason),
            ServerContext::orNull(c.resolutionCode), ServerContext::orNull(c.resolutionText),
            ms(c.resolvedAt), c.reopenCount, c.id});
}

void ComplaintsApi::addEvent(const ServerContext &ctx, qint64 complaintId, qint64 agentId,
    const QString &kind, const QString &detail)
{
    ctx.db().exec(QStringLiteral("INSERT INTO complaint_events (complaint_id, agent_id, kind, "
                                 "detail, at) VALUES (?, ?, ?, ?, ?)"),
        {complaintId, agentId, kind, detail, ServerContext::nowMs()});
}

Reply ComplaintsApi::mutate(RequestContext &request, bool requireIfMatch, const Change &change)
{
    const qint64 id = request.pathId(0);
    const auto expected = request.ifMatchVersion();
    if (requireIfMatch && !expected)
        throw HttpError(428, QStringLiteral("if_match_required"),
            QStringLiteral("send If-Match with the version you edited"),
            QStringLiteral("If-Match"));
    DbTransaction tx(m_ctx.db());
    if (!m_ctx.db().lockRow(Database::Table::Complaints, id))
        throw HttpError::notFound(QStringLiteral("complaint"));
    auto complaint = load(m_ctx, id);
    // Before anything of the record is shown, a 409's "current" included.
    NeedToKnow(m_ctx).item(
        request, complaint->draft.accountId, {complaint->createdBy, complaint->assignee});
    if (expected && *expected != complaint->version)
        throw HttpError::conflict(QStringLiteral("version_conflict"),
            QStringLiteral("someone else changed this complaint (now version %1); "
                           "review their version and try again")
                .arg(complaint->version),
            {{QStringLiteral("current"), shownTo(*complaint, request)}});
    const bool wasAcknowledged = complaint->acknowledgedAt.has_value();
    const bool wasResolved = complaint->status == ComplaintStatus::Resolved;
    const auto [kind, detail] = change(*complaint);
    complaint->version += 1;
    complaint->updatedAt = QDateTime::currentDateTimeUtc();
    save(*complaint);
    addEvent(id, request.agent().id, kind, detail);
    // The customer hears of it in the same transaction. A complaint resolved
    // at once gets the resolution only: a deadline then means nothing.
    const bool resolvedNow = !wasResolved && complaint->status == ComplaintStatus::Resolved;
    if (!wasAcknowledged && complaint->acknowledgedAt && !resolvedNow)
        notify(*complaint, ComplaintNotices::Kind::Acknowledged, request.agent().id);
    if (resolvedNow)
        notify(*complaint, ComplaintNotices::Kind::Resolved, request.agent().id);
    m_ctx.recordChange(QStringLiteral("complaint"), id);
    m_ctx.audit(request.agent().id, QStringLiteral("complaint.") + kind, complaint->draft.accountId,
        request.callId(), QString(), detail.left(200));
    tx.commit();
    return complaintReply(*complaint, request);
}

void ComplaintsApi::notify(
    const Complaint &complaint, ComplaintNotices::Kind kind, qint64 agentId) const
{
    const NoticeRecord record = ComplaintNotifier(m_ctx).notify(complaint, kind);
    addEvent(complaint.id, agentId, QStringLiteral("notice"), record.detail());
}

Reply ComplaintsApi::update(RequestContext &request)
{
    struct Patch
    {
        std::optional<QString> categoryCode;
        std::optional<Severity> severity;
        std::optional<QString> description;
        std::optional<QString> customerRequest;
    };
    const Patch patch = request.readBody([](JsonReader &r) {
        Patch p;
        p.categoryCode = r.optionalString(QStringLiteral("categoryCode"), 40);
        p.severity = r.optionalEnumeration<Severity>(QStringLiteral("severity"));
        if (r.has(QStringLiteral("description")))
            p.description = r.nonEmptyText(QStringLiteral("description"), 4000);
        p.customerRequest = r.optionalText(QStringLiteral("customerRequest"), 1000);
        return p;
    });
    return mutate(request, true, [&](Complaint &c) {
        if (c.createdBy != request.agent().id && !request.isSupervisor())
            throw HttpError::forbidden(QStringLiteral(
                "only the agent who logged it or a supervisor may edit this complaint"));
        QStringList changed;
        if (patch.categoryCode) {
            if (!m_ctx.reference().hasCategory(*patch.categoryCode))
                throw HttpError::badRequest(QStringLiteral("categoryCode"),
                    QStringLiteral("unknown category \"%1\"").arg(*patch.categoryCode));
            c.draft.categoryCode = *patch.categoryCode;
            changed << QStringLiteral("categoryCode");
        }
        if (patch.severity) {
            c.draft.severity = *patch.severity;
            changed << QStringLiteral("severity");
        }
        if (patch.description) {
            c.draft.description = *patch.description;
            changed << QStringLiteral("description");
        }
        if (patch.customerRequest) {
            c.draft.customerRequest = *patch.customerRequest;
            changed << QStringLiteral("customerRequest");
        }
        if (changed.isEmpty())
            throw HttpError::badRequest(QString(),
                QStringLiteral("nothing to change; send categoryCode, severity, "
                               "description or customerRequest"));
        return qMakePair(QStringLiteral("update"), changed.join(QLatin1String(", ")));
    });
}

Reply ComplaintsApi::notes(RequestContext &request)
{
    const qint64 id = request.pathId(0);
    const auto c = load(m_ctx, id);
    if (!c)
        throw HttpError::notFound(QStringLiteral("complaint"));
    NeedToKnow(m_ctx).item(request, c->draft.accountId, {c->createdBy, c->assignee});
    Rows q = m_ctx.db().exec(
        QStringLiteral("SELECT id FROM complaint_notes WHERE complaint_id = ? ORDER BY id"), {id});
    QJsonArray items;
    while (q.next())
        items.append(loadNote(m_ctx, q.value(0).toLongLong()).toJson());
    return Reply::json({{QStringLiteral("items"), items}});
}

Reply ComplaintsApi::addNote(RequestContext &request)
{
    const qint64 id = request.pathId(0);
    const QString body = request.readBody(
        [](JsonReader &r) { return r.nonEmptyText(QStringLiteral("body"), 4000); });
    const QString key = request.idempotencyKey(false);
    const auto append = [&] {
        if (!m_ctx.db().lockRow(Database::Table::Complaints, id))
            throw HttpError::notFound(QStringLiteral("complaint"));
        const auto complaint = load(m_ctx, id);
        const qint64 now = ServerContext::nowMs();
        const qint64 noteId
            = m_ctx.db().insert(QStringLiteral("INSERT INTO complaint_notes (complaint_id, "
                                               "author_id, body, created_at) VALUES (?, ?, ?, ?)"),
                {id, request.agent().id, body, now});
        // A supervisor's first note acknowledges the complaint; only that
        // column is written, so nothing else of the row is put back as read.
        const bool acknowledgesNow = request.isSupervisor() && !complaint->acknowledgedAt;
        if (acknowledgesNow)
            m_ctx.db().exec(QStringLiteral("UPDATE complaints SET acknowledged_at = ? WHERE id = ? "
                                           "AND acknowledged_at IS NULL"),
                {now, id});
        addEvent(id, request.agent().id, QStringLiteral("note"), body.left(200));
        if (acknowledgesNow)
            notify(*complaint, ComplaintNotices::Kind::Acknowledged, request.agent().id);
        m_ctx.recordChange(QStringLiteral("note"), noteId);
        m_ctx.audit(request.agent().id, QStringLiteral("complaint.note"),
            complaint->draft.accountId, request.callId());
        return Reply::json(loadNote(m_ctx, noteId).toJson(), 201);
    };
    return Idempotency::onceIfKeyed(
        m_ctx, request, QStringLiteral("note:") + QString::number(id), key, append);
}

Reply ComplaintsApi::events(RequestContext &request)
{
    const qint64 id = request.pathId(0);
    const auto c = load(m_ctx, id);
    if (!c)
        throw HttpError::notFound(QStringLiteral("complaint"));
    NeedToKnow(m_ctx).item(request, c->draft.accountId, {c->createdBy, c->assignee});
    Rows q = m_ctx.db().exec(
        QStringLiteral("SELECT e.id, e.kind, e.detail, e.at, e.agent_id, a.display_name"
                       " FROM complaint_events e JOIN agents a ON a.id = e.agent_id"
                       " WHERE e.complaint_id = ? ORDER BY e.id"),
        {id});
    QList<ComplaintEvent> events;
    while (q.next())
        events.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            ServerContext::fromMs(q.value(3).toLongLong()), q.value(4).toLongLong(),
            q.value(5).toString()});
    return Reply::json({{QStringLiteral("items"), toJsonArray(events)}});
}

Reply ComplaintsApi::assign(RequestContext &request)
{
    const qint64 assignee = request.readBody(
        [](JsonReader &r) { return r.integer(QStringLiteral("assignee"), 1, Q_INT64_C(1) << 52); });
    const QString name
        = m_ctx.db()
              .scalar(QStringLiteral("SELECT display_name FROM agents WHERE id = ?"), {assignee})
              .toString();
    if (name.isEmpty())
        throw HttpError::badRequest(QStringLiteral("assignee"), QStringLiteral("names no agent"));
    return mutate(request, false, [&](Complaint &c) {
        if (c.status == ComplaintStatus::Resolved)
            throw HttpError::conflict(QStringLiteral("invalid_state"),
                QStringLiteral("reopen the complaint before assigning it"));
        c.assignee = assignee;
        if (c.status == ComplaintStatus::Open)
            c.status = ComplaintStatus::InProgress;
        acknowledge(c);
        return qMakePair(QStringLiteral("assign"), name);
    });
}

Reply ComplaintsApi::escalate(RequestContext &request)
{
    const QString reason = request.readBody(
        [](JsonReader &r) { return r.nonEmptyText(QStringLiteral("reason"), 1000); });
    return mutate(request, false, [&](Complaint &c) {
        if (c.status == ComplaintStatus::Resolved)
            throw HttpError::conflict(QStringLiteral("invalid_state"),
                QStringLiteral("a resolved complaint cannot be escalated"));
        c.escalated = true;
        c.status = ComplaintStatus::Escalated;
        if (request.isSupervisor())
            acknowledge(c);
        return qMakePair(QStringLiteral("escalate"), reason);
    });
}

Reply ComplaintsApi::resolve(RequestContext &request)
{
    struct Body
    {
        QString code, text;
    };
    const Body body = request.readBody([](JsonReader &r) {
        return Body {r.nonEmptyString(QStringLiteral("resolutionCode"), 40),
            r.nonEmptyText(QStringLiteral("resolutionText"), 4000)};
    });
    if (!m_ctx.reference().hasResolutionCode(body.code))
        throw HttpError::badRequest(QStringLiteral("resolutionCode"),
            QStringLiteral("unknown resolution code \"%1\"").arg(body.code));
    return mutate(request, false, [&](Complaint &c) {
        if (c.status == ComplaintStatus::Resolved)
            throw HttpError::conflict(QStringLiteral("invalid_state"),
                QStringLiteral("the complaint is already resolved"));
        c.status = ComplaintStatus::Resolved;
        c.resolutionCode = body.code;
        c.resolutionText = body.text;
        c.resolvedAt = QDateTime::currentDateTimeUtc();
        acknowledge(c);
        return qMakePair(QStringLiteral("resolve"), body.code);
    });
}

Reply ComplaintsApi::reopen(RequestContext &request)
{
    const QString reason = request.readBody(
        [](JsonReader &r) { return r.nonEmptyText(QStringLiteral("reason"), 1000); });
    return mutate(request, false, [&](Complaint &c) {
        if (c.status != ComplaintStatus::Resolved)
            throw HttpError::conflict(QStringLiteral("invalid_state"),
                QStringLiteral("only a resolved complaint can be reopened"));
        c.status = c.assignee ? ComplaintStatus::InProgress : ComplaintStatus::Open;
        c.resolutionCode.clear();
        c.resolutionText.clear();
        c.resolvedAt.reset();
        c.reopenCount += 1;
        return qMakePair(QStringLiteral("reopen"), reason);
    });
}

Reply ComplaintsApi::extend(RequestContext &request)
{
    const QString reason = request.readBody(
        [](JsonReader &r) { return r.nonEmptyText(QStringLiteral("reason"), 1000); });
    const ReferenceData reference = m_ctx.reference();
    return mutate(request, false, [&](Complaint &c) {
        if (!c.extensionReason.isEmpty())
            throw HttpError::conflict(QStringLiteral("already_extended"),
                QStringLiteral("the deadline was already extended"));
        if (c.status == ComplaintStatus::Resolved)
            throw HttpError::conflict(QStringLiteral("invalid_state"),
                QStringLiteral("a resolved complaint needs no extension"));
        c.dueAt
            = WorkingCalendar::resolveDue(c.createdAt, reference.policy.maxExtendedCalendarDays);
        c.extensionReason = reason;
        return qMakePair(QStringLiteral("extend"), reason);
    });
}

} // namespace WalletDesk::Server
