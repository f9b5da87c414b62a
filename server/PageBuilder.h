#pragma once

#include "Reply.h"
#include "RequestContext.h"

namespace WalletDesk::Server {

// One page of a list fetched with "LIMIT limit + 1": the extra row only tells
// that there is a next page. Use as
//     PageBuilder page(limit);
//     while (rows.next() && page.hasRoom()) page.add(item, cursorOfItem);
//     return page.reply();
class PageBuilder
{
public:
    explicit PageBuilder(int limit)
        : m_limit(limit)
    {
    }

    // False once the page is full, which means there is more to come.
    bool hasRoom()
    {
        if (m_items.size() < m_limit)
            return true;
        m_more = true;
        return false;
    }
    void add(const QJsonObject &item, const QString &cursor)
    {
        m_items.append(item);
        m_last = cursor;
    }
    bool isEmpty() const { return m_items.isEmpty(); }
    // `extra` adds members beside items and nextCursor (a prevCursor).
    Reply reply(const QJsonObject &extra = {}) const
    {
        QJsonObject body = extra;
        body.insert(QStringLiteral("items"), m_items);
        body.insert(QStringLiteral("nextCursor"), m_more ? QJsonValue(m_last) : QJsonValue());
        return Reply::json(body);
    }

    // A keyset cursor "<sort key>.<id>" as this server hands them out.
    static QString keysetCursor(qint64 key, qint64 id)
    {
        return QString::number(key) + QLatin1Char('.') + QString::number(id);
    }
    static std::optional<std::pair<qint64, qint64>> parseKeysetCursor(const RequestContext &request)
    {
        const auto cursor = request.queryString(QStringLiteral("cursor"), 40);
        if (!cursor)
            return std::nullopt;
        const QStringList parts = cursor->split(QLatin1Char('.'));
        const auto key = RequestContext::decimal(parts.value(0));
        const auto id = RequestContext::decimal(parts.value(1));
        if (parts.size() != 2 || !key || !id || *id < 1)
            throw HttpError::badRequest(
                QStringLiteral("cursor"), QStringLiteral("is not a cursor this server gave out"));
        return std::make_pair(*key, *id);
    }

private:
    int m_limit;
    QJsonArray m_items;
    QString m_last;
    bool m_more = false;
};

} // namespace WalletDesk::Server
