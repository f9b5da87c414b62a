#include "CallLinePanel.h"

#include "CallSession.h"
#include "Masking.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace WalletDesk {

namespace {
// Minutes and seconds, hours in front once a call runs that long: a call
// time, not a clock time, so no time zone applies.
QString elapsed(const QDateTime &since)
{
    const qint64 s = qMax<qint64>(0, since.secsTo(QDateTime::currentDateTimeUtc()));
    const QString ms = QStringLiteral("%1:%2")
                           .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'));
    return s >= 3600 ? QStringLiteral("%1:%2").arg(s / 3600).arg(ms) : ms;
}
} // namespace

CallLinePanel::CallLinePanel(CallSession *call, QWidget *parent)
    : QWidget(parent)
    , m_call(call)
    , m_duration(new QLabel(this))
    , m_waitingLabel(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_clock(new QTimer(this))
{
    m_duration->setObjectName(QStringLiteral("callDuration"));
    m_list->setObjectName(QStringLiteral("waitingCalls"));
    m_list->setTabKeyNavigation(false);
    m_waitingLabel->setBuddy(m_list);
    // Room for three waiting calls before it scrolls: more is rare, and the
    // checklist below needs the height.
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 4 + 8);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_duration);
    layout->addWidget(m_waitingLabel);
    layout->addWidget(m_list);

    m_clock->setInterval(1000);
    // Bound to the call session too: a window that outlives its console's
    // services (closed after sign-out, deleted later) must not tick on a
    // session that is gone.
    connect(m_clock, &QTimer::timeout, m_call, [this] { tick(); });
    connect(m_call, &CallSession::liveChanged, this, &CallLinePanel::rebuild);
    connect(m_call, &CallSession::waitingChanged, this, &CallLinePanel::rebuild);
    connect(m_list, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { m_call->switchTo(item->data(Qt::UserRole).toString()); });
    retranslateUi();
}

void CallLinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CallLinePanel::retranslateUi()
{
    m_waitingLabel->setText(tr("&Waiting calls (Enter takes one; Ctrl+Shift+H the next):"));
    m_list->setAccessibleName(tr("Waiting calls"));
    rebuild();
}

void CallLinePanel::rebuild()
{
    const QList<WaitingCall> waiting = m_call->waiting();
    const QString current
        = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    for (const WaitingCall &w : waiting) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, w.callId);
        if (w.callId == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_waitingLabel->setVisible(!waiting.isEmpty());
    m_list->setVisible(!waiting.isEmpty());
    m_duration->setVisible(m_call->isActive());
    if (m_call->isActive() || !waiting.isEmpty())
        m_clock->start();
    else
        m_clock->stop();
    tick();
}

void CallLinePanel::tick()
{
    if (m_call->isActive())
        m_duration->setText(tr("Call time %1").arg(elapsed(m_call->startedAt())));
    const QList<WaitingCall> waiting = m_call->waiting();
    for (int i = 0; i < m_list->count() && i < waiting.size(); ++i) {
        const WaitingCall &w = waiting.at(i);
        const QString who
            = w.callerNumber.isEmpty() ? tr("manual call") : Masking::phone(w.callerNumber);
        const QString text = w.kind == WaitingCall::Kind::Held
            ? tr("On hold %1 · %2").arg(elapsed(w.since), who)
            : tr("Queued %1 · %2").arg(elapsed(w.since), who);
        m_list->item(i)->setText(text);
    }
}

} // namespace WalletDesk
