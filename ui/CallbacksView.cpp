#include "CallbacksView.h"

#include "Accessibility.h"
#include "CallbackService.h"
#include "DisplayNames.h"
#include "WorkingCalendar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace WalletDesk {

namespace {
enum Column { Due, Number, Reason, AccountColumn, State, ColumnCount };
constexpr int IdRole = Qt::UserRole;
constexpr int PhoneRole = Qt::UserRole + 1;
constexpr int AccountRole = Qt::UserRole + 2;
// What makes a row that callback, sent or not (unsent ones are all id 0).
constexpr int IdentityRole = Qt::UserRole + 3;

QString identityOf(const Callback &c)
{
    return c.id != 0 ? QString::number(c.id)
                     : c.phone + QLatin1Char('@') + QString::number(c.dueAt.toMSecsSinceEpoch());
}
} // namespace

CallbacksView::CallbacksView(
    CallbackService *callbacks, std::function<QString(qint64)> accountText, QWidget *parent)
    : QDialog(parent)
    , m_callbacks(callbacks)
    , m_accountText(std::move(accountText))
    , m_caption(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_problem(new QLabel(this))
    , m_call(new QPushButton(this))
    , m_later(new QPushButton(this))
    , m_done(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("callbacksView"));
    m_table->setObjectName(QStringLiteral("callbacks"));
    m_call->setObjectName(QStringLiteral("callbackCallNow"));
    m_later->setObjectName(QStringLiteral("callbackLater"));
    m_done->setObjectName(QStringLiteral("callbackDone"));
    m_cancel->setObjectName(QStringLiteral("callbackCancel"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_caption->setBuddy(m_table);
    m_problem->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_call, m_later, m_done, m_cancel})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    resize(760, 380);

    connect(m_callbacks, &CallbackService::changed, this, &CallbacksView::rebuild);
    connect(m_callbacks, &CallbackService::queueFailed, m_problem, &QLabel::setText);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CallbacksView::updateButtons);
    const auto row = [this]() -> QTableWidgetItem * {
        const auto rows = m_table->selectionModel()->selectedRows();
        return rows.isEmpty() ? nullptr : m_table->item(rows.first().row(), Due);
    };
    const auto call = [this, row] {
        if (QTableWidgetItem *item = row()) {
            const QVariant account = item->data(AccountRole);
            Q_EMIT callRequested(item->data(PhoneRole).toString(),
                account.isValid() ? std::optional<qint64>(account.toLongLong()) : std::nullopt,
                m_table->item(item->row(), Reason)->text());
        }
    };
    connect(m_call, &QPushButton::clicked, this, call);
    connect(m_table, &QTableWidget::activated, this, call);
    connect(m_later, &QPushButton::clicked, this, [this] {
        m_problem->clear();
        m_callbacks->reschedule(selectedId(), QDateTime::currentDateTimeUtc().addSecs(600));
    });
    connect(m_done, &QPushButton::clicked, this, [this] {
        m_problem->clear();
        m_callbacks->markDone(selectedId());
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_problem->clear();
        m_callbacks->cancel(selectedId());
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    retranslateUi();
}

void CallbacksView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CallbacksView::retranslateUi()
{
    setWindowTitle(tr("Callbacks"));
    m_caption->setText(
        tr("&Scheduled callbacks, earliest first (times are %1):").arg(DisplayNames::zoneName()));
    m_table->setAccessibleName(tr("Scheduled callbacks"));
    m_table->setHorizontalHeaderLabels(
        {tr("Due at"), tr("Number"), tr("Reason"), tr("Account"), tr("State")});
    m_call->setText(tr("&Call now"));
    m_later->setText(tr("In &10 minutes"));
    m_done->setText(tr("&Done"));
    m_cancel->setText(tr("Ca&ncel callback"));
    m_close->setText(tr("Close"));
    for (QPushButton *b : {m_call, m_later, m_done, m_cancel, m_close})
        Accessibility::nameAfterText(b);
    rebuild();
}

void CallbacksView::rebuild()
{
    // The selection follows its callback, not its row: the list reorders
    // as callbacks come and go, and Enter calls whoever is selected.
    const auto rows = m_table->selectionModel()->selectedRows();
    const QString selected = rows.isEmpty()
        ? QString()
        : m_table->item(rows.first().row(), Due)->data(IdentityRole).toString();
    m_table->clearSelection();
    const QList<CallbackService::Item> items = m_callbacks->upcoming();
    m_table->setRowCount(int(items.size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int r = 0; r < items.size(); ++r) {
        const Callback &c = items.at(r).callback;
        const QString due = c.dueAt.toTimeZone(CallCenterTime::zone())
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        // Overdue is said in words, not only by the order of the rows.
        const QString dueText = c.dueAt <= now ? tr("%1 · due").arg(due) : due;
        const QStringList texts {dueText, c.phone, c.reason,
            !c.accountId                                ? tr("—")
                : m_accountText(*c.accountId).isEmpty() ? tr("linked")
                                                        : m_accountText(*c.accountId),
            items.at(r).isSent() ? tr("Scheduled") : tr("Not sent yet")};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(texts.at(col));
            m_table->setItem(r, col, item);
        }
        QTableWidgetItem *key = m_table->item(r, Due);
        key->setData(IdRole, c.id);
        key->setData(PhoneRole, c.phone);
        key->setData(IdentityRole, identityOf(c));
        if (c.accountId)
            key->setData(AccountRole, *c.accountId);
        if (!selected.isEmpty() && identityOf(c) == selected)
            m_table->selectRow(r);
    }
    m_table->resizeColumnsToContents();
    // The first row when nothing was selected; a selected callback that has
    // gone leaves no selection, never another callback in its place.
    if (selected.isEmpty() && m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

qint64 CallbacksView::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_table->item(rows.first().row(), Due)->data(IdRole).toLongLong();
}

void CallbacksView::updateButtons()
{
    const bool any = !m_table->selectionModel()->selectedRows().isEmpty();
    // A callback the server has not numbered yet cannot be changed.
    const bool sent = selectedId() != 0;
    m_call->setEnabled(any);
    m_later->setEnabled(sent);
    m_done->setEnabled(sent);
    m_cancel->setEnabled(sent);
}

} // namespace WalletDesk
