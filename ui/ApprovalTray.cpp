#include "ApprovalTray.h"

#include "RiskContextText.h"

#include "ApprovalAlerts.h"
#include "DesktopNotifier.h"

#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

namespace WalletDesk {

namespace {

// A plain badge: the count on the console's blue, red while anything waits.
QIcon badge(int count)
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(count > 0 ? QColor(0xc6, 0x28, 0x28) : QColor(0x1f, 0x6f, 0xb2));
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(2, 2, 60, 60), 14, 14);
    p.setPen(Qt::white);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(count > 99 ? 24 : 34);
    p.setFont(font);
    p.drawText(QRectF(0, 0, 64, 64), Qt::AlignCenter,
        count > 0 ? QString::number(qMin(count, 999)) : QStringLiteral("W"));
    return QIcon(pixmap);
}

} // namespace

ApprovalTray::ApprovalTray(ApprovalAlerts *alerts, DesktopNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_icon(new QSystemTrayIcon(this))
{
    setObjectName(QStringLiteral("approvalTray"));
    connect(alerts, &ApprovalAlerts::waitingChanged, this, &ApprovalTray::setCount);
    connect(alerts, &ApprovalAlerts::newRequests, this, &ApprovalTray::announce);
    connect(m_icon, &QSystemTrayIcon::activated, this, &ApprovalTray::openApprovals);
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &ApprovalTray::openApprovals);
    connect(m_notifier, &DesktopNotifier::activated, this, &ApprovalTray::openApprovals);
    setCount(alerts->waiting());
    m_icon->show();
}

ApprovalTray::~ApprovalTray() = default;

QString ApprovalTray::toolTip() const
{
    return m_icon->toolTip();
}

void ApprovalTray::setCount(int count)
{
    m_count = qMax(0, count);
    m_icon->setIcon(badge(m_count));
    m_icon->setToolTip(m_count == 0
            ? tr("WalletDesk: no request waiting for approval")
            : tr("WalletDesk: %n request(s) waiting for approval", nullptr, m_count));
}

void ApprovalTray::announce(const QList<Approval> &requests)
{
    if (requests.isEmpty())
        return;
    QString title;
    QStringList body;
    if (requests.size() == 1) {
        const Approval &a = requests.first();
        title = tr("Approval needed");
        body << RiskContextText::request(a);
        if (a.risk)
            body << RiskContextText::warnings(*a.risk, a.action.type);
    } else {
        title = tr("%n new request(s) need approval", nullptr, int(requests.size()));
        for (const Approval &a : requests)
            body << RiskContextText::request(a);
    }
    const QString text = body.join(QLatin1Char('\n'));
    // The desktop's own notifications show on any desktop; the tray's
    // balloon only where a tray exists.
    if (!m_notifier->notify(title, text) && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, text, QSystemTrayIcon::Warning);
}

} // namespace WalletDesk
