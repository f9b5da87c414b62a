#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace WalletDesk {

// Locks the console after a stretch without keyboard or mouse input.
// Installed as an application event filter it sees every input event.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(QObject *parent = nullptr);

    void setTimeoutSeconds(int seconds);
    void start();
    void stop();
    void noteActivity();
    int secondsLeft() const;

Q_SIGNALS:
    void idle();
    void secondsLeftChanged(int seconds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();

    QTimer m_tick;
    QElapsedTimer m_sinceActivity;
    int m_timeoutSeconds = 300;
    bool m_running = false;
};

} // namespace WalletDesk
