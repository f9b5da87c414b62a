#pragma once

#include <QWidget>

class QTabWidget;

namespace WalletDesk {

class AdminServices;
class CalendarView;
class PolicyForm;
class StaffView;

// What an administrator's console shows instead of the agent's desk: staff,
// the working-day calendar and the deadline policy, one tab each.
class AdminDesk : public QWidget
{
    Q_OBJECT

public:
    enum Page { StaffPage, CalendarPage, PolicyPage };

    explicit AdminDesk(AdminServices *services, QWidget *parent = nullptr);

    void showPage(Page page);
    QTabWidget *tabs() const { return m_tabs; }
    StaffView *staff() const { return m_staff; }
    CalendarView *calendar() const { return m_calendar; }
    PolicyForm *policy() const { return m_policy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTabWidget *m_tabs;
    StaffView *m_staff;
    CalendarView *m_calendar;
    PolicyForm *m_policy;
};

} // namespace WalletDesk
