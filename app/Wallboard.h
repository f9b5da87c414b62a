#pragma once

#include "WallboardSnapshot.h"

#include <QObject>
#include <QTimer>

namespace WalletDesk {

class ApiClient;

// The supervisor's wallboard as last fetched (GET /api/v1/wallboard). While
// someone watches it, it is fetched again when the changes feed says a
// presence, an approval or a complaint changed (a burst of changes makes
// one fetch), and on a slow timer: an agent whose console went quiet
// leaves the board without any change on the feed.
class Wallboard : public QObject
{
    Q_OBJECT

public:
    explicit Wallboard(ApiClient *api, QObject *parent = nullptr);

    // Shown or hidden: a wallboard nobody looks at costs the server nothing.
    void setWatched(bool watched);
    bool isWatched() const { return m_watched; }
    // Something on the feed changed: fetch soon if watched.
    void noteChange();
    void refresh();
    void setFallbackInterval(int ms) { m_fallback.setInterval(ms); }

    const std::optional<WallboardSnapshot> &snapshot() const { return m_snapshot; }
    // The server's clock now, from this console's: durations count from it,
    // so a PC whose clock is off shows the same minutes as the server.
    QDateTime serverNow() const;

Q_SIGNALS:
    void changed();
    void failed(const QString &message);

private:
    ApiClient *m_api;
    std::optional<WallboardSnapshot> m_snapshot;
    qint64 m_clockOffsetMs = 0;
    QTimer m_fallback;
    QTimer m_soon;
    bool m_watched = false;
    bool m_refreshing = false;
    bool m_again = false;
};

} // namespace WalletDesk
