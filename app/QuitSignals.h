#pragma once

#include <QObject>

class QSocketNotifier;

namespace WalletDesk {

// Turns SIGTERM, SIGINT and SIGHUP (the desktop session ending, a kill
// from an administrator) into a signal on the event loop, so that the
// console quits the ordinary way, signing out on the way, instead of dying
// with the session live on the server and the token in the keychain.
class QuitSignals : public QObject
{
    Q_OBJECT

public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace WalletDesk
