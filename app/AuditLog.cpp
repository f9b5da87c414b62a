#include "AuditLog.h"

#include "ApiClient.h"

namespace WalletDesk {

AuditLog::AuditLog(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

PageLoader<AuditEntry>::Fetcher AuditLog::fetcherFor(const AuditFilter &filter, int pageSize)
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
                done({}, false, r.ok() ? tr("The server's answer cannot be read (%1).").arg(error.toString()) : r.message);
                return;
            }
            *cursor = r.json.value(QStringLiteral("nextCursor")).toString();
            done(*rows, !cursor->isEmpty(), {});
        });
    };
}

} // namespace WalletDesk
