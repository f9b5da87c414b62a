#include "AuditLog.h"

#include "CursorPages.h"

namespace WalletDesk {

AuditLog::AuditLog(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

PageLoader<AuditEntry>::Fetcher AuditLog::fetcherFor(const AuditFilter &filter, int pageSize)
{
    QString path = QStringLiteral("/api/v1/audit?limit=%1").arg(pageSize);
    if (const QString query = filter.toQuery(); !query.isEmpty())
        path += QLatin1Char('&') + query;
    return cursorPages<AuditEntry>(m_api, this, path);
}

} // namespace WalletDesk
