#include "HolidayImportDialog.h"

#include "Accessibility.h"
#include "CalendarTexts.h"
#include "HolidayListParser.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace WalletDesk {

HolidayImportDialog::HolidayImportDialog(int year, QWidget *parent)
    : QDialog(parent)
    , m_year(year)
    , m_text(new QPlainTextEdit(this))
    , m_preview(new QTableWidget(0, 3, this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("holidayImport"));
    setWindowTitle(tr("Import the %1 calendar").arg(year));
    auto *help = new QLabel(tr("Paste the holidays of %1, one line each:\n"
                               "2027-02-16 春节 休  (a day off; also 放假)\n"
                               "2027-02-07 春节 班  (a make-up working day; also 上班)\n"
                               "2027-02-15 至 2027-02-21 春节 放假  (days off; weekends in a "
                               "range are skipped)\n"
                               "Lines starting with # are ignored.")
                                .arg(year),
        this);
    help->setWordWrap(true);
    auto *textLabel = new QLabel(tr("&List"), this);
    textLabel->setBuddy(m_text);
    Accessibility::nameAfterText(textLabel);
    m_text->setObjectName(QStringLiteral("importText"));
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("List of holidays"));
    m_text->setAccessibleDescription(help->text());
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Holiday name")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setTabKeyNavigation(false);
    m_preview->setAccessibleName(tr("Preview"));
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_previewButton = new QPushButton(tr("&Preview"), this);
    m_previewButton->setObjectName(QStringLiteral("importPreviewButton"));
    Accessibility::nameAfterText(m_previewButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    Accessibility::nameDialogButtons(buttons, tr("Replace the year's rows"));
    m_replace = buttons->button(QDialogButtonBox::Ok);
    m_replace->setObjectName(QStringLiteral("importReplace"));
    m_replace->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_previewButton, 0, Qt::AlignLeft);
    layout->addWidget(m_preview, 3);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 560);

    connect(m_previewButton, &QPushButton::clicked, this, &HolidayImportDialog::preview);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        m_replace->setEnabled(false);
        m_days.clear();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_days.isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_text->setFocus();
}

void HolidayImportDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

QString HolidayImportDialog::message() const
{
    return m_message->text();
}

bool HolidayImportDialog::preview()
{
    const auto result = HolidayListParser::parse(m_text->toPlainText());
    m_preview->setRowCount(0);
    m_days.clear();
    m_replace->setEnabled(false);
    if (!result.ok()) {
        m_message->setText(CalendarTexts::problemText(result));
        Accessibility::announce(m_message->text(), m_text);
        return false;
    }
    for (const Holiday &h : result.days) {
        if (h.date.year() != m_year) {
            m_message->setText(tr("%1 is not in %2: import each year on its own.")
                                   .arg(h.date.toString(Qt::ISODate))
                                   .arg(m_year));
            return false;
        }
    }
    m_days = result.days;
    for (const Holiday &h : m_days) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        m_preview->setItem(row, 0, new QTableWidgetItem(h.date.toString(Qt::ISODate)));
        m_preview->setItem(row, 1, new QTableWidgetItem(CalendarTexts::kindText(h.kind)));
        m_preview->setItem(row, 2, new QTableWidgetItem(h.name));
    }
    m_message->setText(CalendarTexts::countText(m_days) + QLatin1Char(' ')
        + tr("They replace the rows of %1 in the table; save there.").arg(m_year));
    m_replace->setEnabled(true);
    Accessibility::announce(m_message->text(), m_previewButton);
    return true;
}

} // namespace WalletDesk
