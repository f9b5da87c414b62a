#pragma once

#include <QLocalServer>
#include <QObject>

namespace WalletDesk {

// One console per desktop session: the first instance listens on a local
// socket; a later `walletdesk --call NUMBER` hands NUMBER to it and exits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &name, QObject *parent = nullptr);

    // True when this process is now the one instance (it listens); false
    // when another instance runs (then use forward()).
    bool claim();
    // Sends a caller number to the running instance; true once delivered.
    bool forward(const QString &callerNumber, int timeoutMs = 2000);

    static QString defaultName();

Q_SIGNALS:
    void callReceived(const QString &callerNumber);

private:
    QString m_name;
    QLocalServer m_server;
};

} // namespace WalletDesk
