#include "Wallboard.h"

#include "ApiClient.h"

namespace WalletDesk {

Wallboard::Wallboard(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_fallback.setInterval(60'000);
    connect(&m_fallback, &QTimer::timeout, this, &Wallboard::refresh);
    // The feed delivers changes in pages: one fetch after the page, not one per change.
    m_soon.setSingleShot(true);
    m_soon.setInterval(200);
    connect(&m_soon, &QTimer::timeout, this, &Wallboard::refresh);
}

void Wallboard::setWatched(bool watched)
{
    if (m_watched == watched)
        return;
    m_watched = watched;
    if (watched) {
        m_fallback.start();
        refresh();
    } else {
        m_fallback.stop();
        m_soon.stop();
    }
}

void Wallboard::noteChange()
{
    if (m_watched && !m_soon.isActive())
        m_soon.start();
}

QDateTime Wallboard::serverNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

void Wallboard::refresh()
{
    if (m_refreshing) {
        m_again = true; // one more round when this one is back: something changed meanwhile
        return;
    }
    m_refreshing = true;
    if (m_watched)
        m_fallback.start(); // the next fallback counts from this fetch
    m_api->get(QStringLiteral("/api/v1/wallboard"), this, [this](const ApiResult &result) {
        m_refreshing = false;
        CodecError error;
        std::optional<WallboardSnapshot> snapshot;
        if (result.ok())
            snapshot = decode<WallboardSnapshot>(result.json, &error);
        if (snapshot) {
            m_clockOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(snapshot->at);
            m_snapshot = std::move(snapshot);
            Q_EMIT changed();
        } else {
            Q_EMIT failed(result.ok()
                    ? tr("The server's answer cannot be read (%1).").arg(error.toString())
                    : result.message);
        }
        if (std::exchange(m_again, false))
            refresh();
    });
}

} // namespace WalletDesk
