#include "DashboardView.h"

#include "Accessibility.h"
#include "AgentDirectory.h"
#include "ComplaintListModel.h"
#include "ComplaintReports.h"
#include "CsvFile.h"
#include "DateFilterEdit.h"
#include "DisplayNames.h"
#include "ReadOnlyTable.h"
#include "RecordTableModel.h"
#include "WorkingCalendar.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace WalletDesk {

namespace {

// QChartView::setChart gives up the chart it showed without deleting it
// (the default empty one too): every refresh would leak four charts.
void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    // A Tab stop whatever the view decides for a new scene: its accessible
    // description reads the chart's values.
    view->setFocusPolicy(Qt::StrongFocus);
}

QString percent(double share)
{
    return QStringLiteral("%1%").arg(share * 100.0, 0, 'f', 1);
}

// A count axis from 0 with whole-number ticks only.
QValueAxis *countAxis(int top)
{
    auto *axis = new QValueAxis;
    const int ticks = qBound(1, top, 5);
    const int step = (qMax(1, top) + ticks - 1) / ticks;
    axis->setRange(0, step * ticks);
    axis->setTickCount(ticks + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

QChartView *makeChartView(const QString &objectName, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    // Fixed: a page that scrolls would otherwise give each chart its size hint.
    view->setFixedHeight(260);
    // A stop on the Tab walk: its accessible description lists the values
    // the chart draws (chartText), so a screen reader hears the figures.
    view->setFocusPolicy(Qt::StrongFocus);
    view->viewport()->setFocusPolicy(Qt::NoFocus);
    return view;
}

// A bar chart of counts by label, largest first.
QChart *barChart(const QString &title, const QList<QPair<QString, int>> &counts, bool horizontal)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    auto *set = new QBarSet(title);
    QStringList labels;
    int top = 0;
    for (const auto &[label, n] : counts) {
        labels << label;
        *set << n;
        top = qMax(top, n);
    }
    QAbstractBarSeries *series = horizontal
        ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
        : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTruncateLabels(false); // category names are the point of the chart
    QValueAxis *values = countAxis(top);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    return chart;
}

// What a chart shows, as one sentence a screen reader can say.
QString chartText(const QList<QPair<QString, int>> &counts)
{
    QStringList parts;
    for (const auto &[label, n] : counts)
        parts << QCoreApplication::translate("DashboardView", "%1: %2").arg(label).arg(n);
    return parts.isEmpty() ? QCoreApplication::translate("DashboardView", "Nothing in this period.")
                           : parts.join(QCoreApplication::translate("DashboardView", "; "));
}

QList<QPair<QString, int>> sorted(
    const QMap<QString, int> &counts, const std::function<QString(const QString &)> &name)
{
    QList<QPair<QString, int>> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({name(it.key()), it.value()});
    std::stable_sort(
        list.begin(), list.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return list;
}
} // namespace

DashboardView::DashboardView(ComplaintReports *reports, AgentDirectory *agents, QWidget *parent)
    : QWidget(parent)
    , m_reports(reports)
    , m_periodLabel(new QLabel(this))
    , m_fromEdit(new DateFilterEdit(this))
    , m_toEdit(new DateFilterEdit(this))
    , m_show(new QPushButton(this))
    , m_figures(new QLabel(this))
    , m_byCategory(makeChartView(QStringLiteral("chartByCategory"), this))
    , m_byStatus(makeChartView(QStringLiteral("chartByStatus"), this))
    , m_trend(makeChartView(QStringLiteral("chartTrend"), this))
    , m_perAgent(makeChartView(QStringLiteral("chartPerAgent"), this))
    , m_yearLabel(new QLabel(this))
    , m_yearEdit(new QSpinBox(this))
    , m_showYear(new QPushButton(this))
    , m_disclosure(new RecordTableModel(this))
    , m_exportFigures(new QPushButton(this))
    , m_exportDisclosure(new QPushButton(this))
    , m_message(new QLabel(this))
{
    m_figures->setObjectName(QStringLiteral("dashboardFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_disclosureView = makeReadOnlyTable(m_disclosure, QStringLiteral("disclosureTable"), this);
    // As tall as its rows (showDisclosure): the table is read whole, the page scrolls.
    m_disclosureView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_disclosureView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_disclosureView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_disclosureCaption = new QLabel(this);
    m_disclosureCaption->setObjectName(QStringLiteral("disclosureCaption"));
    m_figures->setFocusPolicy(Qt::StrongFocus);
    // DateFilterEdit: one Tab stop each (QDateEdit walks its sections on Tab).
    for (QDateEdit *e : {m_fromEdit, m_toEdit}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    const QDate today
        = WorkingCalendar::localDate(QDateTime::currentDateTimeUtc()); // the call center's day
    m_fromEdit->setDate(QDate(today.year(), today.month(), 1));
    m_toEdit->setDate(today);
    m_yearEdit->setRange(2000, 2100);
    m_yearEdit->setValue(today.year());
    m_periodLabel->setBuddy(m_fromEdit);
    m_yearLabel->setBuddy(m_yearEdit);

    auto *period = new QHBoxLayout;
    period->addWidget(m_periodLabel);
    period->addWidget(m_fromEdit);
    period->addWidget(new QLabel(QStringLiteral("–"), this));
    period->addWidget(m_toEdit);
    period->addWidget(m_show);
    period->addStretch();
    period->addWidget(m_exportFigures);
    auto *charts = new QGridLayout;
    // One row of four: with the table below at full height, the whole page
    // still fits a desk on a 1366x768 screen.
    charts->addWidget(m_byCategory, 0, 0);
    charts->addWidget(m_byStatus, 0, 1);
    charts->addWidget(m_trend, 0, 2);
    charts->addWidget(m_perAgent, 0, 3);
    auto *year = new QHBoxLayout;
    year->addWidget(m_yearLabel);
    year->addWidget(m_yearEdit);
    year->addWidget(m_showYear);
    year->addStretch();
    year->addWidget(m_exportDisclosure);
    // Everything on one page that scrolls as a whole when the window is
    // small (1366x768): no part, the disclosure table least, scrolls alone.
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(period);
    layout->addWidget(m_figures);
    layout->addLayout(charts, 1);
    layout->addLayout(year);
    layout->addWidget(m_disclosureCaption);
    layout->addWidget(m_disclosureView);
    layout->addWidget(m_message);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    connect(m_show, &QPushButton::clicked, this,
        [this] { showPeriod(m_fromEdit->date(), m_toEdit->date()); });
    connect(m_showYear, &QPushButton::clicked, this, [this] { showYear(m_yearEdit->value()); });
    connect(m_exportFigures, &QPushButton::clicked, this, [this] { chooseFile(false); });
    connect(m_exportDisclosure, &QPushButton::clicked, this, [this] { chooseFile(true); });
    m_agents = agents->agents();
    connect(agents, &AgentDirectory::agentsReady, this, [this](const QList<Agent> &agents) {
        m_agents = agents;
        showReport();
    });
    connect(m_reports, &ComplaintReports::ready, this, [this](const ComplaintReport &report) {
        // Both requests answer here; the dates say which one this is.
        if (report.from == m_from && report.to == m_to) {
            m_period = report;
            showReport();
            Q_EMIT periodShown();
        }
        if (m_yearShown && report.from == QDate(m_yearShown, 1, 1)
            && report.to == QDate(m_yearShown, 12, 31)) {
            m_year = report;
            showDisclosure();
            Q_EMIT yearShown();
        }
    });
    connect(m_reports, &ComplaintReports::failed, m_message, &QLabel::setText);
    retranslateUi();
}

void DashboardView::setReference(const ReferenceData &reference, Language language)
{
    m_reference = reference;
    m_language = language;
    showReport();
    showDisclosure();
}

void DashboardView::showPeriod(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    m_message->setText(tr("Loading…"));
    m_reports->load(from, to);
}

void DashboardView::showYear(int year)
{
    m_yearShown = year;
    m_yearEdit->setValue(year);
    m_reports->load(QDate(year, 1, 1), QDate(year, 12, 31));
}

QString DashboardView::agentName(const QString &key) const
{
    if (key == QLatin1String("none"))
        return tr("Not assigned");
    for (const Agent &a : m_agents) {
        if (QString::number(a.id) == key)
            return a.displayName;
    }
    return tr("Agent %1").arg(key);
}

QList<QStringList> DashboardView::figureRows() const
{
    QList<QStringList> rows {{tr("Figure"), tr("Key"), tr("Count")}};
    if (!m_period)
        return rows;
    const ComplaintReport &r = *m_period;
    const QString period
        = tr("%1 to %2").arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
    rows << QStringList {tr("Period"), period, QString()};
    rows << QStringList {tr("Complaints"), QString(), QString::number(r.total)};
    rows << QStringList {tr("Resolved"), QString(), QString::number(r.resolved)};
    rows << QStringList {tr("Resolved within 1 working day"),
        percent(r.shareResolvedWithin1WorkingDay()), QString::number(r.resolvedWithin1WorkingDay)};
    rows << QStringList {tr("Resolved within 1–3 working days"),
        percent(r.shareResolvedWithin1To3WorkingDays()),
        QString::number(r.resolvedWithin1To3WorkingDays)};
    rows << QStringList {
        tr("Acknowledged late"), QString(), QString::number(r.acknowledgeBreaches)};
    rows << QStringList {
        tr("Resolved late or overdue"), QString(), QString::number(r.resolveBreaches)};
    const auto add = [&rows](const QString &figure, const QMap<QString, int> &counts,
                         const std::function<QString(const QString &)> &name) {
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            rows << QStringList {figure, name(it.key()), QString::number(it.value())};
    };
    add(tr("By category"), r.byCategory,
        [this](const QString &c) { return m_reference.categoryName(c, m_language); });
    add(tr("By status"), r.byStatus, [](const QString &s) {
        const auto status = enumFromString<ComplaintStatus>(s);
        return status ? DisplayNames::complaintStatus(*status) : s;
    });
    add(tr("By channel"), r.byChannel,
        [this](const QString &c) { return m_reference.channelName(c, m_language); });
    add(tr("By agent"), r.byAssignee, [this](const QString &a) { return agentName(a); });
    add(tr("By day"), r.perDay, [](const QString &d) { return d; });
    return rows;
}

QList<QStringList> DashboardView::disclosureRows() const
{
    QList<QStringList> rows {{tr("Item"), tr("Count"), tr("Share")}};
    if (!m_year)
        return rows;
    const ComplaintReport &r = *m_year;
    const auto share
        = [&r](int n) { return r.total ? percent(double(n) / r.total) : QStringLiteral("—"); };
    rows << QStringList {
        tr("Complaints received in %1").arg(r.from.year()), QString::number(r.total), QString()};
    rows << QStringList {tr("Handled (resolved)"), QString::number(r.resolved), share(r.resolved)};
    rows << QStringList {tr("Resolved within 1 working day"),
        QString::number(r.resolvedWithin1WorkingDay), share(r.resolvedWithin1WorkingDay)};
    rows << QStringList {tr("Resolved within 1–3 working days"),
        QString::number(r.resolvedWithin1To3WorkingDays), share(r.resolvedWithin1To3WorkingDays)};
    rows << QStringList {tr("Resolved after the deadline, or still open past it"),
        QString::number(r.resolveBreaches), share(r.resolveBreaches)};
    for (const auto &[name, n] : sorted(r.byCategory,
             [this](const QString &c) { return m_reference.categoryName(c, m_language); }))
        rows << QStringList {tr("Type: %1").arg(name), QString::number(n), share(n)};
    return rows;
}

void DashboardView::showReport()
{
    if (!m_period) {
        m_figures->setText(tr("Choose a period and press Show."));
        Accessibility::nameValue(m_figures, tr("Figures of the period"));
        return;
    }
    const ComplaintReport &r = *m_period;
    m_message->clear();
    // The period first: these figures count the complaints of these days,
    // the table below those of its year.
    m_figures->setText(
        tr("%1 to %2: %3")
            .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate),
                tr("%1 complaints, %2 resolved; within 1 working day %3, within 1–3 working days "
                   "%4; acknowledged late %5, resolved late or overdue %6.")
                    .arg(r.total)
                    .arg(r.resolved)
                    .arg(percent(r.shareResolvedWithin1WorkingDay()),
                        percent(r.shareResolvedWithin1To3WorkingDays()))
                    .arg(r.acknowledgeBreaches)
                    .arg(r.resolveBreaches)));
    Accessibility::nameValue(m_figures, tr("Figures of the period"));
    const auto byCategory = sorted(
        r.byCategory, [this](const QString &c) { return m_reference.categoryName(c, m_language); });
    replaceChart(m_byCategory, barChart(tr("By category"), byCategory, true));
    m_byCategory->setAccessibleDescription(chartText(byCategory));
    auto *pie = new QChart;
    pie->setTitle(tr("By status"));
    auto *slices = new QPieSeries;
    QList<QPair<QString, int>> byStatus;
    for (auto it = r.byStatus.cbegin(); it != r.byStatus.cend(); ++it) {
        const auto status = enumFromString<ComplaintStatus>(it.key());
        const QString name = status ? DisplayNames::complaintStatus(*status) : it.key();
        slices->append(QStringLiteral("%1 %2").arg(name).arg(it.value()), it.value());
        byStatus.append({name, it.value()});
    }
    pie->addSeries(slices);
    pie->legend()->setAlignment(Qt::AlignBottom);
    replaceChart(m_byStatus, pie);
    m_byStatus->setAccessibleDescription(chartText(byStatus));
    auto *trend = new QChart;
    trend->setTitle(tr("Complaints per day"));
    trend->legend()->hide();
    auto *line = new QLineSeries;
    QList<QPair<QString, int>> busyDays;
    int top = 0, i = 0;
    // Every day of the period (the server allows ten years), or the line's
    // sum would fall short of the total; the bound only guards a broken answer.
    // QDateTimeAxis labels in the PC's zone: each China-time day is placed at
    // noon of that date on the PC's clock, so the label reads the China date.
    const auto x
        = [](const QDate &d) { return qreal(QDateTime(d, QTime(12, 0)).toMSecsSinceEpoch()); };
    for (QDate d = r.from; d <= r.to && i <= 3661; d = d.addDays(1), ++i) {
        const int n = r.perDay.value(d.toString(Qt::ISODate));
        line->append(x(d), n);
        top = qMax(top, n);
        if (n > 0)
            busyDays.append({d.toString(Qt::ISODate), n});
    }
    trend->addSeries(line);
    auto *days = new QDateTimeAxis;
    days->setRange(QDateTime(r.from, QTime(0, 0)), QDateTime(r.to, QTime(23, 59)));
    days->setFormat(
        r.from.year() == r.to.year() ? QStringLiteral("MM-dd") : QStringLiteral("yyyy-MM-dd"));
    days->setTickCount(
        qBound(2, int(r.from.daysTo(r.to)) + 1, 4)); // four fit a quarter of the page
    days->setTitleText(
        tr("Day (%1)").arg(DisplayNames::zoneName())); // the period is in the headline
    QValueAxis *y = countAxis(top);
    trend->addAxis(days, Qt::AlignBottom);
    trend->addAxis(y, Qt::AlignLeft);
    line->attachAxis(days);
    line->attachAxis(y);
    replaceChart(m_trend, trend);
    m_trend->setAccessibleDescription(busyDays.isEmpty()
            ? chartText(busyDays)
            : tr("%1. Every other day: 0.").arg(chartText(busyDays)));
    // Every agent, those without a complaint too: the load is who has how many.
    QMap<QString, int> load = r.byAssignee;
    for (const Agent &a : std::as_const(m_agents)) {
        if (a.role == Role::Agent)
            load.insert(QString::number(a.id), load.value(QString::number(a.id)));
    }
    const auto perAgent = sorted(load, [this](const QString &a) { return agentName(a); });
    replaceChart(m_perAgent, barChart(tr("Per agent"), perAgent, true));
    m_perAgent->setAccessibleDescription(chartText(perAgent));
}

void DashboardView::showDisclosure()
{
    const QList<QStringList> rows = disclosureRows();
    m_disclosure->setHeaders(rows.first());
    QList<RecordTableModel::Row> body;
    for (qsizetype i = 1; i < rows.size(); ++i)
        body.append(RecordTableModel::Row(rows.at(i)));
    m_disclosure->setRows(body);
    m_disclosureView->resizeColumnToContents(0);
    m_disclosureView->resizeColumnToContents(1);
    m_disclosureView->resizeRowsToContents();
    // Tall enough for every row: nothing of the table hides behind a scroll bar.
    const int height = m_disclosureView->horizontalHeader()->height()
        + m_disclosureView->verticalHeader()->length() + 2 * m_disclosureView->frameWidth()
        + (m_disclosureView->horizontalScrollBar()->isVisible()
                ? m_disclosureView->horizontalScrollBar()->height()
                : 0);
    m_disclosureView->setFixedHeight(height);
    const int year = m_year ? m_year->from.year() : m_yearEdit->value();
    m_disclosureCaption->setText(m_year
            ? tr("Complaints disclosure for %1 (1 January to 31 December, %2)")
                  .arg(QString::number(year), DisplayNames::zoneName())
            : tr("Choose a year and press Show year."));
    m_disclosureView->setAccessibleName(tr("Complaints disclosure table for %1").arg(year));
}

bool DashboardView::exportFigures(const QString &path, QString *error) const
{
    return CsvFile::write(path, figureRows(), error);
}

bool DashboardView::exportDisclosure(const QString &path, QString *error) const
{
    return CsvFile::write(path, disclosureRows(), error);
}

void DashboardView::chooseFile(bool disclosure)
{
    auto *dialog = new QFileDialog(this,
        disclosure ? tr("Export the disclosure table") : tr("Export the dashboard figures"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(disclosure ? QStringLiteral("complaints-%1.csv").arg(m_yearShown)
                                  : QStringLiteral("complaint-figures.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, disclosure](const QString &path) {
        QString error;
        const bool ok = disclosure ? exportDisclosure(path, &error) : exportFigures(path, &error);
        m_message->setText(ok ? tr("Written to %1.").arg(path) : error);
    });
    dialog->open();
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardView::retranslateUi()
{
    m_periodLabel->setText(tr("&Period"));
    Accessibility::nameAfterText(m_periodLabel);
    m_show->setText(tr("S&how"));
    m_yearLabel->setText(tr("Disclosure &year"));
    Accessibility::nameAfterText(m_yearLabel);
    m_showYear->setText(tr("Show y&ear"));
    m_exportFigures->setText(tr("E&xport figures CSV…"));
    m_exportDisclosure->setText(tr("Export &table CSV…"));
    m_fromEdit->setAccessibleName(tr("Period from"));
    m_toEdit->setAccessibleName(tr("Period to"));
    m_yearEdit->setAccessibleName(tr("Disclosure year"));
    m_byCategory->setAccessibleName(tr("By category"));
    m_byStatus->setAccessibleName(tr("By status"));
    m_trend->setAccessibleName(tr("Complaints per day"));
    m_perAgent->setAccessibleName(tr("Per agent"));
    for (QPushButton *b : {m_show, m_showYear, m_exportFigures, m_exportDisclosure})
        Accessibility::nameAfterText(b);
    showReport();
    showDisclosure();
}

} // namespace WalletDesk
