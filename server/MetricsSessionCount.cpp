#include "MetricsSessionCount.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcMetrics)

namespace WalletDesk::Server {

MetricsSessionCount::MetricsSessionCount(QString databaseSpec)
    : m_spec(std::move(databaseSpec))
{
}

MetricsSessionCount::~MetricsSessionCount()
{
    if (m_open)
        m_db.close();
}

std::optional<qint64> MetricsSessionCount::value()
{
    if (m_age.isValid() && m_age.elapsed() < cacheMs)
        return m_cached;
    m_cached = count();
    m_age.start();
    return m_cached;
}

std::optional<qint64> MetricsSessionCount::count()
{
    try {
        if (!m_open) {
            m_db = Database::open(m_spec, QStringLiteral("metrics"));
            m_open = true;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (!m_started) {
            m_watermark = firstRecentId(now);
            m_started = true;
        }
        Rows q = m_db.exec(
            QStringLiteral(
                "SELECT COALESCE(SUM(CASE WHEN revoked = 0 AND access_expires > ? THEN 1 ELSE 0"
                " END), 0), MIN(CASE WHEN revoked = 0 AND access_expires > ? THEN id END),"
                " MAX(CASE WHEN created_at <= ? THEN id END) FROM sessions WHERE id >= ?"),
            {now, now, now - commitSlackMs, m_watermark});
        if (!q.next())
            return std::nullopt;
        const qint64 live = q.value(0).toLongLong();
        // Every visible session below the oldest live one is over; one not yet
        // visible has an id above those drawn more than commitSlackMs ago.
        qint64 next = q.value(2).isNull() ? m_watermark : q.value(2).toLongLong() + 1;
        if (!q.value(1).isNull())
            next = qMin(next, q.value(1).toLongLong());
        m_watermark = qMax(m_watermark, next);
        return live;
    } catch (const DatabaseError &e) {
        qCWarning(lcMetrics) << "cannot count the active sessions:" << e.what();
        if (m_open) {
            m_db.close();
            m_open = false;
        }
        return std::nullopt;
    }
}

qint64 MetricsSessionCount::firstRecentId(qint64 now) const
{
    // The created_at of the first session from id on; sessions are written
    // in id order, so it never falls as id grows.
    const auto createdFrom = [this](qint64 id) -> std::optional<qint64> {
        const QVariant at = m_db.scalar(
            QStringLiteral("SELECT created_at FROM sessions WHERE id >= ? ORDER BY id LIMIT 1"),
            {id});
        return at.isValid() && !at.isNull() ? std::optional<qint64>(at.toLongLong()) : std::nullopt;
    };
    const qint64 cutoff = now - longestAccessTtlMs - commitSlackMs;
    // The first id whose session may be younger than the cutoff.
    qint64 low = 0;
    qint64 high = m_db.scalar(QStringLiteral("SELECT MAX(id) FROM sessions")).toLongLong() + 1;
    while (low < high) {
        const qint64 middle = low + (high - low) / 2;
        const std::optional<qint64> at = createdFrom(middle);
        if (!at || *at > cutoff)
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

} // namespace WalletDesk::Server
