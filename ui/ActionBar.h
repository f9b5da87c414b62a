#pragma once

#include "ActionRequest.h"

#include <QWidget>

#include <functional>

class QPushButton;

namespace WalletDesk {

class CallSession;
class CallerActions;

// What the agent can do now, each with a confirmation and a reason; a
// disabled action says why in its tooltip (not verified, offline, nothing
// selected).
class ActionBar : public QWidget
{
    Q_OBJECT

public:
    using SelectedTransaction = std::function<std::optional<qint64>()>;

    ActionBar(CallSession *call, CallerActions *actions, SelectedTransaction selected,
        QWidget *parent = nullptr);

    void refresh();

Q_SIGNALS:
    void message(const QString &text);
    void actionDone(const WalletDesk::ActionRequest &action);
    void logComplaintRequested();
    void endCallRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void request(ActionType type);
    void retranslateUi();
    QPushButton *button(const char *name);

    CallSession *m_call;
    CallerActions *m_actions;
    SelectedTransaction m_selected;
    QPushButton *m_unlock;
    QPushButton *m_reset;
    QPushButton *m_signOut;
    QPushButton *m_twoFactor;
    QPushButton *m_unfreeze;
    QPushButton *m_investigate;
    QPushButton *m_refund;
    QPushButton *m_complaint;
    QPushButton *m_endCall;
};

} // namespace WalletDesk
