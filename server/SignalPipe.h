#pragma once

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

namespace WalletDesk::Server {

// Turns POSIX signals into a Qt signal on the thread that made it. The
// handler only writes the signal's number to a socket pair (write() is
// async-signal-safe; nothing of Qt's is); a QSocketNotifier reads it in the
// event loop. One per process.
class SignalPipe : public QObject
{
    Q_OBJECT

public:
    explicit SignalPipe(std::initializer_list<int> numbers, QObject *parent = nullptr);
    ~SignalPipe() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    void drain();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace WalletDesk::Server
