#include "ApprovalsView.h"

#include "DisplayNames.h"

#include "ActionTexts.h"
#include "ApprovalQueue.h"
#include "ReadOnlyTable.h"
#include "ReasonPrompt.h"
#include "RecordTableModel.h"
#include "RiskContextText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace WalletDesk {

namespace {
constexpr int ReasonColumn = 4;

const Approval *findApproval(const QList<Approval> &list, qint64 id)
{
    for (const Approval &a : list)
        if (a.action.id == id)
            return &a;
    return nullptr;
}
} // namespace

ApprovalsView::ApprovalsView(ApprovalQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(new RecordTableModel(this))
    , m_status(new QLabel(this))
    , m_riskCaption(new QLabel(this))
    , m_risk(new QPlainTextEdit(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_refresh(new QPushButton(this))
{
    m_view = makeReadOnlyTable(m_model, QStringLiteral("approvals"), this);
    // The agent's reason is what the supervisor decides on: it wraps, its
    // row growing to hold it, rather than ending in "…".
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setObjectName(QStringLiteral("approvalsStatus"));
    m_status->setWordWrap(true);
    m_approve->setObjectName(QStringLiteral("approve"));
    m_reject->setObjectName(QStringLiteral("reject"));
    m_refresh->setObjectName(QStringLiteral("refreshApprovals"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    // Read-only but focusable: a screen reader reads it line by line, and
    // the supervisor can select a place or a device name to look it up.
    m_risk->setObjectName(QStringLiteral("riskContext"));
    m_risk->setReadOnly(true);
    m_risk->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_risk->setTabChangesFocus(true);
    auto *riskBox = new QWidget(this);
    auto *riskLayout = new QVBoxLayout(riskBox);
    riskLayout->setContentsMargins(0, 0, 0, 0);
    riskLayout->addWidget(m_riskCaption);
    riskLayout->addWidget(m_risk, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(riskBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2); // the context is what is read; the list is short
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    // How long each request has waited moves on while the desk is open.
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &ApprovalsView::show);
    tick->start(30'000);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_refresh, &QPushButton::clicked, m_queue, &ApprovalQueue::refresh);
    connect(m_queue, &ApprovalQueue::pendingChanged, this, &ApprovalsView::show);
    connect(m_queue, &ApprovalQueue::failed, this,
        [this](const QString &message) { m_status->setText(message); });
    connect(m_queue, &ApprovalQueue::decided, this, [this](const ActionRequest &action) {
        m_lastDecision = tr("#%1 %2").arg(action.id).arg(actionRequestText(action));
        m_status->setText(m_lastDecision);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ApprovalsView::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ApprovalsView::showRisk);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApprovalsView::updateButtons);
    retranslateUi();
}

void ApprovalsView::show()
{
    const auto selected = m_view->selectionModel()->selectedRows();
    const QVariant keep
        = selected.isEmpty() ? QVariant() : selected.first().data(RecordTableModel::IdRole);
    QList<RecordTableModel::Row> rows;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Approval &a : m_queue->pending()) {
        const CallerVerification &v = a.verification;
        const QString how = v.method == VerificationMethod::Sms ? tr("SMS code to %1").arg(v.sentTo)
                                                                : tr("security question");
        const QStringList warned
            = a.risk ? RiskContextText::warnings(*a.risk, a.action.type) : QStringList();
        QString action = actionTypeText(a.action.type);
        if (a.amount)
            action += QLatin1Char(' ') + DisplayNames::amount(*a.amount);
        // The warning is said in the row, not only by its tint.
        if (!warned.isEmpty())
            action = tr("%1 · check the risk").arg(action);
        RecordTableModel::Row row {{DisplayNames::time(a.action.createdAt), a.agentName, action,
            a.account ? QStringLiteral("%1 %2").arg(a.account->name, a.account->accountNumber)
                      : QString::number(a.action.accountId),
            a.action.reason,
            tr("%1, verified %2")
                .arg(how, v.verifiedAt ? DisplayNames::time(*v.verifiedAt) : tr("not verified")),
            DisplayNames::waited(a.action.createdAt.secsTo(now))}};
        row.id = a.action.id;
        row.toolTip = warned.isEmpty() ? a.action.reason : warned.join(QLatin1Char('\n'));
        row.flagged = !v.verifiedAt || !warned.isEmpty();
        rows.append(row);
    }
    m_model->setRows(rows);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (keep.isValid() && m_model->at(r).id == keep)
            m_view->selectRow(r);
    }
    if (m_view->selectionModel()->selectedRows().isEmpty() && m_model->rowCount() > 0)
        m_view->selectRow(0);
    const QString count
        = tr("%n request(s) waiting for a second person.", nullptr, m_model->rowCount());
    m_status->setText(
        m_lastDecision.isEmpty() ? count : m_lastDecision + QLatin1Char('\n') + count);
    showRisk();
}

QString ApprovalsView::riskText() const
{
    return m_risk->toPlainText();
}

void ApprovalsView::showRisk()
{
    const auto selected = m_view->selectionModel()->selectedRows();
    const Approval *a = selected.isEmpty()
        ? nullptr
        : findApproval(
            m_queue->pending(), selected.first().data(RecordTableModel::IdRole).toLongLong());
    const QString text
        = a ? RiskContextText::full(*a) : tr("Select a request to see the account's risk context.");
    if (m_risk->toPlainText() != text) // keeps the reader's place on a timer refresh
        m_risk->setPlainText(text);
    m_risk->setAccessibleDescription(a && a->risk
            ? RiskContextText::warnings(*a->risk, a->action.type).join(QLatin1Char(' '))
            : QString());
}

void ApprovalsView::decide(bool approve)
{
    const auto selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const qint64 id = selected.first().data(RecordTableModel::IdRole).toLongLong();
    ReasonPrompt::ask(this, approve ? tr("Approve") : tr("Reject"),
        tr("Why? The agent sees this reason, and it goes into the audit log."),
        [this, id, approve](const QString &reason) { m_queue->decide(id, approve, reason); });
}

void ApprovalsView::updateButtons()
{
    const bool any = !m_view->selectionModel()->selectedRows().isEmpty();
    for (QPushButton *b : {m_approve, m_reject}) {
        b->setEnabled(any);
        b->setToolTip(any ? QString() : tr("Select a request first."));
    }
}

void ApprovalsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        show();
    }
    QWidget::changeEvent(event);
}

void ApprovalsView::retranslateUi()
{
    m_model->setHeaders({tr("Asked at"), tr("Agent"), tr("Action"), tr("Account"),
        tr("Agent's reason"), tr("Caller verification"), tr("Waiting")});
    // Set once the columns exist; a reset with the same columns keeps it.
    m_view->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Requests waiting for approval"));
    m_riskCaption->setText(tr("Risk context of the selected request"));
    m_risk->setAccessibleName(tr("Risk context of the selected request"));
    m_approve->setText(tr("A&pprove…"));
    m_reject->setText(tr("Re&ject…"));
    m_refresh->setText(tr("Refresh"));
    for (QPushButton *b : {m_approve, m_reject, m_refresh})
        b->setAccessibleName(
            QString(b->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    updateButtons();
}

} // namespace WalletDesk
