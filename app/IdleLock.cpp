#include "IdleLock.h"

#include <QEvent>

namespace WalletDesk {

IdleLock::IdleLock(QObject *parent)
    : QObject(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &IdleLock::tick);
}

void IdleLock::setTimeoutSeconds(int seconds)
{
    m_timeoutSeconds = seconds;
}

void IdleLock::start()
{
    m_running = true;
    m_sinceActivity.start();
    m_tick.start();
}

void IdleLock::stop()
{
    m_running = false;
    m_tick.stop();
}

void IdleLock::noteActivity()
{
    m_sinceActivity.restart();
}

int IdleLock::secondsLeft() const
{
    if (!m_running)
        return m_timeoutSeconds;
    return qMax<int>(0, m_timeoutSeconds - int(m_sinceActivity.elapsed() / 1000));
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::tick()
{
    const int left = secondsLeft();
    Q_EMIT secondsLeftChanged(left);
    if (left == 0) {
        stop();
        Q_EMIT idle();
    }
}

} // namespace WalletDesk
