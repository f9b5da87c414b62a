#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace WalletDesk {

class CallSession;
class CallerActions;

// Verifying the caller: a one-time code to the registered phone or the
// security question, the answer, and the state with its expiry, always in
// view; below it the actions asked for on this call and how they stand.
class VerificationPanel : public QGroupBox
{
    Q_OBJECT

public:
    VerificationPanel(CallSession *call, CallerActions *actions, QWidget *parent = nullptr);

    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void start(bool sms);
    void answer();
    void retranslateUi();

    CallSession *m_call;
    CallerActions *m_actions;
    QLabel *m_state;
    QPushButton *m_sendCode;
    QPushButton *m_askQuestion;
    QLineEdit *m_answer;
    QPushButton *m_check;
    QLabel *m_requests;
    QString m_problem;
};

} // namespace WalletDesk
