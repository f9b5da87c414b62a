#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTimer;

namespace WalletDesk {

class CallSession;

// The agent's line at a glance: how long the live call has run, and the
// calls waiting behind it (on hold, or queued screen pops) with how long
// each has waited. Enter on a waiting call takes it, the live one going on
// hold; Ctrl+Shift+H (the window's) takes the next in turn.
class CallLinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CallLinePanel(CallSession *call, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void tick();
    void retranslateUi();

    CallSession *m_call;
    QLabel *m_duration;
    QLabel *m_waitingLabel;
    QListWidget *m_list;
    QTimer *m_clock;
};

} // namespace WalletDesk
