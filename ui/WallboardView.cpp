#include "WallboardView.h"

#include "Accessibility.h"
#include "ActionTexts.h"
#include "DisplayNames.h"
#include "ReadOnlyTable.h"
#include "RecordTableModel.h"
#include "Wallboard.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

namespace WalletDesk {

namespace {

// Overdue by days as well as hours: a complaint two days late reads so.
QString span(qint64 seconds)
{
    if (seconds < 86'400)
        return DisplayNames::waited(seconds);
    return WallboardView::tr("%1 d %2 h").arg(seconds / 86'400).arg((seconds % 86'400) / 3600);
}

// Rows come again every few seconds: the keyboard's place (row by id, and
// column) stays where it was.
void setRowsKeepingPlace(
    QTableView *view, RecordTableModel *model, QList<RecordTableModel::Row> rows)
{
    const QModelIndex current = view->currentIndex();
    const QVariant id = current.isValid() ? current.data(RecordTableModel::IdRole) : QVariant();
    model->setRows(std::move(rows));
    if (!id.isValid())
        return;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->at(r).id == id) {
            view->selectionModel()->setCurrentIndex(model->index(r, current.column()),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
}

} // namespace

WallboardView::WallboardView(Wallboard *board, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_headline(new QLabel(this))
    , m_message(new QLabel(this))
    , m_agentsCaption(new QLabel(this))
    , m_approvalsCaption(new QLabel(this))
    , m_complaintsCaption(new QLabel(this))
    , m_agents(new RecordTableModel(this))
    , m_approvals(new RecordTableModel(this))
    , m_complaints(new RecordTableModel(this))
    , m_refresh(new QPushButton(this))
{
    m_headline->setObjectName(QStringLiteral("wallboardHeadline"));
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_headline->setFont(big);
    m_message->setObjectName(QStringLiteral("wallboardMessage"));
    m_message->setWordWrap(true);
    m_agentsView = makeReadOnlyTable(m_agents, QStringLiteral("wallboardAgents"), this);
    m_approvalsView = makeReadOnlyTable(m_approvals, QStringLiteral("wallboardApprovals"), this);
    m_complaintsView = makeReadOnlyTable(m_complaints, QStringLiteral("wallboardComplaints"), this);
    m_agentsCaption->setBuddy(m_agentsView);
    m_approvalsCaption->setBuddy(m_approvalsView);
    m_complaintsCaption->setBuddy(m_complaintsView);
    m_refresh->setObjectName(QStringLiteral("refreshWallboard"));
    for (QTableView *view : {m_agentsView, m_approvalsView, m_complaintsView})
        fitColumnsToContents(view);

    auto *top = new QHBoxLayout;
    top->addWidget(m_headline, 1);
    top->addWidget(m_refresh, 0, Qt::AlignTop);
    auto *grid = new QGridLayout;
    grid->addWidget(m_agentsCaption, 0, 0);
    grid->addWidget(m_approvalsCaption, 0, 1);
    grid->addWidget(m_agentsView, 1, 0);
    grid->addWidget(m_approvalsView, 1, 1);
    grid->addWidget(m_complaintsCaption, 2, 0, 1, 2);
    grid->addWidget(m_complaintsView, 3, 0, 1, 2);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addLayout(grid, 1);

    // Minutes on a call and of waiting move on between snapshots.
    auto *tick = new QTimer(this);
    tick->setInterval(5000);
    connect(tick, &QTimer::timeout, this, [this] {
        if (isVisible())
            render();
    });
    tick->start();
    connect(m_board, &Wallboard::changed, this, [this] {
        m_message->clear();
        render();
    });
    connect(m_board, &Wallboard::failed, m_message, &QLabel::setText);
    connect(m_refresh, &QPushButton::clicked, m_board, &Wallboard::refresh);
    retranslateUi();
    render();
}

void WallboardView::setReference(const ReferenceData &reference, Language language)
{
    m_reference = reference;
    m_language = language;
    render();
}

QString WallboardView::headline() const
{
    return m_headline->text();
}

void WallboardView::render()
{
    const QDateTime now = m_board->serverNow();
    showAgents(now);
    showApprovals(now);
    const int overdueSinceFetch = showComplaints(now);
    showHeadline(now, overdueSinceFetch);
}

void WallboardView::showAgents(const QDateTime &now)
{
    QList<Presence> agents = m_board->snapshot() ? m_board->snapshot()->agents : QList<Presence>();
    // On a call first, the longest call at the top; then the idle ones by name.
    std::stable_sort(agents.begin(), agents.end(), [](const Presence &a, const Presence &b) {
        if (a.onCall != b.onCall)
            return a.onCall;
        return a.onCall && a.callStartedAt < b.callStartedAt;
    });
    QList<RecordTableModel::Row> rows;
    for (const Presence &p : agents) {
        RecordTableModel::Row row {{p.agentName, p.onCall ? tr("On a call") : tr("Idle"),
            p.onCall && p.callStartedAt ? DisplayNames::waited(p.callStartedAt->secsTo(now))
                                        : QString(),
            p.onCall && p.callStartedAt
                ? DisplayNames::time(*p.callStartedAt, QStringLiteral("HH:mm"))
                : QString()}};
        row.id = p.agentId;
        rows.append(row);
    }
    setRowsKeepingPlace(m_agentsView, m_agents, rows);
}

void WallboardView::showApprovals(const QDateTime &now)
{
    QList<RecordTableModel::Row> rows;
    if (m_board->snapshot()) {
        for (const auto &a : m_board->snapshot()->approvals) {
            RecordTableModel::Row row {{QString::number(a.actionId), actionTypeText(a.type),
                a.agentName, DisplayNames::time(a.createdAt, QStringLiteral("HH:mm")),
                DisplayNames::waited(a.createdAt.secsTo(now))}};
            row.id = a.actionId;
            rows.append(row);
        }
    }
    setRowsKeepingPlace(m_approvalsView, m_approvals, rows);
}

int WallboardView::showComplaints(const QDateTime &now)
{
    QList<RecordTableModel::Row> rows;
    int overdueSinceFetch = 0;
    const auto add = [&](const WallboardSnapshot::DueComplaint &c, bool fetchedOverdue) {
        const bool overdue = c.dueAt < now;
        if (overdue && !fetchedOverdue)
            ++overdueSinceFetch;
        // In words: the tint alone says nothing to a screen reader.
        const QString state = overdue ? tr("Overdue by %1").arg(span(c.dueAt.secsTo(now)))
                                      : tr("Due today, %1 left").arg(span(now.secsTo(c.dueAt)));
        RecordTableModel::Row row {
            {QString::number(c.id), m_reference.categoryName(c.categoryCode, m_language),
                c.assigneeName.isEmpty() ? tr("Not assigned") : c.assigneeName,
                DisplayNames::time(c.dueAt), state}};
        row.id = c.id;
        row.flagged = overdue;
        rows.append(row);
    };
    if (m_board->snapshot()) {
        for (const auto &c : m_board->snapshot()->overdue)
            add(c, true);
        for (const auto &c : m_board->snapshot()->dueToday)
            add(c, false);
    }
    setRowsKeepingPlace(m_complaintsView, m_complaints, rows);
    return overdueSinceFetch;
}

void WallboardView::showHeadline(const QDateTime &now, int overdueSinceFetch)
{
    const auto &snapshot = m_board->snapshot();
    if (!snapshot) {
        m_headline->setText(tr("Loading the wallboard…"));
        Accessibility::nameValue(m_headline, tr("Wallboard"));
        return;
    }
    int onCall = 0;
    for (const Presence &p : snapshot->agents)
        onCall += p.onCall ? 1 : 0;
    const int idle = int(snapshot->agents.size()) - onCall;
    // Counts as "label: n", not "n agent(s)": a screen reader would say the
    // "(s)", and English plural forms are not kept in the translations.
    const QString approvals = snapshot->approvals.isEmpty()
        ? tr("no approvals waiting")
        : tr("approvals waiting: %1, the longest %2")
              .arg(snapshot->approvals.size())
              .arg(DisplayNames::waited(snapshot->approvals.first().createdAt.secsTo(now)));
    m_headline->setText(
        tr("Agents %1, %2; %3; complaints %4, %5.")
            .arg(tr("on a call: %1").arg(onCall), tr("idle: %1").arg(idle), approvals,
                tr("due today: %1").arg(snapshot->dueTodayCount - overdueSinceFetch),
                tr("overdue: %1").arg(snapshot->overdueCount + overdueSinceFetch)));
    Accessibility::nameValue(m_headline, tr("Wallboard"));
}

void WallboardView::showEvent(QShowEvent *event)
{
    m_board->setWatched(true);
    QWidget::showEvent(event);
}

void WallboardView::hideEvent(QHideEvent *event)
{
    m_board->setWatched(false);
    QWidget::hideEvent(event);
}

void WallboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render();
    }
    QWidget::changeEvent(event);
}

void WallboardView::retranslateUi()
{
    m_agents->setHeaders({tr("Agent"), tr("State"), tr("On the call for"), tr("Call started")});
    m_approvals->setHeaders({tr("No."), tr("Action"), tr("Agent"), tr("Asked at"), tr("Waiting")});
    m_complaints->setHeaders(
        {tr("No."), tr("Category"), tr("Assignee"), tr("Due"), tr("Time left or overdue")});
    m_agentsCaption->setText(tr("Agents signed in"));
    m_approvalsCaption->setText(tr("Approvals waiting"));
    m_complaintsCaption->setText(tr("Complaints overdue and due today"));
    m_agentsView->setAccessibleName(m_agentsCaption->text());
    m_approvalsView->setAccessibleName(m_approvalsCaption->text());
    m_complaintsView->setAccessibleName(m_complaintsCaption->text());
    m_refresh->setText(tr("Refresh"));
    Accessibility::nameAfterText(m_refresh);
}

} // namespace WalletDesk
