#pragma once

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace WalletDesk {

// The paging state of a lazy list model (canFetchMore / fetchMore): who
// fetches, whether more pages exist, whether one is on its way, and which
// fetcher a late page belongs to (pages of an earlier one are dropped).
template<typename T> class PageLoader
{
public:
    using PageCallback = std::function<void(const QList<T> &rows, bool more, const QString &error)>;
    // Asked for the next page; answers through the callback, now or later.
    using Fetcher = std::function<void(PageCallback callback)>;
    using Apply = std::function<void(const QList<T> &rows, const QString &error)>;

    void reset(Fetcher fetcher)
    {
        m_fetcher = std::move(fetcher);
        m_more = bool(m_fetcher);
        m_loading = false;
        ++m_generation;
    }
    bool canFetch() const { return m_more && !m_loading; }
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return m_more; }

    // Asks for the next page. apply runs later from owner's event loop,
    // never inside this call (a view may ask while the model is changing),
    // and only if no reset() came in between. The loader lives in owner.
    void fetch(QObject *owner, Apply apply)
    {
        if (!canFetch())
            return;
        m_loading = true;
        const quint64 generation = m_generation;
        QPointer<QObject> guard(owner);
        m_fetcher([this, guard, generation, apply](
                      const QList<T> &rows, bool more, const QString &error) {
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard,
                [this, guard, generation, apply, rows, more, error] {
                    if (!guard || generation != m_generation)
                        return;
                    m_loading = false;
                    m_more = error.isEmpty() && more;
                    apply(rows, error);
                },
                Qt::QueuedConnection);
        });
    }

private:
    Fetcher m_fetcher;
    bool m_more = false;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace WalletDesk
