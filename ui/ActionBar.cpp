#include "ActionBar.h"

#include "Accessibility.h"
#include "ActionTexts.h"

#include "CallSession.h"
#include "CallerActions.h"
#include "ReasonPrompt.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace WalletDesk {

ActionBar::ActionBar(
    CallSession *call, CallerActions *actions, SelectedTransaction selected, QWidget *parent)
    : QWidget(parent)
    , m_call(call)
    , m_actions(actions)
    , m_selected(std::move(selected))
    , m_unlock(button("unlock"))
    , m_reset(button("passwordReset"))
    , m_signOut(button("signOutDevices"))
    , m_twoFactor(button("twoFactorReset"))
    , m_unfreeze(button("unfreeze"))
    , m_investigate(button("investigate"))
    , m_refund(button("refund"))
    , m_complaint(button("logComplaint"))
    , m_endCall(button("endCall"))
{
    auto *layout = new QHBoxLayout(this);
    for (QPushButton *b : {m_unlock, m_reset, m_signOut, m_twoFactor, m_unfreeze, m_investigate,
             m_refund, m_complaint, m_endCall})
        layout->addWidget(b);
    layout->addStretch();
    connect(m_unlock, &QPushButton::clicked, this, [this] { request(ActionType::Unlock); });
    connect(m_reset, &QPushButton::clicked, this, [this] { request(ActionType::PasswordReset); });
    connect(
        m_signOut, &QPushButton::clicked, this, [this] { request(ActionType::SignOutDevices); });
    connect(
        m_twoFactor, &QPushButton::clicked, this, [this] { request(ActionType::TwoFactorReset); });
    connect(m_unfreeze, &QPushButton::clicked, this, [this] { request(ActionType::Unfreeze); });
    connect(
        m_investigate, &QPushButton::clicked, this, [this] { request(ActionType::Investigation); });
    connect(m_refund, &QPushButton::clicked, this, [this] { request(ActionType::RefundRequest); });
    connect(m_complaint, &QPushButton::clicked, this, &ActionBar::logComplaintRequested);
    connect(m_endCall, &QPushButton::clicked, this, &ActionBar::endCallRequested);
    connect(m_call, &CallSession::verificationChanged, this, &ActionBar::refresh);
    connect(m_call, &CallSession::accountChosen, this, &ActionBar::refresh);
    connect(m_call, &CallSession::started, this, &ActionBar::refresh);
    connect(m_call, &CallSession::ended, this, &ActionBar::refresh);
    retranslateUi();
}

QPushButton *ActionBar::button(const char *name)
{
    auto *b = new QPushButton(this);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

void ActionBar::request(ActionType type)
{
    const auto &verification = m_call->verification();
    if (!m_call->accountId() || !verification)
        return;
    ActionDraft draft;
    draft.type = type;
    draft.verificationId = verification->id;
    draft.callId = m_call->callId();
    if (type == ActionType::PasswordReset)
        draft.resetTarget = ResetTarget::Phone;
    if (type == ActionType::Investigation || type == ActionType::RefundRequest)
        draft.transactionId = m_selected();
    const qint64 accountId = *m_call->accountId();
    ReasonPrompt::ask(this, tr("Confirm"), tr("Why? The reason goes into the audit log."),
        [=, this](const QString &reason) {
            ActionDraft withReason = draft;
            withReason.reason = reason;
            m_actions->request(accountId, withReason,
                [this](const std::optional<ActionRequest> &done, const QString &error) {
                    if (!done) {
                        Q_EMIT message(error);
                        Accessibility::announce(error, this);
                        return;
                    }
                    const QString outcome = done->status == ActionStatus::PendingApproval
                        ? tr("Requested: awaiting a supervisor's approval.")
                        : tr("Done.");
                    Q_EMIT message(outcome);
                    Accessibility::announce(
                        actionRequestText(*done) + QLatin1Char(' ') + outcome, this);
                    m_call->trackRequest(*done);
                    // To the call it was asked on, held or not.
                    m_call->appendToNotes(
                        done->callId, tr("Action: %1").arg(actionRequestText(*done)));
                    Q_EMIT actionDone(*done);
                });
        });
}

void ActionBar::refresh()
{
    const QString offline = m_actions->unavailableReason();
    QString why;
    if (!m_call->isActive() || !m_call->accountId())
        why = tr("Take a call and open the caller's account first.");
    else if (!offline.isEmpty())
        why = offline;
    else if (!m_call->isVerified())
        why = tr("Verify the caller first.");
    for (QPushButton *b : {m_unlock, m_reset, m_signOut, m_twoFactor, m_unfreeze}) {
        b->setEnabled(why.isEmpty());
        b->setToolTip(why);
    }
    const bool selected = m_selected().has_value();
    for (QPushButton *b : {m_investigate, m_refund}) {
        const QString reason = !why.isEmpty()
            ? why
            : (selected ? QString() : tr("Select a transaction in the log."));
        b->setEnabled(reason.isEmpty());
        b->setToolTip(reason);
    }
    m_complaint->setEnabled(m_call->isActive());
    m_endCall->setEnabled(m_call->isActive());
    m_complaint->setToolTip(m_call->isActive() ? QString() : tr("Take a call first."));
    m_endCall->setToolTip(m_complaint->toolTip());
}

void ActionBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActionBar::retranslateUi()
{
    // Alt+letter reaches every action without the mouse (F1 lists them).
    m_unlock->setText(tr("&Unlock"));
    m_reset->setText(tr("Reset &password"));
    m_signOut->setText(tr("Sign out de&vices"));
    m_twoFactor->setText(tr("Reset &2FA (approval)"));
    m_unfreeze->setText(tr("Unfree&ze (approval)"));
    m_investigate->setText(tr("&Investigate"));
    m_refund->setText(tr("Re&fund request"));
    m_complaint->setText(tr("Log co&mplaint"));
    m_endCall->setText(tr("&End call"));
    for (QPushButton *b : findChildren<QPushButton *>())
        Accessibility::nameAfterText(b);
    refresh();
}

} // namespace WalletDesk
