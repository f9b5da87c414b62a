#include "ApprovalsView.h"

#include "DisplayNames.h"

#include "ActionTexts.h"
#include "ApprovalQueue.h"
#include "ReadOnlyTable.h"
#include "ReasonPrompt.h"
#include "RecordTableModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace WalletDesk {

namespace {
constexpr int ReasonColumn = 4;
} // namespace

ApprovalsView::ApprovalsView(ApprovalQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(new RecordTableModel(this))
    , m_status(new QLabel(this))
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
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
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApprovalsView::updateButtons);
    retranslateUi();
}

void ApprovalsView::show()
{
    const auto selected = m_view->selectionModel()->selectedRows();
    const QVariant keep
        = selected.isEmpty() ? QVariant() : selected.first().data(RecordTableModel::IdRole);
    QList<RecordTableModel::Row> rows;
    for (const Approval &a : m_queue->pending()) {
        const CallerVerification &v = a.verification;
        const QString how = v.method == VerificationMethod::Sms ? tr("SMS code to %1").arg(v.sentTo)
                                                                : tr("security question");
        RecordTableModel::Row row {{DisplayNames::time(a.action.createdAt), a.agentName,
            actionTypeText(a.action.type),
            a.account ? QStringLiteral("%1 %2").arg(a.account->name, a.account->accountNumber)
                      : QString::number(a.action.accountId),
            a.action.reason,
            tr("%1, verified %2")
                .arg(how, v.verifiedAt ? DisplayNames::time(*v.verifiedAt) : tr("not verified"))}};
        row.id = a.action.id;
        row.toolTip = a.action.reason;
        row.flagged = !v.verifiedAt; // should not happen: the server requires it
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
        tr("Agent's reason"), tr("Caller verification")});
    // Set once the columns exist; a reset with the same columns keeps it.
    m_view->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Requests waiting for approval"));
    m_approve->setText(tr("A&pprove…"));
    m_reject->setText(tr("Re&ject…"));
    m_refresh->setText(tr("Refresh"));
    for (QPushButton *b : {m_approve, m_reject, m_refresh})
        b->setAccessibleName(
            QString(b->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    updateButtons();
}

} // namespace WalletDesk
