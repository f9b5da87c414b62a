#include "TransactionFeed.h"

#include "ApiClient.h"
#include "RecordCache.h"

#include "WorkingCalendar.h"

#include <QJsonArray>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace WalletDesk {

namespace {
constexpr int cachedRowsPerLog = 500;

QMap<QByteArray, QByteArray> callHeader(const QString &callId)
{
    QMap<QByteArray, QByteArray> headers;
    if (!callId.isEmpty())
        headers.insert("X-Call-Id", callId.toLatin1());
    return headers;
}
} // namespace

TransactionFeed::TransactionFeed(ApiClient *api, RecordCache *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{
}

PageLoader<Transaction>::Fetcher TransactionFeed::fetcherFor(
    qint64 accountId, const QString &callId, const TransactionFilter &filter, int pageSize)
{
    return fetchersFrom(accountId, callId, {}, filter, pageSize).older;
}

TransactionFeed::Fetchers TransactionFeed::fetchersFrom(qint64 accountId, const QString &callId,
    const Start &start, const TransactionFilter &filter, int pageSize)
{
    // An end has nothing beyond it: one empty last page.
    const PageLoader<Transaction>::Fetcher none
        = [](PageLoader<Transaction>::PageCallback done) { done({}, false, {}); };
    Fetchers f;
    // A Day start without a valid date (an empty date field) opens at the
    // newest end, as opening the account does.
    const Start::Kind kind
        = start.kind == Start::Day && !start.day.isValid() ? Start::Newest : start.kind;
    switch (kind) {
    case Start::Newest:
        // Only the newest end is cached: the cache then holds one unbroken
        // stretch of the log, so an offline log has no hidden gap in it.
        f.older = pages(accountId, callId, filter, pageSize, false, {}, std::nullopt, true);
        f.newer = none;
        break;
    case Start::Oldest:
        f.older = none;
        f.newer = pages(accountId, callId, filter, pageSize, true, QStringLiteral("&order=oldest"),
            std::nullopt, false);
        f.startsNewer = true;
        break;
    case Start::Day: {
        // The split is the day's end in China time on both sides: the
        // server's `at` days are China days, and the cache's bound is the
        // same instant, so the PC's time zone moves nothing.
        const qint64 endMs = WorkingCalendar::endOfDay(start.day).toMSecsSinceEpoch();
        const auto split = std::make_pair(endMs, std::numeric_limits<qint64>::max());
        f.older = pages(accountId, callId, filter, pageSize, false,
            QStringLiteral("&at=") + start.day.toString(Qt::ISODate), split, false);
        f.newer = pages(accountId, callId, filter, pageSize, true,
            QStringLiteral("&order=oldest&at=") + start.day.addDays(1).toString(Qt::ISODate), split,
            false);
        break;
    }
    }
    return f;
}

PageLoader<Transaction>::Fetcher TransactionFeed::pages(qint64 accountId, const QString &callId,
    const TransactionFilter &filter, int pageSize, bool newer, const QString &firstQuery,
    std::optional<std::pair<qint64, qint64>> cacheAfter, bool keepInCache)
{
    struct State
    {
        QString cursor;
        std::optional<RecordCache::LogKey> cacheAfter; // the cache's next page starts after it
        int delivered = 0;
        bool offline = false;
        bool cacheEnd = false;
    };
    auto state = std::make_shared<State>();
    if (cacheAfter)
        state->cacheAfter = RecordCache::LogKey {cacheAfter->first, cacheAfter->second};
    return [this, state, accountId, callId, filter, pageSize, newer, firstQuery, keepInCache](
               PageLoader<Transaction>::PageCallback done) {
        const auto fromCache
            = [this, state, accountId, filter, pageSize, newer, done](const QString &why) {
                  state->offline = true;
                  QList<Transaction> rows;
                  while (rows.size() < pageSize && !state->cacheEnd) {
                      int read = 0;
                      RecordCache::LogKey last;
                      const QList<Transaction> chunk = m_cache->transactionPage(
                          accountId, newer, state->cacheAfter, pageSize, &last, &read);
                      if (read > 0)
                          state->cacheAfter = last;
                      state->cacheEnd = read < pageSize;
                      for (const Transaction &t : chunk) {
                          if (filter.matches(t))
                              rows.append(t);
                      }
                  }
                  // The cache reads newer pages oldest first, like the server.
                  if (newer)
                      std::reverse(rows.begin(), rows.end());
                  const bool first = state->delivered == 0;
                  state->delivered += int(rows.size());
                  done(rows, !state->cacheEnd, rows.isEmpty() && first ? why : QString());
              };
        if (state->offline) {
            fromCache({});
            return;
        }
        QString path = QStringLiteral("/api/v1/accounts/%1/transactions?limit=%2")
                           .arg(accountId)
                           .arg(pageSize);
        if (!filter.isEmpty())
            path += QLatin1Char('&') + filter.toQuery();
        // The cursor knows its way; order and at are for the first page only.
        path += state->cursor.isEmpty() ? firstQuery : QStringLiteral("&cursor=") + state->cursor;
        m_api->send({"GET", path, {}, callHeader(callId)}, this,
            [this, state, done, fromCache, newer, keepInCache](const ApiResult &result) {
                CodecError error;
                std::optional<QList<Transaction>> rows;
                if (result.ok())
                    rows = decodeItems<Transaction>(result.json, &error);
                if (!rows) {
                    // Later pages from the cache would repeat or skip rows after
                    // server pages; only a log that starts offline comes from it.
                    if (state->delivered == 0)
                        fromCache(result.ok() ? tr("The server's answer cannot be read (%1).")
                                                    .arg(error.toString())
                                              : result.message);
                    else
                        done({}, true,
                            result.ok() ? tr("The server's answer cannot be read (%1).")
                                              .arg(error.toString())
                                        : result.message);
                    return;
                }
                // The newest rows are what an agent needs offline; the rest of a
                // long history is shown but not cached, so that scrolling through
                // it does not wait for the disk on every page.
                if (keepInCache && state->delivered < cachedRowsPerLog)
                    m_cache->putTransactions(*rows);
                state->delivered += int(rows->size());
                state->cursor = result.json.value(QStringLiteral("nextCursor")).toString();
                if (newer)
                    std::reverse(rows->begin(), rows->end());
                done(*rows, !state->cursor.isEmpty(), {});
            });
    };
}

void TransactionFeed::findOrder(const QString &orderNumber, const QString &callId, Found found)
{
    const QString order = orderNumber.trimmed();
    m_api->send({"GET",
                    QStringLiteral("/api/v1/transactions/")
                        + QString::fromLatin1(QUrl::toPercentEncoding(order)),
                    {}, callHeader(callId)},
        this, [this, order, found](const ApiResult &result) {
            if (result.ok()) {
                CodecError error;
                if (auto t = decode<Transaction>(result.json, &error)) {
                    m_cache->putTransactions({*t});
                    found(t, {});
                } else {
                    found(std::nullopt,
                        tr("The server's answer cannot be read (%1).").arg(error.toString()));
                }
                return;
            }
            if (result.status == 404) {
                found(std::nullopt, tr("No transaction has the order number %1.").arg(order));
                return;
            }
            if (auto cached = m_cache->transactionByOrder(order))
                found(cached, tr("%1 Showing the cached copy.").arg(result.message));
            else
                found(std::nullopt, result.message);
        });
}

void TransactionFeed::announceExport(
    qint64 accountId, const QString &callId, ExportAnnounced announced)
{
    m_api->post(QStringLiteral("/api/v1/accounts/%1/exports").arg(accountId),
        {{QStringLiteral("callId"), callId}}, this, [announced](const ApiResult &result) {
            const qint64 id = result.json.value(QStringLiteral("id")).toInteger();
            if (result.ok() && id > 0)
                announced(id, {});
            else if (result.ok())
                announced(std::nullopt, tr("The server's answer cannot be read (no export id)."));
            else
                announced(std::nullopt, tr("Not exported: %1").arg(result.message));
        });
}

void TransactionFeed::reportExport(qint64 exportId, int rows, bool completed)
{
    m_api->post(QStringLiteral("/api/v1/exports/%1/finish").arg(exportId),
        {{QStringLiteral("rows"), rows}, {QStringLiteral("completed"), completed}}, this,
        [](const ApiResult &) {});
}

} // namespace WalletDesk
