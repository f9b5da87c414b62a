#pragma once

#include "Approval.h"

#include <QObject>

class QSystemTrayIcon;

namespace WalletDesk {

class ApprovalAlerts;
class DesktopNotifier;

// The supervisor's approval count in the system tray, and a desktop
// notification for each new request, so that a request reaches them while
// the desk is closed. Clicking either opens the desk on its approvals.
class ApprovalTray : public QObject
{
    Q_OBJECT

public:
    ApprovalTray(ApprovalAlerts *alerts, DesktopNotifier *notifier, QObject *parent = nullptr);
    ~ApprovalTray() override;

    QString toolTip() const;
    int count() const { return m_count; }

Q_SIGNALS:
    void openApprovals();

private:
    void setCount(int count);
    void announce(const QList<WalletDesk::Approval> &requests);

    DesktopNotifier *m_notifier;
    QSystemTrayIcon *m_icon;
    int m_count = 0;
};

} // namespace WalletDesk
