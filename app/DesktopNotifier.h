#pragma once

#include <QObject>

namespace WalletDesk {

// Desktop notifications through the freedesktop.org service on the session
// bus (org.freedesktop.Notifications), which every Linux desktop provides
// and which shows them even when the console's windows are closed or
// hidden. Without the service, notify() returns false and the caller falls
// back to the tray icon's balloon.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    bool isAvailable() const;
    // Replaces the previous notification of this notifier rather than
    // stacking up one per request.
    bool notify(const QString &title, const QString &body);

Q_SIGNALS:
    // The desktop's answer to notify(): shown, or refused.
    void shown(bool ok);
    // The person clicked the notification.
    void activated();

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);

private:
    uint m_lastId = 0;
};

} // namespace WalletDesk
