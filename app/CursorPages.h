#pragma once

#include "ApiClient.h"
#include "PageLoader.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace WalletDesk {

// A list endpoint read page by page, as the API pages every long list:
// `items` and a `nextCursor` that the next request sends back. The query
// (limit, filters) is fixed; each call of the fetcher asks for the next page.
// Each page is handed to `seen` first (a cache may keep a copy).
template<typename T>
typename PageLoader<T>::Fetcher cursorPages(ApiClient *api, QObject *context,
    const QString &pathAndQuery, std::function<void(const QList<T> &)> seen = {})
{
    auto cursor = std::make_shared<QString>();
    return [api, context, pathAndQuery, seen, cursor](typename PageLoader<T>::PageCallback done) {
        const QString path = cursor->isEmpty()
            ? pathAndQuery
            : pathAndQuery + QStringLiteral("&cursor=") + *cursor;
        api->get(path, context, [seen, cursor, done](const ApiResult &result) {
            CodecError error;
            auto rows = result.ok() ? decodeItems<T>(result.json, &error) : std::nullopt;
            if (!rows) {
                done({}, false,
                    result.ok() ? QCoreApplication::translate(
                        "CursorPages", "The server's answer cannot be read (%1).")
                                      .arg(error.toString())
                                : result.message);
                return;
            }
            if (seen)
                seen(*rows);
            *cursor = result.json.value(QStringLiteral("nextCursor")).toString();
            done(*rows, !cursor->isEmpty(), {});
        });
    };
}

} // namespace WalletDesk
