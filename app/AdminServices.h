#pragma once

#include <QObject>

namespace WalletDesk {

class ApiClient;
class CalendarAdmin;
class StaffDirectory;

// What only an administrator's console has: staff and the calendar.
// ConsoleCore makes them when an administrator signs in (instead of the
// desk's services, which the server refuses an administrator) and drops them
// at sign-out.
class AdminServices : public QObject
{
    Q_OBJECT

public:
    explicit AdminServices(ApiClient *api, QObject *parent = nullptr);

    StaffDirectory *staff() const { return m_staff; }
    CalendarAdmin *calendar() const { return m_calendar; }

private:
    StaffDirectory *m_staff;
    CalendarAdmin *m_calendar;
};

} // namespace WalletDesk
