#include "ComplaintDesk.h"

#include "ApiClient.h"
#include "RecordCache.h"

#include <QJsonDocument>
#include <QUuid>

namespace WalletDesk {

namespace {
QString unreadable(const CodecError &error)
{
    return ComplaintDesk::tr("The server's answer cannot be read (%1).").arg(error.toString());
}
} // namespace

ComplaintDesk::ComplaintDesk(ApiClient *api, RecordCache *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{
}

PageLoader<Complaint>::Fetcher ComplaintDesk::fetcherFor(const ComplaintFilter &filter, int pageSize)
{
    auto cursor = std::make_shared<QString>();
    const QString query = filter.toQuery();
    return [this, cursor, query, pageSize](PageLoader<Complaint>::PageCallback done) {
        QString path = QStringLiteral("/api/v1/complaints?sort=due&limit=%1").arg(pageSize);
        if (!query.isEmpty())
            path += QLatin1Char('&') + query;
        if (!cursor->isEmpty())
            path += QStringLiteral("&cursor=") + *cursor;
        m_api->get(path, this, [this, cursor, done](const ApiResult &result) {
            CodecError error;
            std::optional<QList<Complaint>> rows;
            if (result.ok())
                rows = decodeItems<Complaint>(result.json, &error);
            if (!rows) {
                done({}, false, result.ok() ? unreadable(error) : result.message);
                return;
            }
            for (const Complaint &c : std::as_const(*rows))
                m_cache->putComplaint(c);
            *cursor = result.json.value(QStringLiteral("nextCursor")).toString();
            done(*rows, !cursor->isEmpty(), {});
        });
    };
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

void ComplaintDesk::loadAgents()
{
    m_api->get(QStringLiteral("/api/v1/agents"), this, [this](const ApiResult &r) {
        CodecError error;
        if (auto agents = r.ok() ? decodeItems<Agent>(r.json, &error) : std::nullopt)
            Q_EMIT agentsReady(*agents);
        else
            Q_EMIT failed(r.ok() ? unreadable(error) : r.message);
    });
}

void ComplaintDesk::act(const Complaint &seen, const QString &step, const QJsonObject &body)
{
    ApiJob::Spec spec{"POST", QStringLiteral("/api/v1/complaints/%1/%2").arg(seen.id).arg(step),
                      QJsonDocument(body).toJson(QJsonDocument::Compact),
                      {{"If-Match", QStringLiteral("\"v%1\"").arg(seen.version).toLatin1()}}};
    m_api->send(spec, this, [this, seen, step, body](const ApiResult &r) {
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
            if (auto theirs = decode<Complaint>(r.json.value(QStringLiteral("current")).toObject(), &error)) {
                m_cache->putComplaint(*theirs);
                Q_EMIT conflict(step, body, seen, *theirs);
                return;
            }
        }
        Q_EMIT failed(r.message);
    });
}

void ComplaintDesk::addNote(qint64 complaintId, const QString &body)
{
    // A retried note must not appear twice.
    m_api->post(QStringLiteral("/api/v1/complaints/%1/notes").arg(complaintId), {{QStringLiteral("body"), body}}, this,
                [this, complaintId](const ApiResult &r) {
                    if (!r.ok()) {
                        Q_EMIT failed(r.message);
                        return;
                    }
                    loadDetail(complaintId);
                },
                {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
}

} // namespace WalletDesk

namespace WalletDesk {

PageLoader<AuditEntry>::Fetcher ComplaintDesk::auditFetcher(const AuditFilter &filter, int pageSize)
{
    auto cursor = std::make_shared<QString>();
    const QString query = filter.toQuery();
    return [this, cursor, query, pageSize](PageLoader<AuditEntry>::PageCallback done) {
        QString path = QStringLiteral("/api/v1/audit?limit=%1").arg(pageSize);
        if (!query.isEmpty())
            path += QLatin1Char('&') + query;
        if (!cursor->isEmpty())
            path += QStringLiteral("&cursor=") + *cursor;
        m_api->get(path, this, [cursor, done](const ApiResult &r) {
            CodecError error;
            auto rows = r.ok() ? decodeItems<AuditEntry>(r.json, &error) : std::nullopt;
            if (!rows) {
                done({}, false, r.ok() ? unreadable(error) : r.message);
                return;
            }
            *cursor = r.json.value(QStringLiteral("nextCursor")).toString();
            done(*rows, !cursor->isEmpty(), {});
        });
    };
}

void ComplaintDesk::loadReport(const QDate &from, const QDate &to)
{
    const QString path = QStringLiteral("/api/v1/reports/complaints?from=%1&to=%2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    m_api->get(path, this, [this](const ApiResult &r) {
        CodecError error;
        if (auto report = r.ok() ? decode<ComplaintReport>(r.json, &error) : std::nullopt)
            Q_EMIT reportReady(*report);
        else
            Q_EMIT reportFailed(r.ok() ? unreadable(error) : r.message);
    });
}

} // namespace WalletDesk
