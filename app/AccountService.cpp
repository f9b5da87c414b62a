#include "AccountService.h"

#include "ApiClient.h"
#include "CallerNumberIndex.h"
#include "RecordCache.h"

#include <QJsonArray>

namespace WalletDesk {

AccountService::AccountService(
    ApiClient *api, RecordCache *cache, CallerNumberIndex *numbers, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_numbers(numbers)
{
}

void AccountService::search(const QString &query, const QString &callId)
{
    ApiJob::Spec spec {"GET",
        QStringLiteral("/api/v1/accounts?q=")
            + QString::fromLatin1(QUrl::toPercentEncoding(query.trimmed())),
        {}, {}};
    if (!callId.isEmpty())
        spec.headers.insert("X-Call-Id", callId.toLatin1());
    m_api->send(spec, this, [this, query](const ApiResult &result) {
        QList<AccountSummary> found;
        if (result.ok()) {
            bool readable = result.json.value(QStringLiteral("items")).isArray();
            for (const QJsonValue &item : result.json.value(QStringLiteral("items")).toArray()) {
                CodecError error;
                if (auto a = decode<AccountSummary>(item.toObject(), &error))
                    found.append(*a);
                else
                    readable = false;
            }
            if (readable) {
                m_cache->putAccountSummaries(found);
                const bool byNumber = !CallerNumberIndex::normalise(query).isEmpty();
                if (m_numbers && byNumber) {
                    QList<qint64> ids;
                    for (const AccountSummary &a : std::as_const(found))
                        ids.append(a.id);
                    m_numbers->rememberSearch(query, ids);
                }
                Q_EMIT searchFinished(query, found, false, {});
                return;
            }
        }
        const QString why = result.ok()
            ? tr("The server's answer cannot be read; showing cached accounts only.")
            : tr("%1 Showing cached accounts only.").arg(result.message);
        const bool byNumber = !CallerNumberIndex::normalise(query).isEmpty();
        Q_EMIT searchFinished(query,
            byNumber ? (m_numbers ? m_numbers->find(query, 50) : QList<AccountSummary> {})
                     : m_cache->searchAccounts(query, 50),
            true, why);
    });
}

void AccountService::open(qint64 accountId, const QString &callId)
{
    const auto cached = m_cache->account(accountId);
    if (cached)
        Q_EMIT accountReady(cached->value, cached->fetchedAt, false);
    ApiJob::Spec spec {"GET", QStringLiteral("/api/v1/accounts/%1").arg(accountId), {}, {}};
    if (cached && !cached->etag.isEmpty())
        spec.headers.insert("If-None-Match", cached->etag);
    if (!callId.isEmpty())
        spec.headers.insert("X-Call-Id", callId.toLatin1());
    m_api->send(spec, this, [this, accountId, cached](const ApiResult &result) {
        if (result.notModified() && cached) {
            m_cache->putAccount(cached->value, cached->etag); // confirmed now: age restarts
            Q_EMIT accountReady(cached->value, QDateTime::currentDateTimeUtc(), true);
            return;
        }
        if (result.ok()) {
            CodecError error;
            if (auto account = decode<Account>(result.json, &error)) {
                m_cache->putAccount(*account, result.headers.value("etag"));
                Q_EMIT accountReady(*account, QDateTime::currentDateTimeUtc(), true);
                return;
            }
            Q_EMIT accountFailed(accountId,
                tr("The server's account data cannot be read (%1).").arg(error.toString()));
            return;
        }
        Q_EMIT accountFailed(accountId,
            cached ? tr("%1 Showing the cached copy.").arg(result.message) : result.message);
    });
}

QString AccountService::cachedAccountNumber(qint64 accountId) const
{
    const auto cached = m_cache->account(accountId);
    return cached ? cached->value.summary.accountNumber : QString();
}

} // namespace WalletDesk
