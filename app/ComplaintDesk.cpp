#include "ComplaintDesk.h"

#include "ApiClient.h"
#include "CursorPages.h"
#include "RecordCache.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace WalletDesk {

namespace {
QString unreadable(const CodecError &error)
{
    return ComplaintDesk::tr("The server's answer cannot be read (%1).").arg(error.toString());
}

// The workflow endpoint of a step: POST /complaints/{id}/{path}.
QString pathOf(ComplaintStep::Kind kind)
{
    switch (kind) {
    case ComplaintStep::Kind::Assign:
        return QStringLiteral("assign");
    case ComplaintStep::Kind::Escalate:
        return QStringLiteral("escalate");
    case ComplaintStep::Kind::Resolve:
        return QStringLiteral("resolve");
    case ComplaintStep::Kind::Reopen:
        return QStringLiteral("reopen");
    case ComplaintStep::Kind::Extend:
        return QStringLiteral("extend");
    }
    return {};
}

QJsonObject bodyOf(const ComplaintStep &step)
{
    switch (step.kind) {
    case ComplaintStep::Kind::Assign:
        return {{QStringLiteral("assignee"), step.assignee}};
    case ComplaintStep::Kind::Resolve:
        return {{QStringLiteral("resolutionCode"), step.resolutionCode},
            {QStringLiteral("resolutionText"), step.resolutionText}};
    case ComplaintStep::Kind::Escalate:
    case ComplaintStep::Kind::Reopen:
    case ComplaintStep::Kind::Extend:
        return {{QStringLiteral("reason"), step.reason}};
    }
    return {};
}
} // namespace

ComplaintDesk::ComplaintDesk(ApiClient *api, RecordCache *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{
}

PageLoader<Complaint>::Fetcher ComplaintDesk::fetcherFor(
    const ComplaintFilter &filter, int pageSize)
{
    QString path = QStringLiteral("/api/v1/complaints?sort=due&limit=%1").arg(pageSize);
    if (const QString query = filter.toQuery(); !query.isEmpty())
        path += QLatin1Char('&') + query;
    return cursorPages<Complaint>(m_api, this, path, [this](const QList<Complaint> &page) {
        for (const Complaint &c : page)
            m_cache->putComplaint(c);
    });
}

void ComplaintDesk::loadDetail(qint64 complaintId)
{
    struct Parts
    {
        std::optional<Complaint> complaint;
        QList<ComplaintNote> notes;
        QList<ComplaintEvent> events;
        int pending = 3;
        QString error;
    };
    auto parts = std::make_shared<Parts>();
    const auto finish = [this, parts] {
        if (--parts->pending > 0)
            return;
        if (!parts->error.isEmpty() || !parts->complaint)
            Q_EMIT failed(parts->error);
        else
            Q_EMIT detailReady(*parts->complaint, parts->notes, parts->events);
    };
    const QString base = QStringLiteral("/api/v1/complaints/%1").arg(complaintId);
    loadAttachments(complaintId);
    m_api->get(base, this, [parts, finish](const ApiResult &r) {
        CodecError error;
        if (r.ok())
            parts->complaint = decode<Complaint>(r.json, &error);
        if (!parts->complaint)
            parts->error = r.ok() ? unreadable(error) : r.message;
        finish();
    });
    m_api->get(base + QStringLiteral("/notes"), this, [parts, finish](const ApiResult &r) {
        CodecError error;
        if (auto notes = r.ok() ? decodeItems<ComplaintNote>(r.json, &error) : std::nullopt)
            parts->notes = *notes;
        else
            parts->error = r.ok() ? unreadable(error) : r.message;
        finish();
    });
    m_api->get(base + QStringLiteral("/events"), this, [parts, finish](const ApiResult &r) {
        CodecError error;
        if (auto events = r.ok() ? decodeItems<ComplaintEvent>(r.json, &error) : std::nullopt)
            parts->events = *events;
        else
            parts->error = r.ok() ? unreadable(error) : r.message;
        finish();
    });
}

void ComplaintDesk::assign(const Complaint &seen, qint64 agentId)
{
    apply(seen, ComplaintStep::assign(agentId));
}

void ComplaintDesk::escalate(const Complaint &seen, const QString &reason)
{
    apply(seen, ComplaintStep::escalate(reason));
}

void ComplaintDesk::resolve(
    const Complaint &seen, const QString &resolutionCode, const QString &text)
{
    apply(seen, ComplaintStep::resolve(resolutionCode, text));
}

void ComplaintDesk::reopen(const Complaint &seen, const QString &reason)
{
    apply(seen, ComplaintStep::reopen(reason));
}

void ComplaintDesk::extend(const Complaint &seen, const QString &reason)
{
    apply(seen, ComplaintStep::extend(reason));
}

void ComplaintDesk::apply(const Complaint &seen, const ComplaintStep &step)
{
    ApiJob::Spec spec {"POST",
        QStringLiteral("/api/v1/complaints/%1/%2").arg(seen.id).arg(pathOf(step.kind)),
        QJsonDocument(bodyOf(step)).toJson(QJsonDocument::Compact),
        {{"If-Match", QStringLiteral("\"v%1\"").arg(seen.version).toLatin1()}}};
    m_api->send(spec, this, [this, seen, step](const ApiResult &r) {
        CodecError error;
        if (r.ok()) {
            if (auto complaint = decode<Complaint>(r.json, &error)) {
                m_cache->putComplaint(*complaint);
                Q_EMIT changed(*complaint);
            } else {
                Q_EMIT failed(unreadable(error));
            }
            return;
        }
        if (r.status == 409 && r.error.code == QLatin1String("version_conflict")) {
            if (auto theirs
                = decode<Complaint>(r.json.value(QStringLiteral("current")).toObject(), &error)) {
                m_cache->putComplaint(*theirs);
                Q_EMIT conflict(step, seen, *theirs);
                return;
            }
        }
        Q_EMIT failed(r.message);
    });
}

void ComplaintDesk::addNote(qint64 complaintId, const QString &body)
{
    // A retried note must not appear twice.
    m_api->post(QStringLiteral("/api/v1/complaints/%1/notes").arg(complaintId),
        {{QStringLiteral("body"), body}}, this,
        [this, complaintId](const ApiResult &r) {
            if (!r.ok()) {
                Q_EMIT failed(r.message);
                return;
            }
            loadDetail(complaintId);
        },
        {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
}

void ComplaintDesk::loadAttachments(qint64 complaintId)
{
    m_api->get(QStringLiteral("/api/v1/complaints/%1/attachments").arg(complaintId), this,
        [this, complaintId](const ApiResult &r) {
            CodecError error;
            if (auto items
                = r.ok() ? decodeItems<ComplaintAttachment>(r.json, &error) : std::nullopt)
                Q_EMIT attachmentsReady(complaintId, *items);
            else
                Q_EMIT failed(r.ok() ? unreadable(error) : r.message);
        });
}

void ComplaintDesk::download(const ComplaintAttachment &attachment, const QString &savePath)
{
    m_api->get(QStringLiteral("/api/v1/complaints/%1/attachments/%2/content")
                   .arg(attachment.complaintId)
                   .arg(attachment.id),
        this, [this, attachment, savePath](const ApiResult &r) {
            if (!r.ok()) {
                Q_EMIT failed(r.message);
                return;
            }
            const auto bytes = QByteArray::fromBase64Encoding(
                r.json.value(QStringLiteral("contentBase64")).toString().toLatin1(),
                QByteArray::AbortOnBase64DecodingErrors);
            // What arrived must be what was stored.
            if (!bytes
                || QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex()
                    != attachment.sha256.toLatin1()) {
                Q_EMIT failed(
                    tr("The file %1 arrived damaged; nothing was saved.").arg(attachment.fileName));
                return;
            }
            QSaveFile file(savePath);
            if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != (*bytes).size()
                || !file.commit()) {
                Q_EMIT failed(tr("%1 could not be saved: %2").arg(savePath, file.errorString()));
                return;
            }
            Q_EMIT downloaded(attachment, savePath);
        });
}

} // namespace WalletDesk
