#include "CalendarView.h"

#include "Accessibility.h"
#include "CalendarAdmin.h"
#include "CalendarTexts.h"
#include "DateFilterEdit.h"
#include "HolidayImportDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace WalletDesk {

namespace {
constexpr int maxDays = 100;
enum Column { DateColumn, KindColumn, NameColumn };
} // namespace

CalendarView::CalendarView(CalendarAdmin *calendar, QWidget *parent)
    : QWidget(parent)
    , m_calendar(calendar)
    , m_year(new QSpinBox(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_date(new DateFilterEdit(this)) // one Tab stop, not three
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("calendarView"));
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year() + 1);
    m_yearLabel = new QLabel(this);
    m_yearLabel->setBuddy(m_year);

    m_table->setObjectName(QStringLiteral("calendarTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);

    m_date->setObjectName(QStringLiteral("calendarDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_kind->setObjectName(QStringLiteral("calendarKind"));
    m_kind->addItem(QString(), int(HolidayKind::Holiday));
    m_kind->addItem(QString(), int(HolidayKind::Workday));
    m_name->setObjectName(QStringLiteral("calendarName"));
    m_name->setMaxLength(40);
    m_dateLabel = new QLabel(this);
    m_kindLabel = new QLabel(this);
    m_nameLabel = new QLabel(this);
    m_dateLabel->setBuddy(m_date);
    m_kindLabel->setBuddy(m_kind);
    m_nameLabel->setBuddy(m_name);

    auto button = [this](const char *name) {
        auto *b = new QPushButton(this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_add = button("calendarAdd");
    m_change = button("calendarChange");
    m_remove = button("calendarRemove");
    m_import = button("calendarImport");
    m_reload = button("calendarReload");
    m_save = button("calendarSave");
    m_status->setObjectName(QStringLiteral("calendarStatus"));
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    top->addStretch(1);
    top->addWidget(m_import);
    top->addWidget(m_reload);
    top->addWidget(m_save);
    auto *form = new QFormLayout;
    // A date, a kind and a short name: no need for the window's whole width.
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_name->setMinimumWidth(m_name->fontMetrics().averageCharWidth() * 40);
    form->addRow(m_dateLabel, m_date);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_nameLabel, m_name);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_change);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(rowButtons);
    layout->addWidget(m_status);

    connect(m_year, &QSpinBox::valueChanged, this, [this] { reload(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CalendarView::fillForm);
    connect(m_add, &QPushButton::clicked, this, [this] { addDay(formDay()); });
    connect(m_change, &QPushButton::clicked, this, [this] { replaceSelected(formDay()); });
    connect(m_remove, &QPushButton::clicked, this, &CalendarView::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &CalendarView::openImport);
    connect(m_reload, &QPushButton::clicked, this, &CalendarView::reload);
    connect(m_save, &QPushButton::clicked, this, &CalendarView::save);
    connect(m_calendar, &CalendarAdmin::referenceChanged, this, [this] {
        if (!m_dirty)
            reload();
    });
    connect(m_calendar, &CalendarAdmin::yearSaved, this, [this](const QString &text) {
        setDirty(false);
        reload();
        say(text);
    });
    connect(m_calendar, &CalendarAdmin::yearConflict, this, &CalendarView::showConflict);
    connect(m_calendar, &CalendarAdmin::failed, this, &CalendarView::say);
    retranslateUi();
    reload();
}

void CalendarView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CalendarView::retranslateUi()
{
    m_year->setAccessibleName(tr("Year"));
    m_yearLabel->setText(tr("&Year"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Holiday name")});
    m_table->setAccessibleName(tr("Holidays and make-up working days"));
    m_date->setAccessibleName(tr("Date"));
    m_kind->setItemText(0, CalendarTexts::kindText(HolidayKind::Holiday));
    m_kind->setItemText(1, CalendarTexts::kindText(HolidayKind::Workday));
    m_kind->setAccessibleName(tr("Kind"));
    m_name->setAccessibleName(tr("Holiday name"));
    m_dateLabel->setText(tr("&Date"));
    m_kindLabel->setText(tr("&Kind"));
    m_nameLabel->setText(tr("&Name"));
    for (QLabel *label : {m_yearLabel, m_dateLabel, m_kindLabel, m_nameLabel})
        Accessibility::nameAfterText(label);
    const QList<QPair<QPushButton *, QString>> buttons {{m_add, tr("&Add")},
        {m_change, tr("Chan&ge row")}, {m_remove, tr("&Remove row")},
        {m_import, tr("&Import a list…")}, {m_reload, tr("Re&load")}, {m_save, tr("Sa&ve")}};
    for (const auto &[b, text] : buttons) {
        b->setText(text);
        Accessibility::nameAfterText(b);
    }
    showRows(rows()); // the kinds in words, in the new language
}

int CalendarView::year() const
{
    return m_year->value();
}

void CalendarView::setYear(int year)
{
    m_year->setValue(year);
}

QString CalendarView::statusText() const
{
    return m_status->text();
}

void CalendarView::say(const QString &text)
{
    m_status->setText(text);
    Accessibility::announce(text, m_table);
}

void CalendarView::setDirty(bool dirty)
{
    m_dirty = dirty;
    if (dirty)
        m_status->setText(tr("Unsaved changes to %1.").arg(year()));
}

void CalendarView::reload()
{
    setDirty(false);
    showRows(m_calendar->daysOf(year()));
    m_date->setDate(QDate(year(), 1, 1));
    m_status->setText(m_calendar->isLoaded()
            ? tr("%1 calendar: %2").arg(year()).arg(CalendarTexts::countText(rows()))
            : tr("Loading the calendar…"));
}

void CalendarView::showRows(const QList<Holiday> &days)
{
    QList<Holiday> sorted = days;
    std::sort(sorted.begin(), sorted.end(),
        [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    m_table->setRowCount(0);
    for (const Holiday &h : sorted) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *date = new QTableWidgetItem(h.date.toString(Qt::ISODate));
        date->setData(Qt::UserRole, h.date);
        auto *kind = new QTableWidgetItem(CalendarTexts::kindText(h.kind));
        kind->setData(Qt::UserRole, int(h.kind));
        m_table->setItem(row, DateColumn, date);
        m_table->setItem(row, KindColumn, kind);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(h.name));
    }
    m_table->resizeColumnsToContents();
    // Setting it again when it is on does nothing, and the resize above made
    // the name column as narrow as its text: off and on re-stretches it.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
}

QList<Holiday> CalendarView::rows() const
{
    QList<Holiday> days;
    for (int row = 0; row < m_table->rowCount(); ++row)
        days.append(Holiday {m_table->item(row, DateColumn)->data(Qt::UserRole).toDate(),
            HolidayKind(m_table->item(row, KindColumn)->data(Qt::UserRole).toInt()),
            m_table->item(row, NameColumn)->text()});
    return days;
}

void CalendarView::fillForm()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_table->selectedItems().isEmpty())
        return;
    const Holiday h = rows().at(row);
    m_date->setDate(h.date);
    m_kind->setCurrentIndex(m_kind->findData(int(h.kind)));
    m_name->setText(h.name);
}

Holiday CalendarView::formDay() const
{
    return Holiday {
        m_date->date(), HolidayKind(m_kind->currentData().toInt()), m_name->text().trimmed()};
}

void CalendarView::addDay(const Holiday &day)
{
    if (day.date.year() != year()) {
        say(tr("%1 is not in %2.").arg(day.date.toString(Qt::ISODate)).arg(year()));
        return;
    }
    if (day.name.isEmpty()) {
        say(tr("Give the day a name (1 to 40 characters)."));
        return;
    }
    QList<Holiday> days = rows();
    for (const Holiday &h : days) {
        if (h.date == day.date) {
            say(tr("%1 is in the table already: select it and change it.")
                    .arg(day.date.toString(Qt::ISODate)));
            return;
        }
    }
    if (days.size() >= maxDays) {
        say(tr("A year holds at most %1 days.").arg(maxDays));
        return;
    }
    days.append(day);
    showRows(days);
    setDirty(true);
}

void CalendarView::replaceSelected(const Holiday &day)
{
    const int row = m_table->currentRow();
    if (row < 0) {
        say(tr("Select the row to change."));
        return;
    }
    if (day.date.year() != year() || day.name.isEmpty()) {
        say(tr("The date must be in %1 and the name 1 to 40 characters.").arg(year()));
        return;
    }
    QList<Holiday> days = rows();
    for (int i = 0; i < days.size(); ++i) {
        if (i != row && days.at(i).date == day.date) {
            say(tr("%1 is in the table already.").arg(day.date.toString(Qt::ISODate)));
            return;
        }
    }
    days[row] = day;
    showRows(days);
    setDirty(true);
}

void CalendarView::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    QList<Holiday> days = rows();
    days.removeAt(row);
    showRows(days);
    setDirty(true);
}

void CalendarView::replaceRows(const QList<Holiday> &days)
{
    showRows(days);
    setDirty(true);
}

void CalendarView::openImport()
{
    auto *dialog = new HolidayImportDialog(year(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { replaceRows(dialog->days()); });
    dialog->open();
}

void CalendarView::save()
{
    if (!m_calendar->isLoaded()) {
        say(tr("The calendar has not been loaded yet."));
        return;
    }
    say(tr("Saving %1…").arg(year()));
    m_calendar->saveYear(year(), rows());
}

void CalendarView::showConflict(const ReferenceData &before)
{
    // What the other administrator changed in this year, so the table (still
    // this administrator's) can be checked before it is saved over theirs.
    QList<Holiday> was;
    for (const Holiday &h : before.holidays)
        if (h.date.year() == year())
            was.append(h);
    const QList<Holiday> now = m_calendar->daysOf(year());
    QStringList changes;
    auto describe = [](const Holiday &h) {
        return QStringLiteral("%1 %2 %3")
            .arg(h.date.toString(Qt::ISODate), CalendarTexts::kindText(h.kind), h.name);
    };
    for (const Holiday &h : now) {
        const auto old = std::find_if(
            was.cbegin(), was.cend(), [&](const Holiday &w) { return w.date == h.date; });
        if (old == was.cend())
            changes << tr("added: %1").arg(describe(h));
        else if (!(*old == h))
            changes << tr("changed: %1 (was %2)").arg(describe(h), describe(*old));
    }
    for (const Holiday &w : was) {
        if (std::none_of(
                now.cbegin(), now.cend(), [&](const Holiday &h) { return h.date == w.date; }))
            changes << tr("removed: %1").arg(describe(w));
    }
    const QString text = changes.isEmpty()
        ? tr("Someone else saved the reference data meanwhile (not the %1 calendar). Save again "
             "to apply your table.")
              .arg(year())
        : tr("Someone else changed the %1 calendar meanwhile:\n%2\n\nYour table is kept. Save "
             "again to replace theirs with it, or Reload to take theirs.")
              .arg(year())
              .arg(changes.join(QLatin1Char('\n')));
    m_dirty = true;
    say(text);
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Calendar changed meanwhile"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("calendarConflict"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace WalletDesk
