#include "TransactionsTab.h"

#include "Accessibility.h"
#include "DateFilterEdit.h"
#include "DisplayNames.h"
#include "ReadOnlyTable.h"
#include "RowTintDelegate.h"
#include "TransactionExport.h"
#include "TransactionFeed.h"
#include "WorkingCalendar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace WalletDesk {

using namespace Accessibility;

namespace {
std::optional<qint64> yuanToFen(const QString &text)
{
    bool ok = false;
    const double yuan = text.trimmed().toDouble(&ok);
    // Only the filter parses a decimal: money itself is always integer fen.
    if (!ok || yuan < 0)
        return std::nullopt;
    return qRound64(yuan * 100);
}

// The earliest date of a date edit stands for "no limit".
const QDate noLimit(2000, 1, 1);

std::optional<QDate> limitOf(const QDateEdit *edit)
{
    return edit->date() == noLimit ? std::nullopt : std::optional<QDate>(edit->date());
}
} // namespace

TransactionsTab::TransactionsTab(
    TransactionListModel *model, TransactionFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_feed(feed)
    , m_from(new DateFilterEdit(this))
    , m_to(new DateFilterEdit(this))
    , m_datesLabel(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_typeLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_minYuan(new QLineEdit(this))
    , m_maxYuan(new QLineEdit(this))
    , m_amountLabel(new QLabel(this))
    , m_order(new QLineEdit(this))
    , m_goToDate(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_cancelExport(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_view(new QTableView(this))
    , m_detail(new QLabel(this))
{
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_order->setObjectName(QStringLiteral("orderSearch"));
    m_exportButton->setObjectName(QStringLiteral("exportCsv"));
    m_goToDate->setObjectName(QStringLiteral("goToDate"));
    connect(m_goToDate, &QPushButton::clicked, this, &TransactionsTab::chooseDate);
    m_cancelExport->setObjectName(QStringLiteral("cancelExport"));
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_dateDebounce = new QTimer(this);
    m_dateDebounce->setSingleShot(true);
    m_dateDebounce->setInterval(500); // typing a date changes it digit by digit
    connect(m_dateDebounce, &QTimer::timeout, this, &TransactionsTab::reload);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setMinimumDate(noLimit);
        e->setDate(noLimit);
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(e, &QDateEdit::dateChanged, m_dateDebounce, qOverload<>(&QTimer::start));
    }
    m_datesLabel->setBuddy(m_from);
    m_typeLabel->setBuddy(m_type);
    m_statusLabel->setBuddy(m_status);
    m_amountLabel->setBuddy(m_minYuan);
    m_order->setClearButtonEnabled(true);
    m_order->setMaximumWidth(200);
    connect(m_order, &QLineEdit::returnPressed, this, [this] { findOrder(m_order->text()); });
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(12);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancelExport->hide();
    connect(m_exportButton, &QPushButton::clicked, this, &TransactionsTab::chooseExportFile);
    connect(m_cancelExport, &QPushButton::clicked, this, [this] {
        if (m_export)
            m_export->cancel();
        else if (m_exportAsked)
            m_exportCancelled = true; // before the first row: the answer ends it
    });
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
    m_view->setItemDelegate(new RowTintDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setTabKeyNavigation(false); // one Tab stop; arrows move between rows
    // Fixed widths cut the status with its exception in words ("Failed ·
    // debited") in English: each column takes what its rows in view need.
    fitColumnsToContents(m_view);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setMinimumHeight(70);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_datesLabel);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_typeLabel);
    filters->addWidget(m_type);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(m_amountLabel);
    filters->addWidget(m_minYuan);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_maxYuan);
    filters->addStretch();
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_order);
    tools->addWidget(m_goToDate);
    tools->addStretch();
    tools->addWidget(m_progress, 1);
    tools->addWidget(m_cancelExport);
    tools->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    connect(m_type, &QComboBox::activated, this, &TransactionsTab::reload);
    connect(m_status, &QComboBox::activated, this, &TransactionsTab::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetail();
        Q_EMIT selectionChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TransactionsTab::showDetail);
    m_view->installEventFilter(this);
    // Rows coming in above keep the rows the agent looks at where they are.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this,
        [this](const QModelIndex &, int first) {
            if (first == 0 && m_model->rowCount() > 0)
                m_topBeforeInsert = m_model->index(qMax(0, m_view->rowAt(0)), 0);
        });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        const QPersistentModelIndex top = std::exchange(m_topBeforeInsert, {});
        if (!top.isValid())
            return;
        // The view lays new rows out later; the scroll range must know them now.
        m_view->doItemsLayout();
        m_view->scrollTo(top, QAbstractItemView::PositionAtTop);
    });
    connect(m_model, &TransactionListModel::loadingChanged, this, [this](bool loading) {
        // The page of the loader the jump started (no other runs meanwhile:
        // loadNewerIfAtTop waits for the landing).
        if (loading || m_landing == Landing::None || m_model->isLoading()
            || m_model->rowCount() == 0)
            return;
        land(std::exchange(m_landing, Landing::None));
        loadNewerIfAtTop();
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
        &TransactionsTab::loadNewerIfAtTop);
    retranslateUi();
}

TransactionFilter TransactionsTab::filter() const
{
    TransactionFilter f;
    f.from = limitOf(m_from);
    f.to = limitOf(m_to);
    f.type = enumFromString<TransactionType>(m_type->currentData().toString());
    f.status = enumFromString<TransactionStatus>(m_status->currentData().toString());
    f.minFen = yuanToFen(m_minYuan->text());
    f.maxFen = yuanToFen(m_maxYuan->text());
    return f;
}

void TransactionsTab::showAccount(qint64 accountId, const QString &callId)
{
    m_accountId = accountId;
    m_callId = callId;
    reload();
}

void TransactionsTab::clear()
{
    m_accountId = 0;
    m_callId.clear();
    m_model->setFetcher({});
    m_detail->clear();
}

void TransactionsTab::reload()
{
    m_landing = Landing::None;
    start({});
}

void TransactionsTab::start(const TransactionFeed::Start &from)
{
    if (m_accountId <= 0)
        return;
    // The filter is read now: a date still being typed must not restart
    // the log later and undo this start.
    m_dateDebounce->stop();
    const TransactionFeed::Fetchers pages
        = m_feed->fetchersFrom(m_accountId, m_callId, from, filter());
    // From the newest end nothing is newer: no loader above at all.
    m_model->setFetchers(pages.older,
        from.kind == TransactionFeed::Start::Newest ? TransactionListModel::Fetcher()
                                                    : pages.newer);
    if (pages.startsNewer)
        m_model->fetchNewer();
    else if (m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void TransactionsTab::land(Landing landing)
{
    int row = landing == Landing::Last ? m_model->rowCount() - 1 : 0;
    if (landing == Landing::FirstException) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->exceptionAt(r) != TransactionListModel::Exception::None) {
                row = r;
                break;
            }
        }
    }
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
}

void TransactionsTab::focusLog()
{
    m_view->setFocus();
    // A row the agent picked stays picked (an action may be about it).
    if (!m_view->selectionModel()->selectedRows().isEmpty())
        m_view->scrollTo(m_view->selectionModel()->selectedRows().first());
    else if (m_model->rowCount() > 0)
        land(Landing::FirstException);
    else if (m_model->isLoading() && m_landing == Landing::None)
        m_landing = Landing::FirstException; // when the first page is in (a jump's own wins)
}

void TransactionsTab::jumpToOldest()
{
    // Everything is loaded already: the last row is the oldest.
    if (!m_model->canFetchMore({}) && !m_model->isLoading()) {
        m_view->selectRow(m_model->rowCount() - 1);
        m_view->scrollToBottom();
        return;
    }
    m_landing = Landing::Last;
    start({TransactionFeed::Start::Oldest, {}});
}

void TransactionsTab::jumpToNewest()
{
    if (!m_model->canFetchNewer() && !m_model->isLoading()) {
        m_view->selectRow(0);
        m_view->scrollToTop();
        return;
    }
    m_landing = Landing::First;
    start({});
}

void TransactionsTab::goToDate(const QDate &day)
{
    if (!day.isValid())
        return;
    m_landing = Landing::First;
    start({TransactionFeed::Start::Day, day});
}

void TransactionsTab::chooseDate()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Go to date"));
    auto *label = new QLabel(tr("&Day (%1):").arg(DisplayNames::zoneName()), dialog);
    auto *date = new DateFilterEdit(dialog); // one Tab stop
    date->setObjectName(QStringLiteral("goToDay"));
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setCalendarPopup(true);
    date->setDate(QDateTime::currentDateTimeUtc().toTimeZone(CallCenterTime::zone()).date());
    label->setBuddy(date);
    nameAfterText(label);
    date->setAccessibleName(withoutMnemonic(label->text()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    nameDialogButtons(buttons);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(date);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, date] {
        goToDate(date->date());
        m_view->setFocus();
    });
    dialog->open();
    date->setFocus();
}

void TransactionsTab::loadNewerIfAtTop()
{
    QScrollBar *bar = m_view->verticalScrollBar();
    // Not while a jump waits for its first page: it lands on that page.
    if (m_landing == Landing::None && m_model->canFetchNewer() && bar->value() == bar->minimum())
        m_model->fetchNewer();
}

bool TransactionsTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // (The keypad's End and Home carry the keypad modifier.)
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::ControlModifier && key->key() == Qt::Key_End) {
            jumpToOldest();
            return true;
        }
        if (mods == Qt::ControlModifier && key->key() == Qt::Key_Home) {
            jumpToNewest();
            return true;
        }
        // Up or Page Up on the first row: there may be newer rows to load.
        const QModelIndex current = m_view->currentIndex();
        if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_PageUp)
            && (!current.isValid() || current.row() == 0))
            m_model->fetchNewer();
    }
    return QWidget::eventFilter(watched, event);
}

void TransactionsTab::findOrder(const QString &orderNumber)
{
    if (orderNumber.trimmed().isEmpty())
        return;
    const qint64 accountId = m_accountId;
    // The feed belongs to the console core and may answer after this tab is gone.
    QPointer<TransactionsTab> self(this);
    m_feed->findOrder(orderNumber, m_callId,
        [this, self, accountId](const std::optional<Transaction> &t, const QString &note) {
            if (!self)
                return;
            if (!t) {
                setDetail(note);
                return;
            }
            if (t->accountId != accountId) {
                // Order numbers are global; a caller may read out someone else's.
                setDetail(tr("Order %1 belongs to another account, not to the one open.")
                              .arg(t->orderNumber));
                return;
            }
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (m_model->at(row).id == t->id) {
                    m_view->selectRow(row);
                    m_view->scrollTo(m_model->index(row, 0));
                    return;
                }
            }
            m_view->clearSelection();
            showTransaction(*t, tr("Not among the rows loaded with this filter."));
        });
}

void TransactionsTab::chooseExportFile()
{
    if (m_export || m_accountId <= 0)
        return;
    auto *dialog = new QFileDialog(this, tr("Export transactions"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("transactions-%1.csv")
                           .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    connect(dialog, &QFileDialog::fileSelected, this, &TransactionsTab::exportTo);
    dialog->open();
}

void TransactionsTab::exportTo(const QString &path)
{
    if (m_export || m_exportAsked || m_accountId <= 0)
        return;
    // The server records the export before the first row is read, and may
    // refuse it (the call center's policy, or no connection).
    m_exportAsked = true;
    m_exportCancelled = false;
    m_exportButton->setEnabled(false);
    m_progress->show();
    m_cancelExport->show();
    Q_EMIT message(tr("Asking the server to record the export…"));
    const qint64 accountId = m_accountId;
    m_feed->announceExport(accountId, m_callId,
        [this, guard = QPointer<TransactionsTab>(this), path, accountId](
            std::optional<qint64> exportId, const QString &refused) {
            if (!guard)
                return;
            m_exportAsked = false;
            if (!exportId || accountId != m_accountId || m_exportCancelled) {
                m_exportButton->setEnabled(true);
                m_progress->hide();
                m_cancelExport->hide();
                const QString shown = !exportId ? refused
                    : m_exportCancelled         ? tr("Export cancelled; no file was written.")
                                                : tr("Not exported: another account is open now.");
                if (exportId)
                    m_feed->reportExport(*exportId, 0, false);
                Q_EMIT message(shown);
                Q_EMIT exportFinished(false, shown);
                return;
            }
            startExport(*exportId, path);
        });
}

void TransactionsTab::startExport(qint64 exportId, const QString &path)
{
    // Its own fetcher: the export walks every page without disturbing the list.
    m_export = new TransactionExport(
        m_feed->fetcherFor(m_accountId, m_callId, filter(), 200), path, this);
    m_progress->show();
    m_cancelExport->show();
    m_exportButton->setEnabled(false);
    connect(m_export, &TransactionExport::progress, this,
        [this](int rows) { Q_EMIT message(tr("Exporting… %n rows written", nullptr, rows)); });
    connect(m_export, &TransactionExport::finished, this,
        [this, path, exportId](bool ok, int rows, const QString &text) {
            m_feed->reportExport(exportId, rows, ok);
            m_export->deleteLater();
            m_export = nullptr;
            m_progress->hide();
            m_cancelExport->hide();
            m_exportButton->setEnabled(true);
            const QString shown
                = ok ? tr("%n transactions exported to %1.", nullptr, rows).arg(path) : text;
            Q_EMIT message(shown);
            Q_EMIT exportFinished(ok, shown);
        });
    m_export->start();
}

void TransactionsTab::showDetail()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        setDetail(tr("Select a transaction to see its details."));
        return;
    }
    showTransaction(m_model->at(rows.first().row()), {});
}

void TransactionsTab::showTransaction(const Transaction &t, const QString &note)
{
    QStringList lines;
    if (!note.isEmpty())
        lines << note;
    lines << tr("%1 %2 · %3 · fee %4")
                 .arg(DisplayNames::transactionType(t.type), t.orderNumber,
                     DisplayNames::amount(t.amount), DisplayNames::amount(t.fee));
    if (!t.merchant.isEmpty())
        lines << tr("Merchant: %1").arg(t.merchant);
    if (!t.failureReason.isEmpty())
        lines << tr("Failed: %1. Money taken: %2.")
                     .arg(t.failureReason, t.debited ? tr("yes") : tr("no"));
    if (t.reversalDue)
        lines << tr("Reversal due by %1.").arg(t.reversalDue->toString(Qt::ISODate));
    if (t.refundState == RefundState::RefundRequested)
        lines << tr("Refund requested.");
    else if (t.refundState == RefundState::Refunded)
        lines << tr("Refunded.");
    if (!t.bankName.isEmpty())
        lines << tr("Bank: %1, card %2").arg(t.bankName, t.maskedCard);
    if (t.expectedArrival)
        lines << tr("Expected arrival: %1 (working days, public holidays counted).")
                     .arg(t.expectedArrival->toString(Qt::ISODate));
    setDetail(lines.join(QLatin1Char('\n')));
}

void TransactionsTab::setDetail(const QString &text)
{
    m_detail->setText(text);
    // A screen reader hears the detail itself, not only that there is one.
    nameValue(m_detail, tr("Transaction details"));
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
    for (TransactionType t : {TransactionType::Payment, TransactionType::Refund,
             TransactionType::TopUp, TransactionType::Withdrawal, TransactionType::Transfer})
        m_type->addItem(DisplayNames::transactionType(t), enumToString(t));
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    for (TransactionStatus s : {TransactionStatus::Pending, TransactionStatus::Succeeded,
             TransactionStatus::Failed, TransactionStatus::Reversed})
        m_status->addItem(DisplayNames::transactionStatus(s), enumToString(s));
    m_type->setCurrentIndex(type);
    m_status->setCurrentIndex(status);
    m_amountLabel->setText(tr("Amount (yuan)"));
    m_typeLabel->setText(tr("Type"));
    m_statusLabel->setText(tr("Status"));
    m_datesLabel->setText(tr("&Dates"));
    for (QDateEdit *e : {m_from, m_to})
        e->setSpecialValueText(tr("any"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_order->setPlaceholderText(tr("Order number, Enter to find"));
    m_order->setAccessibleName(tr("Find by order number"));
    m_goToDate->setText(tr("&Go to date…"));
    nameAfterText(m_goToDate);
    m_exportButton->setText(tr("E&xport CSV…"));
    m_exportButton->setAccessibleName(tr("Export the filtered transactions as CSV"));
    m_cancelExport->setText(tr("Cancel export"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_type->setAccessibleName(tr("Filter by type"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_minYuan->setAccessibleName(tr("Smallest amount"));
    m_maxYuan->setAccessibleName(tr("Largest amount"));
    m_view->setAccessibleName(tr("Transactions"));
    nameClearButton(m_order);
    nameAfterText(m_datesLabel);
    showDetail();
}

} // namespace WalletDesk
