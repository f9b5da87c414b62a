#include "TransactionFeed.h"

#include "ApiClient.h"
#include "RecordCache.h"

#include <QJsonArray>
#include <QUrl>

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
    struct State
    {
        QString cursor;
        int cacheOffset = 0; // rows of the cache read so far, matching or not
        int delivered = 0;
        bool offline = false;
    };
    auto state = std::make_shared<State>();
    return [this, state, accountId, callId, filter, pageSize](
               PageLoader<Transaction>::PageCallback done) {
        const auto fromCache
            = [this, state, accountId, filter, pageSize, done](const QString &why) {
                  state->offline = true;
                  QList<Transaction> rows;
                  bool more = true;
                  while (rows.size() < pageSize && more) {
                      int read = 0;
                      const QList<Transaction> chunk
                          = m_cache->transactions(accountId, state->cacheOffset, pageSize, &read);
                      state->cacheOffset += read;
                      more = read == pageSize;
                      for (const Transaction &t : chunk) {
                          if (filter.matches(t))
                              rows.append(t);
                      }
                  }
                  const bool first = state->delivered == 0;
                  state->delivered += int(rows.size());
                  done(rows, more, rows.isEmpty() && first ? why : QString());
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
        if (!state->cursor.isEmpty())
            path += QStringLiteral("&cursor=") + state->cursor;
        m_api->send({"GET", path, {}, callHeader(callId)}, this,
            [this, state, done, fromCache](const ApiResult &result) {
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
                if (state->delivered < cachedRowsPerLog)
                    m_cache->putTransactions(*rows);
                state->delivered += int(rows->size());
                state->cursor = result.json.value(QStringLiteral("nextCursor")).toString();
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

} // namespace WalletDesk
