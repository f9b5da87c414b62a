#include "TransactionsTab.h"

#include "ExceptionHighlightDelegate.h"
#include "TransactionFeed.h"

#include <QComboBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace WalletDesk {

namespace {
QString yuanToFen(const QString &text)
{
    bool ok = false;
    const double yuan = text.trimmed().toDouble(&ok);
    // Only the filter parses a decimal: money itself is always integer fen.
    return ok && yuan >= 0 ? QString::number(qRound64(yuan * 100)) : QString();
}
} // namespace

TransactionsTab::TransactionsTab(TransactionListModel *model, TransactionFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_feed(feed)
    , m_type(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_minYuan(new QLineEdit(this))
    , m_maxYuan(new QLineEdit(this))
    , m_amountLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_detail(new QLabel(this))
{
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_detail->setObjectName(QStringLiteral("transactionDetail"));
    m_view->setObjectName(QStringLiteral("transactions"));
    for (QLineEdit *e : {m_minYuan, m_maxYuan}) {
        e->setValidator(new QDoubleValidator(0, 1e12, 2, e));
        e->setMaximumWidth(110);
        connect(e, &QLineEdit::editingFinished, this, &TransactionsTab::reload);
    }
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ExceptionHighlightDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setColumnWidth(TransactionListModel::Time, 150);
    m_view->setColumnWidth(TransactionListModel::OrderNumber, 160);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setMinimumHeight(70);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_type);
    filters->addWidget(m_status);
    filters->addWidget(m_amountLabel);
    filters->addWidget(m_minYuan);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_maxYuan);
    filters->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    connect(m_type, &QComboBox::activated, this, &TransactionsTab::reload);
    connect(m_status, &QComboBox::activated, this, &TransactionsTab::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetail();
        Q_EMIT selectionChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TransactionsTab::showDetail);
    retranslateUi();
}

QString TransactionsTab::filterQuery() const
{
    QStringList parts;
    if (const QString type = m_type->currentData().toString(); !type.isEmpty())
        parts << QStringLiteral("type=") + type;
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        parts << QStringLiteral("status=") + status;
    if (const QString min = yuanToFen(m_minYuan->text()); !min.isEmpty())
        parts << QStringLiteral("minFen=") + min;
    if (const QString max = yuanToFen(m_maxYuan->text()); !max.isEmpty())
        parts << QStringLiteral("maxFen=") + max;
    return parts.join(QLatin1Char('&'));
}

void TransactionsTab::showAccount(qint64 accountId, const QString &callId)
{
    m_accountId = accountId;
    m_callId = callId;
    reload();
}

void TransactionsTab::reload()
{
    if (m_accountId <= 0)
        return;
    m_model->setFetcher(m_feed->fetcherFor(m_accountId, m_callId, filterQuery()));
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void TransactionsTab::showDetail()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_detail->setText(tr("Select a transaction to see its details."));
        return;
    }
    const Transaction &t = m_model->at(rows.first().row());
    QStringList lines;
    lines << tr("%1 %2 · %3 · fee %4").arg(TransactionListModel::typeText(t.type), t.orderNumber, t.amount.toPlainString(),
                                            t.fee.toPlainString());
    if (!t.merchant.isEmpty())
        lines << tr("Merchant: %1").arg(t.merchant);
    if (!t.failureReason.isEmpty())
        lines << tr("Failed: %1. Money taken: %2.").arg(t.failureReason, t.debited ? tr("yes") : tr("no"));
    if (t.reversalDue)
        lines << tr("Reversal due by %1.").arg(t.reversalDue->toString(Qt::ISODate));
    if (t.refundState == RefundState::RefundRequested)
        lines << tr("Refund requested.");
    else if (t.refundState == RefundState::Refunded)
        lines << tr("Refunded.");
    if (!t.bankName.isEmpty())
        lines << tr("Bank: %1, card %2").arg(t.bankName, t.maskedCard);
    if (t.expectedArrival)
        lines << tr("Expected arrival: %1 (working days, public holidays counted).").arg(t.expectedArrival->toString(Qt::ISODate));
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

void TransactionsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TransactionsTab::retranslateUi()
{
    const int type = qMax(0, m_type->currentIndex());
    const int status = qMax(0, m_status->currentIndex());
    m_type->clear();
    m_type->addItem(tr("All types"), QString());
    for (TransactionType t : {TransactionType::Payment, TransactionType::Refund, TransactionType::TopUp,
                              TransactionType::Withdrawal, TransactionType::Transfer})
        m_type->addItem(TransactionListModel::typeText(t), enumToString(t));
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    for (TransactionStatus s : {TransactionStatus::Pending, TransactionStatus::Succeeded, TransactionStatus::Failed,
                                TransactionStatus::Reversed})
        m_status->addItem(TransactionListModel::statusText(s), enumToString(s));
    m_type->setCurrentIndex(type);
    m_status->setCurrentIndex(status);
    m_amountLabel->setText(tr("Amount (yuan)"));
    m_type->setAccessibleName(tr("Filter by type"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_minYuan->setAccessibleName(tr("Smallest amount"));
    m_maxYuan->setAccessibleName(tr("Largest amount"));
    m_view->setAccessibleName(tr("Transactions"));
    m_detail->setAccessibleName(tr("Transaction details"));
    showDetail();
}

} // namespace WalletDesk
