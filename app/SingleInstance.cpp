#include "SingleInstance.h"

#include <QLocalSocket>
#include <QRegularExpression>

namespace WalletDesk {

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                while (socket->canReadLine()) {
                    const QString number = QString::fromUtf8(socket->readLine(64)).trimmed();
                    // Only something that looks like a phone number is taken.
                    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 -]{3,20}$"));
                    if (phone.match(number).hasMatch())
                        Q_EMIT callReceived(number);
                }
            });
        }
    });
}

QString SingleInstance::defaultName()
{
    return QStringLiteral("walletdesk-") + qEnvironmentVariable("USER", QStringLiteral("user"));
}

bool SingleInstance::claim()
{
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(500))
        return false; // someone answers: that one is the instance
    // Nobody answers: a stale socket file from a crashed instance may remain.
    QLocalServer::removeServer(m_name);
    return m_server.listen(m_name);
}

bool SingleInstance::forward(const QString &callerNumber, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(callerNumber.toUtf8() + '\n');
    const bool written = socket.waitForBytesWritten(timeoutMs);
    socket.disconnectFromServer();
    return written;
}

} // namespace WalletDesk
