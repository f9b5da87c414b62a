#include "VerificationPanel.h"

#include "Accessibility.h"
#include "ActionTexts.h"
#include "CallSession.h"
#include "CallerActions.h"
#include "DisplayNames.h"
#include "WorkingCalendar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace WalletDesk {

VerificationPanel::VerificationPanel(CallSession *call, CallerActions *actions, QWidget *parent)
    : QGroupBox(parent)
    , m_call(call)
    , m_actions(actions)
    , m_state(new QLabel(this))
    , m_sendCode(new QPushButton(this))
    , m_askQuestion(new QPushButton(this))
    , m_answer(new QLineEdit(this))
    , m_check(new QPushButton(this))
    , m_requests(new QLabel(this))
{
    m_requests->setObjectName(QStringLiteral("callRequests"));
    m_requests->setWordWrap(true);
    m_requests->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setObjectName(QStringLiteral("verification"));
    m_state->setObjectName(QStringLiteral("verificationState"));
    m_state->setWordWrap(true);
    // Reachable by Tab: whether the caller is verified, and until when, is
    // what the agent checks before every action.
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_answer->setObjectName(QStringLiteral("verificationAnswer"));
    m_sendCode->setObjectName(QStringLiteral("sendCode"));
    m_check->setObjectName(QStringLiteral("checkAnswer"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sendCode);
    buttons->addWidget(m_askQuestion);
    auto *answerRow = new QHBoxLayout;
    answerRow->addWidget(m_answer, 1);
    answerRow->addWidget(m_check);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addLayout(answerRow);
    layout->addWidget(m_requests);
    connect(m_sendCode, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_askQuestion, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_check, &QPushButton::clicked, this, &VerificationPanel::answer);
    connect(m_answer, &QLineEdit::returnPressed, this, &VerificationPanel::answer);
    connect(m_call, &CallSession::verificationChanged, this, &VerificationPanel::refresh);
    connect(m_call, &CallSession::accountChosen, this, &VerificationPanel::refresh);
    connect(m_call, &CallSession::started, this, &VerificationPanel::refresh);
    connect(m_call, &CallSession::requestsChanged, this, &VerificationPanel::refresh);
    auto *tick = new QTimer(this); // expiry is a matter of time
    // Bound to the call session too: no refresh once the console's services are gone.
    connect(tick, &QTimer::timeout, m_call, [this] { refresh(); });
    tick->start(15000);
    retranslateUi();
}

void VerificationPanel::start(bool sms)
{
    if (!m_call->accountId())
        return;
    m_problem.clear();
    m_actions->startVerification(*m_call->accountId(), m_call->callId(),
        sms ? VerificationMethod::Sms : VerificationMethod::Questions,
        [this](const std::optional<CallerVerification> &v, const QString &error) {
            if (v)
                m_call->setVerification(v->callId, *v); // live or held
            m_problem = error;
            refresh();
            m_answer->setFocus();
            Accessibility::announce(!v ? error
                    : v->method == VerificationMethod::Sms
                    ? tr("Code sent to %1. Type what the caller reads out.").arg(v->sentTo)
                    : tr("Ask: %1").arg(v->question),
                m_answer);
        });
}

void VerificationPanel::answer()
{
    const auto &v = m_call->verification();
    if (!v || m_answer->text().trimmed().isEmpty())
        return;
    m_actions->answerVerification(v->id, m_answer->text().trimmed(),
        [this](const std::optional<CallerVerification> &r, const QString &error) {
            if (r)
                m_call->setVerification(r->callId, *r);
            m_problem = error;
            m_answer->clear();
            refresh();
            Accessibility::announce(!r ? error
                    : r->status == VerificationStatus::Verified
                    ? tr("Verified.")
                    : tr("Wrong answer, %n tries left.", nullptr, r->triesLeft),
                m_state);
        });
}

void VerificationPanel::refresh()
{
    const auto &v = m_call->verification();
    const bool haveAccount = m_call->isActive() && m_call->accountId().has_value();
    const QString offline = m_actions->unavailableReason();
    QString text;
    if (!haveAccount)
        text = tr("Not verified. Open the caller's account first.");
    else if (m_call->isVerified())
        text = tr("Verified until %1")
                   .arg(v->expiresAt.toTimeZone(CallCenterTime::zone())
                            .toString(QStringLiteral("HH:mm")));
    else if (v && v->status == VerificationStatus::Pending)
        text = v->method == VerificationMethod::Sms
            ? tr("Code sent to %1: ask the caller to read it back (%2 tries left).")
                  .arg(v->sentTo)
                  .arg(v->triesLeft)
            : tr("Ask: %1 (%2 tries left)").arg(v->question).arg(v->triesLeft);
    else if (v && v->status == VerificationStatus::Failed)
        text = tr("Verification failed: too many wrong answers. Start again or end the call.");
    else if (v
        && (v->status == VerificationStatus::Expired || v->status == VerificationStatus::Verified))
        text = tr("Verification expired. Verify again.");
    else
        text = tr("Not verified.");
    if (!m_problem.isEmpty())
        text += QLatin1Char('\n') + m_problem;
    m_state->setText(text);
    Accessibility::nameValue(m_state, tr("Caller verification"));
    const bool canStart = haveAccount && offline.isEmpty();
    m_sendCode->setEnabled(canStart);
    m_askQuestion->setEnabled(canStart);
    m_sendCode->setToolTip(offline.isEmpty() ? QString() : offline);
    m_askQuestion->setToolTip(m_sendCode->toolTip());
    const bool pending = v && v->status == VerificationStatus::Pending;
    m_answer->setEnabled(pending);
    // The field says what the caller is asked: the question, or where the code went.
    m_answer->setAccessibleDescription(!pending    ? QString()
            : v->method == VerificationMethod::Sms ? tr("Code sent to %1").arg(v->sentTo)
                                                   : v->question);
    m_check->setEnabled(pending);
    QStringList requests;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ActionRequest &r : m_call->requests()) {
        // The caller is on the line while a supervisor decides: the agent
        // tells them how long it has been.
        if (r.status == ActionStatus::PendingApproval)
            requests << tr("%1, waiting %2")
                            .arg(actionRequestText(r),
                                DisplayNames::waited(r.createdAt.secsTo(now)));
        else
            requests << actionRequestText(r);
    }
    m_requests->setText(requests.join(QLatin1Char('\n')));
    Accessibility::nameValue(m_requests, tr("Requests on this call"));
    m_requests->setVisible(!requests.isEmpty());
}

void VerificationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void VerificationPanel::retranslateUi()
{
    setTitle(tr("Caller verification"));
    // Otherwise Qt names a group box after the box around it ("Current call").
    Accessibility::nameAfterText(this);
    m_sendCode->setText(tr("Send &code by SMS"));
    m_askQuestion->setText(tr("Ask security &question"));
    m_check->setText(tr("Chec&k"));
    m_answer->setPlaceholderText(tr("Code or answer the caller reads back"));
    m_answer->setAccessibleName(tr("Verification answer"));
    m_sendCode->setAccessibleName(tr("Send code by SMS"));
    m_askQuestion->setAccessibleName(tr("Ask security question"));
    m_check->setAccessibleName(tr("Check the answer"));
    refresh();
}

} // namespace WalletDesk
