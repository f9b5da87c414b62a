#include "AccountHistoryTab.h"

#include "DisplayNames.h"

#include "AccountHistory.h"
#include "ComplaintListModel.h"
#include "ReadOnlyTable.h"
#include "RecordTableModel.h"

#include <QEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace WalletDesk {

AccountHistoryTab::AccountHistoryTab(AccountHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_complaints(new ComplaintListModel(this))
    , m_callModel(new RecordTableModel(this))
    , m_complaintsLabel(new QLabel(this))
    , m_callsLabel(new QLabel(this))
{
    m_complaintView = makeReadOnlyTable(m_complaints, QStringLiteral("accountComplaints"), this);
    m_callView = makeReadOnlyTable(m_callModel, QStringLiteral("previousCalls"), this);
    fitColumnsToContents(m_complaintView);
    fitColumnsToContents(m_callView);
    m_complaintsLabel->setBuddy(m_complaintView);
    m_callsLabel->setBuddy(m_callView);
    m_complaintsLabel->setWordWrap(true);
    m_callsLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_complaintsLabel);
    layout->addWidget(m_complaintView, 1);
    layout->addWidget(m_callsLabel);
    layout->addWidget(m_callView, 1);

    connect(m_history, &AccountHistory::complaintsReady, this,
        [this](qint64 accountId, const QList<Complaint> &complaints, const QString &message) {
            if (accountId != m_accountId)
                return;
            m_complaints->setComplaints(complaints);
            m_complaintsMessage = message;
            retranslateUi();
        });
    connect(m_history, &AccountHistory::callsReady, this,
        [this](qint64 accountId, const QList<CallRecord> &calls, const QString &message) {
            if (accountId != m_accountId)
                return;
            m_calls = calls;
            m_callsMessage = message;
            showCalls();
            retranslateUi();
        });
    retranslateUi();
}

void AccountHistoryTab::setReference(const ReferenceData &reference, Language language)
{
    m_reference = reference;
    m_language = language;
    m_complaints->setReference(reference, language);
    showCalls();
}

void AccountHistoryTab::showAccount(qint64 accountId, const QString &callId)
{
    clear();
    m_accountId = accountId;
    m_complaintsMessage = m_callsMessage = tr("Loading…");
    retranslateUi();
    m_history->load(accountId, callId);
}

void AccountHistoryTab::clear()
{
    m_accountId = 0;
    m_calls.clear();
    m_complaints->setComplaints({});
    m_complaintsMessage.clear();
    m_callsMessage.clear();
    showCalls();
    retranslateUi();
}

void AccountHistoryTab::complaintChanged(const Complaint &complaint)
{
    if (m_accountId != 0 && complaint.draft.accountId == m_accountId)
        m_complaints->upsert(complaint);
}

void AccountHistoryTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        showCalls();
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void AccountHistoryTab::showCalls()
{
    m_callModel->setHeaders(
        {tr("Started"), tr("Minutes"), tr("Wrap-up"), tr("Complaint"), tr("Notes")});
    QList<RecordTableModel::Row> rows;
    for (const CallRecord &c : std::as_const(m_calls)) {
        const qint64 minutes = qMax<qint64>(1, (c.startedAt.secsTo(c.endedAt) + 59) / 60);
        QString notes = c.notes;
        notes.replace(QLatin1Char('\n'), QStringLiteral(" · "));
        RecordTableModel::Row row {{DisplayNames::time(c.startedAt), QString::number(minutes),
            m_reference.wrapUpName(c.wrapUpCode, m_language),
            c.complaintId ? QStringLiteral("#%1").arg(*c.complaintId) : QString(), notes}};
        row.toolTip = c.notes;
        row.id = c.id;
        rows.append(row);
    }
    m_callModel->setRows(rows);
}

void AccountHistoryTab::retranslateUi()
{
    const QString complaints
        = tr("Complaints of this account: %n", nullptr, m_complaints->rowCount());
    m_complaintsLabel->setText(m_complaintsMessage.isEmpty()
            ? complaints
            : complaints + QStringLiteral(" — ") + m_complaintsMessage);
    const QString calls = tr("Previous calls: %n", nullptr, int(m_calls.size()));
    m_callsLabel->setText(
        m_callsMessage.isEmpty() ? calls : calls + QStringLiteral(" — ") + m_callsMessage);
    m_complaintView->setAccessibleName(tr("Complaints of this account"));
    m_callView->setAccessibleName(tr("Previous calls"));
}

} // namespace WalletDesk
