#include "CallGuidePanel.h"

#include "Accessibility.h"
#include "AccountHistory.h"
#include "CallSession.h"
#include "TransactionFeed.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QVBoxLayout>

namespace WalletDesk {

CallGuidePanel::CallGuidePanel(
    CallSession *call, TransactionFeed *feed, AccountHistory *history, QWidget *parent)
    : QGroupBox(parent)
    , m_call(call)
    , m_feed(feed)
    , m_kindLabel(new QLabel(this))
    , m_kindBox(new QComboBox(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("callGuide"));
    m_kindBox->setObjectName(QStringLiteral("callKind"));
    m_list->setObjectName(QStringLiteral("guideSteps"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_kindLabel->setBuddy(m_kindBox);
    auto *top = new QHBoxLayout;
    top->addWidget(m_kindLabel);
    top->addWidget(m_kindBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);

    connect(m_kindBox, &QComboBox::activated, this,
        [this](int index) { setKind(CallGuide::Kind(m_kindBox->itemData(index).toInt())); });
    connect(m_list, &QListWidget::itemChanged, this, &CallGuidePanel::stepChanged);
    const auto restart = [this] {
        m_ticked.clear();
        rebuild();
    };
    connect(m_call, &CallSession::started, this, restart);
    connect(m_call, &CallSession::ended, this, restart);
    connect(m_call, &CallSession::verificationChanged, this, &CallGuidePanel::rebuild);
    connect(history, &AccountHistory::complaintsReady, this,
        [this](qint64 accountId, const QList<Complaint> &complaints) {
            if (m_facts.account && m_facts.account->summary.id == accountId) {
                m_facts.complaints = complaints;
                rebuild();
            }
        });
    retranslateUi();
}

void CallGuidePanel::setAccount(const Account &account)
{
    const bool other = !m_facts.account || m_facts.account->summary.id != account.summary.id;
    m_facts.account = account;
    if (other) {
        m_facts.complaints.clear();
        loadTransactions();
    }
    rebuild();
}

void CallGuidePanel::clearAccount()
{
    m_facts = {};
    ++m_fetchGeneration;
    rebuild();
}

void CallGuidePanel::setKind(CallGuide::Kind kind)
{
    m_kindBox->setCurrentIndex(m_kindBox->findData(int(kind)));
    if (kind == m_kind)
        return;
    m_kind = kind;
    loadTransactions();
    rebuild();
}

void CallGuidePanel::loadTransactions()
{
    const quint64 generation = ++m_fetchGeneration;
    m_facts.transactions.clear();
    m_facts.transactionsLoaded = false;
    const auto filter = CallGuide::filterFor(m_kind);
    if (!filter || !m_facts.account)
        return;
    auto fetcher = m_feed->fetcherFor(m_facts.account->summary.id, m_call->callId(), *filter, 20);
    // The feed belongs to the console core and may answer after this panel is gone.
    QPointer<CallGuidePanel> self(this);
    fetcher([this, self, generation](const QList<Transaction> &rows, bool, const QString &) {
        if (!self || generation != m_fetchGeneration)
            return; // another account or kind since
        m_facts.transactions = rows;
        m_facts.transactionsLoaded = true;
        rebuild();
    });
}

void CallGuidePanel::rebuild()
{
    m_facts.verified = m_call->isVerified();
    m_facts.now = QDateTime::currentDateTimeUtc();
    if (m_facts.account && m_call->accountId()
        && *m_call->accountId() != m_facts.account->summary.id)
        m_facts.verified = false;
    m_steps = CallGuide::steps(m_kind, m_facts);
    m_rebuilding = true;
    const int current = m_list->currentRow();
    m_list->clear();
    for (const CallGuide::Step &step : std::as_const(m_steps)) {
        auto *item = new QListWidgetItem(
            step.attention ? QStringLiteral("⚠ ") + step.text : step.text, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_ticked.contains(step.key) ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, step.key);
        if (step.attention) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setToolTip(tr("Needs your attention"));
        }
    }
    if (current >= 0 && current < m_list->count())
        m_list->setCurrentRow(current);
    m_rebuilding = false;
}

void CallGuidePanel::stepChanged(QListWidgetItem *item)
{
    if (m_rebuilding)
        return;
    const QString key = item->data(Qt::UserRole).toString();
    const int row = m_list->row(item);
    if (item->checkState() == Qt::Checked && !m_ticked.contains(key)) {
        m_ticked.insert(key);
        if (m_call->isActive() && row >= 0 && row < m_steps.size())
            m_call->appendToNotes(QStringLiteral("✓ ") + m_steps.at(row).text);
    } else if (item->checkState() == Qt::Unchecked) {
        m_ticked.remove(key);
    }
}

void CallGuidePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void CallGuidePanel::retranslateUi()
{
    setTitle(tr("Call guide"));
    // Otherwise Qt names a group box after the box around it ("Current call").
    Accessibility::nameAfterText(this);
    m_kindLabel->setText(tr("Call &reason"));
    Accessibility::nameAfterText(m_kindLabel);
    m_kindBox->clear();
    for (CallGuide::Kind kind : CallGuide::kinds())
        m_kindBox->addItem(CallGuide::kindText(kind), int(kind));
    m_kindBox->setCurrentIndex(m_kindBox->findData(int(m_kind)));
    m_kindBox->setAccessibleName(tr("Call reason"));
    m_list->setAccessibleName(tr("Checklist; Space ticks a step into the notes"));
    rebuild();
}

} // namespace WalletDesk
