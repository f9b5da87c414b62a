#include "AttachmentsApi.h"

#include "ComplaintsApi.h"
#include "Idempotency.h"
#include "NeedToKnow.h"

#include <QCryptographicHash>

namespace WalletDesk::Server {

namespace {

const char columns[] = "t.id, t.complaint_id, t.file_name, t.content_type, t.size_bytes,"
                       " t.sha256, t.uploaded_by, a.display_name, t.uploaded_at";

ComplaintAttachment attachmentFrom(const Rows &q)
{
    ComplaintAttachment a;
    a.id = q.value(0).toLongLong();
    a.complaintId = q.value(1).toLongLong();
    a.fileName = q.value(2).toString();
    a.contentType = q.value(3).toString();
    a.sizeBytes = q.value(4).toLongLong();
    a.sha256 = q.value(5).toString();
    a.uploadedBy = q.value(6).toLongLong();
    a.uploadedByName = q.value(7).toString();
    a.uploadedAt = ServerContext::fromMs(q.value(8).toLongLong());
    return a;
}

// The complaint, checked for this agent's need to know (404 / 403).
Complaint readableComplaint(const ServerContext &ctx, const RequestContext &request)
{
    const auto c = ComplaintsApi::load(ctx, request.pathId(0));
    if (!c)
        throw HttpError::notFound(QStringLiteral("complaint"));
    NeedToKnow(ctx).item(request, c->draft.accountId, {c->createdBy, c->assignee});
    return *c;
}

} // namespace

void AttachmentsApi::registerRoutes(Router &router)
{
    using M = Router::Method;
    const QString path = QStringLiteral("/api/v1/complaints/{id}/attachments");
    // The one route with a larger body: the limit is the route's, so the
    // connection guard and the router refuse anything larger with 413
    // before the body is read or parsed.
    router.add(
        M::Post, path, Access::SignedIn, [this](RequestContext &r) { return upload(r); },
        ComplaintAttachment::maxUploadBodyBytes);
    router.add(M::Get, path, Access::SignedIn, [this](RequestContext &r) { return list(r); });
    router.add(M::Get, path + QStringLiteral("/{attachmentId}/content"), Access::Supervisor,
        [this](RequestContext &r) { return download(r); });
}

ComplaintAttachment AttachmentsApi::load(qint64 complaintId, qint64 attachmentId) const
{
    Rows q = m_ctx.db().exec(QStringLiteral("SELECT %1 FROM complaint_attachments t"
                                            " JOIN agents a ON a.id = t.uploaded_by"
                                            " WHERE t.id = ? AND t.complaint_id = ?")
                                 .arg(QLatin1String(columns)),
        {attachmentId, complaintId});
    if (!q.next())
        throw HttpError::notFound(QStringLiteral("attachment"));
    return attachmentFrom(q);
}

Reply AttachmentsApi::upload(RequestContext &request)
{
    const QString key = request.idempotencyKey(true);
    const AttachmentUpload file = request.bodyAs<AttachmentUpload>();
    if (file.content.isEmpty())
        throw HttpError::badRequest(QStringLiteral("contentBase64"), QStringLiteral("is empty"));
    if (file.content.size() > ComplaintAttachment::maxBytes)
        throw HttpError(413, QStringLiteral("payload_too_large"),
            QStringLiteral("the file is larger than %1 bytes").arg(ComplaintAttachment::maxBytes),
            QStringLiteral("contentBase64"));
    const QString type = ComplaintAttachment::contentTypeOf(file.content);
    if (type.isEmpty())
        throw HttpError(415, QStringLiteral("unsupported_media_type"),
            QStringLiteral("the file is not a PNG or JPEG image or a PDF document"),
            QStringLiteral("contentBase64"));
    const Complaint complaint = readableComplaint(m_ctx, request);
    const QString storedName = ComplaintAttachment::nameFor(file.fileName, type);
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(file.content, QCryptographicHash::Sha256).toHex());
    return Idempotency::once(
        m_ctx, request, QStringLiteral("attachment:") + QString::number(complaint.id), key, [&] {
            const Database &db = m_ctx.db();
            if (!db.lockRow(Database::Table::Complaints, complaint.id))
                throw HttpError::notFound(QStringLiteral("complaint"));
            // The same bytes twice (two photos of one receipt sent again) are
            // stored once; each upload is its own attachment.
            db.exec(QStringLiteral("INSERT INTO attachment_blobs (sha256, content, size_bytes)"
                                   " VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                {sha, file.content, qint64(file.content.size())});
            const qint64 id = db.insert(
                QStringLiteral("INSERT INTO complaint_attachments (complaint_id, file_name,"
                               " content_type, sha256, size_bytes, uploaded_by, uploaded_at)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {complaint.id, storedName, type, sha, qint64(file.content.size()),
                    request.agent().id, ServerContext::nowMs()});
            // "<id> <name>": consoles link the timeline entry to the file.
            ComplaintsApi::addEvent(m_ctx, complaint.id, request.agent().id,
                QStringLiteral("attachment"), QString::number(id) + QLatin1Char(' ') + storedName);
            m_ctx.recordChange(QStringLiteral("complaint"), complaint.id);
            m_ctx.audit(request.agent().id, QStringLiteral("complaint.attachment.upload"),
                complaint.draft.accountId, request.callId(), QString(),
                QStringLiteral("complaint %1, attachment %2, %3, %4 bytes")
                    .arg(complaint.id)
                    .arg(id)
                    .arg(type)
                    .arg(file.content.size()));
            return Reply::json(load(complaint.id, id).toJson(), 201);
        });
}

Reply AttachmentsApi::list(RequestContext &request)
{
    const Complaint complaint = readableComplaint(m_ctx, request);
    Rows q = m_ctx.db().exec(QStringLiteral("SELECT %1 FROM complaint_attachments t"
                                            " JOIN agents a ON a.id = t.uploaded_by"
                                            " WHERE t.complaint_id = ? ORDER BY t.id")
                                 .arg(QLatin1String(columns)),
        {complaint.id});
    QList<ComplaintAttachment> items;
    while (q.next())
        items.append(attachmentFrom(q));
    return Reply::json({{QStringLiteral("items"), toJsonArray(items)}});
}

Reply AttachmentsApi::download(RequestContext &request)
{
    const Complaint complaint = readableComplaint(m_ctx, request);
    const ComplaintAttachment a = load(complaint.id, request.pathId(1));
    const QByteArray content
        = m_ctx.db()
              .scalar(QStringLiteral("SELECT content FROM attachment_blobs WHERE sha256 = ?"),
                  {a.sha256})
              .toByteArray();
    // Evidence may show a customer's card or ID: who saw it is on record.
    m_ctx.audit(request.agent().id, QStringLiteral("complaint.attachment.download"),
        complaint.draft.accountId, request.callId(), QString(),
        QStringLiteral("complaint %1, attachment %2").arg(complaint.id).arg(a.id));
    QJsonObject body = a.toJson();
    body.insert(QStringLiteral("contentBase64"), QString::fromLatin1(content.toBase64()));
    return Reply::json(body);
}

} // namespace WalletDesk::Server
