#pragma once

#include <QLabel>
#include <QTimer>

namespace WalletDesk {

// The call center's time and the name of its zone, in the status bar: every
// time on screen is on this clock, whatever the PC's own, and the label says
// so ("Beijing time 14:03").
class ZoneClock : public QLabel
{
    Q_OBJECT

public:
    explicit ZoneClock(QWidget *parent = nullptr);

    // The language or the reference data's zone changed.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    QTimer m_tick;
};

} // namespace WalletDesk
