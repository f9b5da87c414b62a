#pragma once

#include "ReferenceData.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace WalletDesk {

class CalendarAdmin;

// The deadline policy's five figures, each with what it means and the range
// the server accepts; saved against the reference data's version.
class PolicyForm : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyForm(CalendarAdmin *calendar, QWidget *parent = nullptr);

    DeadlinePolicy policy() const;
    void setPolicy(const DeadlinePolicy &policy);
    void save();
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showConflict(const ReferenceData &before);
    void say(const QString &text);

    CalendarAdmin *m_calendar;
    bool m_dirty = false;
    QSpinBox *m_acknowledge = nullptr;
    QSpinBox *m_resolve = nullptr;
    QSpinBox *m_maxExtended = nullptr;
    QSpinBox *m_withdrawal = nullptr;
    QSpinBox *m_reversal = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reload = nullptr;
    QLabel *m_status;
    QLabel *m_intro = nullptr;
    // Each figure's spin box, its caption and what it means, in form order.
    struct Figure
    {
        QSpinBox *spin;
        QLabel *caption;
        QLabel *explanation;
    };
    QList<Figure> m_figures;
};

} // namespace WalletDesk
