#include "DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace WalletDesk {

namespace {
const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    // QDBusConnection::connect takes its slot only by name (Qt 6.4 has no
    // pointer-to-member form for bus signals): the one string connect here.
    QDBusConnection::sessionBus().connect(service, path, service, QStringLiteral("ActionInvoked"),
        this, SLOT(onActionInvoked(uint, QString)));
}

bool DesktopNotifier::isAvailable() const
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface()
        && bus.interface()->isServiceRegistered(service).value();
}

bool DesktopNotifier::notify(const QString &title, const QString &body)
{
    if (!isAvailable())
        return false;
    QDBusMessage call
        = QDBusMessage::createMethodCall(service, path, service, QStringLiteral("Notify"));
    // app_name, replaces_id, app_icon, summary, body, actions, hints, timeout
    // (-1: the server's default).
    call << QStringLiteral("WalletDesk") << m_lastId << QStringLiteral("walletdesk") << title
         << body << QStringList {QStringLiteral("default"), tr("Open approvals")}
         << QVariantMap {{QStringLiteral("urgency"), QVariant::fromValue(uchar(2))},
                {QStringLiteral("desktop-entry"), QStringLiteral(WALLETDESK_APP_ID)}}
         << int(-1);
    // Not waited for: the desktop's service may be slow, the GUI must not be.
    auto *watcher
        = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isValid())
            m_lastId = reply.value();
        Q_EMIT shown(reply.isValid());
        w->deleteLater();
    });
    return true;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    Q_UNUSED(actionKey)
    if (id == m_lastId && m_lastId != 0)
        Q_EMIT activated();
}

} // namespace WalletDesk
