#pragma once

#include "ReferenceData.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace WalletDesk {

class CalendarAdmin;

// The administrator's working-day calendar, one year at a time: the
// holidays and make-up working days in a table, edited row by row or
// replaced from a pasted list (HolidayImportDialog), then saved as a whole.
class CalendarView : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarView(CalendarAdmin *calendar, QWidget *parent = nullptr);

    int year() const;
    void setYear(int year);
    QList<Holiday> rows() const;
    QTableWidget *table() const { return m_table; }
    QString statusText() const;
    bool hasUnsavedChanges() const { return m_dirty; }

    // The row form: adds a day, or changes the selected row.
    void addDay(const Holiday &day);
    void replaceSelected(const Holiday &day);
    void removeSelected();
    void save();
    void reload();
    void openImport();
    void replaceRows(const QList<Holiday> &days);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showRows(const QList<Holiday> &days);
    void fillForm();
    Holiday formDay() const;
    void showConflict(const ReferenceData &before);
    void say(const QString &text);
    void setDirty(bool dirty);

    CalendarAdmin *m_calendar;
    bool m_dirty = false;
    QSpinBox *m_year;
    QLabel *m_yearLabel;
    QLabel *m_dateLabel;
    QLabel *m_kindLabel;
    QLabel *m_nameLabel;
    QTableWidget *m_table;
    QDateEdit *m_date;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_remove;
    QPushButton *m_import;
    QPushButton *m_reload;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace WalletDesk
