#include "ComplaintReports.h"

#include "ApiClient.h"

namespace WalletDesk {

ComplaintReports::ComplaintReports(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void ComplaintReports::load(const QDate &from, const QDate &to)
{
    const QString path = QStringLiteral("/api/v1/reports/complaints?from=%1&to=%2")
                             .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    m_api->get(path, this, [this](const ApiResult &r) {
        CodecError error;
        if (auto report = r.ok() ? decode<ComplaintReport>(r.json, &error) : std::nullopt)
            Q_EMIT ready(*report);
        else
            Q_EMIT failed(r.ok()
                    ? tr("The server's answer cannot be read (%1).").arg(error.toString())
                    : r.message);
    });
}

} // namespace WalletDesk
