#include "TransactionFeed.h"

#include "ApiClient.h"
#include "LocalStore.h"

#include <QJsonArray>

namespace WalletDesk {

TransactionFeed::TransactionFeed(ApiClient *api, LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
{
}

TransactionListModel::Fetcher TransactionFeed::fetcherFor(qint64 accountId, const QString &callId, const QString &filterQuery)
{
    struct State
    {
        QString cursor;
        int offset = 0;
        bool offline = false;
    };
    auto state = std::make_shared<State>();
    constexpr int pageSize = 100;
    return [this, state, accountId, callId, filterQuery](TransactionListModel::PageCallback done) {
        const auto fromCache = [this, state, accountId, done](const QString &why) {
            state->offline = true;
            const QList<Transaction> rows = m_store->transactions(accountId, state->offset, pageSize);
            state->offset += int(rows.size());
            done(rows, rows.size() == pageSize, rows.isEmpty() && state->offset == 0 ? why : QString());
        };
        if (state->offline) {
            fromCache({});
            return;
        }
        QString path = QStringLiteral("/api/v1/accounts/%1/transactions?limit=%2").arg(accountId).arg(pageSize);
        if (!filterQuery.isEmpty())
            path += QLatin1Char('&') + filterQuery;
        if (!state->cursor.isEmpty())
            path += QStringLiteral("&cursor=") + state->cursor;
        ApiJob::Spec spec{"GET", path, {}, {}};
        if (!callId.isEmpty())
            spec.headers.insert("X-Call-Id", callId.toLatin1());
        m_api->send(spec, this, [this, state, done, fromCache](const ApiResult &result) {
            if (!result.ok()) {
                // Filtered views cannot be answered from the cache faithfully.
                fromCache(result.message);
                return;
            }
            QList<Transaction> rows;
            for (const QJsonValue &item : result.json.value(QStringLiteral("items")).toArray()) {
                CodecError error;
                if (auto t = decode<Transaction>(item.toObject(), &error))
                    rows.append(*t);
            }
            m_store->putTransactions(rows);
            state->offset += int(rows.size());
            state->cursor = result.json.value(QStringLiteral("nextCursor")).toString();
            done(rows, !state->cursor.isEmpty(), {});
        });
    };
}

} // namespace WalletDesk
