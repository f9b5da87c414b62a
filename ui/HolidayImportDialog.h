#pragma once

#include "ReferenceItems.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace WalletDesk {

// The State Council's notice, pasted as a plain list (HolidayListParser's
// format), read into a preview; only a list that reads whole and falls in
// the year can replace that year's rows.
class HolidayImportDialog : public QDialog
{
    Q_OBJECT

public:
    HolidayImportDialog(int year, QWidget *parent = nullptr);

    void setText(const QString &text);
    // Reads the text into the preview; false (and the reason shown) if it cannot.
    bool preview();
    QList<Holiday> days() const { return m_days; }
    QString message() const;

private:
    int m_year;
    QList<Holiday> m_days;
    QPlainTextEdit *m_text;
    QTableWidget *m_preview;
    QLabel *m_message;
    QPushButton *m_previewButton;
    QPushButton *m_replace;
};

} // namespace WalletDesk
