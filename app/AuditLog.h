#pragma once

#include "AuditEntry.h"
#include "AuditFilter.h"
#include "PageLoader.h"

#include <QObject>

namespace WalletDesk {

class ApiClient;

// The audit log for supervisors: who did what to which account, newest
// first, page by page (the log of a busy floor runs to millions of rows).
class AuditLog : public QObject
{
    Q_OBJECT

public:
    explicit AuditLog(ApiClient *api, QObject *parent = nullptr);

    // Pages of the entries the filter selects, for a list model or an export.
    PageLoader<AuditEntry>::Fetcher fetcherFor(const AuditFilter &filter, int pageSize = 200);

private:
    ApiClient *m_api;
};

} // namespace WalletDesk
