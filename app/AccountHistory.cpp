#include "AccountHistory.h"

#include "ApiClient.h"
#include "RecordCache.h"

namespace WalletDesk {

AccountHistory::AccountHistory(ApiClient *api, RecordCache *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{
}

void AccountHistory::load(qint64 accountId, const QString &callId)
{
    QMap<QByteArray, QByteArray> headers;
    if (!callId.isEmpty())
        headers.insert("X-Call-Id", callId.toLatin1());
    m_api->send(
        {"GET",
            QStringLiteral("/api/v1/complaints?accountId=%1&sort=created&limit=200").arg(accountId),
            {}, headers},
        this, [this, accountId](const ApiResult &result) {
            CodecError error;
            std::optional<QList<Complaint>> complaints;
            if (result.ok())
                complaints = decodeItems<Complaint>(result.json, &error);
            if (complaints) {
                for (const Complaint &c : std::as_const(*complaints))
                    m_cache->putComplaint(c);
                Q_EMIT complaintsReady(accountId, *complaints, {});
                return;
            }
            QList<Complaint> cached;
            for (const Complaint &c : m_cache->complaints()) {
                if (c.draft.accountId == accountId)
                    cached.append(c);
            }
            std::sort(cached.begin(), cached.end(),
                [](const Complaint &a, const Complaint &b) { return a.createdAt > b.createdAt; });
            const QString why = result.ok()
                ? tr("The server's answer cannot be read (%1).").arg(error.toString())
                : result.message;
            Q_EMIT complaintsReady(accountId, cached,
                tr("%1 Showing the complaints cached on this computer.").arg(why));
        });
    m_api->send(
        {"GET", QStringLiteral("/api/v1/calls?accountId=%1&limit=100").arg(accountId), {}, headers},
        this, [this, accountId](const ApiResult &result) {
            CodecError error;
            std::optional<QList<CallRecord>> calls;
            if (result.ok())
                calls = decodeItems<CallRecord>(result.json, &error);
            if (calls) {
                Q_EMIT callsReady(accountId, *calls, {});
                return;
            }
            const QString why = result.ok()
                ? tr("The server's answer cannot be read (%1).").arg(error.toString())
                : result.message;
            Q_EMIT callsReady(
                accountId, {}, tr("%1 Previous calls are only kept on the server.").arg(why));
        });
}

} // namespace WalletDesk
